// Plans, vaults and selections: imported vaults and plans, resources found below a construct when the
// selection is made before them, rules and rule names.
#include <gtest/gtest.h>

#include "cdk/backup.hpp"
#include "cdk/cfn/backup.hpp"
#include "cdk/efs.hpp"
#include "cdk/iam.hpp"
#include "data_test_util.hpp"

namespace {

namespace backup = cdk::backup;
using datatest::json;

TEST(BackupPlan, ImportedVaultsAsRuleTargets) {
  datatest::Fixture f;
  auto& byName = backup::BackupVault::fromBackupVaultName(*f.stack, "ByName", "shared-vault");
  auto& byArn = backup::BackupVault::fromBackupVaultArn(
      *f.stack, "ByArn", "arn:aws:backup:eu-west-1:123456789012:backup-vault:remote-vault");
  EXPECT_EQ(byArn.backupVaultName(), cdk::Value("remote-vault"));
  EXPECT_EQ(byArn.env().region, cdk::Value("eu-west-1"));
  auto& plan = f.stack->make<backup::BackupPlan>("Plan", {.backupVault = byName});
  plan.addRule(backup::BackupPlanRule::daily());
  plan.addRule(backup::BackupPlanRule::weekly(byArn));
  EXPECT_EQ(&plan.backupVault(), &byName);
  const json rules =
      datatest::synthTemplate(f.app)["Resources"]["PlanDAF4E53A"]["Properties"]["BackupPlan"]["BackupPlanRule"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0]["TargetBackupVault"]["Fn::Select"][0], 6);
  EXPECT_EQ(rules[1]["TargetBackupVault"], "remote-vault");
}

TEST(BackupPlan, RuleNamesCountTheRulesBefore) {
  datatest::Fixture f;
  auto& plan = f.stack->make<backup::BackupPlan>("Nightly");
  plan.addRule(backup::BackupPlanRule({.deleteAfter = cdk::Duration::days(7)}));
  plan.addRule(backup::BackupPlanRule::daily());
  plan.addRule(backup::BackupPlanRule({.deleteAfter = cdk::Duration::days(7)}));
  const auto& rules = *plan.cfnBackupPlan().props().backupPlan->backupPlanRule;
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0].ruleName, cdk::Value("NightlyRule0"));
  EXPECT_EQ(rules[1].ruleName, cdk::Value("Daily"));
  EXPECT_EQ(rules[2].ruleName, cdk::Value("NightlyRule2"));
}

TEST(BackupSelection, ConstructResourcesAddedAfterTheSelectionAreFound) {
  datatest::Fixture f;
  auto& data = f.stack->make<cdk::Construct>("Data");
  auto& plan = backup::BackupPlan::daily35DayRetention(*f.stack, "Plan");
  auto& selection = plan.addSelection("All", {.resources = {backup::BackupResource::fromConstruct(data)}});
  auto& vpc = datatest::seedVpc(*f.stack);
  data.make<cdk::efs::FileSystem>("Files", {.vpc = vpc});
  const json t = datatest::synthTemplate(f.app);
  const json resources =
      t["Resources"][selection.cfnBackupSelection().logicalId()]["Properties"]["BackupSelection"]["Resources"];
  ASSERT_EQ(resources.size(), 1u) << t.dump(1);
  EXPECT_NE(resources[0].dump().find("file-system/"), std::string::npos);
  // Synthesizing again finds it once.
  const json again = datatest::synthTemplate(f.app);
  EXPECT_EQ(again, t);
}

TEST(BackupSelection, NothingSelectedLeavesResourcesOut) {
  datatest::Fixture f;
  auto& plan = backup::BackupPlan::daily35DayRetention(*f.stack, "Plan");
  auto& selection = plan.addSelection("Tags", {.resources = {backup::BackupResource::fromTag("a", "b")}});
  const json p = datatest::synthTemplate(f.app)["Resources"][selection.cfnBackupSelection().logicalId()]["Properties"];
  EXPECT_FALSE(p["BackupSelection"].contains("Resources"));
  EXPECT_EQ(p["BackupSelection"]["ListOfTags"].size(), 1u);
  auto* role = dynamic_cast<cdk::iam::IRole*>(selection.node().tryFindChild("Role"));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(&selection.grantPrincipal(), role);
}

TEST(BackupPlan, ImportedPlan) {
  datatest::Fixture f;
  auto& plan = backup::BackupPlan::fromBackupPlanId(*f.stack, "Imported", "plan-1234");
  EXPECT_EQ(plan.backupPlanId(), cdk::Value("plan-1234"));
}

}  // namespace
