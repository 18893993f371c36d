// Aurora database clusters (aws-cdk-lib's rds.DatabaseCluster).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/rds/cluster_engine.hpp"
#include "cdk/rds/cluster_instance.hpp"
#include "cdk/rds/credentials.hpp"
#include "cdk/rds/endpoint.hpp"
#include "cdk/rds/parameter_group.hpp"
#include "cdk/rds/rotation_options.hpp"
#include "cdk/rds/subnet_group.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "cdk/secretsmanager/secret_rotation.hpp"
#include "cdk/secretsmanager/secret_target_attachment.hpp"

namespace cdk::ec2 {
class ISecurityGroup;
class IVpc;
}  // namespace cdk::ec2

namespace cdk::kms {
class IKey;
}

namespace cdk::iam {
class IRole;
}

namespace cdk::rds {

class CfnDBCluster;

/// Automated backups (aws-cdk-lib's BackupProps).
struct BackupProps {
  /// PreferredBackupWindow, "hh24:mi-hh24:mi" in UTC; default a window the service picks.
  std::optional<std::string> preferredWindow{};
  /// BackupRetentionPeriod, a whole number of days from 1 to 35 (required).
  std::optional<cdk::Duration> retention{};
};

/// The storage type of an Aurora cluster ("aurora" or "aurora-iopt1").
enum class DBClusterStorageType { AURORA, AURORA_IOPT1 };
CDKPP_API std::string_view toString(DBClusterStorageType type) noexcept;

/// The network type of a cluster ("IPV4" or "DUAL").
enum class NetworkType { IPV4, DUAL };
CDKPP_API std::string_view toString(NetworkType type) noexcept;

struct DatabaseClusterProps {
  /// AutoMinorVersionUpgrade of the cluster (instances have their own).
  std::optional<bool> autoMinorVersionUpgrade{};
  /// BacktrackWindow, in seconds (Aurora MySQL only).
  std::optional<cdk::Duration> backtrackWindow{};
  std::optional<BackupProps> backup{};
  /// EnableCloudwatchLogsExports, e.g. {"postgresql"}; each must be one of the engine's supportedLogTypes.
  std::vector<std::string> cloudwatchLogsExports{};
  /// DBClusterIdentifier, lower-cased (as aws-cdk-lib does); default a name CloudFormation generates.
  std::optional<std::string> clusterIdentifier{};
  /// CopyTagsToSnapshot (always rendered).
  bool copyTagsToSnapshot = true;
  /// Default Credentials::fromUsername(engine's default user name, or "admin"): a generated secret.
  std::optional<Credentials> credentials{};
  /// DatabaseName: a database created in the cluster.
  std::optional<std::string> defaultDatabaseName{};
  /// DeletionProtection; default true when removalPolicy is RETAIN, otherwise not rendered.
  std::optional<bool> deletionProtection{};
  /// Enhanced monitoring set on the cluster (MonitoringInterval and MonitoringRoleArn of the DBCluster) rather than
  /// on each instance; needs monitoringInterval.
  std::optional<bool> enableClusterLevelEnhancedMonitoring{};
  /// EnableHttpEndpoint (the Data API).
  std::optional<bool> enableDataApi{};
  /// The engine (required): DatabaseClusterEngine::auroraPostgres({.version = ...}) or auroraMysql(...).
  std::optional<ClusterEngine> engine{};
  /// EnableIAMDatabaseAuthentication.
  std::optional<bool> iamAuthentication{};
  /// Used by aws-cdk-lib's deprecated `instances`/`instanceProps` path only, which cdkpp does not have; with
  /// writer/readers it has no effect there either (name instances with instanceIdentifier).
  std::optional<std::string> instanceIdentifierBase{};
  /// Enhanced monitoring every this many seconds (0, 1, 5, 10, 15, 30 or 60): MonitoringInterval of each instance
  /// (or of the cluster, see enableClusterLevelEnhancedMonitoring); with it a role is created, the child
  /// "MonitoringRole", unless monitoringRole is given.
  std::optional<cdk::Duration> monitoringInterval{};
  cdk::Handle<iam::IRole> monitoringRole{};
  std::optional<NetworkType> networkType{};
  /// The cluster parameter group; default the engine's "default.<family>" (not together with parameters).
  cdk::Handle<IParameterGroup> parameterGroup{};
  /// Parameters for a new cluster parameter group, the child "ParameterGroup".
  std::vector<std::pair<std::string, cdk::Value>> parameters{};
  /// Port; default the engine's (5432 for PostgreSQL; not rendered for MySQL).
  std::optional<int> port{};
  /// PreferredMaintenanceWindow, "ddd:hh24:mi-ddd:hh24:mi" in UTC.
  std::optional<std::string> preferredMaintenanceWindow{};
  /// The reader instances, created after the writer in this order.
  std::vector<ClusterInstance> readers{};
  /// Default SNAPSHOT for the cluster; instances are deleted unless this is RETAIN, and the subnet group is
  /// retained only with RETAIN.
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  /// Default one new security group, the child "SecurityGroup" ("RDS security group").
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  /// Aurora Serverless v2 auto-pause after this idle time (300 s to 24 h; needs an engine that supports it).
  std::optional<cdk::Duration> serverlessV2AutoPauseDuration{};
  /// Maximum ACUs of the serverless v2 instances: 1 to 256 in steps of 0.5.
  double serverlessV2MaxCapacity = 2;
  /// Minimum ACUs of the serverless v2 instances: 0 to 256 in steps of 0.5, not above the maximum.
  double serverlessV2MinCapacity = 0.5;
  /// StorageEncrypted; true when storageEncryptionKey is given, otherwise not rendered unless set.
  std::optional<bool> storageEncrypted{};
  /// KmsKeyId (the key's ARN). The key policy is not changed.
  cdk::Handle<kms::IKey> storageEncryptionKey{};
  std::optional<DBClusterStorageType> storageType{};
  /// Default a new subnet group, the child "Subnets" ("Subnets for <id> database").
  cdk::Handle<ISubnetGroup> subnetGroup{};
  /// The VPC (required).
  cdk::Handle<ec2::IVpc> vpc{};
  /// Where the instances go. Unset: the subnet group uses the private subnets with egress, and
  /// PubliclyAccessible is not rendered.
  std::optional<ec2::SubnetSelection> vpcSubnets{};
  /// The writer instance (required): ClusterInstance::serverlessV2("Writer") or ClusterInstance::provisioned.
  std::optional<ClusterInstance> writer{};
};

/// An Aurora cluster, built as aws-cdk-lib builds it: children "Subnets" (subnet group), "SecurityGroup",
/// the engine's default parameter group (no resource), "Secret" (when one is generated), "Resource"
/// (AWS::RDS::DBCluster), then the writer and the readers (AWS::RDS::DBInstance). The secret used for the
/// credentials gets the child "Attachment" (AWS::SecretsManager::SecretTargetAttachment).
///
/// Errors aws-cdk-lib throws in the constructor (a missing writer, serverless capacities out of range, a
/// promotion tier out of range, ...) throw cdk::ConstructError with its message, the construct path and what
/// to change. A selection of fewer than two subnets is an error annotation, as in aws-cdk-lib.
class CDKPP_API DatabaseCluster : public cdk::Resource,
                                  public ec2::IConnectable,
                                  public secretsmanager::ISecretAttachmentTarget {
 public:
  using Props = DatabaseClusterProps;

  DatabaseCluster(cdk::Construct& scope, std::string_view id, DatabaseClusterProps props);
  ~DatabaseCluster() override;

  /// The cluster's security groups, with the default port { "Fn::GetAtt": [<cluster>, "Endpoint.Port"] }.
  ec2::Connections connections() const override { return connections_; }
  /// { "Ref": <cluster> } as an AWS::RDS::DBCluster target.
  secretsmanager::SecretAttachmentTargetProps asSecretAttachmentTarget() const override;

  /// { "Ref": <cluster> }.
  cdk::Value clusterIdentifier() const;
  /// { "Fn::GetAtt": [<cluster>, "DBClusterResourceId"] }.
  cdk::Value clusterResourceIdentifier() const;
  /// arn:<partition>:rds:<region>:<account>:cluster:<identifier>.
  cdk::Value clusterArn() const;
  /// Endpoint.Address and Endpoint.Port.
  const Endpoint& clusterEndpoint() const noexcept { return clusterEndpoint_; }
  /// ReadEndpoint.Address and Endpoint.Port.
  const Endpoint& clusterReadEndpoint() const noexcept { return clusterReadEndpoint_; }
  /// { "Ref": <instance> } of the writer, then the readers.
  const std::vector<cdk::Value>& instanceIdentifiers() const noexcept { return instanceIdentifiers_; }
  /// The endpoints of the writer, then the readers (each with the cluster's port).
  const std::vector<Endpoint>& instanceEndpoints() const noexcept { return instanceEndpoints_; }
  /// The writer and the readers.
  const std::vector<AuroraClusterInstance*>& instances() const noexcept { return instances_; }
  /// The secret attached to the cluster (the SecretTargetAttachment: its ARN is { "Ref": <attachment> });
  /// nullptr when the credentials have a literal password.
  secretsmanager::ISecret* secret() const noexcept { return secret_; }
  const ClusterEngine& engine() const noexcept { return engine_; }
  ec2::IVpc& vpc() const noexcept { return *vpc_; }
  const std::optional<ec2::SubnetSelection>& vpcSubnets() const noexcept { return vpcSubnets_; }
  ISubnetGroup& subnetGroup() const noexcept { return *subnetGroup_; }
  const std::vector<cdk::Handle<ec2::ISecurityGroup>>& securityGroups() const noexcept { return securityGroups_; }
  double serverlessV2MinCapacity() const noexcept { return serverlessV2MinCapacity_; }
  double serverlessV2MaxCapacity() const noexcept { return serverlessV2MaxCapacity_; }
  /// The enhanced monitoring role (given or created); nullptr without enhanced monitoring.
  iam::IRole* monitoringRole() const noexcept { return monitoringRole_; }
  /// True when the writer or a reader is a serverless v2 instance.
  bool hasServerlessInstance() const noexcept { return hasServerlessInstance_; }
  CfnDBCluster& cfnDbCluster() const noexcept { return *resource_; }

  /// A metric of the cluster (namespace AWS/RDS, dimension DBClusterIdentifier), attached to it; statistic
  /// Average unless the options name another.
  cloudwatch::Metric metric(std::string metricName, const cloudwatch::MetricOptions& options = {}) const;
  /// The named metrics of aws-cdk-lib's DatabaseCluster (averages): CPUUtilization, DatabaseConnections, ...
  cloudwatch::Metric metricCPUUtilization(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricDatabaseConnections(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricDeadlocks(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricEngineUptime(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricFreeableMemory(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricFreeLocalStorage(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricNetworkThroughput(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricNetworkReceiveThroughput(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricNetworkTransmitThroughput(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricSnapshotStorageUsed(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricTotalBackupStorageBilled(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricVolumeBytesUsed(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricVolumeReadIOPs(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricVolumeWriteIOPs(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricACUUtilization(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricServerlessDatabaseCapacity(const cloudwatch::MetricOptions& options = {}) const;

  /// rds-db:connect as the database user `dbUser` (IAM database authentication).
  iam::Grant grantConnect(const iam::IGrantable& grantee, std::string_view dbUser);
  /// The Data API actions on the cluster (and read access to the secret); turns the Data API on. Throws
  /// cdk::ConstructError when enableDataApi is false.
  iam::Grant grantDataApiAccess(const iam::IGrantable& grantee);

  /// Rotates the master user's password with the engine's single user rotation application: the
  /// secretsmanager::SecretRotation "RotationSingleUser" (AWS::Serverless::Application, the SAM transform, a
  /// security group allowed into the cluster and the secret's RotationSchedule). Throws cdk::ConstructError for
  /// a cluster without a secret and when a single user rotation was added already.
  secretsmanager::SecretRotation& addRotationSingleUser(RotationSingleUserOptions options = {});
  /// Rotates another user's password (options.secret) with the master user, with the engine's multi user
  /// rotation application: the secretsmanager::SecretRotation `id`. Throws cdk::ConstructError for a cluster
  /// without a secret.
  secretsmanager::SecretRotation& addRotationMultiUser(std::string_view id, RotationMultiUserOptions options);

 private:
  void validateServerlessScaling() const;
  void createInstances(const DatabaseClusterProps& props);
  void validateInstances(const AuroraClusterInstance& writer, std::vector<const AuroraClusterInstance*> readers);

  ClusterEngine engine_;
  ec2::IVpc* vpc_ = nullptr;
  std::optional<ec2::SubnetSelection> vpcSubnets_;
  ISubnetGroup* subnetGroup_ = nullptr;
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups_;
  double serverlessV2MinCapacity_;
  double serverlessV2MaxCapacity_;
  std::optional<cdk::Duration> serverlessV2AutoPauseDuration_;
  bool hasServerlessInstance_ = false;
  std::optional<bool> enableDataApi_;
  iam::IRole* monitoringRole_ = nullptr;
  CfnDBCluster* resource_ = nullptr;
  secretsmanager::ISecret* secret_ = nullptr;
  Endpoint clusterEndpoint_;
  Endpoint clusterReadEndpoint_;
  ec2::Connections connections_;
  std::vector<AuroraClusterInstance*> instances_;
  std::vector<cdk::Value> instanceIdentifiers_;
  std::vector<Endpoint> instanceEndpoints_;
};

}  // namespace cdk::rds
