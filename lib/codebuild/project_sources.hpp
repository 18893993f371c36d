// The sources aws-cdk-lib gives projects without saying so (NoSource, the default of Project, and
// CodePipelineSource, the source of every PipelineProject), and the artifact types that go with them.
// Internal to the library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/codebuild/source.hpp"

namespace cdk::codebuild::detail {

inline constexpr std::string_view NO_SOURCE_TYPE = "NO_SOURCE";
inline constexpr std::string_view CODEPIPELINE_SOURCE_ARTIFACTS_TYPE = "CODEPIPELINE";
inline constexpr std::string_view S3_SOURCE_TYPE = "S3";
/// Artifacts.Type of a project without artifacts.
inline constexpr std::string_view NO_ARTIFACTS_TYPE = "NO_ARTIFACTS";

/// A source of a fixed type that contributes nothing else.
class TypeOnlySource final : public ISource {
 public:
  explicit TypeOnlySource(std::string_view type) : type_(type) {}
  std::string_view type() const override { return type_; }
  const std::optional<std::string>& identifier() const override { return identifier_; }
  SourceConfig bind(cdk::Construct&, IProject&) const override { return {}; }

 private:
  std::string_view type_;
  std::optional<std::string> identifier_;
};

}  // namespace cdk::codebuild::detail
