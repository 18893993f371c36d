// A load balancer as the target of an alias record (aws-cdk-lib's route53_targets.LoadBalancerTarget and
// route53_targets.IAliasRecordTargetProps).
#pragma once

#include <optional>

#include "cdk/core/export.hpp"
#include "cdk/route53/record_set.hpp"

namespace cdk::elasticloadbalancingv2 {
class ILoadBalancerV2;
}

namespace cdk::route53_targets {

/// What the alias targets of this module take.
struct IAliasRecordTargetProps {
  /// AliasTarget.EvaluateTargetHealth; default none rendered (Route 53 does not evaluate it).
  std::optional<bool> evaluateTargetHealth{};
};

/// An application or network load balancer: AliasTarget { DNSName "dualstack.<dns name>", HostedZoneId <the
/// load balancer's canonical zone> }. A value; the load balancer must outlive the synthesis.
/// `route53::RecordTarget::fromAlias(route53_targets::LoadBalancerTarget(alb))`.
class CDKPP_API LoadBalancerTarget final : public route53::IAliasRecordTarget {
 public:
  explicit LoadBalancerTarget(const elasticloadbalancingv2::ILoadBalancerV2& loadBalancer,
                              IAliasRecordTargetProps props = {})
      : loadBalancer_(&loadBalancer), props_(props) {}

  route53::AliasRecordTargetConfig bind(const route53::IRecordSet& record,
                                        const route53::IHostedZone* zone) const override;

 private:
  const elasticloadbalancingv2::ILoadBalancerV2* loadBalancer_;
  IAliasRecordTargetProps props_;
};

}  // namespace cdk::route53_targets
