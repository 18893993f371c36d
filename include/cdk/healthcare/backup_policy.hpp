// BackupPolicy: AWS Backup for a healthcare application's data stores, secure by default.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/healthcare/environment_profile.hpp"

namespace cdk::backup {
class BackupPlan;
class BackupResource;
class BackupSelection;
class BackupVault;
}  // namespace cdk::backup
namespace cdk::efs {
class IFileSystem;
}
namespace cdk::kms {
class IKey;
}
namespace cdk::rds {
class DatabaseCluster;
class IDatabaseInstance;
}  // namespace cdk::rds

namespace cdk::healthcare {

struct BackupPolicyProps {
  /// Deny the deletion of recovery points and changes to their lifecycle to everyone (the vault's access policy),
  /// so that backups outlive a mistake or a compromised account.
  bool blockRecoveryPointDeletion = true;
  /// Aurora clusters to back up.
  std::vector<cdk::Handle<rds::DatabaseCluster>> databaseClusters{};
  /// RDS instances to back up.
  std::vector<cdk::Handle<rds::IDatabaseInstance>> databaseInstances{};
  /// How long recovery points are kept (whole days); default the profile's backupRetention.
  std::optional<cdk::Duration> deleteAfter{};
  /// The key of the vault; default a new key with rotation, the child "Key".
  cdk::Handle<kms::IKey> encryptionKey{};
  /// EFS file systems to back up.
  std::vector<cdk::Handle<efs::IFileSystem>> fileSystems{};
  /// Default the prod preset; its removalPolicy applies to the vault and key (SNAPSHOT: retained).
  EnvironmentProfile profile{};
};

/// An AWS Backup plan that backs up databases and file systems every day at 05:00 UTC into a vault encrypted with
/// a customer key, keeping each recovery point for the profile's backupRetention. This is what
/// HIPAA.Security-RDSInBackupPlan and HIPAA.Security-EFSInBackupPlan look for.
///
/// Children: "Key" (unless given), "Vault" (backup::BackupVault), "Plan" (backup::BackupPlan, rule "Daily") and,
/// once something is to be backed up, the plan's "Selection" (with its role, which has AWS Backup's managed policy).
/// A policy that covers nothing at synthesis is an error.
class CDKPP_API BackupPolicy : public cdk::Construct {
 public:
  using Props = BackupPolicyProps;
  BackupPolicy(cdk::Construct& scope, std::string_view id, BackupPolicyProps props = {});
  ~BackupPolicy() override;

  void addDatabaseInstance(const rds::IDatabaseInstance& instance);
  /// The cluster, and its instances by ARN: HIPAA.Security-RDSInBackupPlan looks for every DB instance, Aurora's
  /// members included (AWS Backup backs them up as the cluster).
  void addDatabaseCluster(const rds::DatabaseCluster& cluster);
  void addFileSystem(const efs::IFileSystem& fileSystem);
  /// Any resource AWS Backup supports (by ARN, by tag, by construct).
  void addResource(const backup::BackupResource& resource);

  kms::IKey& key() const noexcept { return *key_; }
  backup::BackupVault& vault() const noexcept { return *vault_; }
  backup::BackupPlan& plan() const noexcept { return *plan_; }
  /// The selection; nullptr until something was added.
  backup::BackupSelection* selection() const noexcept { return selection_; }
  const EnvironmentProfile& profile() const noexcept { return profile_; }

 private:
  EnvironmentProfile profile_;
  kms::IKey* key_ = nullptr;
  backup::BackupVault* vault_ = nullptr;
  backup::BackupPlan* plan_ = nullptr;
  backup::BackupSelection* selection_ = nullptr;
};

}  // namespace cdk::healthcare
