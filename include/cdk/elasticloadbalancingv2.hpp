// The elasticloadbalancingv2 L2 module: application load balancers, listeners, target groups.
// `cdk::elbv2` is an alias of `cdk::elasticloadbalancingv2`.
#pragma once

#include "cdk/elasticloadbalancingv2/application_listener.hpp"
#include "cdk/elasticloadbalancingv2/application_load_balancer.hpp"
#include "cdk/elasticloadbalancingv2/application_metrics.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"
#include "cdk/elasticloadbalancingv2/enums.hpp"
#include "cdk/elasticloadbalancingv2/ip_target.hpp"
#include "cdk/elasticloadbalancingv2/listener_action.hpp"
#include "cdk/elasticloadbalancingv2/listener_certificate.hpp"
#include "cdk/elasticloadbalancingv2/listener_condition.hpp"

namespace cdk {
namespace elbv2 = elasticloadbalancingv2;
}  // namespace cdk
