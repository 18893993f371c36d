#include "cdk/elasticloadbalancingv2/ip_target.hpp"

#include <utility>

namespace cdk::elasticloadbalancingv2::targets {

IpTarget::IpTarget(Value ipAddress, std::optional<int> port, std::optional<std::string> availabilityZone)
    : ipAddress_(std::move(ipAddress)), port_(port), availabilityZone_(std::move(availabilityZone)) {}

LoadBalancerTargetProps IpTarget::attachToApplicationTargetGroup(IApplicationTargetGroup& /*targetGroup*/) {
  Value::Map json;
  json.emplace_back("Id", ipAddress_);
  if (port_) json.emplace_back("Port", *port_);
  if (availabilityZone_) json.emplace_back("AvailabilityZone", *availabilityZone_);
  return {.targetJson = Value(std::move(json)), .targetType = TargetType::IP};
}

}  // namespace cdk::elasticloadbalancingv2::targets
