// The desired count of an ECS service as a scalable attribute (aws-cdk-lib's ecs.ScalableTaskCount and the
// scaling props of its scaleOn* methods).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/applicationautoscaling/base_scalable_attribute.hpp"
#include "cdk/applicationautoscaling/target_tracking_scaling_policy.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"

namespace cdk::elasticloadbalancingv2 {
class ApplicationTargetGroup;
}

namespace cdk::ecs {

/// scaleOnCpuUtilization / scaleOnMemoryUtilization: the average utilization to keep, in percent.
struct UtilizationScalingProps {
  std::optional<bool> disableScaleIn{};
  std::optional<std::string> policyName{};
  std::optional<cdk::Duration> scaleInCooldown{};
  std::optional<cdk::Duration> scaleOutCooldown{};
  /// Required (above 0, at most 100).
  double targetUtilizationPercent = 0;
};

/// scaleOnRequestCount: requests per target and minute to keep, behind the target group's load balancer.
struct RequestCountScalingProps {
  std::optional<bool> disableScaleIn{};
  std::optional<std::string> policyName{};
  /// Required (above 0).
  double requestsPerTarget = 0;
  std::optional<cdk::Duration> scaleInCooldown{};
  std::optional<cdk::Duration> scaleOutCooldown{};
  /// The group the service is a target of (required); a listener must forward to it already.
  cdk::Handle<elasticloadbalancingv2::ApplicationTargetGroup> targetGroup{};
};

/// The task count of a service (BaseService::autoScaleTaskCount): a ScalableTarget "Target" on
/// ecs:service:DesiredCount and its target tracking policies, children of the target.
class CDKPP_API ScalableTaskCount : public applicationautoscaling::BaseScalableAttribute {
 public:
  ScalableTaskCount(cdk::Construct& scope, std::string_view id,
                    const applicationautoscaling::BaseScalableAttributeProps& props);
  ~ScalableTaskCount() override;

  /// Tracks ECSServiceAverageCPUUtilization. Throws cdk::ConstructError for a target outside (0, 100].
  applicationautoscaling::TargetTrackingScalingPolicy& scaleOnCpuUtilization(std::string_view id,
                                                                             const UtilizationScalingProps& props);
  /// Tracks ECSServiceAverageMemoryUtilization. Throws cdk::ConstructError for a target outside (0, 100].
  applicationautoscaling::TargetTrackingScalingPolicy& scaleOnMemoryUtilization(std::string_view id,
                                                                                const UtilizationScalingProps& props);
  /// Tracks ALBRequestCountPerTarget with the resource label "<load balancer full name>/<target group full
  /// name>". Throws cdk::ConstructError without a target group, for a target of 0 or less, and while no
  /// listener forwards to the group.
  applicationautoscaling::TargetTrackingScalingPolicy& scaleOnRequestCount(std::string_view id,
                                                                           const RequestCountScalingProps& props);

 private:
  applicationautoscaling::TargetTrackingScalingPolicy& scaleOnUtilization(
      std::string_view id, const UtilizationScalingProps& props, applicationautoscaling::PredefinedMetric metric);
};

}  // namespace cdk::ecs
