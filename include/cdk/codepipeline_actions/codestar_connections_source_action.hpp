// A source from GitHub, GitLab or Bitbucket through a CodeStar connection (aws-cdk-lib's
// codepipeline_actions.CodeStarConnectionsSourceAction).
#pragma once

#include <optional>
#include <string>

#include "cdk/codepipeline_actions/action.hpp"
#include "cdk/core/value.hpp"

namespace cdk::codepipeline_actions {

struct CodeStarConnectionsSourceActionProps {
  std::string actionName{};
  /// Default "master".
  std::optional<std::string> branch{};
  /// A full clone (OutputArtifactFormat CODEBUILD_CLONE_REF) instead of a zip: CodeBuild actions that take
  /// the artifact may use the connection.
  std::optional<bool> codeBuildCloneOutput{};
  /// The connection's ARN (required).
  cdk::Value connectionArn{};
  codepipeline::Artifact output{};
  /// The owner of the repository (user or organization).
  std::string owner{};
  std::string repo{};
  cdk::Handle<iam::IRole> role{};
  std::optional<int> runOrder{};
  /// DetectChanges: start the pipeline on pushes; not rendered by default (CodePipeline's default is true).
  std::optional<bool> triggerOnPush{};
  std::optional<std::string> variablesNamespace{};
};

struct CodeStarSourceVariables {
  cdk::Value fullRepositoryName;
  cdk::Value branchName;
  cdk::Value authorDate;
  cdk::Value commitId;
  cdk::Value commitMessage;
  cdk::Value connectionArn;
};

/// Source/CodeStarSourceConnection. The action's role may use the connection and write the artifact.
class CDKPP_API CodeStarConnectionsSourceAction final : public Action {
 public:
  explicit CodeStarConnectionsSourceAction(CodeStarConnectionsSourceActionProps props);
  CodeStarSourceVariables variables() const;
  /// The metadata key under which the output artifact carries the connection's ARN (codeBuildCloneOutput).
  static const std::string CONNECTION_ARN_PROPERTY;
};

}  // namespace cdk::codepipeline_actions
