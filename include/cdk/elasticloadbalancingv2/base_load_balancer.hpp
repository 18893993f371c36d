// What every load balancer of version 2 offers (aws-cdk-lib's elbv2.ILoadBalancerV2): the attributes an alias
// record needs (route53_targets::LoadBalancerTarget) and the ecs_patterns services print.
#pragma once

#include "cdk/core/export.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::elasticloadbalancingv2 {

/// A load balancer of version 2 (application or network), created here or imported.
class CDKPP_API ILoadBalancerV2 : public virtual cdk::IResource {
 public:
  /// The canonical hosted zone of the load balancer ({ "Fn::GetAtt": [<load balancer>, "CanonicalHostedZoneID"] }).
  virtual cdk::Value loadBalancerCanonicalHostedZoneId() const = 0;
  /// The DNS name of the load balancer ({ "Fn::GetAtt": [<load balancer>, "DNSName"] }).
  virtual cdk::Value loadBalancerDnsName() const = 0;
};

}  // namespace cdk::elasticloadbalancingv2
