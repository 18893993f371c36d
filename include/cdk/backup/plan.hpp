// Backup plans (aws-cdk-lib's backup.BackupPlan and IBackupPlan).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/backup/rule.hpp"
#include "cdk/backup/selection.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::backup {

class CfnBackupPlan;
class IBackupVault;

/// A plan, created here or imported.
class CDKPP_API IBackupPlan : public virtual cdk::IResource {
 public:
  virtual cdk::Value backupPlanId() const = 0;
};

struct BackupPlanProps {
  /// Default the construct id.
  std::optional<std::string> backupPlanName{};
  /// Rules added now (more with addRule).
  std::vector<BackupPlanRule> backupPlanRules{};
  /// The vault of rules that name none; default a new one, the child "Vault", made with the first such rule.
  cdk::Handle<IBackupVault> backupVault{};
  /// Windows VSS backups of EC2 instances.
  bool windowsVss = false;
};

/// A backup plan: the child "Resource" (AWS::Backup::BackupPlan). A plan needs at least one rule (checked
/// at synthesis).
class CDKPP_API BackupPlan : public cdk::Resource, public virtual IBackupPlan {
 public:
  using Props = BackupPlanProps;

  BackupPlan(cdk::Construct& scope, std::string_view id, BackupPlanProps props = {});
  ~BackupPlan() override;

  /// A plan of another app, by id.
  static IBackupPlan& fromBackupPlanId(cdk::Construct& scope, std::string_view id, std::string backupPlanId);
  /// Daily backups kept 35 days.
  static BackupPlan& daily35DayRetention(cdk::Construct& scope, std::string_view id,
                                         cdk::Handle<IBackupVault> backupVault = {});
  /// Daily backups kept 35 days and monthly ones kept a year.
  static BackupPlan& dailyMonthly1YearRetention(cdk::Construct& scope, std::string_view id,
                                                cdk::Handle<IBackupVault> backupVault = {});
  /// Daily (35 days), weekly (90 days) and monthly (5 years) backups.
  static BackupPlan& dailyWeeklyMonthly5YearRetention(cdk::Construct& scope, std::string_view id,
                                                      cdk::Handle<IBackupVault> backupVault = {});
  /// Daily (35 days), weekly (90 days) and monthly (7 years) backups.
  static BackupPlan& dailyWeeklyMonthly7YearRetention(cdk::Construct& scope, std::string_view id,
                                                      cdk::Handle<IBackupVault> backupVault = {});

  /// Adds a rule, named "<plan id>Rule<index>" when it has no name.
  void addRule(const BackupPlanRule& rule);
  /// Adds a selection of resources to back up, as the child `id`.
  BackupSelection& addSelection(std::string_view id, BackupSelectionOptions options);

  /// { "Fn::GetAtt": [<plan>, "BackupPlanId"] }.
  cdk::Value backupPlanId() const override;
  cdk::Value backupPlanArn() const;
  cdk::Value versionId() const;
  /// The plan's vault. Throws cdk::ConstructError when the plan has none yet.
  IBackupVault& backupVault() const;

  CfnBackupPlan& cfnBackupPlan() const noexcept { return *resource_; }

 private:
  CfnBackupPlan* resource_ = nullptr;
  IBackupVault* backupVault_ = nullptr;
  std::size_t ruleCount_ = 0;
};

}  // namespace cdk::backup
