#include "cdk/backup/rule.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk::backup {

BackupPlanRule::BackupPlanRule(BackupPlanRuleProps props) : props_(std::move(props)) {
  if (props_.deleteAfter && props_.moveToColdStorageAfter &&
      props_.deleteAfter->toDays() < props_.moveToColdStorageAfter->toDays()) {
    throw cdk::Error(fmt::format("`deleteAfter` must be greater than `moveToColdStorageAfter` (got {} and {} days)",
                                 props_.deleteAfter->toDays(), props_.moveToColdStorageAfter->toDays()));
  }
  if (props_.scheduleExpression && !props_.scheduleExpression->expressionString().starts_with("cron")) {
    throw cdk::Error(fmt::format("`scheduleExpression` must be of type `cron` (got '{}'): use events::Schedule::cron",
                                 props_.scheduleExpression->expressionString()));
  }
  const bool continuous = props_.enableContinuousBackup.value_or(false);
  if (continuous && props_.moveToColdStorageAfter) {
    throw cdk::Error("`moveToColdStorageAfter` must not be specified if `enableContinuousBackup` is enabled");
  }
  if (continuous && props_.deleteAfter && (props_.deleteAfter->toDays() < 1 || props_.deleteAfter->toDays() > 35)) {
    throw cdk::Error(
        fmt::format("'deleteAfter' must be between 1 and 35 days if 'enableContinuousBackup' is enabled, but got {}",
                    props_.deleteAfter->toHumanString()));
  }
  if (continuous && !props_.deleteAfter) props_.deleteAfter = cdk::Duration::days(35);
}

BackupPlanRule BackupPlanRule::daily(cdk::Handle<IBackupVault> backupVault) {
  return BackupPlanRule({.backupVault = backupVault,
                         .deleteAfter = cdk::Duration::days(35),
                         .ruleName = "Daily",
                         .scheduleExpression = events::Schedule::cron({.hour = "5", .minute = "0"})});
}

BackupPlanRule BackupPlanRule::weekly(cdk::Handle<IBackupVault> backupVault) {
  return BackupPlanRule({.backupVault = backupVault,
                         .deleteAfter = cdk::Duration::days(90),
                         .ruleName = "Weekly",
                         .scheduleExpression = events::Schedule::cron({.hour = "5", .minute = "0", .weekDay = "SAT"})});
}

BackupPlanRule BackupPlanRule::monthly1Year(cdk::Handle<IBackupVault> backupVault) {
  return BackupPlanRule({.backupVault = backupVault,
                         .deleteAfter = cdk::Duration::days(365),
                         .moveToColdStorageAfter = cdk::Duration::days(30),
                         .ruleName = "Monthly1Year",
                         .scheduleExpression = events::Schedule::cron({.day = "1", .hour = "5", .minute = "0"})});
}

BackupPlanRule BackupPlanRule::monthly5Year(cdk::Handle<IBackupVault> backupVault) {
  return BackupPlanRule({.backupVault = backupVault,
                         .deleteAfter = cdk::Duration::days(365 * 5),
                         .moveToColdStorageAfter = cdk::Duration::days(90),
                         .ruleName = "Monthly5Year",
                         .scheduleExpression = events::Schedule::cron({.day = "1", .hour = "5", .minute = "0"})});
}

BackupPlanRule BackupPlanRule::monthly7Year(cdk::Handle<IBackupVault> backupVault) {
  return BackupPlanRule({.backupVault = backupVault,
                         .deleteAfter = cdk::Duration::days(365 * 7),
                         .moveToColdStorageAfter = cdk::Duration::days(90),
                         .ruleName = "Monthly7Year",
                         .scheduleExpression = events::Schedule::cron({.day = "1", .hour = "5", .minute = "0"})});
}

}  // namespace cdk::backup
