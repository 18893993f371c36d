#include "cdk/applicationautoscaling/target_tracking_scaling_policy.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/applicationautoscaling/scalable_target.hpp"
#include "cdk/cfn/applicationautoscaling.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"

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
  if (static_cast<bool>(props.customMetric) == props.predefinedMetric.has_value()) {
    throw cdk::ConstructError(scope.node().path(),
                              "Exactly one of 'customMetric' or 'predefinedMetric' must be specified. Give a "
                              "predefinedMetric, e.g. PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION, or a "
                              "customMetric (a cloudwatch::Metric)");
  }
  if (props.customMetric && !props.customMetric->toMetricConfig().metricStat) {
    throw cdk::ConstructError(scope.node().path(),
                              "Only direct metrics are supported for Target Tracking. Use Step Scaling or supply a "
                              "Metric object");
  }
  if (!props.scalingTarget) {
    throw cdk::ConstructError(scope.node().path(), "TargetTrackingScalingPolicy needs a scalingTarget");
  }
  return scope;
}

/// A value known here that is not the stack's concrete one (aws-cdk-lib's definitelyDifferent).
bool definitelyDifferent(const std::optional<std::string>& value, const std::optional<std::string>& expected) {
  return value && expected && *value != *expected;
}

/// The CustomizedMetricSpecification of a metric stat. Target tracking reads metrics of its own account and
/// region only: another one is ignored, with a warning on the policy.
CfnScalingPolicy::CustomizedMetricSpecificationProperty renderCustomMetric(cdk::Construct& policy,
                                                                           const cloudwatch::IMetric& metric) {
  const cloudwatch::MetricStatConfig stat = *metric.toMetricConfig().metricStat;
  if (stat.statistic.starts_with('p')) {
    throw cdk::ConstructError(
        policy.node().path(),
        fmt::format("Cannot use statistic '{}' for Target Tracking: only 'Average', 'Minimum', 'Maximum', "
                    "'SampleCount', and 'Sum' are supported. Track one of those, or use step scaling",
                    stat.statistic));
  }
  const auto& stack = cdk::Stack::of(policy);
  // Both values are concrete strings when they differ; JSON.stringify quotes them in aws-cdk-lib's text.
  auto warnIfIgnored = [&policy](std::string_view id, std::string_view what, const std::optional<std::string>& value,
                                 const std::optional<std::string>& expected) {
    if (!definitelyDifferent(value, expected)) return;
    cdk::Annotations::of(policy).addWarningV2(
        fmt::format("@aws-cdk/aws-applicationautoscaling:{}", id),
        fmt::format("target tracking can only use metrics from its own {0}; metric {0} \"{1}\" is ignored and {0} "
                    "\"{2}\" is used",
                    what, *value, *expected));
  };
  warnIfIgnored("crossAccountMetricIgnored", "account", stat.account, stack.concreteAccount());
  warnIfIgnored("crossRegionMetricIgnored", "region", stat.region, stack.concreteRegion());
  CfnScalingPolicy::CustomizedMetricSpecificationProperty spec;
  if (!stat.dimensions.empty()) {
    spec.dimensions.emplace();
    for (const auto& dimension : stat.dimensions) {
      spec.dimensions->push_back({.name = dimension.name, .value = dimension.value});
    }
  }
  spec.metricName = stat.metricName;
  spec.namespace_ = stat.namespace_;
  spec.statistic = stat.statistic;
  if (stat.unitFilter) spec.unit = std::string(cloudwatch::toString(*stat.unitFilter));
  return spec;
}

}  // namespace

TargetTrackingScalingPolicy::TargetTrackingScalingPolicy(cdk::Construct& scope, std::string_view id,
                                                         TargetTrackingScalingPolicyProps props)
    : cdk::Construct(checkedScope(scope, props), id) {
  CfnScalingPolicy::TargetTrackingScalingPolicyConfigurationProperty configuration;
  if (props.customMetric) configuration.customizedMetricSpecification = renderCustomMetric(*this, *props.customMetric);
  if (props.disableScaleIn) configuration.disableScaleIn = *props.disableScaleIn;
  if (props.predefinedMetric) {
    CfnScalingPolicy::PredefinedMetricSpecificationProperty metric{
        .predefinedMetricType = std::string(applicationautoscaling::toString(*props.predefinedMetric))};
    if (props.resourceLabel) metric.resourceLabel = *props.resourceLabel;
    configuration.predefinedMetricSpecification = std::move(metric);
  }
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
