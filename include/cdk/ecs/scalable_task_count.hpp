// The scalable task count of a service (aws-cdk-lib's ecs.ScalableTaskCount and its scaling props): what
// BaseService::autoScaleTaskCount returns.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/applicationautoscaling/base_scalable_attribute.hpp"
#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"

namespace cdk::elasticloadbalancingv2 {
class ApplicationTargetGroup;
}

namespace cdk::ecs {

/// Target tracking of the service's average CPU utilization.
struct CpuUtilizationScalingProps {
  std::optional<bool> disableScaleIn{};
  /// Default the policy construct's unique id.
  std::optional<std::string> policyName{};
  std::optional<cdk::Duration> scaleInCooldown{};
  std::optional<cdk::Duration> scaleOutCooldown{};
  /// The CPU utilization to keep, in percent (required).
  double targetUtilizationPercent = 0;
};

/// Target tracking of the service's average memory utilization.
struct MemoryUtilizationScalingProps {
  std::optional<bool> disableScaleIn{};
  std::optional<std::string> policyName{};
  std::optional<cdk::Duration> scaleInCooldown{};
  std::optional<cdk::Duration> scaleOutCooldown{};
  /// The memory utilization to keep, in percent (required).
  double targetUtilizationPercent = 0;
};

/// Target tracking of the requests per target of an application target group.
struct RequestCountScalingProps {
  std::optional<bool> disableScaleIn{};
  std::optional<std::string> policyName{};
  /// The requests per target to keep (required).
  double requestsPerTarget = 0;
  std::optional<cdk::Duration> scaleInCooldown{};
  std::optional<cdk::Duration> scaleOutCooldown{};
  /// The target group whose requests count, behind a listener (required).
  cdk::Handle<elasticloadbalancingv2::ApplicationTargetGroup> targetGroup{};
};

/// Target tracking of a CloudWatch metric of your own (aws-cdk-lib's TrackCustomMetricProps).
struct TrackCustomMetricProps {
  std::optional<bool> disableScaleIn{};
  /// The metric to track (required): a Metric with the statistic Average, Minimum, Maximum, SampleCount or Sum.
  cloudwatch::AnyMetric metric{};
  std::optional<std::string> policyName{};
  std::optional<cdk::Duration> scaleInCooldown{};
  std::optional<cdk::Duration> scaleOutCooldown{};
  /// The value of the metric to keep (required).
  double targetValue = 0;
};

/// The DesiredCount of a service as a scalable attribute: the ScalableTarget child "Target" and its policies.
class CDKPP_API ScalableTaskCount : public applicationautoscaling::BaseScalableAttribute {
 public:
  ScalableTaskCount(cdk::Construct& scope, std::string_view id,
                    const applicationautoscaling::BaseScalableAttributeProps& props);
  ~ScalableTaskCount() override;

  /// A scheduled action named `id` (cdk::ConstructError without minCapacity and maxCapacity).
  void scaleOnSchedule(std::string_view id, const applicationautoscaling::ScalingSchedule& props);
  /// Step scaling on a metric, the policy child `id` of the target (see applicationautoscaling::StepScalingPolicy).
  applicationautoscaling::StepScalingPolicy& scaleOnMetric(std::string_view id,
                                                           applicationautoscaling::BasicStepScalingPolicyProps props);
  /// Target tracking of ECSServiceAverageCPUUtilization, the policy child `id` of the target.
  applicationautoscaling::TargetTrackingScalingPolicy& scaleOnCpuUtilization(std::string_view id,
                                                                             const CpuUtilizationScalingProps& props);
  /// Target tracking of ECSServiceAverageMemoryUtilization.
  applicationautoscaling::TargetTrackingScalingPolicy& scaleOnMemoryUtilization(
      std::string_view id, const MemoryUtilizationScalingProps& props);
  /// Target tracking of ALBRequestCountPerTarget with the resource label
  /// "<first load balancer's full name>/<target group's full name>". Throws cdk::ConstructError without a
  /// target group, or while no listener forwards to it.
  applicationautoscaling::TargetTrackingScalingPolicy& scaleOnRequestCount(std::string_view id,
                                                                           const RequestCountScalingProps& props);
  /// Target tracking of a custom metric, the policy child `id` of the target. Throws cdk::ConstructError for a
  /// math expression or a percentile statistic.
  applicationautoscaling::TargetTrackingScalingPolicy& scaleToTrackCustomMetric(std::string_view id,
                                                                                TrackCustomMetricProps props);
};

}  // namespace cdk::ecs
