#include "cdk/route53_targets/load_balancer_target.hpp"

#include "cdk/core/fn.hpp"
#include "cdk/elasticloadbalancingv2/base_load_balancer.hpp"

namespace cdk::route53_targets {

route53::AliasRecordTargetConfig LoadBalancerTarget::bind(const route53::IRecordSet& /*record*/,
                                                          const route53::IHostedZone* /*zone*/) const {
  // "dualstack." answers both A and AAAA queries, as aws-cdk-lib points every load balancer alias.
  return {.dnsName = cdk::Fn::join("", {"dualstack.", loadBalancer_->loadBalancerDnsName()}),
          .evaluateTargetHealth = props_.evaluateTargetHealth,
          .hostedZoneId = loadBalancer_->loadBalancerCanonicalHostedZoneId()};
}

}  // namespace cdk::route53_targets
