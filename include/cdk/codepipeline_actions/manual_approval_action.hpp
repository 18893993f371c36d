// A manual approval (aws-cdk-lib's codepipeline_actions.ManualApprovalAction).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cdk/codepipeline_actions/action.hpp"
#include "cdk/core/duration.hpp"

namespace cdk::iam {
class IGrantable;
}
namespace cdk::sns {
class ITopic;
}

namespace cdk::codepipeline_actions {

struct ManualApprovalActionProps {
  std::string actionName{};
  /// Text shown to the approver (CustomData).
  std::optional<std::string> additionalInformation{};
  /// A URL for the approver to review (ExternalEntityLink).
  std::optional<std::string> externalEntityLink{};
  /// A topic notified when approval is needed; the action's role may publish to it.
  cdk::Handle<sns::ITopic> notificationTopic{};
  /// E-mail addresses subscribed to the topic (a new "TopicResource" in the action's construct when no
  /// notificationTopic is given).
  std::vector<std::string> notifyEmails{};
  cdk::Handle<iam::IRole> role{};
  std::optional<int> runOrder{};
  /// How long the approval may wait (5 minutes to 60 days); default CodePipeline's (7 days).
  std::optional<cdk::Duration> timeout{};
  std::optional<std::string> variablesNamespace{};
};

/// Approval/Manual.
class CDKPP_API ManualApprovalAction final : public Action {
 public:
  /// Throws cdk::Error for a timeout outside 5 minutes to 60 days.
  explicit ManualApprovalAction(ManualApprovalActionProps props);
  /// The topic notified (the given one, the one created for notifyEmails once the action is in a stage, or
  /// nullptr).
  sns::ITopic* notificationTopic() const;
  /// Lets `grantee` see the pipeline and approve or reject this action. Throws cdk::Error before the action
  /// is added to a stage.
  void grantManualApproval(const iam::IGrantable& grantee) const;
};

}  // namespace cdk::codepipeline_actions
