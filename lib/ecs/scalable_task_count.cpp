#include "cdk/ecs/scalable_task_count.hpp"

#include "cdk/core/errors.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"

namespace cdk::ecs {

namespace appscaling = applicationautoscaling;

ScalableTaskCount::ScalableTaskCount(Construct& scope, std::string_view id,
                                     const appscaling::BaseScalableAttributeProps& props)
    : BaseScalableAttribute(scope, id, props) {}

ScalableTaskCount::~ScalableTaskCount() = default;

void ScalableTaskCount::scaleOnSchedule(std::string_view id, const appscaling::ScalingSchedule& props) {
  doScaleOnSchedule(id, props);
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnCpuUtilization(
    std::string_view id, const CpuUtilizationScalingProps& props) {
  return doScaleToTrackMetric(id,
                              {.disableScaleIn = props.disableScaleIn,
                               .policyName = props.policyName,
                               .predefinedMetric = appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
                               .scaleInCooldown = props.scaleInCooldown,
                               .scaleOutCooldown = props.scaleOutCooldown,
                               .targetValue = props.targetUtilizationPercent});
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnMemoryUtilization(
    std::string_view id, const MemoryUtilizationScalingProps& props) {
  return doScaleToTrackMetric(id,
                              {.disableScaleIn = props.disableScaleIn,
                               .policyName = props.policyName,
                               .predefinedMetric = appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
                               .scaleInCooldown = props.scaleInCooldown,
                               .scaleOutCooldown = props.scaleOutCooldown,
                               .targetValue = props.targetUtilizationPercent});
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnRequestCount(std::string_view id,
                                                                                const RequestCountScalingProps& props) {
  if (!props.targetGroup) {
    throw ConstructError(node().path(),
                         "scaleOnRequestCount needs the targetGroup whose requests per target are tracked");
  }
  Value resourceLabel =
      props.targetGroup->firstLoadBalancerFullName() + Value("/") + props.targetGroup->targetGroupFullName();
  return doScaleToTrackMetric(id, {.disableScaleIn = props.disableScaleIn,
                                   .policyName = props.policyName,
                                   .predefinedMetric = appscaling::PredefinedMetric::ALB_REQUEST_COUNT_PER_TARGET,
                                   .resourceLabel = std::move(resourceLabel),
                                   .scaleInCooldown = props.scaleInCooldown,
                                   .scaleOutCooldown = props.scaleOutCooldown,
                                   .targetValue = props.requestsPerTarget});
}

}  // namespace cdk::ecs
