# Sources of the elasticloadbalancingv2 L2 L2 module, relative to lib/, relative to lib/.
set(CDKPP_ELASTICLOADBALANCINGV2_SOURCES
  elasticloadbalancingv2/application_listener.cpp
  elasticloadbalancingv2/application_load_balancer.cpp
  elasticloadbalancingv2/application_metrics.cpp
  elasticloadbalancingv2/application_target_group.cpp
  elasticloadbalancingv2/enums.cpp
  elasticloadbalancingv2/ip_target.cpp
  elasticloadbalancingv2/listener_action.cpp
  elasticloadbalancingv2/listener_condition.cpp
  elasticloadbalancingv2/util.cpp)
