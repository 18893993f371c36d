// Database instances (aws-cdk-lib's rds.IDatabaseInstance, rds.DatabaseInstanceBase, rds.DatabaseInstance and
// rds.DatabaseInstanceReadReplica).
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
#include "cdk/ec2/instance_types.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/rds/cluster_instance.hpp"
#include "cdk/rds/credentials.hpp"
#include "cdk/rds/endpoint.hpp"
#include "cdk/rds/instance_engine.hpp"
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

namespace cdk::iam {
class IRole;
}

namespace cdk::kms {
class IKey;
}

namespace cdk::rds {

class CfnDBInstance;
struct CfnDBInstanceProps;

/// The storage type of an instance (StorageType: "standard", "gp2", "gp3", "io1", "io2").
enum class StorageType { STANDARD, GP2, GP3, IO1, IO2 };
CDKPP_API std::string_view toString(StorageType type) noexcept;

/// A database instance, created here or elsewhere.
class CDKPP_API IDatabaseInstance : public virtual cdk::IResource,
                                    public ec2::IConnectable,
                                    public secretsmanager::ISecretAttachmentTarget {
 public:
  /// { "Ref": <instance> }.
  virtual cdk::Value instanceIdentifier() const = 0;
  /// arn:<partition>:rds:<region>:<account>:db:<identifier>.
  virtual cdk::Value instanceArn() const = 0;
  /// { "Fn::GetAtt": [<instance>, "Endpoint.Address"] }.
  virtual cdk::Value dbInstanceEndpointAddress() const = 0;
  /// { "Fn::GetAtt": [<instance>, "Endpoint.Port"] }.
  virtual cdk::Value dbInstanceEndpointPort() const = 0;
  /// The address and the port.
  virtual Endpoint instanceEndpoint() const = 0;
  /// The engine; unset for a read replica (as in aws-cdk-lib).
  virtual const std::optional<InstanceEngine>& engine() const = 0;
};

/// What created instances share: the ARN, the secret attachment target, grantConnect and the metrics.
class CDKPP_API DatabaseInstanceBase : public cdk::Resource, public virtual IDatabaseInstance {
 public:
  ~DatabaseInstanceBase() override;

  cdk::Value instanceArn() const override;
  /// { "Ref": <instance> } as an AWS::RDS::DBInstance target.
  secretsmanager::SecretAttachmentTargetProps asSecretAttachmentTarget() const override;
  /// { "Fn::GetAtt": [<instance>, "DbiResourceId"] }.
  virtual cdk::Value instanceResourceId() const = 0;

  /// rds-db:connect as the database user `dbUser` (IAM database authentication, which this turns on).
  /// Throws cdk::ConstructError when iamAuthentication is false.
  virtual iam::Grant grantConnect(const iam::IGrantable& grantee, const cdk::Value& dbUser);

