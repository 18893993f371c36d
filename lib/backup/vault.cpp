#include "cdk/backup/vault.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/backup.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/sns/topic.hpp"
#include "core/text_scanner.hpp"

namespace cdk::backup {

constexpr auto kBackupVaultEventsNames = cdk::enumNames<BackupVaultEvents>({
    {BackupVaultEvents::BACKUP_JOB_STARTED, "BACKUP_JOB_STARTED"},
    {BackupVaultEvents::BACKUP_JOB_COMPLETED, "BACKUP_JOB_COMPLETED"},
    {BackupVaultEvents::BACKUP_JOB_SUCCESSFUL, "BACKUP_JOB_SUCCESSFUL"},
    {BackupVaultEvents::BACKUP_JOB_FAILED, "BACKUP_JOB_FAILED"},
    {BackupVaultEvents::BACKUP_JOB_EXPIRED, "BACKUP_JOB_EXPIRED"},
    {BackupVaultEvents::RESTORE_JOB_STARTED, "RESTORE_JOB_STARTED"},
    {BackupVaultEvents::RESTORE_JOB_COMPLETED, "RESTORE_JOB_COMPLETED"},
    {BackupVaultEvents::RESTORE_JOB_SUCCESSFUL, "RESTORE_JOB_SUCCESSFUL"},
    {BackupVaultEvents::RESTORE_JOB_FAILED, "RESTORE_JOB_FAILED"},
    {BackupVaultEvents::COPY_JOB_STARTED, "COPY_JOB_STARTED"},
    {BackupVaultEvents::COPY_JOB_SUCCESSFUL, "COPY_JOB_SUCCESSFUL"},
    {BackupVaultEvents::COPY_JOB_FAILED, "COPY_JOB_FAILED"},
    {BackupVaultEvents::RECOVERY_POINT_MODIFIED, "RECOVERY_POINT_MODIFIED"},
    {BackupVaultEvents::BACKUP_PLAN_CREATED, "BACKUP_PLAN_CREATED"},
    {BackupVaultEvents::BACKUP_PLAN_MODIFIED, "BACKUP_PLAN_MODIFIED"},
    {BackupVaultEvents::S3_BACKUP_OBJECT_FAILED, "S3_BACKUP_OBJECT_FAILED"},
    {BackupVaultEvents::S3_RESTORE_OBJECT_FAILED, "S3_RESTORE_OBJECT_FAILED"},
});
std::string_view toString(BackupVaultEvents event) noexcept { return cdk::nameOf(kBackupVaultEventsNames, event); }

namespace {

iam::Grant grantOnVault(const cdk::Construct& vault, const cdk::Value& arn, const iam::IGrantable& grantee,
                        const std::vector<std::string>& actions) {
  for (const auto& action : actions) {
    if (action.find('*') != std::string::npos) {
      throw cdk::ConstructError(vault.node().path(),
                                fmt::format("AWS Backup access policies don't support a wildcard in the Action key. "
                                            "Name the actions instead of '{}'",
                                            action));
    }
  }
  return iam::Grant::addToPrincipal({.actions = actions, .grantee = grantee, .resourceArns = {arn}});
}

/// A vault of another app.
class ImportedVault final : public cdk::Resource, public virtual IBackupVault {
 public:
  ImportedVault(cdk::Construct& scope, std::string_view id, cdk::ResourceProps env, cdk::Value arn, cdk::Value name)
      : cdk::Resource(scope, id, std::move(env)), arn_(std::move(arn)), name_(std::move(name)) {}
  cdk::Value backupVaultName() const override { return name_; }
  cdk::Value backupVaultArn() const override { return arn_; }
  iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) const override {
    return grantOnVault(*this, arn_, grantee, actions);
  }

 private:
  cdk::Value arn_;
  cdk::Value name_;
};

/// ^[a-zA-Z0-9\-_]{2,50}$
bool validVaultName(std::string_view name) {
  return name.size() >= 2 && name.size() <= 50 &&
         cdk::detail::allOf(name, [](char c) { return cdk::detail::isAsciiAlnum(c) || c == '-' || c == '_'; });
}

}  // namespace

