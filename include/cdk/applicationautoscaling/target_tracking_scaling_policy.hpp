// Target tracking scaling (aws-cdk-lib's applicationautoscaling.TargetTrackingScalingPolicy and
// PredefinedMetric): of a predefined metric, or of a CloudWatch metric of your own.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk::applicationautoscaling {

class CfnScalingPolicy;
class IScalableTarget;

/// The metrics Application Auto Scaling tracks without a CloudWatch metric of your own.
enum class PredefinedMetric {
  APPSTREAM_AVERAGE_CAPACITY_UTILIZATION,
  CASSANDRA_READ_CAPACITY_UTILIZATION,
  CASSANDRA_WRITE_CAPACITY_UTILIZATION,
  COMPREHEND_INFERENCE_UTILIZATION,
  NEPTURE_READER_AVERAGE_CPU_UTILIZATION,
  DYNAMODB_READ_CAPACITY_UTILIZATION,
  /// aws-cdk-lib's deprecated spelling; renders "DynamoDBWriteCapacityUtilization" as the next one does.
  DYNAMODB_WRITE_CAPACITY_UTILIZATION,
  DYANMODB_WRITE_CAPACITY_UTILIZATION,
  ALB_REQUEST_COUNT_PER_TARGET,
  RDS_READER_AVERAGE_CPU_UTILIZATION,
  RDS_READER_AVERAGE_DATABASE_CONNECTIONS,
  EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION,
  EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN,
  EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT,
  SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE,
  SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION,
  SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY,
  ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
  ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
  LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
  KAFKA_BROKER_STORAGE_UTILIZATION,
  ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION,
  ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION,
  ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE,
  ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE,
  SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION,
  SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION,
  WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION,
};

/// The PredefinedMetricType ("ECSServiceAverageCPUUtilization", ...).
CDKPP_API std::string_view toString(PredefinedMetric metric) noexcept;

/// A target tracking policy without its scalable target (what ScalableTarget::scaleToTrackMetric takes).
struct BasicTargetTrackingScalingPolicyProps {
  /// A CloudWatch metric of your own to track (exactly one of customMetric and predefinedMetric): a Metric
  /// with the statistic Average, Minimum, Maximum, SampleCount or Sum, in the stack's account and region.
  cloudwatch::AnyMetric customMetric{};
  /// DisableScaleIn, rendered as given.
  std::optional<bool> disableScaleIn{};
  /// PolicyName; default the construct's unique id (its path from the root).
  std::optional<std::string> policyName{};
  /// The metric to track (exactly one of customMetric and predefinedMetric).
  std::optional<PredefinedMetric> predefinedMetric{};
  /// ResourceLabel of ALB_REQUEST_COUNT_PER_TARGET: app/<lb>/<id>/targetgroup/<tg>/<id>.
  std::optional<cdk::Value> resourceLabel{};
  /// ScaleInCooldown / ScaleOutCooldown, in whole seconds.
  std::optional<cdk::Duration> scaleInCooldown{};
  std::optional<cdk::Duration> scaleOutCooldown{};
  /// The value of the metric to keep (required).
  double targetValue = 0;
};

/// As aws-cdk-lib's TargetTrackingScalingPolicyProps extends BasicTargetTrackingScalingPolicyProps:
/// `{{basic props}, target}`.
struct TargetTrackingScalingPolicyProps : BasicTargetTrackingScalingPolicyProps {
  /// The scalable target (required).
  cdk::Handle<IScalableTarget> scalingTarget{};
};

/// An AWS::ApplicationAutoScaling::ScalingPolicy of type TargetTrackingScaling (the child "Resource"). A
/// plain construct, as in aws-cdk-lib.
class CDKPP_API TargetTrackingScalingPolicy : public cdk::Construct {
 public:
  using Props = TargetTrackingScalingPolicyProps;

  /// Throws cdk::ConstructError, naming the scope as aws-cdk-lib does, unless exactly one of customMetric and
  /// predefinedMetric is given, and for a custom metric that is a math expression; naming the policy, for a
  /// percentile statistic. A custom metric of another account or region is tracked in the stack's own
  /// (a warning says so), as Application Auto Scaling does.
  TargetTrackingScalingPolicy(cdk::Construct& scope, std::string_view id, TargetTrackingScalingPolicyProps props);
  ~TargetTrackingScalingPolicy() override;

  /// { "Ref": <policy> }: the policy's ARN.
  cdk::Value scalingPolicyArn() const;
  CfnScalingPolicy& cfnScalingPolicy() const noexcept { return *resource_; }

 private:
  CfnScalingPolicy* resource_ = nullptr;
};

}  // namespace cdk::applicationautoscaling
