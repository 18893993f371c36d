#include "cdk/backup/plan.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/backup/vault.hpp"
#include "cdk/cfn/backup.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"

namespace cdk::backup {

namespace {

/// A plan of another app.
class ImportedPlan final : public cdk::Resource, public virtual IBackupPlan {
 public:
  ImportedPlan(cdk::Construct& scope, std::string_view id, std::string planId)
      : cdk::Resource(scope, id), planId_(std::move(planId)) {}
  cdk::Value backupPlanId() const override { return cdk::Value(planId_); }

 private:
  std::string planId_;
};

}  // namespace

BackupPlan::BackupPlan(cdk::Construct& scope, std::string_view id, BackupPlanProps props)
    : cdk::Resource(scope, id), backupVault_(props.backupVault.get()) {
  CfnBackupPlan::BackupPlanResourceTypeProperty plan{.backupPlanName = props.backupPlanName ? *props.backupPlanName
                                                                                            : std::string(id)};
  if (props.windowsVss) {
    plan.advancedBackupSettings = std::vector<CfnBackupPlan::AdvancedBackupSettingResourceTypeProperty>{
        {.backupOptions = cdk::Value::map({{"WindowsVSS", "enabled"}}), .resourceType = "EC2"}};
  }
  resource_ = &make<CfnBackupPlan>("Resource", CfnBackupPlanProps{.backupPlan = std::move(plan)});
  for (const auto& rule : props.backupPlanRules) addRule(rule);
  node().addValidation([this]() -> std::vector<std::string> {
    if (ruleCount_ == 0) return {"A backup plan must have at least 1 rule. Add one with addRule"};
    return {};
  });
}

BackupPlan::~BackupPlan() = default;

IBackupPlan& BackupPlan::fromBackupPlanId(cdk::Construct& scope, std::string_view id, std::string backupPlanId) {
  return scope.make<ImportedPlan>(id, std::move(backupPlanId));
}

BackupPlan& BackupPlan::daily35DayRetention(cdk::Construct& scope, std::string_view id,
                                            cdk::Handle<IBackupVault> backupVault) {
  auto& plan = scope.make<BackupPlan>(id, BackupPlanProps{.backupVault = backupVault});
  plan.addRule(BackupPlanRule::daily());
  return plan;
}

BackupPlan& BackupPlan::dailyMonthly1YearRetention(cdk::Construct& scope, std::string_view id,
                                                   cdk::Handle<IBackupVault> backupVault) {
  auto& plan = scope.make<BackupPlan>(id, BackupPlanProps{.backupVault = backupVault});
  plan.addRule(BackupPlanRule::daily());
  plan.addRule(BackupPlanRule::monthly1Year());
  return plan;
}

BackupPlan& BackupPlan::dailyWeeklyMonthly5YearRetention(cdk::Construct& scope, std::string_view id,
                                                         cdk::Handle<IBackupVault> backupVault) {
  auto& plan = scope.make<BackupPlan>(id, BackupPlanProps{.backupVault = backupVault});
  plan.addRule(BackupPlanRule::daily());
  plan.addRule(BackupPlanRule::weekly());
  plan.addRule(BackupPlanRule::monthly5Year());
  return plan;
}

BackupPlan& BackupPlan::dailyWeeklyMonthly7YearRetention(cdk::Construct& scope, std::string_view id,
                                                         cdk::Handle<IBackupVault> backupVault) {
  auto& plan = scope.make<BackupPlan>(id, BackupPlanProps{.backupVault = backupVault});
  plan.addRule(BackupPlanRule::daily());
  plan.addRule(BackupPlanRule::weekly());
  plan.addRule(BackupPlanRule::monthly7Year());
  return plan;
}

void BackupPlan::addRule(const BackupPlanRule& rule) {
  const BackupPlanRuleProps& props = rule.props();
  IBackupVault* vault = props.backupVault.get();
  if (!vault) {
    if (!backupVault_) backupVault_ = &make<BackupVault>("Vault");
    vault = backupVault_;
  }
  CfnBackupPlan::BackupRuleResourceTypeProperty out;
  if (props.completionWindow) out.completionWindowMinutes = props.completionWindow->toMinutes();
  if (props.enableContinuousBackup) out.enableContinuousBackup = *props.enableContinuousBackup;
  if (props.deleteAfter || props.moveToColdStorageAfter) {
    CfnBackupPlan::LifecycleResourceTypeProperty lifecycle;
    if (props.deleteAfter) lifecycle.deleteAfterDays = props.deleteAfter->toDays();
    if (props.moveToColdStorageAfter) lifecycle.moveToColdStorageAfterDays = props.moveToColdStorageAfter->toDays();
    out.lifecycle = std::move(lifecycle);
  }
  if (!props.recoveryPointTags.empty()) out.recoveryPointTags = props.recoveryPointTags;
  out.ruleName = props.ruleName ? *props.ruleName : fmt::format("{}Rule{}", node().id(), ruleCount_);
  if (props.scheduleExpression) out.scheduleExpression = props.scheduleExpression->expressionString();
  if (props.startWindow) out.startWindowMinutes = props.startWindow->toMinutes();
  out.targetBackupVault = vault->backupVaultName();
  auto& plan = *resource_->props().backupPlan;
  if (!plan.backupPlanRule) plan.backupPlanRule.emplace();
  plan.backupPlanRule->push_back(std::move(out));
  ++ruleCount_;
}

BackupSelection& BackupPlan::addSelection(std::string_view id, BackupSelectionOptions options) {
  return make<BackupSelection>(id,
                               BackupSelectionProps{.allowRestores = options.allowRestores,
                                                    .backupPlan = *this,
                                                    .backupSelectionName = std::move(options.backupSelectionName),
                                                    .disableDefaultBackupPolicy = options.disableDefaultBackupPolicy,
                                                    .resources = std::move(options.resources),
                                                    .role = options.role});
}

cdk::Value BackupPlan::backupPlanId() const { return resource_->getAtt("BackupPlanId"); }

cdk::Value BackupPlan::backupPlanArn() const { return resource_->getAtt("BackupPlanArn"); }

cdk::Value BackupPlan::versionId() const { return resource_->getAtt("VersionId"); }

IBackupVault& BackupPlan::backupVault() const {
  if (!backupVault_) throw cdk::ConstructError(node().path(), "No backup vault! Add a rule or give backupVault");
  return *backupVault_;
}

}  // namespace cdk::backup
