#include "ecs_patterns/shared_steps.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/ecs/cluster.hpp"
#include "core/text_scanner.hpp"

namespace cdk::ecs_patterns::detail {

ecs::ICluster& defaultCluster(Construct& scope, ec2::IVpc* vpc) {
  // One cluster per stack and VPC, under the stack, so that every pattern service without a cluster shares it.
  const std::string id = "EcsDefaultClusterMnL3mNNYN" + (vpc ? vpc->node().id() : std::string());
  Stack& stack = Stack::of(scope);
  if (Construct* existing = stack.node().tryFindChild(id)) {
    if (auto* cluster = dynamic_cast<ecs::ICluster*>(existing)) return *cluster;
    throw ConstructError(existing->node().path(),
                         fmt::format("the id '{}' is reserved for the default ECS cluster of the stack; give this "
                                     "construct another id, or pass cluster to the service",
                                     id));
  }
  ecs::ClusterProps props;
  if (vpc) props.vpc = *vpc;
  return stack.make<ecs::Cluster>(id, std::move(props));
}

void checkDesiredCount(const std::string& path, std::optional<int> desiredCount) {
  if (desiredCount && *desiredCount < 1) {
    throw ConstructError(path, fmt::format("You must specify a desiredCount greater than 0 (got {}); leave it out "
                                           "to let ECS start one task",
                                           *desiredCount));
  }
}

void checkIdleTimeout(const std::string& path, const std::optional<Duration>& idleTimeout) {
  if (!idleTimeout) return;
  const auto seconds = idleTimeout->toSeconds();
  if (seconds > 4000 || seconds < 1) {
    throw ConstructError(
        path, fmt::format("Load balancer idle timeout must be between 1 and 4000 seconds (got {})", seconds));
  }
}

Value serviceUrl(elasticloadbalancingv2::ApplicationProtocol protocol, const Value& domainName) {
  return Fn::join("", {cdk::detail::toAsciiLower(elasticloadbalancingv2::toString(protocol)) + "://", domainName});
}

}  // namespace cdk::ecs_patterns::detail
