#include "cdk/codepipeline_actions/codestar_connections_source_action.hpp"

#include <memory>
#include <utility>

#include "cdk/core/errors.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/s3/bucket.hpp"
#include "codepipeline_actions/action_properties.hpp"

namespace cdk::codepipeline_actions {

const std::string CodeStarConnectionsSourceAction::CONNECTION_ARN_PROPERTY = "CodeStarConnectionArnProperty";

namespace {

class CodeStarConnectionsSourceActionImpl final : public codepipeline::Action {
 public:
  explicit CodeStarConnectionsSourceActionImpl(CodeStarConnectionsSourceActionProps props)
      : codepipeline::Action(properties(props)), props_(std::move(props)) {}

 protected:
  codepipeline::ActionConfig bound(cdk::Construct&, codepipeline::IStage&,
                                   const codepipeline::ActionBindOptions& options) override {
    options.role.addToPrincipalPolicy(
        iam::PolicyStatement({.actions = {"codestar-connections:UseConnection"}, .resources = {props_.connectionArn}}));
    options.bucket.grantReadWrite(options.role);
    options.bucket.grantPutAcl(options.role);
    const bool clone = props_.codeBuildCloneOutput.value_or(false);
    if (clone) {
      codepipeline::Artifact output = props_.output;
      output.setMetadata(CodeStarConnectionsSourceAction::CONNECTION_ARN_PROPERTY, props_.connectionArn);
    }
    cdk::Value::Map configuration{{"ConnectionArn", props_.connectionArn},
                                  {"FullRepositoryId", props_.owner + "/" + props_.repo},
                                  {"BranchName", props_.branch.value_or("master")}};
    if (clone) configuration.emplace_back("OutputArtifactFormat", "CODEBUILD_CLONE_REF");
    if (props_.triggerOnPush) configuration.emplace_back("DetectChanges", *props_.triggerOnPush);
    return {.configuration = cdk::Value(std::move(configuration))};
  }

 private:
  static codepipeline::ActionProperties properties(const CodeStarConnectionsSourceActionProps& props) {
    codepipeline::ActionProperties properties = detail::sourceProperties(props, "CodeStarSourceConnection");
    properties.owner = "AWS";
    return properties;
  }

  CodeStarConnectionsSourceActionProps props_;
};

}  // namespace

CodeStarConnectionsSourceAction::CodeStarConnectionsSourceAction(CodeStarConnectionsSourceActionProps props)
    : Action(std::make_shared<CodeStarConnectionsSourceActionImpl>(std::move(props))) {}

CodeStarSourceVariables CodeStarConnectionsSourceAction::variables() const {
  codepipeline::Action& action = impl();
  return {.fullRepositoryName = action.variableExpression("FullRepositoryName"),
          .branchName = action.variableExpression("BranchName"),
          .authorDate = action.variableExpression("AuthorDate"),
          .commitId = action.variableExpression("CommitId"),
          .commitMessage = action.variableExpression("CommitMessage"),
          .connectionArn = action.variableExpression("ConnectionArn")};
}

}  // namespace cdk::codepipeline_actions
