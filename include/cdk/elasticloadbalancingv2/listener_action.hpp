// What a listener (or a listener rule) does with a request (aws-cdk-lib's elbv2.ListenerAction).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cdk/core/dependable.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class Construct;
}

namespace cdk::elasticloadbalancingv2 {

class IApplicationListener;
class IApplicationTargetGroup;

struct ForwardOptions {
  /// Group-level stickiness (TargetGroupStickinessConfig); between 1 second and 7 days.
  std::optional<cdk::Duration> stickinessDuration{};
};

struct WeightedTargetGroup {
  cdk::Handle<IApplicationTargetGroup> targetGroup{};
  int weight = 1;
};

struct FixedResponseOptions {
  /// "text/plain", "text/css", "text/html", "application/javascript" or "application/json".
  std::optional<std::string> contentType{};
  /// At most 1024 characters.
  std::optional<std::string> messageBody{};
};

struct RedirectOptions {
  /// "#{host}" keeps the original.
  std::optional<std::string> host{};
  /// Must start with "/"; "/#{path}" keeps the original.
  std::optional<std::string> path{};
  /// HTTP_301 when true, HTTP_302 otherwise.
  bool permanent = false;
  std::optional<std::string> port{};
  /// "HTTP", "HTTPS" or "#{protocol}".
  std::optional<std::string> protocol{};
  std::optional<std::string> query{};
};

/// An action: forward to target groups, answer with a fixed response, or redirect. A value: copies share
/// the (immutable) action.
class CDKPP_API ListenerAction {
 public:
  /// Forward to one target group ({ "TargetGroupArn", "Type": "forward" }), or to several with weight 1
  /// each (a ForwardConfig, also used for one group with a stickiness duration). Throws cdk::Error
  /// ("Need at least one targetGroup in a ListenerAction.forward()") for an empty list.
  static ListenerAction forward(std::vector<cdk::Handle<IApplicationTargetGroup>> targetGroups,
                                ForwardOptions options = {});
  /// Forward to target groups by weight (a ForwardConfig).
  static ListenerAction weightedForward(std::vector<WeightedTargetGroup> targetGroups, ForwardOptions options = {});
  /// A fixed response: status code (2XX, 4XX or 5XX), content type and body.
  static ListenerAction fixedResponse(int statusCode, FixedResponseOptions options = {});
  /// A redirect; at least one of protocol, host, port, path or query must be set (cdk::Error otherwise).
  static ListenerAction redirect(RedirectOptions options);

  /// The actions as CloudFormation's Actions list (Order 1..n when chained), unresolved.
  cdk::Value renderActions() const;
  /// Called by the listener (or rule) that uses the action: a forward action registers the listener with
  /// each of its target groups (they then depend on it being attached).
  void bind(IApplicationListener& listener, const cdk::IDependable* associatingConstruct = nullptr) const;
  /// The target groups a forward action sends traffic to.
  std::vector<IApplicationTargetGroup*> targetGroups() const;

  struct Impl;
  const Impl& impl() const noexcept { return *impl_; }

 private:
  explicit ListenerAction(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace cdk::elasticloadbalancingv2
