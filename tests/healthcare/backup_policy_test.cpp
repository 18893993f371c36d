// BackupPolicy: over an instance, an Aurora cluster and a file system against aws-cdk-lib's template for the same
// composition (fixtures/healthcare-util.ts) and both HIPAA.Security judges, each prop, its errors, cfn-lint.
#include <gtest/gtest.h>

#include "cdk/backup.hpp"
#include "cdk/ec2.hpp"
#include "cdk/efs.hpp"
#include "cdk/kms.hpp"
#include "cdk/rds.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace healthcare = cdk::healthcare;
namespace rds = cdk::rds;
using hctest::Fixture;
using hctest::json;

/// The program of fixtures/healthcare-backup-policy.ts.
healthcare::BackupPolicy& buildBackupProgram(Fixture& f) {
  auto& vpc = f.stack->make<cdk::ec2::Vpc>("Vpc", {.maxAzs = 2, .natGateways = 1});
  auto& instance = f.stack->make<rds::DatabaseInstance>(
      "Instance",
      {.engine = rds::DatabaseInstanceEngine::postgres({.version = rds::PostgresEngineVersion::VER_15_4}), .vpc = vpc});
  auto& cluster = f.stack->make<rds::DatabaseCluster>(
      "Cluster",
      {.engine = rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_15_4}),
       .vpc = vpc,
       .writer = rds::ClusterInstance::provisioned("writer")});
  auto& fileSystem = f.stack->make<cdk::efs::FileSystem>("FileSystem", {.vpc = vpc});
  auto& policy = f.stack->make<healthcare::BackupPolicy>(
      "Backup", {.databaseClusters = {cluster}, .databaseInstances = {instance}});
  policy.addFileSystem(fileSystem);
  return policy;
}

TEST(BackupPolicy, DefaultsAreSecure) {
  Fixture f;
  auto& policy = buildBackupProgram(f);
  const json t = f.synth();
  hctest::expectMatchesFixture(t, hctest::fixture("healthcare-backup-policy"));
  // The pattern's own resources draw nothing; the databases and the file system are in the plan.
  EXPECT_EQ(hctest::on(hctest::hipaaErrors(t), "Backup"), std::vector<std::string>{});
  EXPECT_EQ(hctest::on(hctest::judgeErrors("healthcare-backup-policy"), "Backup"), std::vector<std::string>{});
  for (const auto& rule : {"RDSInBackupPlan", "EFSInBackupPlan"}) {
    for (const auto& finding : hctest::hipaaErrors(t)) EXPECT_EQ(finding.find(rule), std::string::npos) << finding;
    for (const auto& finding : hctest::judgeErrors("healthcare-backup-policy")) {
      EXPECT_EQ(finding.find(rule), std::string::npos) << finding;
    }
  }
  EXPECT_EQ(hctest::disallowedAcknowledgements(t), std::vector<std::string>{});
  EXPECT_EQ(policy.vault().node().path(), "TapStackdev/Backup/Vault");
  EXPECT_EQ(policy.plan().node().path(), "TapStackdev/Backup/Plan");
  ASSERT_NE(policy.selection(), nullptr);
  EXPECT_EQ(policy.selection()->node().path(), "TapStackdev/Backup/Plan/Selection");
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(policy.key()).node().path(), "TapStackdev/Backup/Key");
}

TEST(BackupPolicy, WhatTheDefaultsAre) {
  Fixture f;
  buildBackupProgram(f);
  const json t = f.synth();
  const json& plan = t["Resources"]["BackupPlan14914BEB"]["Properties"]["BackupPlan"]["BackupPlanRule"];
  EXPECT_EQ(plan[0]["Lifecycle"], json::parse(R"({"DeleteAfterDays": 30})"));
  EXPECT_EQ(plan[0]["ScheduleExpression"], "cron(0 5 * * ? *)");
  const json& vault = t["Resources"]["BackupVaultADF21B19"]["Properties"];
  EXPECT_TRUE(vault.contains("EncryptionKeyArn"));
  EXPECT_EQ(vault["AccessPolicy"]["Statement"][0]["Effect"], "Deny");
  const auto selections = hctest::logicalIdsOfType(t, "AWS::Backup::BackupSelection");
  ASSERT_EQ(selections.size(), 1u);
  EXPECT_EQ(t["Resources"][selections[0]]["Properties"]["BackupSelection"]["Resources"].size(),
            4u);  // the instance, the cluster and its writer, the file system
}

TEST(BackupPolicy, ProfilesAndProps) {
  Fixture f;
  const auto records = cdk::backup::BackupResource::fromArn("arn:aws:rds:ap-southeast-1:123456789012:db:records");
  f.stack->make<healthcare::BackupPolicy>("Dev", {.profile = healthcare::EnvironmentProfile::dev()})
      .addResource(records);
  auto& key = f.stack->make<cdk::kms::Key>("Key", {.enableKeyRotation = true});
  auto& custom = f.stack->make<healthcare::BackupPolicy>(
      "Custom", {.blockRecoveryPointDeletion = false, .deleteAfter = cdk::Duration::days(14), .encryptionKey = key});
  custom.addResource(records);
  custom.addResource(
      cdk::backup::BackupResource::fromArn("arn:aws:elasticfilesystem:ap-southeast-1:123456789012:file-system/fs-1"));
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-backup-policy-options");
  EXPECT_EQ(&custom.key(), static_cast<cdk::kms::IKey*>(&key));
  EXPECT_EQ(custom.node().tryFindChild("Key"), nullptr);
}

TEST(BackupPolicy, Errors) {
  Fixture f;
  f.stack->make<healthcare::BackupPolicy>("Backup");
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected a cdk::ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 1u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "TapStackdev/Backup");
    EXPECT_EQ(e.issues()[0].message,
              "the backup policy covers nothing: give it databaseInstances, databaseClusters or fileSystems, or call "
              "addResource, or remove it");
  }
  Fixture g;
  auto profile = healthcare::EnvironmentProfile::prod();
  profile.backupRetention = cdk::Duration::days(0);
  EXPECT_THROW_MSG(
      g.stack->make<healthcare::BackupPolicy>("Backup", {.profile = profile}), cdk::ConstructError,
      "TapStackdev/Backup: profile 'prod': backupRetention is 0 days; give 1 to 35 (automated RDS backups)");
}

TEST(BackupPolicy, CfnLintClean) {
  if (!cdkpp_test::haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  hctest::LintFixture f;
  f.stack->make<healthcare::BackupPolicy>("Backup").addResource(
      cdk::backup::BackupResource::fromArn("arn:aws:rds:ap-southeast-1:123456789012:db:records"));
  cdkpp_test::expectCfnLintClean({{"backup-policy", f.synth()}});
}

}  // namespace
