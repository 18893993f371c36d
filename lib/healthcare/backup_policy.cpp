#include "cdk/healthcare/backup_policy.hpp"

#include "cdk/backup/plan.hpp"
#include "cdk/backup/resource.hpp"
#include "cdk/backup/rule.hpp"
#include "cdk/backup/selection.hpp"
#include "cdk/backup/vault.hpp"
#include "cdk/core/arn.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/events/schedule.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/rds/cluster.hpp"
#include "healthcare/secure_defaults.hpp"

namespace cdk::healthcare {

BackupPolicy::BackupPolicy(cdk::Construct& scope, std::string_view id, BackupPolicyProps props)
    : cdk::Construct(scope, id), profile_(props.profile) {
  detail::checkProfile(*this, profile_);
  const cdk::RemovalPolicy removalPolicy = detail::withoutSnapshot(profile_.removalPolicy);
  key_ = props.encryptionKey.get();
  if (!key_) {
    key_ = &make<kms::Key>(
        "Key",
        {.description = "Backups of " + node().path(), .enableKeyRotation = true, .removalPolicy = removalPolicy});
  }
  vault_ = &make<backup::BackupVault>("Vault", {.encryptionKey = *key_, .removalPolicy = removalPolicy});
  if (props.blockRecoveryPointDeletion) vault_->blockRecoveryPointDeletion();
  plan_ = &make<backup::BackupPlan>("Plan",
                                    {.backupPlanRules = {backup::BackupPlanRule(
                                         {.deleteAfter = props.deleteAfter.value_or(profile_.backupRetention),
                                          .ruleName = "Daily",
                                          .scheduleExpression = events::Schedule::cron({.hour = "5", .minute = "0"})})},
                                     .backupVault = *vault_});
  for (const auto& instance : props.databaseInstances) addDatabaseInstance(*instance);
  for (const auto& cluster : props.databaseClusters) addDatabaseCluster(*cluster);
  for (const auto& fileSystem : props.fileSystems) addFileSystem(*fileSystem);
  node().addValidation([this]() -> std::vector<std::string> {
    if (selection_) return {};
    return {
        "the backup policy covers nothing: give it databaseInstances, databaseClusters or fileSystems, or call "
        "addResource, or remove it"};
  });
}

BackupPolicy::~BackupPolicy() = default;

void BackupPolicy::addDatabaseInstance(const rds::IDatabaseInstance& instance) {
  addResource(backup::BackupResource::fromRdsDatabaseInstance(instance));
}

void BackupPolicy::addDatabaseCluster(const rds::DatabaseCluster& cluster) {
  addResource(backup::BackupResource::fromRdsDatabaseCluster(cluster));
  // AWS Backup backs the cluster up; HIPAA.Security-RDSInBackupPlan looks for each DB instance, Aurora's members
  // included, so they are listed too.
  for (const auto& identifier : cluster.instanceIdentifiers()) {
    addResource(backup::BackupResource::fromArn(
        cdk::Stack::of(*this).formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                         .resource = "db",
                                         .resourceName = identifier,
                                         .service = "rds"})));
  }
}

void BackupPolicy::addFileSystem(const efs::IFileSystem& fileSystem) {
  addResource(backup::BackupResource::fromEfsFileSystem(fileSystem));
}

void BackupPolicy::addResource(const backup::BackupResource& resource) {
  if (selection_) {
    selection_->addResource(resource);
  } else {
    selection_ = &plan_->addSelection("Selection", {.resources = {resource}});
  }
}

}  // namespace cdk::healthcare
