#include "cdk/codepipeline_actions/codebuild_action.hpp"

#include <memory>
#include <utility>

#include "cdk/codebuild/project.hpp"
#include "cdk/codepipeline_actions/codestar_connections_source_action.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/s3/bucket.hpp"
#include "codepipeline_actions/action_properties.hpp"
#include "core/json_string.hpp"

namespace cdk::codepipeline_actions {

namespace {

class CodeBuildActionImpl final : public codepipeline::Action {
 public:
  explicit CodeBuildActionImpl(CodeBuildActionProps props)
      : codepipeline::Action(properties(props)), props_(std::move(props)) {}

 protected:
  codepipeline::ActionConfig bound(cdk::Construct& scope, codepipeline::IStage&,
                                   const codepipeline::ActionBindOptions& options) override {
    codebuild::IProject& project = *props_.project;
    const bool hasOutputs = !props_.outputs.empty();
    const cdk::Value pipelineAccount = cdk::Stack::of(scope).account();
    const cdk::Value projectAccount = project.stack().account();
    if (hasOutputs && pipelineAccount.isString() && projectAccount.isString() && pipelineAccount != projectAccount) {
      throw cdk::ConstructError(scope.node().path(),
                                "A cross-account CodeBuild action cannot have outputs. This is a known CodeBuild "
                                "limitation. See https://github.com/aws/aws-cdk/issues/4169 for details");
    }
    options.role.addToPrincipalPolicy(
        iam::PolicyStatement({.actions = {"codebuild:BatchGetBuilds", "codebuild:StartBuild", "codebuild:StopBuild"},
                              .resources = {project.projectArn()}}));
    if (project.role() != nullptr) {
      if (hasOutputs) {
        options.bucket.grantReadWrite(project);
      } else {
        options.bucket.grantRead(project);
      }
    }
    project.bindToCodePipeline(scope, {.artifactBucket = options.bucket});
    // A full clone from a CodeStar connection: the build itself uses the connection.
    for (const codepipeline::Artifact& input : actionProperties().inputs) {
      if (auto connectionArn = input.getMetadata(CodeStarConnectionsSourceAction::CONNECTION_ARN_PROPERTY)) {
        project.addToRolePolicy(
            iam::PolicyStatement({.actions = {"codestar-connections:UseConnection"}, .resources = {*connectionArn}}));
      }
    }
    cdk::Value::Map configuration{{"ProjectName", project.projectName()}};
    if (!props_.environmentVariables.empty()) {
      const cdk::Value::List variables = codebuild::Project::serializeEnvVariables(
          props_.environmentVariables, props_.checkSecretsInPlainTextEnvVariables, &project);
      configuration.emplace_back("EnvironmentVariables",
                                 cdk::detail::jsonString([variables] { return cdk::Value(variables); }));
    }
    if (actionProperties().inputs.size() > 1) configuration.emplace_back("PrimarySource", props_.input.nameValue());
    return {.configuration = cdk::Value(std::move(configuration))};
  }

 private:
  static codepipeline::ActionProperties properties(const CodeBuildActionProps& props) {
    codepipeline::ActionProperties properties = detail::commonProperties(props);
    properties.artifactBounds = {.maxInputs = 5, .maxOutputs = 5, .minInputs = 1, .minOutputs = 0};
    properties.category = props.type == CodeBuildActionType::TEST ? codepipeline::ActionCategory::TEST
                                                                  : codepipeline::ActionCategory::BUILD;
    properties.inputs = {props.input};
    for (const auto& extra : props.extraInputs) properties.inputs.push_back(extra);
    properties.outputs = props.outputs;
    properties.provider = "CodeBuild";
    return properties;
  }

  CodeBuildActionProps props_;
};

std::shared_ptr<codepipeline::Action> makeCodeBuild(CodeBuildActionProps props) {
  if (!props.project) throw cdk::Error("CodeBuildAction: give the project to run (`project`)");
  return std::make_shared<CodeBuildActionImpl>(std::move(props));
}

}  // namespace

CodeBuildAction::CodeBuildAction(CodeBuildActionProps props) : Action(makeCodeBuild(std::move(props))) {}

cdk::Value CodeBuildAction::variable(std::string_view variableName) const {
  return impl().variableExpression(variableName);
}

}  // namespace cdk::codepipeline_actions
