// The instances of an Aurora cluster (aws-cdk-lib's rds.ClusterInstance, rds.ClusterInstanceType,
// rds.IClusterInstance and the AuroraClusterInstance they create).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/instance_types.hpp"

namespace cdk::iam {
class IRole;
}
namespace cdk::kms {
class IKey;
}

namespace cdk::rds {

class CfnDBInstance;
class DatabaseCluster;
class IParameterGroup;

/// An instance type such as "r6g.large" (aws-cdk-lib passes ec2.InstanceType): DBInstanceClass is "db." + this.
using InstanceType = ec2::InstanceType;

/// How long Performance Insights keeps data, in days.
enum class PerformanceInsightRetention : int {
  DEFAULT = 7,
  MONTHS_1 = 31,
  MONTHS_2 = 62,
  MONTHS_3 = 93,
  MONTHS_4 = 124,
  MONTHS_5 = 155,
  MONTHS_6 = 186,
  MONTHS_7 = 217,
  MONTHS_8 = 248,
  MONTHS_9 = 279,
  MONTHS_10 = 310,
  MONTHS_11 = 341,
  MONTHS_12 = 372,
  MONTHS_13 = 403,
  MONTHS_14 = 434,
  MONTHS_15 = 465,
  MONTHS_16 = 496,
  MONTHS_17 = 527,
  MONTHS_18 = 558,
  MONTHS_19 = 589,
  MONTHS_20 = 620,
  MONTHS_21 = 651,
  MONTHS_22 = 682,
  MONTHS_23 = 713,
  LONG_TERM = 731,
};

/// Provisioned or serverless v2 (aws-cdk-lib's rds.InstanceType enum, named ClusterInstanceKind here because
/// InstanceType is the instance class above).
enum class ClusterInstanceKind { PROVISIONED, SERVERLESS_V2 };

/// The instance class of a cluster instance (aws-cdk-lib's ClusterInstanceType).
class CDKPP_API ClusterInstanceType {
 public:
  /// "db.serverless".
  static ClusterInstanceType serverlessV2();
  /// A provisioned class; default t3.medium.
  static ClusterInstanceType provisioned(std::optional<InstanceType> instanceType = std::nullopt);

  ClusterInstanceKind type() const noexcept { return type_; }
  /// "db.serverless" or the instance type ("t3.medium").
  const std::string& toString() const noexcept { return instanceType_; }

 private:
  ClusterInstanceType(std::string instanceType, ClusterInstanceKind type)
      : instanceType_(std::move(instanceType)), type_(type) {}
  std::string instanceType_;
  ClusterInstanceKind type_;
};

/// Options of every cluster instance (aws-cdk-lib's ClusterInstanceOptions).
struct ClusterInstanceOptions {
  std::optional<bool> allowMajorVersionUpgrade{};
  std::optional<bool> applyImmediately{};
  std::optional<bool> autoMinorVersionUpgrade{};
  std::optional<std::string> availabilityZone{};
  /// CACertificateIdentifier, e.g. "rds-ca-rsa2048-g1".
  std::optional<std::string> caCertificate{};
  /// Also turned on by performanceInsightRetention or performanceInsightEncryptionKey.
  std::optional<bool> enablePerformanceInsights{};
  /// DBInstanceIdentifier; default a name CloudFormation generates.
  std::optional<std::string> instanceIdentifier{};
  /// The instance's parameter group (not together with parameters).
  cdk::Handle<IParameterGroup> parameterGroup{};
  /// Parameters for a new parameter group "InstanceParameterGroup" under the cluster.
  std::vector<std::pair<std::string, cdk::Value>> parameters{};
  cdk::Handle<kms::IKey> performanceInsightEncryptionKey{};
  std::optional<PerformanceInsightRetention> performanceInsightRetention{};
  std::optional<std::string> preferredMaintenanceWindow{};
  /// Default: true when the cluster's vpcSubnets selects PUBLIC subnets, false for other vpcSubnets, and
  /// not rendered when the cluster has no vpcSubnets.
  std::optional<bool> publiclyAccessible{};
};

/// Props of ClusterInstance::provisioned (aws-cdk-lib's ProvisionedClusterInstanceProps, which extends
/// ClusterInstanceOptions): `{.instanceType = rds::InstanceType("r6g.large"), .options = {.caCertificate = ...}}`.
struct ProvisionedClusterInstanceProps {
  /// Default t3.medium.
  std::optional<InstanceType> instanceType{};
  /// What every cluster instance can set.
  ClusterInstanceOptions options{};
  /// 0 to 15; default 2 (readers). The writer is always tier 0.
  std::optional<int> promotionTier{};
};

/// Props of ClusterInstance::serverlessV2 (aws-cdk-lib's ServerlessV2ClusterInstanceProps, which extends
/// ClusterInstanceOptions): `{.options = {.autoMinorVersionUpgrade = true}, .scaleWithWriter = true}`.
struct ServerlessV2ClusterInstanceProps {
  /// What every cluster instance can set.
  ClusterInstanceOptions options{};
  /// A reader in promotion tier 1 (scales with the writer) instead of 2.
  bool scaleWithWriter = false;
};

/// The description of a cluster instance, turned into an AuroraClusterInstance by the cluster
/// (aws-cdk-lib's ClusterInstance / IClusterInstance). A value: copy it freely.
class CDKPP_API ClusterInstance {
 public:
  /// A provisioned instance with construct id `id` (default class t3.medium, promotion tier 2).
  static ClusterInstance provisioned(std::string id, ProvisionedClusterInstanceProps props = {});
  /// A serverless v2 instance ("db.serverless") with construct id `id` (promotion tier 1 with
  /// scaleWithWriter, else 2).
  static ClusterInstance serverlessV2(std::string id, ServerlessV2ClusterInstanceProps props = {});

