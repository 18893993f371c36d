#include "cdk/codepipeline_actions/ecs_deploy_action.hpp"

#include <memory>
#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/ecs/base_service.hpp"
#include "cdk/ecs/cluster.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/s3/bucket.hpp"
#include "codepipeline_actions/action_properties.hpp"

namespace cdk::codepipeline_actions {

namespace {

/// aws-cdk-lib's determineInputArtifact: exactly one of input and imageFile.
codepipeline::Artifact inputArtifact(const EcsDeployActionProps& props) {
  if (props.imageFile && props.input) {
    throw cdk::Error("Exactly one of 'input' or 'imageFile' can be provided in the ECS deploy Action");
  }
  if (props.imageFile) return props.imageFile->artifact();
  if (props.input) return *props.input;
  throw cdk::Error("Specifying one of 'input' or 'imageFile' is required for the ECS deploy Action");
}

class EcsDeployActionImpl final : public codepipeline::Action {
 public:
  explicit EcsDeployActionImpl(EcsDeployActionProps props)
      : codepipeline::Action(properties(props)), props_(std::move(props)) {
    if (props_.deploymentTimeout) {
      deploymentTimeout_ = props_.deploymentTimeout->toMinutes();
      if (*deploymentTimeout_ < 1 || *deploymentTimeout_ > 60) {
        throw cdk::Error(
            fmt::format("Deployment timeout must be between 1 and 60 minutes, got: {}", *deploymentTimeout_));
      }
    }
    if (!props_.service) throw cdk::Error("EcsDeployAction: give the service to deploy to (`service`)");
  }

 protected:
  codepipeline::ActionConfig bound(cdk::Construct&, codepipeline::IStage&,
                                   const codepipeline::ActionBindOptions& options) override {
    options.role.addToPrincipalPolicy(iam::PolicyStatement(
        {.actions = {"ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:DescribeTasks", "ecs:ListTasks",
                     "ecs:RegisterTaskDefinition", "ecs:TagResource", "ecs:UpdateService"},
         .resources = {"*"}}));
    // The task definition's roles go to ECS (and EC2 for EC2 capacity) when the action registers a revision.
    options.role.addToPrincipalPolicy(iam::PolicyStatement(
        {.actions = {"iam:PassRole"},
         .conditions = {{"StringEqualsIfExists",
                         cdk::Value::map({{"iam:PassedToService",
                                           cdk::Value::list({"ec2.amazonaws.com", "ecs-tasks.amazonaws.com"})}})}},
         .resources = {"*"}}));
    options.bucket.grantRead(options.role);
    cdk::Value::Map configuration{{"ClusterName", props_.service->cluster().clusterName()},
                                  {"ServiceName", props_.service->serviceName()}};
    if (props_.imageFile) configuration.emplace_back("FileName", props_.imageFile->fileName());
    if (deploymentTimeout_) configuration.emplace_back("DeploymentTimeout", *deploymentTimeout_);
    return {.configuration = cdk::Value(std::move(configuration))};
  }

 private:
  static codepipeline::ActionProperties properties(const EcsDeployActionProps& props) {
    codepipeline::ActionProperties properties = detail::commonProperties(props);
    properties.artifactBounds = detail::deployArtifactBounds();
    properties.category = codepipeline::ActionCategory::DEPLOY;
    properties.inputs = {inputArtifact(props)};
    properties.provider = "ECS";
    return properties;
  }

  EcsDeployActionProps props_;
  std::optional<std::int64_t> deploymentTimeout_;
};

}  // namespace

EcsDeployAction::EcsDeployAction(EcsDeployActionProps props)
    : Action(std::make_shared<EcsDeployActionImpl>(std::move(props))) {}

}  // namespace cdk::codepipeline_actions
