// The data of a ListenerAction and its rendering into the L1 action types (not installed).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cdk/core/value.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"
#include "cdk/elasticloadbalancingv2/listener_action.hpp"

namespace cdk::elasticloadbalancingv2 {

struct ListenerAction::Impl {
  std::string type;  // "forward", "fixed-response", "redirect"
  // forward to one group
  IApplicationTargetGroup* targetGroup = nullptr;
  // weighted forward
  std::vector<std::pair<IApplicationTargetGroup*, int>> weightedGroups;
  bool weighted = false;
  std::optional<std::int64_t> stickinessSeconds;
  // fixed-response
  std::string statusCode;
  std::optional<std::string> contentType;
  std::optional<std::string> messageBody;
  // redirect
  RedirectOptions redirect;
  std::shared_ptr<const Impl> next;
};

namespace detail {

/// Renders the action chain as the L1's ActionProperty list (CfnListener or CfnListenerRule).
template <class L1>
std::vector<typename L1::ActionProperty> renderActions(const ListenerAction::Impl& first) {
  std::vector<typename L1::ActionProperty> out;
  for (const ListenerAction::Impl* a = &first; a; a = a->next.get()) {
    typename L1::ActionProperty action;
    action.type = a->type;
    if (a->type == "forward") {
      if (!a->weighted) {
        action.targetGroupArn = a->targetGroup->targetGroupArn();
      } else {
        typename L1::ForwardConfigProperty forward;
        std::vector<typename L1::TargetGroupTupleProperty> groups;
        for (const auto& [group, weight] : a->weightedGroups) {
          groups.push_back({.targetGroupArn = group->targetGroupArn(), .weight = weight});
        }
        forward.targetGroups = std::move(groups);
        if (a->stickinessSeconds) {
          forward.targetGroupStickinessConfig = typename L1::TargetGroupStickinessConfigProperty{
              .durationSeconds = *a->stickinessSeconds, .enabled = true};
        }
        action.forwardConfig = std::move(forward);
      }
    } else if (a->type == "fixed-response") {
      typename L1::FixedResponseConfigProperty fixed;
      if (a->contentType) fixed.contentType = *a->contentType;
      if (a->messageBody) fixed.messageBody = *a->messageBody;
      fixed.statusCode = a->statusCode;
      action.fixedResponseConfig = std::move(fixed);
    } else if (a->type == "redirect") {
      typename L1::RedirectConfigProperty redirect;
      const auto& r = a->redirect;
      if (r.host) redirect.host = *r.host;
      if (r.path) redirect.path = *r.path;
      if (r.port) redirect.port = *r.port;
      if (r.protocol) redirect.protocol = *r.protocol;
      if (r.query) redirect.query = *r.query;
      redirect.statusCode = r.permanent ? "HTTP_301" : "HTTP_302";
      action.redirectConfig = std::move(redirect);
    }
    out.push_back(std::move(action));
  }
  if (out.size() > 1) {
    for (std::size_t i = 0; i < out.size(); ++i) out[i].order = static_cast<int>(i + 1);
  }
  return out;
}

}  // namespace detail
}  // namespace cdk::elasticloadbalancingv2
