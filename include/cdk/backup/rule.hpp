// Rules of backup plans (aws-cdk-lib's backup.BackupPlanRule and its presets).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/events/schedule.hpp"

namespace cdk::backup {

class IBackupVault;

struct BackupPlanRuleProps {
  /// The vault of the recovery points; default the plan's.
  cdk::Handle<IBackupVault> backupVault{};
  /// How long a started backup may run, whole minutes; default AWS Backup's (8 hours).
  std::optional<cdk::Duration> completionWindow{};
  /// When recovery points are deleted, whole days; default kept forever (35 days with continuous backup).
  std::optional<cdk::Duration> deleteAfter{};
  /// Point-in-time recovery (continuous backup); then deleteAfter is 1 to 35 days and there is no cold storage.
  std::optional<bool> enableContinuousBackup{};
  /// When recovery points move to cold storage, whole days.
  std::optional<cdk::Duration> moveToColdStorageAfter{};
  /// Tags of the recovery points.
  cdk::Value::Map recoveryPointTags{};
  /// Default "<plan id>Rule<index>".
  std::optional<std::string> ruleName{};
  /// A cron schedule; default AWS Backup's (daily at 5:00 UTC).
  std::optional<events::Schedule> scheduleExpression{};
  /// How long after the scheduled time a backup may start, whole minutes; default AWS Backup's (1 hour).
  std::optional<cdk::Duration> startWindow{};
};

/// One rule of a backup plan.
class CDKPP_API BackupPlanRule {
 public:
  /// Throws cdk::Error for deleteAfter before moveToColdStorageAfter, a schedule that is not cron(...),
  /// and, with continuous backup, moveToColdStorageAfter or a deleteAfter outside 1 to 35 days.
  explicit BackupPlanRule(BackupPlanRuleProps props);

  /// "Daily": 5:00 UTC every day, kept 35 days.
  static BackupPlanRule daily(cdk::Handle<IBackupVault> backupVault = {});
  /// "Weekly": 5:00 UTC on Saturdays, kept 90 days.
  static BackupPlanRule weekly(cdk::Handle<IBackupVault> backupVault = {});
  /// "Monthly1Year": 5:00 UTC on the first of the month, cold after 30 days, kept 1 year.
  static BackupPlanRule monthly1Year(cdk::Handle<IBackupVault> backupVault = {});
  /// "Monthly5Year": cold after 90 days, kept 5 years.
  static BackupPlanRule monthly5Year(cdk::Handle<IBackupVault> backupVault = {});
  /// "Monthly7Year": cold after 90 days, kept 7 years.
  static BackupPlanRule monthly7Year(cdk::Handle<IBackupVault> backupVault = {});

  /// The props, with deleteAfter 35 days for continuous backup when it was not given.
  const BackupPlanRuleProps& props() const noexcept { return props_; }

 private:
  BackupPlanRuleProps props_;
};

}  // namespace cdk::backup
