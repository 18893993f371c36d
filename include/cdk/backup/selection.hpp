// Backup selections (aws-cdk-lib's backup.BackupSelection): which resources a plan backs up, and the role
// AWS Backup uses for them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/backup/resource.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::iam {
class IRole;
}

namespace cdk::backup {

class CfnBackupSelection;
class IBackupPlan;

/// What BackupPlan::addSelection takes.
struct BackupSelectionOptions {
  /// Also attach service-role/AWSBackupServiceRolePolicyForRestores to the role.
  bool allowRestores = false;
  /// Default the construct id.
  std::optional<std::string> backupSelectionName{};
  /// Do not attach service-role/AWSBackupServiceRolePolicyForBackup to the role.
  bool disableDefaultBackupPolicy = false;
  /// Required: what to back up.
  std::vector<BackupResource> resources{};
  /// Default a new role, the child "Role", that backup.amazonaws.com assumes.
  cdk::Handle<iam::IRole> role{};
};

struct BackupSelectionProps {
  bool allowRestores = false;
  /// Required.
  cdk::Handle<IBackupPlan> backupPlan{};
  std::optional<std::string> backupSelectionName{};
  bool disableDefaultBackupPolicy = false;
  std::vector<BackupResource> resources{};
  cdk::Handle<iam::IRole> role{};
};

class BackupableResourcesCollector;

/// A selection: the child "Resource" (AWS::Backup::BackupSelection) and, unless a role is given, "Role".
class CDKPP_API BackupSelection : public cdk::Resource {
 public:
  using Props = BackupSelectionProps;
  /// Throws cdk::ConstructError without a backup plan.
  BackupSelection(cdk::Construct& scope, std::string_view id, BackupSelectionProps props);
  ~BackupSelection() override;

  void addResource(const BackupResource& resource);

  /// { "Fn::GetAtt": [<selection>, "SelectionId"] }.
  cdk::Value selectionId() const;
  /// The role AWS Backup uses.
  iam::IRole& grantPrincipal() const noexcept { return *role_; }
  CfnBackupSelection& cfnBackupSelection() const noexcept { return *resource_; }

 private:
  iam::IRole* role_ = nullptr;
  CfnBackupSelection* resource_ = nullptr;
  std::vector<cdk::Value> resources_;
  std::shared_ptr<BackupableResourcesCollector> collector_;
};

}  // namespace cdk::backup
