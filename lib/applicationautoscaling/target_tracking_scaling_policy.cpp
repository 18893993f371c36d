#include "cdk/applicationautoscaling/target_tracking_scaling_policy.hpp"

#include <utility>

#include "cdk/applicationautoscaling/scalable_target.hpp"
#include "cdk/cfn/applicationautoscaling.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"

namespace cdk::applicationautoscaling {

std::string_view toString(PredefinedMetric metric) noexcept {
  switch (metric) {
    case PredefinedMetric::APPSTREAM_AVERAGE_CAPACITY_UTILIZATION: return "AppStreamAverageCapacityUtilization";
    case PredefinedMetric::CASSANDRA_READ_CAPACITY_UTILIZATION: return "CassandraReadCapacityUtilization";
    case PredefinedMetric::CASSANDRA_WRITE_CAPACITY_UTILIZATION: return "CassandraWriteCapacityUtilization";
    case PredefinedMetric::COMPREHEND_INFERENCE_UTILIZATION: return "ComprehendInferenceUtilization";
    case PredefinedMetric::NEPTURE_READER_AVERAGE_CPU_UTILIZATION: return "NeptuneReaderAverageCPUUtilization";
    case PredefinedMetric::DYNAMODB_READ_CAPACITY_UTILIZATION: return "DynamoDBReadCapacityUtilization";
    case PredefinedMetric::DYNAMODB_WRITE_CAPACITY_UTILIZATION:
    case PredefinedMetric::DYANMODB_WRITE_CAPACITY_UTILIZATION: return "DynamoDBWriteCapacityUtilization";
    case PredefinedMetric::ALB_REQUEST_COUNT_PER_TARGET: return "ALBRequestCountPerTarget";
    case PredefinedMetric::RDS_READER_AVERAGE_CPU_UTILIZATION: return "RDSReaderAverageCPUUtilization";
    case PredefinedMetric::RDS_READER_AVERAGE_DATABASE_CONNECTIONS: return "RDSReaderAverageDatabaseConnections";
    case PredefinedMetric::EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION:
      return "EC2SpotFleetRequestAverageCPUUtilization";
    case PredefinedMetric::EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN: return "EC2SpotFleetRequestAverageNetworkIn";
    case PredefinedMetric::EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT: return "EC2SpotFleetRequestAverageNetworkOut";
    case PredefinedMetric::SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE: return "SageMakerVariantInvocationsPerInstance";
    case PredefinedMetric::SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION:
      return "SageMakerVariantProvisionedConcurrencyUtilization";
    case PredefinedMetric::SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY:
      return "SageMakerInferenceComponentInvocationsPerCopy";
    case PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION: return "ECSServiceAverageCPUUtilization";
    case PredefinedMetric::ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION: return "ECSServiceAverageMemoryUtilization";
    case PredefinedMetric::LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION: return "LambdaProvisionedConcurrencyUtilization";
    case PredefinedMetric::KAFKA_BROKER_STORAGE_UTILIZATION: return "KafkaBrokerStorageUtilization";
    case PredefinedMetric::ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION: return "ElastiCachePrimaryEngineCPUUtilization";
    case PredefinedMetric::ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION: return "ElastiCacheReplicaEngineCPUUtilization";
    case PredefinedMetric::ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE:
      return "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage";
    case PredefinedMetric::ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE:
      return "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage";
    case PredefinedMetric::SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION:
      return "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution";
    case PredefinedMetric::SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION:
      return "SageMakerVariantConcurrentRequestsPerModelHighResolution";
    case PredefinedMetric::WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION:
      return "WorkSpacesAverageUserSessionsCapacityUtilization";
  }
  return "ECSServiceAverageCPUUtilization";
}

namespace {

/// The scope, once the props are checked: aws-cdk-lib checks before the construct exists, naming the scope.
cdk::Construct& checkedScope(cdk::Construct& scope, const TargetTrackingScalingPolicyProps& props) {
  if (!props.predefinedMetric) {
    throw cdk::ConstructError(scope.node().path(),
                              "Exactly one of 'customMetric' or 'predefinedMetric' must be specified. Give a "
                              "predefinedMetric, e.g. PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION");
  }
  if (!props.scalingTarget) {
    throw cdk::ConstructError(scope.node().path(), "TargetTrackingScalingPolicy needs a scalingTarget");
  }
  return scope;
}

}  // namespace

TargetTrackingScalingPolicy::TargetTrackingScalingPolicy(cdk::Construct& scope, std::string_view id,
                                                         TargetTrackingScalingPolicyProps props)
    : cdk::Construct(checkedScope(scope, props), id) {
  CfnScalingPolicy::TargetTrackingScalingPolicyConfigurationProperty configuration;
  if (props.disableScaleIn) configuration.disableScaleIn = *props.disableScaleIn;
  CfnScalingPolicy::PredefinedMetricSpecificationProperty metric{
      .predefinedMetricType = std::string(applicationautoscaling::toString(*props.predefinedMetric))};
  if (props.resourceLabel) metric.resourceLabel = *props.resourceLabel;
  configuration.predefinedMetricSpecification = std::move(metric);
  if (props.scaleInCooldown) configuration.scaleInCooldown = props.scaleInCooldown->toSeconds();
  if (props.scaleOutCooldown) configuration.scaleOutCooldown = props.scaleOutCooldown->toSeconds();
  configuration.targetValue = props.targetValue;
  resource_ = &make<CfnScalingPolicy>(
      "Resource", CfnScalingPolicyProps{
                      .policyName = props.policyName ? *props.policyName : cdk::Names::uniqueId(*this),
                      .policyType = "TargetTrackingScaling",
                      .scalingTargetId = props.scalingTarget->scalableTargetId(),
                      .targetTrackingScalingPolicyConfiguration = std::move(configuration),
                  });
}

TargetTrackingScalingPolicy::~TargetTrackingScalingPolicy() = default;

cdk::Value TargetTrackingScalingPolicy::scalingPolicyArn() const { return resource_->ref(); }

}  // namespace cdk::applicationautoscaling
