#include "cdk/codepipeline_actions/manual_approval_action.hpp"

#include <memory>
#include <utility>

#include <fmt/format.h>

#include "cdk/codepipeline/pipeline.hpp"
#include "cdk/codepipeline/stage.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/sns/topic.hpp"
#include "cdk/sns_subscriptions/email.hpp"
#include "codepipeline_actions/action_properties.hpp"

namespace cdk::codepipeline_actions {

namespace detail {

class ManualApprovalActionImpl final : public codepipeline::Action {
 public:
  explicit ManualApprovalActionImpl(ManualApprovalActionProps props)
      : codepipeline::Action(properties(props)), props_(std::move(props)) {}

  sns::ITopic* notificationTopic() const noexcept { return topic_; }
  const ManualApprovalActionProps& props() const noexcept { return props_; }

 protected:
  codepipeline::ActionConfig bound(cdk::Construct& scope, codepipeline::IStage&,
                                   const codepipeline::ActionBindOptions& options) override {
    if (props_.notificationTopic) {
      topic_ = props_.notificationTopic.get();
    } else if (!props_.notifyEmails.empty()) {
      topic_ = &scope.make<sns::Topic>("TopicResource");
    }
    if (topic_ != nullptr) {
      topic_->grantPublish(options.role);
      for (const std::string& email : props_.notifyEmails) {
        topic_->addSubscription(sns_subscriptions::EmailSubscription(email));
      }
    }
    cdk::Value::Map configuration;
    if (topic_ != nullptr) configuration.emplace_back("NotificationArn", topic_->topicArn());
    if (props_.additionalInformation) configuration.emplace_back("CustomData", *props_.additionalInformation);
    if (props_.externalEntityLink) configuration.emplace_back("ExternalEntityLink", *props_.externalEntityLink);
    if (configuration.empty()) return {};
    return {.configuration = cdk::Value(std::move(configuration))};
  }

 private:
  static codepipeline::ActionProperties properties(const ManualApprovalActionProps& props) {
    codepipeline::ActionProperties properties = commonProperties(props);
    properties.artifactBounds = {.maxInputs = 0, .maxOutputs = 0, .minInputs = 0, .minOutputs = 0};
    properties.category = codepipeline::ActionCategory::APPROVAL;
    properties.provider = "Manual";
    properties.timeout = props.timeout;
    return properties;
  }

  ManualApprovalActionProps props_;
  sns::ITopic* topic_ = nullptr;
};

}  // namespace detail

namespace {

std::shared_ptr<codepipeline::Action> makeManualApproval(ManualApprovalActionProps props) {
  if (props.timeout) {
    const auto minutes = props.timeout->toMinutes();
    if (minutes < 5 || minutes > 86400) {
      throw cdk::Error(
          fmt::format("timeout must be between 5 minutes and 86400 minutes (60 days), got {} minutes", minutes));
    }
  }
  return std::make_shared<detail::ManualApprovalActionImpl>(std::move(props));
}

}  // namespace

ManualApprovalAction::ManualApprovalAction(ManualApprovalActionProps props)
    : Action(makeManualApproval(std::move(props))) {}

sns::ITopic* ManualApprovalAction::notificationTopic() const {
  return static_cast<const detail::ManualApprovalActionImpl&>(impl()).notificationTopic();
}

void ManualApprovalAction::grantManualApproval(const iam::IGrantable& grantee) const {
  const codepipeline::Action& action = impl();
  codepipeline::IStage* stage = action.stage();
  if (stage == nullptr) throw cdk::Error("Cannot grant permissions before binding action to a stage");
  const iam::PrincipalPtr principal = grantee.grantPrincipal();
  const cdk::Value pipelineArn = stage->pipeline().pipelineArn();
  principal->addToPrincipalPolicy(
      iam::PolicyStatement({.actions = {"codepipeline:ListPipelines"}, .resources = {"*"}}));
  principal->addToPrincipalPolicy(iam::PolicyStatement(
      {.actions = {"codepipeline:GetPipeline", "codepipeline:GetPipelineState", "codepipeline:GetPipelineExecution"},
       .resources = {pipelineArn}}));
  principal->addToPrincipalPolicy(iam::PolicyStatement(
      {.actions = {"codepipeline:PutApprovalResult"},
       .resources = {pipelineArn + "/" + stage->stageName() + "/" + action.actionProperties().actionName}}));
}

}  // namespace cdk::codepipeline_actions
