#include "cdk/codepipeline_actions/ecr_source_action.hpp"

#include <memory>
#include <utility>

#include "cdk/codepipeline/pipeline.hpp"
#include "cdk/codepipeline/stage.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/ecr/repository.hpp"
#include "cdk/events/rule.hpp"
#include "cdk/events_targets/codepipeline.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/s3/bucket.hpp"
#include "codepipeline_actions/action_properties.hpp"

namespace cdk::codepipeline_actions {

namespace {

class EcrSourceActionImpl final : public codepipeline::Action {
 public:
  explicit EcrSourceActionImpl(EcrSourceActionProps props)
      : codepipeline::Action(properties(props)), props_(std::move(props)) {}

 protected:
  codepipeline::ActionConfig bound(cdk::Construct& scope, codepipeline::IStage& stage,
                                   const codepipeline::ActionBindOptions& options) override {
    options.role.addToPrincipalPolicy(
        iam::PolicyStatement({.actions = {"ecr:DescribeImages"}, .resources = {props_.repository->repositoryArn()}}));
    // A successful push of the tag (of any tag, for an empty one) starts the pipeline.
    cdk::Value::Map detail{{"result", cdk::Value::list({"SUCCESS"})},
                           {"repository-name", cdk::Value::list({props_.repository->repositoryName()})}};
    if (!props_.imageTag || !props_.imageTag->empty()) {
      detail.emplace_back("image-tag", cdk::Value::list({props_.imageTag.value_or("latest")}));
    }
    detail.emplace_back("action-type", cdk::Value::list({"PUSH"}));
    codepipeline::IPipeline& pipeline = stage.pipeline();
    scope.make<events::Rule>(cdk::Names::nodeUniqueId(pipeline) + "SourceEventRule",
                             {.eventPattern = cdk::Value::map({{"detailType", cdk::Value::list({"ECR Image Action"})},
                                                               {"source", cdk::Value::list({"aws.ecr"})},
                                                               {"detail", cdk::Value(std::move(detail))}}),
                              .targets = {std::make_shared<events_targets::CodePipeline>(pipeline)}});
    options.bucket.grantWrite(options.role);
    cdk::Value::Map configuration{{"RepositoryName", props_.repository->repositoryName()}};
    if (props_.imageTag && !props_.imageTag->empty()) configuration.emplace_back("ImageTag", *props_.imageTag);
    return {.configuration = cdk::Value(std::move(configuration))};
  }

 private:
  static codepipeline::ActionProperties properties(const EcrSourceActionProps& props) {
    return detail::sourceProperties(props, "ECR");
  }

  EcrSourceActionProps props_;
};

std::shared_ptr<codepipeline::Action> makeEcrSource(EcrSourceActionProps props) {
  if (!props.repository) throw cdk::Error("EcrSourceAction: give the repository (`repository`)");
  return std::make_shared<EcrSourceActionImpl>(std::move(props));
}

}  // namespace

EcrSourceAction::EcrSourceAction(EcrSourceActionProps props) : Action(makeEcrSource(std::move(props))) {}

EcrSourceVariables EcrSourceAction::variables() const {
  codepipeline::Action& action = impl();
  return {.registryId = action.variableExpression("RegistryId"),
          .repositoryName = action.variableExpression("RepositoryName"),
          .imageDigest = action.variableExpression("ImageDigest"),
          .imageTag = action.variableExpression("ImageTag"),
          .imageUri = action.variableExpression("ImageURI")};
}

}  // namespace cdk::codepipeline_actions
