#include "cdk/ecs/listener_config.hpp"

#include <utility>

#include "cdk/ecs/base_service.hpp"

namespace cdk::ecs {

namespace elbv2 = elasticloadbalancingv2;

ListenerConfig ListenerConfig::applicationListener(elbv2::ApplicationListener& listener,
                                                   elbv2::AddApplicationTargetsProps props) {
  return ListenerConfig(listener, std::move(props));
}

void ListenerConfig::addTargets(std::string_view id, const LoadBalancerTargetOptions& target,
                                BaseService& service) const {
  elbv2::AddApplicationTargetsProps props = props_;
  if (!props.port) props.port = props.protocol == elbv2::ApplicationProtocol::HTTPS ? 443 : 80;
  // The target binds to the group inside addTargets, while it is alive.
  auto ecsTarget = service.loadBalancerTarget(target);
  props.targets = {ecsTarget};
  listener_->addTargets(id, std::move(props));
}

}  // namespace cdk::ecs
