// Elastic File System file systems (aws-cdk-lib's efs.FileSystem, efs.IFileSystem and their enums).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/dependable.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/efs/access_point.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::ec2 {
class ISecurityGroup;
class IVpc;
}  // namespace cdk::ec2

namespace cdk::kms {
class IKey;
}

namespace cdk::efs {

class CfnFileSystem;

/// PerformanceMode: "generalPurpose" or "maxIO".
enum class PerformanceMode { GENERAL_PURPOSE, MAX_IO };
/// ThroughputMode: "bursting", "provisioned" or "elastic".
enum class ThroughputMode { BURSTING, PROVISIONED, ELASTIC };
/// When files move to Infrequent Access (TransitionToIA) or Archive (TransitionToArchive).
enum class LifecyclePolicy {
  AFTER_1_DAY,
  AFTER_7_DAYS,
  AFTER_14_DAYS,
  AFTER_30_DAYS,
  AFTER_60_DAYS,
  AFTER_90_DAYS,
  AFTER_180_DAYS,
  AFTER_270_DAYS,
  AFTER_365_DAYS,
};
/// When files move back to primary storage (TransitionToPrimaryStorageClass).
enum class OutOfInfrequentAccessPolicy { AFTER_1_ACCESS };
/// FileSystemProtection.ReplicationOverwriteProtection: "ENABLED", "DISABLED" or "REPLICATING".
enum class ReplicationOverwriteProtection { ENABLED, DISABLED, REPLICATING };

/// The CloudFormation values ("generalPurpose", "elastic", "AFTER_14_DAYS", "AFTER_1_ACCESS", "ENABLED").
CDKPP_API std::string_view toString(PerformanceMode mode) noexcept;
CDKPP_API std::string_view toString(ThroughputMode mode) noexcept;
CDKPP_API std::string_view toString(LifecyclePolicy policy) noexcept;
CDKPP_API std::string_view toString(OutOfInfrequentAccessPolicy policy) noexcept;
CDKPP_API std::string_view toString(ReplicationOverwriteProtection protection) noexcept;

/// The client actions of EFS (aws-cdk-lib's ClientAction).
namespace ClientAction {
inline constexpr const char* MOUNT = "elasticfilesystem:ClientMount";
inline constexpr const char* WRITE = "elasticfilesystem:ClientWrite";
inline constexpr const char* ROOT_ACCESS = "elasticfilesystem:ClientRootAccess";
}  // namespace ClientAction

/// A file system, created here or imported.
class CDKPP_API IFileSystem : public ec2::IConnectable, public virtual iam::IResourceWithPolicy {
 public:
  /// { "Ref": <file system> }.
  virtual cdk::Value fileSystemId() const = 0;
  /// { "Fn::GetAtt": [<file system>, "Arn"] }.
  virtual cdk::Value fileSystemArn() const = 0;
  /// Depend on this to wait for the mount targets.
  virtual const cdk::IDependable& mountTargetsAvailable() const = 0;
  /// The actions on this file system, to the grantee's policy (or the file system policy).
  virtual iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) = 0;
  /// elasticfilesystem:ClientMount through a mount target.
  virtual iam::Grant grantRead(const iam::IGrantable& grantee) = 0;
  /// ClientMount and ClientWrite through a mount target.
  virtual iam::Grant grantReadWrite(const iam::IGrantable& grantee) = 0;
  /// ClientMount, ClientWrite and ClientRootAccess through a mount target.
  virtual iam::Grant grantRootAccess(const iam::IGrantable& grantee) = 0;
};

struct FileSystemProps {
  /// Allow clients that do not authenticate with IAM. Default: allowed until a grantRead/grantReadWrite/
  /// grantRootAccess is made (or the context flag "@aws-cdk/aws-efs:denyAnonymousAccess" is true); then the
  /// file system policy only allows ClientWrite/ClientRootAccess through mount targets.
  std::optional<bool> allowAnonymousAccess{};
  /// BackupPolicy {Status: ENABLED} (nothing is rendered for false).
  bool enableAutomaticBackups = false;
  /// Encrypted (always rendered). false together with kmsKey is an error.
  bool encrypted = true;
  /// The Name tag of the file system and of its security group; default the construct path.
  std::optional<std::string> fileSystemName{};
  /// The file system policy; grants and addToResourcePolicy add statements to it.
  std::optional<iam::PolicyDocument> fileSystemPolicy{};
  /// KmsKeyId (the key's ARN); default the AWS managed key. The key policy is not changed.
  cdk::Handle<kms::IKey> kmsKey{};
  /// LifecyclePolicies: TransitionToIA.
  std::optional<LifecyclePolicy> lifecyclePolicy{};
  /// A One Zone file system in the first availability zone of vpcSubnets (which must name exactly one zone)
  /// or of the VPC.
  bool oneZone = false;
  /// LifecyclePolicies: TransitionToPrimaryStorageClass.
  std::optional<OutOfInfrequentAccessPolicy> outOfInfrequentAccessPolicy{};
  /// PerformanceMode; not rendered when unset (the service default is generalPurpose).
  std::optional<PerformanceMode> performanceMode{};
  /// ProvisionedThroughputInMibps, in MiB/s (aws-cdk-lib takes a Size; Size.mebibytes(n) is n here);
  /// required with ThroughputMode::PROVISIONED.
  std::optional<double> provisionedThroughputPerSecond{};
  /// Default RETAIN.
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  /// FileSystemProtection.ReplicationOverwriteProtection.
  std::optional<ReplicationOverwriteProtection> replicationOverwriteProtection{};
  /// Default a new security group, the child "EfsSecurityGroup".
  cdk::Handle<ec2::ISecurityGroup> securityGroup{};
  /// ThroughputMode; not rendered when unset (the service default is bursting).
  std::optional<ThroughputMode> throughputMode{};
  /// LifecyclePolicies: TransitionToArchive.
  std::optional<LifecyclePolicy> transitionToArchivePolicy{};
  /// The VPC of the mount targets (required).
  cdk::Handle<ec2::IVpc> vpc{};
  /// Where the mount targets go; default one subnet per availability zone of the VPC's default selection.
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// An EFS file system, built as aws-cdk-lib builds it: child "Resource" (AWS::EFS::FileSystem, tags under
/// FileSystemTags), a Name tag on it and everything below it, "EfsSecurityGroup", and one AWS::EFS::MountTarget
/// per selected subnet ("EfsMountTarget1", "EfsMountTarget2", ...; "EfsMountTarget-<subnet id>" with the
/// context flag "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId").
class CDKPP_API FileSystem : public cdk::Resource, public virtual IFileSystem {
 public:
  using Props = FileSystemProps;
  /// The NFS port of the mount targets.
  static constexpr int DEFAULT_PORT = 2049;