BackupVault::BackupVault(cdk::Construct& scope, std::string_view id, BackupVaultProps props)
    : cdk::Resource(scope, id), accessPolicy_(props.accessPolicy ? *props.accessPolicy : iam::PolicyDocument()) {
  if (props.backupVaultName && !validVaultName(*props.backupVaultName)) {
    throw cdk::ConstructError(node().path(),
                              fmt::format("Expected vault name to match pattern `^[a-zA-Z0-9-_]{{2,50}}$` (got '{}')",
                                          *props.backupVaultName));
  }
  std::optional<CfnBackupVault::NotificationObjectTypeProperty> notifications;
  if (props.notificationTopic) {
    cdk::ValueList events;
    if (props.notificationEvents.empty()) {
      // Every event, in the table's order (aws-cdk-lib's Object.values(BackupVaultEvents)).
      for (const auto& entry : kBackupVaultEventsNames) events.push_back(std::string(entry.name));
    } else {
      for (BackupVaultEvents event : props.notificationEvents) events.push_back(std::string(backup::toString(event)));
    }
    notifications = CfnBackupVault::NotificationObjectTypeProperty{.backupVaultEvents = std::move(events),
                                                                   .snsTopicArn = props.notificationTopic->topicArn()};
    props.notificationTopic->grantPublish(iam::ServicePrincipal("backup.amazonaws.com"));
  }
  if (props.blockRecoveryPointDeletion) blockRecoveryPointDeletion();

  std::string name;
  if (props.backupVaultName) {
    name = *props.backupVaultName;
  } else {
    // The last 50 characters of the unique id.
    const std::string unique = cdk::Names::uniqueId(*this);
    name = unique.size() > 50 ? unique.substr(unique.size() - 50) : unique;
  }
  CfnBackupVaultProps cfn;
  cfn.accessPolicy = accessPolicy_.toValue();
  cfn.backupVaultName = name;
  if (props.encryptionKey) cfn.encryptionKeyArn = props.encryptionKey->keyArn();
  cfn.notifications = std::move(notifications);
  resource_ = &make<CfnBackupVault>("Resource", std::move(cfn));
  resource_->applyRemovalPolicy(props.removalPolicy, {.defaultPolicy = cdk::RemovalPolicy::RETAIN});
}

BackupVault::~BackupVault() = default;

IBackupVault& BackupVault::fromBackupVaultName(cdk::Construct& scope, std::string_view id,
                                               std::string backupVaultName) {
  const cdk::Value arn = cdk::Stack::of(scope).formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                                          .resource = "backup-vault",
                                                          .resourceName = cdk::Value(backupVaultName),
                                                          .service = "backup"});
  // As aws-cdk-lib reads the name back from the ARN it formatted.
  cdk::Value name = cdk::Fn::select(6, cdk::Fn::split(":", arn));
  return scope.make<ImportedVault>(id, cdk::ResourceProps{}, arn, std::move(name));
}

IBackupVault& BackupVault::fromBackupVaultArn(cdk::Construct& scope, std::string_view id, std::string backupVaultArn) {
  // arn:<partition>:backup:<region>:<account>:backup-vault:<name>
  std::vector<std::string> parts;
  for (std::size_t start = 0;;) {
    const std::size_t colon = backupVaultArn.find(':', start);
    parts.push_back(backupVaultArn.substr(start, colon - start));
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  if (parts.size() < 6 || parts[0] != "arn") {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("Backup Vault Arn {} has the wrong format, expected {}. Give "
                                          "arn:<partition>:backup:<region>:<account>:backup-vault:<name>",
                                          backupVaultArn, "COLON_RESOURCE_NAME"));
  }
  if (parts.size() < 7 || parts[6].empty()) {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("Backup Vault Arn {} does not have a resource name.", backupVaultArn));
  }
  std::string name = parts[6];
  for (std::size_t i = 7; i < parts.size(); ++i) name += ":" + parts[i];
  cdk::ResourceProps env;
  if (!parts[4].empty()) env.account = parts[4];
  if (!parts[3].empty()) env.region = parts[3];
  return scope.make<ImportedVault>(id, std::move(env), cdk::Value(backupVaultArn), cdk::Value(std::move(name)));
}

cdk::Value BackupVault::backupVaultName() const { return resource_->getAtt("BackupVaultName"); }

cdk::Value BackupVault::backupVaultArn() const { return resource_->getAtt("BackupVaultArn"); }

iam::Grant BackupVault::grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) const {
  return grantOnVault(*this, backupVaultArn(), grantee, actions);
}

void BackupVault::addToAccessPolicy(const iam::PolicyStatement& statement) { accessPolicy_.addStatements(statement); }

void BackupVault::blockRecoveryPointDeletion() {
  addToAccessPolicy(
      iam::PolicyStatement({.actions = {"backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"},
                            .effect = iam::Effect::DENY,
                            .principals = {std::make_shared<iam::AnyPrincipal>()},
                            .resources = {"*"}}));
}

}  // namespace cdk::backup
