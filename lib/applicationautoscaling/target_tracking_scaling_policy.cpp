#include "cdk/applicationautoscaling/target_tracking_scaling_policy.hpp"

#include <utility>

#include "cdk/applicationautoscaling/scalable_target.hpp"
#include "cdk/cfn/applicationautoscaling.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"

namespace cdk::applicationautoscaling {

constexpr auto kPredefinedMetricNames = cdk::enumNames<PredefinedMetric>({
    {PredefinedMetric::APPSTREAM_AVERAGE_CAPACITY_UTILIZATION, "AppStreamAverageCapacityUtilization"},
    {PredefinedMetric::CASSANDRA_READ_CAPACITY_UTILIZATION, "CassandraReadCapacityUtilization"},
    {PredefinedMetric::CASSANDRA_WRITE_CAPACITY_UTILIZATION, "CassandraWriteCapacityUtilization"},
    {PredefinedMetric::COMPREHEND_INFERENCE_UTILIZATION, "ComprehendInferenceUtilization"},
    {PredefinedMetric::NEPTURE_READER_AVERAGE_CPU_UTILIZATION, "NeptuneReaderAverageCPUUtilization"},
    {PredefinedMetric::DYNAMODB_READ_CAPACITY_UTILIZATION, "DynamoDBReadCapacityUtilization"},
    {PredefinedMetric::DYNAMODB_WRITE_CAPACITY_UTILIZATION, "DynamoDBWriteCapacityUtilization"},
    {PredefinedMetric::DYANMODB_WRITE_CAPACITY_UTILIZATION, "DynamoDBWriteCapacityUtilization"},
    {PredefinedMetric::ALB_REQUEST_COUNT_PER_TARGET, "ALBRequestCountPerTarget"},
    {PredefinedMetric::RDS_READER_AVERAGE_CPU_UTILIZATION, "RDSReaderAverageCPUUtilization"},
    {PredefinedMetric::RDS_READER_AVERAGE_DATABASE_CONNECTIONS, "RDSReaderAverageDatabaseConnections"},
    {PredefinedMetric::EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION, "EC2SpotFleetRequestAverageCPUUtilization"},
    {PredefinedMetric::EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN, "EC2SpotFleetRequestAverageNetworkIn"},
    {PredefinedMetric::EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT, "EC2SpotFleetRequestAverageNetworkOut"},
    {PredefinedMetric::SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE, "SageMakerVariantInvocationsPerInstance"},
    {PredefinedMetric::SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION,
     "SageMakerVariantProvisionedConcurrencyUtilization"},
    {PredefinedMetric::SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY,
     "SageMakerInferenceComponentInvocationsPerCopy"},
    {PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION, "ECSServiceAverageCPUUtilization"},
    {PredefinedMetric::ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION, "ECSServiceAverageMemoryUtilization"},
    {PredefinedMetric::LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION, "LambdaProvisionedConcurrencyUtilization"},
    {PredefinedMetric::KAFKA_BROKER_STORAGE_UTILIZATION, "KafkaBrokerStorageUtilization"},
    {PredefinedMetric::ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION, "ElastiCachePrimaryEngineCPUUtilization"},
    {PredefinedMetric::ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION, "ElastiCacheReplicaEngineCPUUtilization"},
    {PredefinedMetric::ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE,
     "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage"},
    {PredefinedMetric::ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE,
     "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage"},
    {PredefinedMetric::SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION,
     "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution"},
    {PredefinedMetric::SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION,
     "SageMakerVariantConcurrentRequestsPerModelHighResolution"},
    {PredefinedMetric::WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION,
     "WorkSpacesAverageUserSessionsCapacityUtilization"},
});
std::string_view toString(PredefinedMetric metric) noexcept { return cdk::nameOf(kPredefinedMetricNames, metric); }

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