  /// Throws cdk::ConstructError for aws-cdk-lib's invalid combinations (PROVISIONED without
  /// provisionedThroughputPerSecond, ELASTIC with MAX_IO, One Zone with MAX_IO or without exactly one zone)
  /// and for encrypted = false with a kmsKey.
  FileSystem(cdk::Construct& scope, std::string_view id, FileSystemProps props);
  ~FileSystem() override;

  /// The security group, with the default port 2049.
  ec2::Connections connections() const override { return connections_; }
  cdk::Value fileSystemId() const override;
  cdk::Value fileSystemArn() const override;
  const cdk::IDependable& mountTargetsAvailable() const override { return mountTargetsAvailable_; }

  iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) override;
  iam::Grant grantRead(const iam::IGrantable& grantee) override;
  iam::Grant grantReadWrite(const iam::IGrantable& grantee) override;
  iam::Grant grantRootAccess(const iam::IGrantable& grantee) override;

  /// Adds a statement to the file system policy.
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement) override;

  /// Adds an access point as the child `id`.
  AccessPoint& addAccessPoint(std::string_view id, const AccessPointOptions& options);

  // Metrics. aws-cdk-lib 2.276's efs.FileSystem has no metric* methods; these are built as aws-cdk-lib builds
  // them for its L2s from their services' canned metrics (ecs.Cluster, codebuild.Project:
  // `new Metric({...EFSMetrics.nameStatistic({FileSystemId}), ...options}).attachTo(this)`), from aws-cdk-lib's
  // own EFS table (aws-efs/lib/efs-canned-metrics.generated): namespace AWS/EFS, dimension FileSystemId, the
  // table's statistic, named after the table's entries as ecs.Cluster names its (metricCpuReservation). Options
  // replace the defaults; `.dimensionsMap` replaces the dimensions.

  /// Any metric of the file system (namespace AWS/EFS, dimension FileSystemId), attached to it; statistic
  /// "Average" unless the options say otherwise.
  cloudwatch::Metric metric(std::string metricName, const cloudwatch::MetricOptions& options = {}) const;
  /// BurstCreditBalance (Average, bytes): the credits a bursting file system has left.
  cloudwatch::Metric metricBurstCreditBalance(const cloudwatch::MetricOptions& options = {}) const;
  /// ClientConnections (Sum).
  cloudwatch::Metric metricClientConnections(const cloudwatch::MetricOptions& options = {}) const;
  /// DataReadIOBytes (Average).
  cloudwatch::Metric metricDataReadIoBytes(const cloudwatch::MetricOptions& options = {}) const;
  /// DataWriteIOBytes (Average).
  cloudwatch::Metric metricDataWriteIoBytes(const cloudwatch::MetricOptions& options = {}) const;
  /// MetadataIOBytes (Average).
  cloudwatch::Metric metricMetadataIoBytes(const cloudwatch::MetricOptions& options = {}) const;
  /// MeteredIOBytes (Average).
  cloudwatch::Metric metricMeteredIoBytes(const cloudwatch::MetricOptions& options = {}) const;
  /// PercentIOLimit (Average): how close a General Purpose file system is to its I/O limit.
  cloudwatch::Metric metricPercentIoLimit(const cloudwatch::MetricOptions& options = {}) const;
  /// PermittedThroughput (Average, bytes per second).
  cloudwatch::Metric metricPermittedThroughput(const cloudwatch::MetricOptions& options = {}) const;
  /// TotalIOBytes (Sum).
  cloudwatch::Metric metricTotalIoBytes(const cloudwatch::MetricOptions& options = {}) const;
  /// StorageBytes (Average) of one storage class, the second dimension StorageClass: "Total", "Standard", "IA",
  /// "Archive", ...
  cloudwatch::Metric metricStorageBytes(std::string storageClass, const cloudwatch::MetricOptions& options = {}) const;

  CfnFileSystem& cfnFileSystem() const noexcept { return *resource_; }

 private:
  iam::Grant grantClient(const iam::IGrantable& grantee, const std::vector<std::string>& actions);
  cdk::Value renderPolicy() const;

  CfnFileSystem* resource_ = nullptr;
  std::optional<bool> allowAnonymousAccess_;
  std::optional<iam::PolicyDocument> policy_;
  bool grantedClient_ = false;
  ec2::Connections connections_;
  cdk::DependencyGroup mountTargetsAvailable_;
};

}  // namespace cdk::efs
