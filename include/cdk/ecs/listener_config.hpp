// Where registerLoadBalancerTargets puts a service's containers (aws-cdk-lib's ecs.ListenerConfig and
// EcsTarget): a listener and the props of the target group made on it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/ecs/task_definition.hpp"
#include "cdk/elasticloadbalancingv2/application_listener.hpp"

namespace cdk::ecs {

class BaseService;

/// A listener that gets a new target group for each container registered with it.
class CDKPP_API ListenerConfig {
 public:
  /// An application listener; `props` are those of listener.addTargets (their targets are replaced by the
  /// container, the port defaults to 443 for HTTPS and 80 otherwise).
  static ListenerConfig applicationListener(elasticloadbalancingv2::ApplicationListener& listener,
                                            elasticloadbalancingv2::AddApplicationTargetsProps props = {});

  /// The target group `id` on the listener, with the container of `target` in `service` as its target.
  void addTargets(std::string_view id, const LoadBalancerTargetOptions& target, BaseService& service) const;

 private:
  ListenerConfig(elasticloadbalancingv2::ApplicationListener& listener,
                 elasticloadbalancingv2::AddApplicationTargetsProps props)
      : listener_(&listener), props_(std::move(props)) {}

  elasticloadbalancingv2::ApplicationListener* listener_;
  elasticloadbalancingv2::AddApplicationTargetsProps props_;
};

/// A container and port of a service and the listener it goes behind (aws-cdk-lib's EcsTarget).
struct EcsTarget {
  /// The container (required).
  std::string containerName{};
  /// Default the container's first port mapping.
  std::optional<int> containerPort{};
  /// The listener (required): ListenerConfig::applicationListener(listener, {...}).
  std::optional<ListenerConfig> listener{};
  /// The id of the new target group, a child of the listener (required).
  std::string newTargetGroupId{};
  /// Default TCP.
  std::optional<Protocol> protocol{};
};

}  // namespace cdk::ecs
