#include "cdk/ecs/scalable_task_count.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"

namespace cdk::ecs {

namespace appscaling = applicationautoscaling;

namespace {

/// A utilization target outside (0, 100] can never be reached: cdkpp refuses it where the service would accept it.
void checkPercent(const Construct& scope, std::string_view method, double percent) {
  if (!(percent > 0 && percent <= 100)) {
    throw ConstructError(
        scope.node().path(),
        fmt::format("{}: targetUtilizationPercent is {}; give a percentage above 0 and at most 100", method, percent));
  }
}

/// Target tracking of a utilization metric: CPU and memory props have the same fields.
template <class UtilizationProps>
appscaling::BasicTargetTrackingScalingPolicyProps utilizationTracking(const UtilizationProps& props,
                                                                      appscaling::PredefinedMetric metric) {
  return {.disableScaleIn = props.disableScaleIn,
          .policyName = props.policyName,
          .predefinedMetric = metric,
          .scaleInCooldown = props.scaleInCooldown,
          .scaleOutCooldown = props.scaleOutCooldown,
          .targetValue = props.targetUtilizationPercent};
}

}  // namespace

ScalableTaskCount::ScalableTaskCount(Construct& scope, std::string_view id,
                                     const appscaling::BaseScalableAttributeProps& props)
    : BaseScalableAttribute(scope, id, props) {}

ScalableTaskCount::~ScalableTaskCount() = default;

void ScalableTaskCount::scaleOnSchedule(std::string_view id, const appscaling::ScalingSchedule& props) {
  doScaleOnSchedule(id, props);
}

appscaling::StepScalingPolicy& ScalableTaskCount::scaleOnMetric(std::string_view id,
                                                                appscaling::BasicStepScalingPolicyProps props) {
  return doScaleOnMetric(id, std::move(props));
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnCpuUtilization(
    std::string_view id, const CpuUtilizationScalingProps& props) {
  checkPercent(*this, "scaleOnCpuUtilization", props.targetUtilizationPercent);
  return doScaleToTrackMetric(
      id, utilizationTracking(props, appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION));
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnMemoryUtilization(
    std::string_view id, const MemoryUtilizationScalingProps& props) {
  checkPercent(*this, "scaleOnMemoryUtilization", props.targetUtilizationPercent);
  return doScaleToTrackMetric(
      id, utilizationTracking(props, appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION));
}

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleOnRequestCount(std::string_view id,
                                                                                const RequestCountScalingProps& props) {
  if (!props.targetGroup) {
    throw ConstructError(node().path(),
                         "scaleOnRequestCount needs the targetGroup whose requests per target are tracked");
  }
  if (!(props.requestsPerTarget > 0)) {
    throw ConstructError(
        node().path(),
        fmt::format("scaleOnRequestCount: requestsPerTarget is {}; give a number above 0", props.requestsPerTarget));
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

appscaling::TargetTrackingScalingPolicy& ScalableTaskCount::scaleToTrackCustomMetric(std::string_view id,
                                                                                     TrackCustomMetricProps props) {
  if (!props.metric) {
    throw ConstructError(node().path(), "scaleToTrackCustomMetric needs the metric to track");
  }
  return doScaleToTrackMetric(id, {.customMetric = std::move(props.metric),
                                   .disableScaleIn = props.disableScaleIn,
                                   .policyName = std::move(props.policyName),
                                   .scaleInCooldown = props.scaleInCooldown,
                                   .scaleOutCooldown = props.scaleOutCooldown,
                                   .targetValue = props.targetValue});
}

}  // namespace cdk::ecs
