// The programs of tests/backup/fixtures/*.ts in C++: the same templates and warnings as aws-cdk-lib 2.276 gave
// for them, and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/backup.hpp"
#include "cdk/efs.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/rds.hpp"
#include "cdk/sns.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"

namespace {

namespace backup = cdk::backup;
namespace events = cdk::events;
namespace iam = cdk::iam;
using cdk::Duration;
using cdkpp_test::FixtureProgram;

void vaultDefaults(cdk::Stack& stack) {
  auto& vault = stack.make<backup::BackupVault>("Vault");
  stack.make<cdk::CfnOutput>("VaultName", {.value = vault.backupVaultName()});
  stack.make<cdk::CfnOutput>("VaultArn", {.value = vault.backupVaultArn()});
}

void vaultOptions(cdk::Stack& stack) {
  auto& key =
      stack.make<cdk::kms::Key>("BackupKey", {.enableKeyRotation = true, .removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& topic = stack.make<cdk::sns::Topic>("BackupEvents");
  auto& vault = stack.make<backup::BackupVault>(
      "Vault", {.accessPolicy = iam::PolicyDocument(
                    {.statements = {iam::PolicyStatement({.actions = {"backup:DeleteBackupVault"},
                                                          .effect = iam::Effect::DENY,
                                                          .principals = {std::make_shared<iam::AnyPrincipal>()},
                                                          .resources = {"*"}})}}),
                .backupVaultName = "health-vault-dev",
                .blockRecoveryPointDeletion = true,
                .encryptionKey = key,
                .notificationEvents = {backup::BackupVaultEvents::BACKUP_JOB_FAILED,
                                       backup::BackupVaultEvents::RESTORE_JOB_COMPLETED},
                .notificationTopic = topic,
                .removalPolicy = cdk::RemovalPolicy::DESTROY});
  vault.addToAccessPolicy(iam::PolicyStatement({.actions = {"backup:PutBackupVaultAccessPolicy"},
                                                .effect = iam::Effect::DENY,
                                                .principals = {std::make_shared<iam::AnyPrincipal>()},
                                                .resources = {"*"}}));
  auto& other = stack.make<backup::BackupVault>("AllEvents", {.notificationTopic = topic});
  auto& role = stack.make<iam::Role>("Operator", {.assumedBy = std::make_shared<iam::AccountRootPrincipal>()});
  other.grant(role, {"backup:StartBackupJob", "backup:ListRecoveryPointsByBackupVault"});
}

void planPresets(cdk::Stack& stack) {
  auto& vault = stack.make<backup::BackupVault>("Vault");
  backup::BackupPlan::daily35DayRetention(stack, "Daily35", vault);
  backup::BackupPlan::dailyMonthly1YearRetention(stack, "DailyMonthly1Year", vault);
  backup::BackupPlan::dailyWeeklyMonthly5YearRetention(stack, "DailyWeeklyMonthly5Year", vault);
  backup::BackupPlan::dailyWeeklyMonthly7YearRetention(stack, "DailyWeeklyMonthly7Year", vault);
  backup::BackupPlan::daily35DayRetention(stack, "OwnVault");
}

void planRules(cdk::Stack& stack) {
  auto& vault = stack.make<backup::BackupVault>("Vault", {.backupVaultName = "health-vault"});
  auto& archive = stack.make<backup::BackupVault>("Archive");
  auto& plan = stack.make<backup::BackupPlan>(
      "Plan", {.backupPlanName = "health-plan-dev",
               .backupPlanRules = {backup::BackupPlanRule(
                   {.deleteAfter = Duration::days(7),
                    .ruleName = "Hourly",
                    .scheduleExpression = events::Schedule::cron({.hour = "*", .minute = "0"})})},
               .backupVault = vault});
  plan.addRule(backup::BackupPlanRule({.completionWindow = Duration::hours(8),
                                       .deleteAfter = Duration::days(120),
                                       .moveToColdStorageAfter = Duration::days(30),
                                       .recoveryPointTags = {{"Environment", "dev"}},
                                       .ruleName = "Nightly",
                                       .scheduleExpression = events::Schedule::cron({.hour = "3", .minute = "30"}),
                                       .startWindow = Duration::hours(1)}));
  plan.addRule(backup::BackupPlanRule({.enableContinuousBackup = true}));
  plan.addRule(
      backup::BackupPlanRule({.backupVault = archive,
                              .deleteAfter = Duration::days(14),
                              .enableContinuousBackup = true,
                              .scheduleExpression = events::Schedule::expression("cron(0 12 ? * MON-FRI *)")}));
  plan.addRule(backup::BackupPlanRule::weekly(archive));
  plan.addRule(backup::BackupPlanRule::monthly1Year());
  stack.make<cdk::CfnOutput>("PlanId", {.value = plan.backupPlanId()});
  stack.make<cdk::CfnOutput>("PlanArn", {.value = plan.backupPlanArn()});
}

void selection(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& data = stack.make<cdk::Construct>("Data");
  auto& fs = data.make<cdk::efs::FileSystem>("Files", {.removalPolicy = cdk::RemovalPolicy::DESTROY, .vpc = vpc});
  namespace rds = cdk::rds;
  auto& cluster = data.make<rds::DatabaseCluster>(
      "Database",
      {.engine = rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_15_4}),
       .vpc = vpc,
       .writer = rds::ClusterInstance::serverlessV2("writer")});
  auto& plan = backup::BackupPlan::daily35DayRetention(stack, "Plan");
  plan.addSelection(
      "Selection",
      {.allowRestores = true,
       .resources = {backup::BackupResource::fromArn("arn:aws:dynamodb:ap-southeast-1:123456789012:table/patients"),
                     backup::BackupResource::fromTag("backup", "daily"),
                     backup::BackupResource::fromTag("tier", "gold", backup::TagOperation::STRING_EQUALS),
                     backup::BackupResource::fromEfsFileSystem(fs),
                     backup::BackupResource::fromRdsDatabaseCluster(cluster)}});
  plan.addSelection("Everything",
                    {.backupSelectionName = "health-data", .resources = {backup::BackupResource::fromConstruct(data)}});
  auto& role = stack.make<iam::Role>("BackupRole",
                                     {.assumedBy = std::make_shared<iam::ServicePrincipal>("backup.amazonaws.com")});
  plan.addSelection("Tagged", {.disableDefaultBackupPolicy = true,
                               .resources = {backup::BackupResource::fromTag("backup", "weekly")},
                               .role = role});
}

void rdsInstance(cdk::Stack& stack) {
  namespace rds = cdk::rds;
  auto& vpc = datatest::seedVpc(stack);
  auto& data = stack.make<cdk::Construct>("Data");
  auto& db = data.make<rds::DatabaseInstance>(
      "Db", {.engine = rds::DatabaseInstanceEngine::postgres({.version = rds::PostgresEngineVersion::VER_16_4}),
             .instanceType = cdk::ec2::InstanceType::of(cdk::ec2::InstanceClass::T4G, cdk::ec2::InstanceSize::MEDIUM),
             .storageEncrypted = true,
             .vpc = vpc});
  auto& plan = backup::BackupPlan::daily35DayRetention(stack, "Plan");
  plan.addSelection("Instance", {.resources = {backup::BackupResource::fromRdsDatabaseInstance(db)}});
  plan.addSelection("Everything", {.resources = {backup::BackupResource::fromConstruct(data)}});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "backup-vault-defaults", .build = vaultDefaults},
      {.name = "backup-vault-options", .build = vaultOptions},
      {.name = "backup-plan-presets", .build = planPresets},
      {.name = "backup-plan-rules", .build = planRules},
      {.name = "backup-selection",
       .build = selection,
       .lintAccepted = {{.rule = "W3690",
                         .reason = "the program pins Aurora PostgreSQL 15.4, deprecated since; cfn-lint flags "
                                   "aws-cdk-lib's template for it too"}}},
      {.name = "backup-rds-instance",
       .build = rdsInstance,
       .lintAccepted = {{.rule = "W3691",
                         .reason = "the program pins PostgreSQL 16.4, deprecated since; cfn-lint flags "
                                   "aws-cdk-lib's template for it too"}}},
  };
  return list;
}

class BackupFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(BackupFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("backup", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, BackupFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(BackupFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
