// What a build runs with (aws-cdk-lib's codebuild.BuildEnvironment, BuildEnvironmentVariable and
// BuildEnvironmentVariableType).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/codebuild/build_image.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::codebuild {

/// Where the value of a variable comes from.
enum class BuildEnvironmentVariableType {
  /// The value itself (visible in the console).
  PLAINTEXT,
  /// The name of a Systems Manager parameter (the role may read it).
  PARAMETER_STORE,
  /// A secret's name or ARN, optionally with ":json-key:version-stage:version-id" (the role may read it).
  SECRETS_MANAGER,
};
/// The CloudFormation value (the member's name).
CDKPP_API std::string_view toString(BuildEnvironmentVariableType type) noexcept;

struct BuildEnvironmentVariable {
  /// Default PLAINTEXT.
  std::optional<BuildEnvironmentVariableType> type{};
  cdk::Value value{};
};

/// Environment variables by name, in the order they are given (a name given twice keeps its first place).
using BuildEnvironmentVariables = std::vector<std::pair<std::string, BuildEnvironmentVariable>>;

struct BuildEnvironment {
  /// Default LinuxBuildImage::STANDARD_7_0.
  std::shared_ptr<const IBuildImage> buildImage{};
  /// Default the image's (SMALL for x86-64 Linux).
  std::optional<ComputeType> computeType{};
  /// Variables of the container; the project's own environmentVariables override them by name.
  BuildEnvironmentVariables environmentVariables{};
  /// Runs the Docker daemon inside the container (needed to build images).
  bool privileged = false;
};

}  // namespace cdk::codebuild
