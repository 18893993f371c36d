#include "cdk/elasticloadbalancingv2/listener_action.hpp"

#include <fmt/format.h>

#include "cdk/cfn/elasticloadbalancingv2.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/elasticloadbalancingv2/application_listener.hpp"
#include "elasticloadbalancingv2/listener_action_impl.hpp"

namespace cdk::elasticloadbalancingv2 {

ListenerAction ListenerAction::forward(std::vector<Handle<IApplicationTargetGroup>> targetGroups,
                                       ForwardOptions options) {
  if (targetGroups.empty()) throw Error("Need at least one targetGroup in a ListenerAction.forward()");
  for (const auto& group : targetGroups) {
    if (!group) throw Error("ListenerAction::forward(): a target group handle is null; pass target groups");
  }
  if (targetGroups.size() == 1 && !options.stickinessDuration) {
    auto impl = std::make_shared<Impl>();
    impl->type = "forward";
    impl->targetGroup = targetGroups.front().get();
    return ListenerAction(std::move(impl));
  }
  std::vector<WeightedTargetGroup> weighted;
  for (const auto& group : targetGroups) weighted.push_back({.targetGroup = group, .weight = 1});
  return weightedForward(std::move(weighted), options);
}

ListenerAction ListenerAction::weightedForward(std::vector<WeightedTargetGroup> targetGroups, ForwardOptions options) {
  if (targetGroups.empty()) throw Error("Need at least one targetGroup in a ListenerAction.weightedForward()");
  auto impl = std::make_shared<Impl>();
  impl->type = "forward";
  impl->weighted = true;
  for (const auto& group : targetGroups) {
    if (!group.targetGroup) {
      throw Error("ListenerAction::weightedForward(): a target group handle is null; pass target groups");
    }
    impl->weightedGroups.emplace_back(group.targetGroup.get(), group.weight);
  }
  if (options.stickinessDuration) {
    const auto seconds = options.stickinessDuration->toSeconds();
    if (seconds < 1 || seconds > 604800) {
      throw Error(fmt::format(
          "Stickiness duration value must be between 1 second and 7 days (604800 seconds), got {} seconds", seconds));
    }
    impl->stickinessSeconds = seconds;
  }
  return ListenerAction(std::move(impl));
}

ListenerAction ListenerAction::fixedResponse(int statusCode, FixedResponseOptions options) {
  auto impl = std::make_shared<Impl>();
  impl->type = "fixed-response";
  impl->statusCode = std::to_string(statusCode);
  impl->contentType = std::move(options.contentType);
  impl->messageBody = std::move(options.messageBody);
  return ListenerAction(std::move(impl));
}

ListenerAction ListenerAction::redirect(RedirectOptions options) {
  if (!options.host && !options.path && !options.port && !options.protocol && !options.query) {
    throw Error("To prevent redirect loops, set at least one of 'protocol', 'host', 'port', 'path', or 'query'.");
  }
  if (options.path && !options.path->starts_with('/')) {
    throw Error(fmt::format("Redirect path must start with a '/', got: {}", *options.path));
  }
  auto impl = std::make_shared<Impl>();
  impl->type = "redirect";
  impl->redirect = std::move(options);
  return ListenerAction(std::move(impl));
}

Value ListenerAction::renderActions() const {
  Value::List out;
  for (const auto& action : detail::renderActions<CfnListener>(*impl_)) out.push_back(toValue(action));
  return Value(std::move(out));
}

void ListenerAction::bind(IApplicationListener& listener, const IDependable* associatingConstruct) const {
  for (IApplicationTargetGroup* group : targetGroups()) group->registerListener(listener, associatingConstruct);
}

std::vector<IApplicationTargetGroup*> ListenerAction::targetGroups() const {
  std::vector<IApplicationTargetGroup*> out;
  if (impl_->type != "forward") return out;
  if (impl_->targetGroup) out.push_back(impl_->targetGroup);
  for (const auto& [group, weight] : impl_->weightedGroups) out.push_back(group);
  return out;
}

}  // namespace cdk::elasticloadbalancingv2
