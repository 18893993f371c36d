// Backup vaults (aws-cdk-lib's backup.BackupVault, IBackupVault and BackupVaultEvents).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"

namespace cdk::kms {
class IKey;
}
namespace cdk::sns {
class ITopic;
}

namespace cdk::backup {

class CfnBackupVault;

/// The events a vault can notify about.
enum class BackupVaultEvents {
  BACKUP_JOB_STARTED,
  BACKUP_JOB_COMPLETED,
  BACKUP_JOB_SUCCESSFUL,
  BACKUP_JOB_FAILED,
  BACKUP_JOB_EXPIRED,
  RESTORE_JOB_STARTED,
  RESTORE_JOB_COMPLETED,
  RESTORE_JOB_SUCCESSFUL,
  RESTORE_JOB_FAILED,
  COPY_JOB_STARTED,
  COPY_JOB_SUCCESSFUL,
  COPY_JOB_FAILED,
  RECOVERY_POINT_MODIFIED,
  BACKUP_PLAN_CREATED,
  BACKUP_PLAN_MODIFIED,
  S3_BACKUP_OBJECT_FAILED,
  S3_RESTORE_OBJECT_FAILED,
};
/// The CloudFormation value (the member's name).
CDKPP_API std::string_view toString(BackupVaultEvents event) noexcept;

/// A vault, created here or imported.
class CDKPP_API IBackupVault : public virtual cdk::IResource {
 public:
  virtual cdk::Value backupVaultName() const = 0;
  virtual cdk::Value backupVaultArn() const = 0;
  /// The actions on the vault to the grantee's policy. Throws cdk::ConstructError for an action with '*'
  /// (vault access policies do not support wildcards).
  virtual iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) const = 0;
};

struct BackupVaultProps {
  /// The resource policy of the vault; statements can be added with addToAccessPolicy.
  std::optional<iam::PolicyDocument> accessPolicy{};
  /// 2 to 50 letters, digits, '-' and '_'; default the last 50 characters of the construct's unique id.
  std::optional<std::string> backupVaultName{};
  /// Deny backup:DeleteRecoveryPoint and backup:UpdateRecoveryPointLifecycle to everyone.
  bool blockRecoveryPointDeletion = false;
  /// EncryptionKeyArn; default the AWS managed key of AWS Backup.
  cdk::Handle<kms::IKey> encryptionKey{};
  /// Default every event (with a notificationTopic).
  std::vector<BackupVaultEvents> notificationEvents{};
  /// A topic to notify of the vault's events; backup.amazonaws.com is allowed to publish to it.
  cdk::Handle<sns::ITopic> notificationTopic{};
  /// Default RETAIN.
  std::optional<cdk::RemovalPolicy> removalPolicy{};
};

/// A backup vault: the child "Resource" (AWS::Backup::BackupVault).
class CDKPP_API BackupVault : public cdk::Resource, public virtual IBackupVault {
 public:
  using Props = BackupVaultProps;

  /// Throws cdk::ConstructError for a name that does not match ^[a-zA-Z0-9-_]{2,50}$.
  BackupVault(cdk::Construct& scope, std::string_view id, BackupVaultProps props = {});
  ~BackupVault() override;

  /// A vault of this account and region, by name.
  static IBackupVault& fromBackupVaultName(cdk::Construct& scope, std::string_view id, std::string backupVaultName);
  /// A vault by ARN (arn:<partition>:backup:<region>:<account>:backup-vault:<name>).
  static IBackupVault& fromBackupVaultArn(cdk::Construct& scope, std::string_view id, std::string backupVaultArn);

  /// { "Fn::GetAtt": [<vault>, "BackupVaultName"] }.
  cdk::Value backupVaultName() const override;
  /// { "Fn::GetAtt": [<vault>, "BackupVaultArn"] }.
  cdk::Value backupVaultArn() const override;
  iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) const override;

  /// Adds a statement to the access policy.
  void addToAccessPolicy(const iam::PolicyStatement& statement);
  /// Denies deleting recovery points and changing their lifecycle, to everyone.
  void blockRecoveryPointDeletion();

  CfnBackupVault& cfnBackupVault() const noexcept { return *resource_; }

 private:
  iam::PolicyDocument accessPolicy_;
  CfnBackupVault* resource_ = nullptr;
};

}  // namespace cdk::backup