  const std::string& id() const noexcept { return id_; }
  const ClusterInstanceType& instanceType() const noexcept { return instanceType_; }
  const std::optional<int>& promotionTier() const noexcept { return promotionTier_; }
  const ClusterInstanceOptions& options() const noexcept { return options_; }

 private:
  ClusterInstance(std::string id, ClusterInstanceType instanceType, std::optional<int> promotionTier,
                  ClusterInstanceOptions options);
  std::string id_;
  ClusterInstanceType instanceType_;
  std::optional<int> promotionTier_;
  ClusterInstanceOptions options_;
};

/// What the cluster passes to the instances it creates (aws-cdk-lib's ClusterInstanceBindOptions).
struct AuroraClusterInstanceProps {
  /// The cluster (required).
  cdk::Handle<DatabaseCluster> cluster{};
  /// The description of the instance (required).
  std::optional<ClusterInstance> instance{};
  /// Enhanced monitoring of the instance (MonitoringInterval, MonitoringRoleArn): the cluster's, unless it is set
  /// at cluster level.
  std::optional<cdk::Duration> monitoringInterval{};
  cdk::Handle<iam::IRole> monitoringRole{};
  /// Replaces the instance's own promotion tier (the writer is bound with 0).
  std::optional<int> promotionTier{};
  /// RETAIN keeps the instance; anything else deletes it (Delete/Delete).
  cdk::RemovalPolicy removalPolicy = cdk::RemovalPolicy::SNAPSHOT;
};

/// An instance of a cluster: AWS::RDS::DBInstance, child "Resource". DatabaseCluster creates one from each
/// ClusterInstance (the writer first, then the readers) as its child with the ClusterInstance's id.
class CDKPP_API AuroraClusterInstance : public cdk::Resource {
 public:
  using Props = AuroraClusterInstanceProps;

  /// Throws cdk::ConstructError for a promotion tier outside 0..15, parameters together with a
  /// parameterGroup, Performance Insights options with enablePerformanceInsights = false, or an instance type
  /// written with the "db." prefix.
  AuroraClusterInstance(cdk::Construct& scope, std::string_view id, AuroraClusterInstanceProps props);
  ~AuroraClusterInstance() override;

  ClusterInstanceKind type() const noexcept { return type_; }
  /// The promotion tier (0 for the writer).
  int tier() const noexcept { return tier_; }
  /// The instance type of a provisioned instance ("t3.medium"); empty for serverless ones.
  const std::string& instanceSize() const noexcept { return instanceSize_; }
  /// { "Ref": <instance> }.
  cdk::Value instanceIdentifier() const;
  /// { "Fn::GetAtt": [<instance>, "Endpoint.Address"] }.
  cdk::Value dbInstanceEndpointAddress() const;
  /// { "Fn::GetAtt": [<instance>, "DbiResourceId"] }.
  cdk::Value dbiResourceId() const;
  CfnDBInstance& cfnDbInstance() const noexcept { return *resource_; }

 private:
  ClusterInstanceKind type_;
  int tier_;
  std::string instanceSize_;
  CfnDBInstance* resource_ = nullptr;
};

}  // namespace cdk::rds
