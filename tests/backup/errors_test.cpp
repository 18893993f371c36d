// Bad input: aws-cdk-lib's errors (messages from tests/backup/fixtures/backup-error-*.error.txt) and cdkpp's
// own checks. Rules and schedules are not constructs (cdk::Error); vaults and plans name their path.
#include <gtest/gtest.h>

#include "cdk/backup.hpp"
#include "cdk/iam.hpp"
#include "data_test_util.hpp"

namespace {

namespace backup = cdk::backup;
namespace events = cdk::events;
using cdk::Duration;

std::string fixtureError(const std::string& name) { return datatest::fixtureError("backup", name); }

TEST(BackupErrors, RuleRetention) {
  EXPECT_THROW_MSG(
      backup::BackupPlanRule({.deleteAfter = Duration::days(30), .moveToColdStorageAfter = Duration::days(60)}),
      cdk::Error, fixtureError("backup-error-delete-before-cold"));
  EXPECT_THROW_MSG(
      backup::BackupPlanRule({.enableContinuousBackup = true, .moveToColdStorageAfter = Duration::days(10)}),
      cdk::Error, fixtureError("backup-error-continuous-cold"));
  // Point-in-time recovery keeps recovery points 1 to 35 days.
  EXPECT_THROW_MSG(backup::BackupPlanRule({.deleteAfter = Duration::days(36), .enableContinuousBackup = true}),
                   cdk::Error, fixtureError("backup-error-continuous-retention"));
  EXPECT_NO_THROW(backup::BackupPlanRule({.deleteAfter = Duration::days(35), .enableContinuousBackup = true}));
  // Retention is in whole days: a plan refuses a rule with 36 hours.
  datatest::Fixture f;
  auto& plan = f.stack->make<backup::BackupPlan>("Plan");
  EXPECT_THROW_MSG(plan.addRule(backup::BackupPlanRule({.deleteAfter = Duration::hours(36)})), cdk::Error,
                   "whole number");
}

TEST(BackupErrors, Schedules) {
  EXPECT_THROW_MSG(backup::BackupPlanRule({.scheduleExpression = events::Schedule::rate(Duration::hours(12))}),
                   cdk::Error, fixtureError("backup-error-schedule-not-cron"));
  EXPECT_THROW_MSG(events::Schedule::cron({.day = "1", .weekDay = "MON"}), cdk::Error,
                   fixtureError("backup-error-cron-day-and-weekday"));
  EXPECT_EQ(events::Schedule::rate(Duration::hours(12)).expressionString(), "rate(12 hours)");
  EXPECT_EQ(events::Schedule::rate(Duration::days(1)).expressionString(), "rate(1 day)");
  EXPECT_EQ(events::Schedule::rate(Duration::minutes(90)).expressionString(), "rate(90 minutes)");
  EXPECT_EQ(events::Schedule::cron({.minute = "0", .weekDay = "MON-FRI"}).expressionString(),
            "cron(0 * ? * MON-FRI *)");
  EXPECT_THROW_MSG(events::Schedule::rate(Duration::seconds(0)), cdk::Error, "Duration cannot be 0");
}

TEST(BackupErrors, VaultName) {
  datatest::Fixture f;
  try {
    f.stack->make<backup::BackupVault>("Vault", {.backupVaultName = "health vault"});
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Vault");
    EXPECT_NE(std::string(e.what()).find(fixtureError("backup-error-vault-name")), std::string::npos) << e.what();
  }
  EXPECT_THROW_MSG(f.stack->make<backup::BackupVault>("Short", {.backupVaultName = "v"}), cdk::ConstructError,
                   "Expected vault name to match pattern");
}

TEST(BackupErrors, PlanWithoutRules) {
  datatest::Fixture f;
  f.stack->make<backup::BackupPlan>("Plan");
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected a cdk::ValidationError";
  } catch (const cdk::ValidationError& e) {
    // (cdkpp's schema check also reports the missing BackupPlanRule of the L1 resource.)
    ASSERT_GE(e.issues().size(), 1u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "TapStackdev/Plan");
    EXPECT_NE(e.issues()[0].message.find("A backup plan must have at least 1 rule."), std::string::npos);
    EXPECT_NE(fixtureError("backup-error-plan-without-rules").find("Validation failed"), std::string::npos);
  }
}

TEST(BackupErrors, GrantWithWildcard) {
  datatest::Fixture f;
  auto& vault = f.stack->make<backup::BackupVault>("Vault");
  auto& role = f.stack->make<cdk::iam::Role>("Role", {.assumedBy = std::make_shared<cdk::iam::AccountRootPrincipal>()});
  EXPECT_THROW_MSG(vault.grant(role, {"backup:*"}), cdk::ConstructError, fixtureError("backup-error-grant-wildcard"));
}

TEST(BackupErrors, ImportedVaultArn) {
  datatest::Fixture f;
  EXPECT_THROW_MSG(backup::BackupVault::fromBackupVaultArn(*f.stack, "A", "vault"), cdk::ConstructError,
                   "Backup Vault Arn vault has the wrong format");
  EXPECT_THROW_MSG(
      backup::BackupVault::fromBackupVaultArn(*f.stack, "B", "arn:aws:backup:ap-southeast-1:123456789012:backup-vault"),
      cdk::ConstructError, "does not have a resource name.");
}

TEST(BackupErrors, PlanWithoutVault) {
  datatest::Fixture f;
  auto& plan = f.stack->make<backup::BackupPlan>("Plan");
  EXPECT_THROW_MSG(plan.backupVault(), cdk::ConstructError, "No backup vault!");
}

}  // namespace
