// Auto Scaling rules (cdk-nag src/rules/autoscaling).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

/// `x != undefined && x.length > 0`.
bool nonEmpty(Js list) {
  if (list.nullish()) return false;
  auto n = length(list);
  return n && *n > 0;
}

R AutoScalingGroupELBHealthCheckRequired(const RuleContext& c) {
  Js classic = c.property("LoadBalancerNames");
  Js other = c.property("TargetGroupARNs");
  if (nonEmpty(other) || nonEmpty(classic)) {
    Js type = c.view.resolveIfPrimitive(c.property("HealthCheckType", As::String));
    if (type.nullish() || !looseEquals(type, "ELB")) return R::nonCompliant();
  }
  return R::compliant();
}

R AutoScalingLaunchConfigPublicIpDisabled(const RuleContext& c) {
  return R::of(c.view.resolveIfPrimitive(c.property("AssociatePublicIpAddress", As::Boolean)).isFalse());
}

const Rule kAutoscalingRules[] = {
    {"AutoScalingGroupELBHealthCheckRequired",
     {"AWS::AutoScaling::AutoScalingGroup"},
     AutoScalingGroupELBHealthCheckRequired,
     "set HealthCheckType to ELB on a group attached to load balancers."},
    {"AutoScalingLaunchConfigPublicIpDisabled",
     {"AWS::AutoScaling::LaunchConfiguration"},
     AutoScalingLaunchConfigPublicIpDisabled,
     "set AssociatePublicIpAddress to false."},
};

}  // namespace

std::span<const Rule> autoscalingRules() { return kAutoscalingRules; }

}  // namespace cdk::compliance::detail
