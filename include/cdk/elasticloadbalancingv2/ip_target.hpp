// An IP address as a target of a target group (aws-cdk-lib's elasticloadbalancingv2_targets.IpTarget,
// here in cdk::elasticloadbalancingv2::targets).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"

namespace cdk::elasticloadbalancingv2::targets {

/// An IP address (in the VPC, or "all" zones for addresses outside it) registered by id: Targets entry
/// { "Id": <ip>, "Port": <port>, "AvailabilityZone": <zone> }, TargetType "ip". A value.
class CDKPP_API IpTarget final : public IApplicationLoadBalancerTarget {
 public:
  explicit IpTarget(cdk::Value ipAddress, std::optional<int> port = std::nullopt,
                    std::optional<std::string> availabilityZone = std::nullopt);
  LoadBalancerTargetProps attachToApplicationTargetGroup(IApplicationTargetGroup& targetGroup) override;

 private:
  cdk::Value ipAddress_;
  std::optional<int> port_;
  std::optional<std::string> availabilityZone_;
};

}  // namespace cdk::elasticloadbalancingv2::targets
