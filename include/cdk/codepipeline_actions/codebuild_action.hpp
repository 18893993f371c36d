// Running a CodeBuild project in a pipeline (aws-cdk-lib's codepipeline_actions.CodeBuildAction and
// CodeBuildActionType).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/codebuild/build_environment.hpp"
#include "cdk/codepipeline_actions/action.hpp"
#include "cdk/core/value.hpp"

namespace cdk::codebuild {
class IProject;
}

namespace cdk::codepipeline_actions {

enum class CodeBuildActionType { BUILD, TEST };

struct CodeBuildActionProps {
  std::string actionName{};
  /// Refuse secrets in PLAINTEXT environmentVariables (as codebuild::Project does).
  bool checkSecretsInPlainTextEnvVariables = true;
  /// Variables for this action's builds, over the project's (EnvironmentVariables); the project's role may
  /// read the PARAMETER_STORE and SECRETS_MANAGER ones.
  codebuild::BuildEnvironmentVariables environmentVariables{};
  /// More inputs (then `input` is the PrimarySource); at most 5 in all.
  std::vector<codepipeline::Artifact> extraInputs{};
  /// The source of the build (required).
  codepipeline::Artifact input{};
  /// Up to 5 (the build spec's primary and secondary artifacts).
  std::vector<codepipeline::Artifact> outputs{};
  /// The project (required); a codebuild::Project gets the artifact bucket's key.
  cdk::Handle<codebuild::IProject> project{};
  cdk::Handle<iam::IRole> role{};
  std::optional<int> runOrder{};
  /// TEST makes it a Test action; default BUILD.
  CodeBuildActionType type = CodeBuildActionType::BUILD;
  std::optional<std::string> variablesNamespace{};
};

/// Build/CodeBuild or Test/CodeBuild. The action's role may start and watch builds of the project; the
/// project's role may read the artifacts (and write them, with outputs).
class CDKPP_API CodeBuildAction final : public Action {
 public:
  /// Throws cdk::Error without a project.
  explicit CodeBuildAction(CodeBuildActionProps props);
  /// "#{<namespace>.<variableName>}": a variable the build spec exports.
  cdk::Value variable(std::string_view variableName) const;
};

}  // namespace cdk::codepipeline_actions
