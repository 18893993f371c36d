#include "cdk/ecs/scalable_task_count.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"

namespace cdk::ecs {

namespace appscaling = applicationautoscaling;

namespace {

void checkPercent(const cdk::Construct& scope, std::string_view method, double percent) {
  if (!(percent > 0 && percent <= 100)) {
    throw cdk::ConstructError(
        scope.node().path(),
        fmt::format("{}: targetUtilizationPercent is {}; give a percentage above 0 and at most 100", method, percent));
  }
}

}  // namespace

ScalableTaskCount::ScalableTaskCount(cdk::Construct& scope, std::string_view id,
                                     const appscaling::BaseScalableAttributeProps& props)
    : BaseScalableAttribute(scope, id, props) {}

ScalableTaskCount::~ScalableTaskCount() = default;

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnCpuUtilization(
    std::string_view id, const UtilizationScalingProps& props) {
  checkPercent(*this, "scaleOnCpuUtilization", props.targetUtilizationPercent);
  return scaleOnUtilization(id, props, appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION);
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnMemoryUtilization(
    std::string_view id, const UtilizationScalingProps& props) {
  checkPercent(*this, "scaleOnMemoryUtilization", props.targetUtilizationPercent);
  return scaleOnUtilization(id, props, appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION);
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnUtilization(std::string_view id,
                                                                               const UtilizationScalingProps& props,
                                                                               appscaling::PredefinedMetric metric) {
  return doScaleToTrackMetric(id, {.disableScaleIn = props.disableScaleIn,
                                   .policyName = props.policyName,
                                   .predefinedMetric = metric,
                                   .scaleInCooldown = props.scaleInCooldown,
                                   .scaleOutCooldown = props.scaleOutCooldown,
                                   .targetValue = props.targetUtilizationPercent});
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnRequestCount(std::string_view id,
                                                                                const RequestCountScalingProps& props) {
  if (!props.targetGroup) {
    throw cdk::ConstructError(node().path(), "scaleOnRequestCount: targetGroup is required: pass the service's group");
  }
  if (!(props.requestsPerTarget > 0)) {
    throw cdk::ConstructError(
        node().path(),
        fmt::format("scaleOnRequestCount: requestsPerTarget is {}; give a number above 0", props.requestsPerTarget));
  }
  // The label Application Auto Scaling reads the ALB's per-target request count by, as aws-cdk-lib joins it.
  const cdk::Value resourceLabel = cdk::Fn::join(
      "", {props.targetGroup->firstLoadBalancerFullName(), "/", props.targetGroup->targetGroupFullName()});
  return doScaleToTrackMetric(id, {.disableScaleIn = props.disableScaleIn,
                                   .policyName = props.policyName,
                                   .predefinedMetric = appscaling::PredefinedMetric::ALB_REQUEST_COUNT_PER_TARGET,
                                   .resourceLabel = resourceLabel,
                                   .scaleInCooldown = props.scaleInCooldown,
                                   .scaleOutCooldown = props.scaleOutCooldown,
                                   .targetValue = props.requestsPerTarget});
}

}  // namespace cdk::ecs