  /// A metric of the instance (namespace AWS/RDS, dimension DBInstanceIdentifier), attached to it.
  cloudwatch::Metric metric(std::string metricName, const cloudwatch::MetricOptions& options = {}) const;
  /// The named metrics of aws-cdk-lib's DatabaseInstanceBase (averages).
  cloudwatch::Metric metricCPUUtilization(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricDatabaseConnections(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricFreeStorageSpace(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricFreeableMemory(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricReadIOPS(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric metricWriteIOPS(const cloudwatch::MetricOptions& options = {}) const;

 protected:
  DatabaseInstanceBase(cdk::Construct& scope, std::string_view id);
  /// Whether IAM authentication is on: the rendered EnableIAMDatabaseAuthentication (unset: not rendered).
  std::optional<bool> enableIamAuthentication_;
};

/// Props of DatabaseInstance (aws-cdk-lib's DatabaseInstanceProps, without S3 import/export, domains, option
/// groups, log retention and snapshots).
struct DatabaseInstanceProps {
  /// AllocatedStorage in GiB; default 100 (rendered as the string "100").
  std::optional<int> allocatedStorage{};
  std::optional<bool> autoMinorVersionUpgrade{};
  /// AvailabilityZone; not rendered for a Multi-AZ instance.
  std::optional<std::string> availabilityZone{};
  /// BackupRetentionPeriod in whole days (0 turns backups off); default the service's (1 day).
  std::optional<cdk::Duration> backupRetention{};
  /// EnableCloudwatchLogsExports, e.g. {"postgresql", "upgrade"}.
  std::vector<std::string> cloudwatchLogsExports{};
  /// CopyTagsToSnapshot (always rendered).
  bool copyTagsToSnapshot = true;
  /// Default Credentials::fromUsername(engine's default user name, or "admin"): a generated secret, the child
  /// "Secret", with the user name read from it.
  std::optional<Credentials> credentials{};
  /// DBName: a database created in the instance.
  std::optional<std::string> databaseName{};
  std::optional<bool> deleteAutomatedBackups{};
  /// DeletionProtection; default true when removalPolicy is RETAIN, otherwise not rendered.
  std::optional<bool> deletionProtection{};
  /// EnablePerformanceInsights; default on when performanceInsightRetention or performanceInsightEncryptionKey
  /// is set.
  std::optional<bool> enablePerformanceInsights{};
  /// The engine (required): DatabaseInstanceEngine::postgres({.version = PostgresEngineVersion::VER_15_4}) or
  /// mysql(...).
  std::optional<InstanceEngine> engine{};
  /// EnableIAMDatabaseAuthentication; grantConnect turns it on.
  std::optional<bool> iamAuthentication{};
  /// DBInstanceIdentifier, lower-cased (as aws-cdk-lib does); default a name CloudFormation generates.
  std::optional<std::string> instanceIdentifier{};
  /// Default m5.large (DBInstanceClass "db.m5.large").
  std::optional<ec2::InstanceType> instanceType{};
  /// Iops: only with GP3, IO1 (default 1000) and IO2 (default 1000); ignored for GP2 and STANDARD.
  std::optional<int> iops{};
  /// MaxAllocatedStorage in GiB (storage autoscaling).
  std::optional<int> maxAllocatedStorage{};
  /// Enhanced monitoring every this many seconds (MonitoringInterval); with it a role is created, the child
  /// "MonitoringRole", unless monitoringRole is given.
  std::optional<cdk::Duration> monitoringInterval{};
  cdk::Handle<iam::IRole> monitoringRole{};
  std::optional<bool> multiAz{};
  /// The parameter group (not together with parameters).
  cdk::Handle<IParameterGroup> parameterGroup{};
  /// Parameters for a new parameter group, the child "ParameterGroup" (the engine needs a version).
  std::vector<std::pair<std::string, cdk::Value>> parameters{};
  /// PerformanceInsightsKmsKeyId (the key's ARN).
  cdk::Handle<kms::IKey> performanceInsightEncryptionKey{};
  /// PerformanceInsightsRetentionPeriod; default 7 days when Performance Insights is on.
  std::optional<PerformanceInsightRetention> performanceInsightRetention{};
  /// Port (rendered as a string); default the engine's, which the service picks.
  std::optional<int> port{};
  /// PreferredBackupWindow, "hh24:mi-hh24:mi" in UTC.
  std::optional<std::string> preferredBackupWindow{};
  /// PreferredMaintenanceWindow, "ddd:hh24:mi-ddd:hh24:mi" in UTC.
  std::optional<std::string> preferredMaintenanceWindow{};
  /// PubliclyAccessible; default true when vpcSubnets selects PUBLIC subnets, false when it selects others,
  /// not rendered without vpcSubnets.
  std::optional<bool> publiclyAccessible{};
  /// Default SNAPSHOT; the subnet group is retained only with RETAIN.
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  /// Default one new security group, the child "SecurityGroup" ("Security group for <id> database").
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  /// StorageEncrypted; true when storageEncryptionKey is given, otherwise not rendered unless set.
  std::optional<bool> storageEncrypted{};
  /// KmsKeyId (the key's ARN). The key policy is not changed.
  cdk::Handle<kms::IKey> storageEncryptionKey{};
  /// StorageThroughput in MiB/s: GP3 only, at most 0.25 per IOPS.
  std::optional<int> storageThroughput{};
  /// Default GP2 (always rendered).
  std::optional<StorageType> storageType{};
  /// Default a new subnet group, the child "SubnetGroup" ("Subnet group for <id> database").
  cdk::Handle<ISubnetGroup> subnetGroup{};
  /// The VPC (required).
  cdk::Handle<ec2::IVpc> vpc{};
  /// The subnets of the new subnet group; default the private subnets with egress.
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// Props of DatabaseInstanceReadReplica (aws-cdk-lib's DatabaseInstanceReadReplicaProps, with the same
/// omissions as DatabaseInstanceProps).
struct DatabaseInstanceReadReplicaProps {
  /// AllocatedStorage in GiB; default the source's.
  std::optional<int> allocatedStorage{};
  std::optional<bool> autoMinorVersionUpgrade{};
  std::optional<std::string> availabilityZone{};
  /// Not for PostgreSQL replicas (their engine keeps no automated backups).
  std::optional<cdk::Duration> backupRetention{};
  std::vector<std::string> cloudwatchLogsExports{};
  bool copyTagsToSnapshot = true;
  std::optional<bool> deleteAutomatedBackups{};
  std::optional<bool> deletionProtection{};
  std::optional<bool> enablePerformanceInsights{};
  std::optional<bool> iamAuthentication{};
  std::optional<std::string> instanceIdentifier{};
  /// The instance class (required).
  std::optional<ec2::InstanceType> instanceType{};
  std::optional<int> iops{};
  std::optional<int> maxAllocatedStorage{};
  std::optional<cdk::Duration> monitoringInterval{};
  cdk::Handle<iam::IRole> monitoringRole{};
  std::optional<bool> multiAz{};
  cdk::Handle<IParameterGroup> parameterGroup{};
  cdk::Handle<kms::IKey> performanceInsightEncryptionKey{};
  std::optional<PerformanceInsightRetention> performanceInsightRetention{};
  std::optional<int> port{};
  std::optional<std::string> preferredBackupWindow{};
  std::optional<std::string> preferredMaintenanceWindow{};
  std::optional<bool> publiclyAccessible{};
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  /// The instance replicated (required): SourceDBInstanceIdentifier is its ARN.
  cdk::Handle<IDatabaseInstance> sourceDatabaseInstance{};
  std::optional<bool> storageEncrypted{};
  cdk::Handle<kms::IKey> storageEncryptionKey{};
  std::optional<int> storageThroughput{};
  std::optional<StorageType> storageType{};
  cdk::Handle<ISubnetGroup> subnetGroup{};
  /// The VPC (required).
  cdk::Handle<ec2::IVpc> vpc{};
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// What DatabaseInstance and DatabaseInstanceReadReplica create alike (aws-cdk-lib's DatabaseInstanceNew):
/// the subnet group, the security group and the monitoring role, and the properties they render alike.
class CDKPP_API DatabaseInstanceNew : public DatabaseInstanceBase {
 public:
  ~DatabaseInstanceNew() override;

  /// The security groups, with the default port { "Fn::GetAtt": [<instance>, "Endpoint.Port"] }.
  ec2::Connections connections() const override { return connections_; }
  cdk::Value instanceIdentifier() const override;
  cdk::Value dbInstanceEndpointAddress() const override;
  cdk::Value dbInstanceEndpointPort() const override;
  Endpoint instanceEndpoint() const override;
  cdk::Value instanceResourceId() const override;
  ec2::IVpc& vpc() const noexcept { return *vpc_; }
  const std::optional<ec2::SubnetSelection>& vpcSubnets() const noexcept { return vpcPlacement_; }
  const std::vector<cdk::Handle<ec2::ISecurityGroup>>& securityGroups() const noexcept { return securityGroups_; }
  /// The monitoring role (given or created); nullptr without enhanced monitoring.
  iam::IRole* monitoringRole() const noexcept { return monitoringRole_; }
  CfnDBInstance& cfnDbInstance() const noexcept { return *resource_; }

 protected:
  DatabaseInstanceNew(cdk::Construct& scope, std::string_view id);
  /// Validates the props both kinds of instance have, creates the helpers and fills `cfn` with what both
  /// render (defined in instance.cpp, for DatabaseInstanceProps and DatabaseInstanceReadReplicaProps).
  template <class Props>
  void createCommon(const Props& props, CfnDBInstanceProps& cfn);
  /// Creates the child "Resource" from `cfn`, with the removal policy (default SNAPSHOT), and the connections.
  void createResource(CfnDBInstanceProps cfn, std::optional<cdk::RemovalPolicy> removalPolicy);

  ec2::IVpc* vpc_ = nullptr;
  std::optional<ec2::SubnetSelection> vpcPlacement_;
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups_;
  iam::IRole* monitoringRole_ = nullptr;
  CfnDBInstance* resource_ = nullptr;
  ec2::Connections connections_;
};

/// A database instance, built as aws-cdk-lib builds it: children "SubnetGroup", "SecurityGroup",
/// "MonitoringRole" (with enhanced monitoring), "ParameterGroup" (with parameters), "Secret" (when one is
/// generated), "Resource" (AWS::RDS::DBInstance); the secret used for the credentials gets the child
/// "Attachment" (AWS::SecretsManager::SecretTargetAttachment).
///
/// Errors aws-cdk-lib throws in the constructor (throughput without GP3, a throughput above 0.25 per IOPS, an
/// availability zone for a Multi-AZ instance, parameterGroup with parameters, ...) throw cdk::ConstructError
/// with its message, the construct path and what to change.
class CDKPP_API DatabaseInstance : public DatabaseInstanceNew {
 public:
  using Props = DatabaseInstanceProps;

  DatabaseInstance(cdk::Construct& scope, std::string_view id, DatabaseInstanceProps props);
  ~DatabaseInstance() override;

  const std::optional<InstanceEngine>& engine() const override { return engine_; }
  /// The secret attached to the instance (the SecretTargetAttachment: its ARN is { "Ref": <attachment> });
  /// nullptr when the credentials have a literal password.
  secretsmanager::ISecret* secret() const noexcept { return secret_; }

  using DatabaseInstanceBase::grantConnect;
  /// rds-db:connect as the master user (read from the secret). Throws cdk::ConstructError without a secret.
  iam::Grant grantConnect(const iam::IGrantable& grantee);

  /// Rotates the master user's password with the engine's single user rotation application: the
  /// secretsmanager::SecretRotation "RotationSingleUser" (AWS::Serverless::Application, the SAM transform, a
  /// security group allowed into the instance and the secret's RotationSchedule). Throws cdk::ConstructError for
  /// an instance without a secret and when a single user rotation was added already.
  secretsmanager::SecretRotation& addRotationSingleUser(RotationSingleUserOptions options = {});
  /// Rotates another user's password (options.secret) with the master user, with the engine's multi user
  /// rotation application: the secretsmanager::SecretRotation `id`. Throws cdk::ConstructError for an instance
  /// without a secret.
  secretsmanager::SecretRotation& addRotationMultiUser(std::string_view id, RotationMultiUserOptions options);

 private:
  std::optional<InstanceEngine> engine_;
  secretsmanager::ISecret* secret_ = nullptr;
};

/// A read replica of an instance, built as aws-cdk-lib builds it: children "SubnetGroup", "SecurityGroup",
/// "MonitoringRole" (with enhanced monitoring), "Resource" (AWS::RDS::DBInstance with
/// SourceDBInstanceIdentifier). Throws cdk::ConstructError for backupRetention on a PostgreSQL source.
class CDKPP_API DatabaseInstanceReadReplica : public DatabaseInstanceNew {
 public:
  using Props = DatabaseInstanceReadReplicaProps;

  DatabaseInstanceReadReplica(cdk::Construct& scope, std::string_view id, DatabaseInstanceReadReplicaProps props);
  ~DatabaseInstanceReadReplica() override;

  /// Unset, as in aws-cdk-lib.
  const std::optional<InstanceEngine>& engine() const override { return engine_; }

 private:
  std::optional<InstanceEngine> engine_;
};

}  // namespace cdk::rds
