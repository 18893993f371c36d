#include "cdk/rds/cluster_instance.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/rds.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/rds/cluster.hpp"
#include "cdk/rds/parameter_group.hpp"
#include "core/child_path.hpp"

namespace cdk::rds {

ClusterInstanceType ClusterInstanceType::serverlessV2() {
  return ClusterInstanceType("db.serverless", ClusterInstanceKind::SERVERLESS_V2);
}

ClusterInstanceType ClusterInstanceType::provisioned(std::optional<InstanceType> instanceType) {
  return ClusterInstanceType(instanceType ? instanceType->toString() : "t3.medium", ClusterInstanceKind::PROVISIONED);
}

ClusterInstance::ClusterInstance(std::string id, ClusterInstanceType instanceType, std::optional<int> promotionTier,
                                 ClusterInstanceOptions options)
    : id_(std::move(id)),
      instanceType_(std::move(instanceType)),
      promotionTier_(promotionTier),
      options_(std::move(options)) {}

ClusterInstance ClusterInstance::provisioned(std::string id, ProvisionedClusterInstanceProps props) {
  return ClusterInstance(std::move(id), ClusterInstanceType::provisioned(std::move(props.instanceType)),
                         props.promotionTier, std::move(props.options));
}

ClusterInstance ClusterInstance::serverlessV2(std::string id, ServerlessV2ClusterInstanceProps props) {
  return ClusterInstance(std::move(id), ClusterInstanceType::serverlessV2(), props.scaleWithWriter ? 1 : 2,
                         std::move(props.options));
}

namespace {

const ClusterInstance& requireInstance(const cdk::Construct& scope, std::string_view id,
                                       const AuroraClusterInstanceProps& props) {
  const std::string path = cdk::detail::childPath(scope, id);
  if (!props.cluster) {
    throw cdk::ConstructError(path, "AuroraClusterInstance needs its cluster: pass cluster = <the DatabaseCluster>");
  }
  if (!props.instance) {
    throw cdk::ConstructError(path,
                              "AuroraClusterInstance needs its description: pass instance = "
                              "rds::ClusterInstance::serverlessV2(...) or rds::ClusterInstance::provisioned(...)");
  }
  return *props.instance;
}

}  // namespace

AuroraClusterInstance::AuroraClusterInstance(cdk::Construct& scope, std::string_view id,
                                             AuroraClusterInstanceProps props)
    : cdk::Resource(scope, id,
                    {.physicalName = requireInstance(scope, id, props).options().instanceIdentifier
                                         ? std::optional<cdk::Value>(*props.instance->options().instanceIdentifier)
                                         : std::nullopt}),
      type_(props.instance->instanceType().type()),
      tier_(props.promotionTier.value_or(props.instance->promotionTier().value_or(2))) {
  const std::string& path = node().path();
  const ClusterInstance& instance = *props.instance;
  const ClusterInstanceOptions& options = instance.options();
  DatabaseCluster& cluster = *props.cluster;

  if (tier_ < 0 || tier_ > 15) {
    throw cdk::ConstructError(path, fmt::format("promotionTier must be between 0-15 (got {}); give the instance a "
                                                "promotionTier from 0 to 15",
                                                tier_));
  }
  if (type_ == ClusterInstanceKind::PROVISIONED) {
    instanceSize_ = instance.instanceType().toString();
    if (instanceSize_.rfind("db.", 0) == 0) {
      throw cdk::ConstructError(path, fmt::format("instanceType '{}' starts with 'db.': give the instance type "
                                                  "without it (e.g. rds::InstanceType(\"{}\")), the 'db.' prefix is "
                                                  "added",
                                                  instanceSize_, instanceSize_.substr(3)));
    }
    if (instanceSize_.find('.') == std::string::npos) {
      throw cdk::ConstructError(path,
                                fmt::format("instanceType '{}' is not an instance type: give it as "
                                            "<class>.<size>, e.g. \"r6g.large\" or rds::InstanceType::of(\"r6g\", "
                                            "\"large\")",
                                            instanceSize_));
    }
  }
  if (options.parameterGroup && !options.parameters.empty()) {
    throw cdk::ConstructError(path, "You cannot specify both parameterGroup and parameters; keep one of them");
  }
  const bool enablePerformanceInsights = options.enablePerformanceInsights.value_or(false) ||
                                         options.performanceInsightRetention.has_value() ||
                                         static_cast<bool>(options.performanceInsightEncryptionKey);
  if (enablePerformanceInsights && options.enablePerformanceInsights == false) {
    throw cdk::ConstructError(path,
                              "`enablePerformanceInsights` disabled, but `performanceInsightRetention` or "
                              "`performanceInsightEncryptionKey` was set; remove them or enable Performance Insights");
  }

  // Whether the instance is public, and what it waits for: the subnets the cluster selected.
  const auto& vpcSubnets = cluster.vpcSubnets();
  const ec2::SelectedSubnets selected = cluster.vpc().selectSubnets(vpcSubnets.value_or(ec2::SubnetSelection{}));
  std::optional<bool> publiclyAccessible = options.publiclyAccessible;
  if (!publiclyAccessible && vpcSubnets) {
    publiclyAccessible = vpcSubnets->subnetType == ec2::SubnetType::PUBLIC;
  }

  std::optional<cdk::Value> parameterGroupName;
  if (options.parameterGroup) {
    parameterGroupName = options.parameterGroup->bindToInstance().parameterGroupName;
  } else if (!options.parameters.empty()) {
    // aws-cdk-lib (without the flag auroraClusterChangeScopeOfInstanceParameterGroupWithEachParameters) puts
    // the group under the cluster.
    auto& group = cluster.make<ParameterGroup>(
        "InstanceParameterGroup", ParameterGroupProps{.engine = cluster.engine(), .parameters = options.parameters});
    parameterGroupName = group.bindToInstance().parameterGroupName;
  }

  std::optional<int> retention;
  if (enablePerformanceInsights) {
    retention = static_cast<int>(options.performanceInsightRetention.value_or(PerformanceInsightRetention::DEFAULT));
  }
  auto opt = [](const auto& value) -> std::optional<cdk::Value> {
    if (!value) return std::nullopt;
    return cdk::Value(*value);
  };

  CfnDBInstanceProps cfn;
  cfn.allowMajorVersionUpgrade = opt(options.allowMajorVersionUpgrade);
  cfn.applyImmediately = opt(options.applyImmediately);
  cfn.autoMinorVersionUpgrade = opt(options.autoMinorVersionUpgrade);
  cfn.availabilityZone = opt(options.availabilityZone);
  cfn.caCertificateIdentifier = opt(options.caCertificate);
  cfn.dbClusterIdentifier = cluster.clusterIdentifier();
  cfn.dbInstanceClass = type_ == ClusterInstanceKind::SERVERLESS_V2 ? instance.instanceType().toString()
                                                                    : "db." + instance.instanceType().toString();
  if (physicalName()) cfn.dbInstanceIdentifier = *physicalName();
  cfn.dbParameterGroupName = parameterGroupName;
  if (enablePerformanceInsights || options.enablePerformanceInsights) {
    cfn.enablePerformanceInsights = enablePerformanceInsights || *options.enablePerformanceInsights;
  }
  cfn.engine = cluster.engine().engineType();
  if (props.monitoringInterval) cfn.monitoringInterval = props.monitoringInterval->toSeconds();
  if (props.monitoringRole) cfn.monitoringRoleArn = props.monitoringRole->roleArn();
  if (options.performanceInsightEncryptionKey) {
    cfn.performanceInsightsKmsKeyId = options.performanceInsightEncryptionKey->keyArn();
  }
  cfn.performanceInsightsRetentionPeriod = opt(retention);
  cfn.preferredMaintenanceWindow = opt(options.preferredMaintenanceWindow);
  cfn.promotionTier = tier_;
  cfn.publiclyAccessible = opt(publiclyAccessible);
  resource_ = &make<CfnDBInstance>("Resource", std::move(cfn));
  resource_->applyRemovalPolicy(props.removalPolicy == cdk::RemovalPolicy::RETAIN ? cdk::RemovalPolicy::RETAIN
                                                                                  : cdk::RemovalPolicy::DESTROY);
  resource_->node().addDependency(selected.internetConnectivityEstablished());
}

AuroraClusterInstance::~AuroraClusterInstance() = default;

cdk::Value AuroraClusterInstance::instanceIdentifier() const { return resource_->ref(); }
cdk::Value AuroraClusterInstance::dbInstanceEndpointAddress() const { return resource_->attrEndpointAddress(); }
cdk::Value AuroraClusterInstance::dbiResourceId() const { return resource_->attrDbiResourceId(); }

}  // namespace cdk::rds
