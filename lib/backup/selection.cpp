#include "cdk/backup/selection.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/backup/plan.hpp"
#include "cdk/cfn/backup.hpp"
#include "cdk/cfn/ec2.hpp"
#include "cdk/cfn/efs.hpp"
#include "cdk/cfn/rds.hpp"
#include "cdk/core/aspects.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/iam/role.hpp"

namespace cdk::backup {

/// Finds the resources AWS Backup supports below a construct (aws-cdk-lib's BackupableResourcesCollector):
/// an aspect, so resources added after the selection are found too.
class BackupableResourcesCollector : public cdk::IAspect {
 public:
  void visit(cdk::Construct& node) override {
    auto* resource = dynamic_cast<cdk::CfnResource*>(&node);
    if (!resource) return;
    const cdk::Stack& stack = cdk::Stack::of(node);
    const auto arn = [&](const char* service, const char* type, cdk::ArnFormat format) {
      resources.push_back(stack.formatArn(
          {.arnFormat = format, .resource = type, .resourceName = resource->ref(), .service = service}));
    };
    if (dynamic_cast<efs::CfnFileSystem*>(resource)) {
      arn("elasticfilesystem", "file-system", cdk::ArnFormat::SLASH_RESOURCE_NAME);
    } else if (resource->cfnResourceType() == "AWS::DynamoDB::Table") {
      arn("dynamodb", "table", cdk::ArnFormat::SLASH_RESOURCE_NAME);
    } else if (dynamic_cast<ec2::CfnInstance*>(resource)) {
      arn("ec2", "instance", cdk::ArnFormat::SLASH_RESOURCE_NAME);
    } else if (dynamic_cast<ec2::CfnVolume*>(resource)) {
      arn("ec2", "volume", cdk::ArnFormat::SLASH_RESOURCE_NAME);
    } else if (auto* instance = dynamic_cast<rds::CfnDBInstance*>(resource)) {
      // Instances of a cluster are backed up with the cluster.
      if (!instance->props().dbClusterIdentifier) arn("rds", "db", cdk::ArnFormat::COLON_RESOURCE_NAME);
    } else if (dynamic_cast<rds::CfnDBCluster*>(resource)) {
      arn("rds", "cluster", cdk::ArnFormat::COLON_RESOURCE_NAME);
    }
  }

  std::vector<cdk::Value> resources;
};

BackupSelection::BackupSelection(cdk::Construct& scope, std::string_view id, BackupSelectionProps props)
    : cdk::Resource(scope, id), collector_(std::make_shared<BackupableResourcesCollector>()) {
  if (!props.backupPlan) {
    throw cdk::ConstructError(node().path(), "BackupSelection needs a backup plan: pass backupPlan = <the plan>");
  }
  role_ = props.role.get();
  if (!role_) {
    role_ = &make<iam::Role>(
        "Role", iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("backup.amazonaws.com")});
  }
  if (!props.disableDefaultBackupPolicy) {
    role_->addManagedPolicy(
        *iam::ManagedPolicy::fromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForBackup"));
  }
  if (props.allowRestores) {
    role_->addManagedPolicy(
        *iam::ManagedPolicy::fromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForRestores"));
  }
  // The resources named and those the aspect finds below the constructs given, at synthesis.
  cdk::ValueList resources = cdk::ValueList::ofToken(cdk::Lazy::any(
      [this] {
        cdk::Value::List all(resources_.begin(), resources_.end());
        all.insert(all.end(), collector_->resources.begin(), collector_->resources.end());
        return cdk::Value(std::move(all));
      },
      {.omitEmptyArray = true}));
  resource_ = &make<CfnBackupSelection>(
      "Resource", CfnBackupSelectionProps{
                      .backupPlanId = props.backupPlan->backupPlanId(),
                      .backupSelection = CfnBackupSelection::BackupSelectionResourceTypeProperty{
                          .iamRoleArn = role_->roleArn(),
                          .resources = std::move(resources),
                          .selectionName = props.backupSelectionName ? *props.backupSelectionName : node().id()}});
  for (const auto& resource : props.resources) addResource(resource);
}

BackupSelection::~BackupSelection() = default;

void BackupSelection::addResource(const BackupResource& resource) {
  if (const auto& tag = resource.tagCondition()) {
    auto& selection = *resource_->props().backupSelection;
    if (!selection.listOfTags) selection.listOfTags.emplace();
    selection.listOfTags->push_back(
        {.conditionKey = tag->key,
         .conditionType = std::string(backup::toString(tag->operation.value_or(TagOperation::STRING_EQUALS))),
         .conditionValue = tag->value});
  }
  if (resource.resource()) resources_.push_back(*resource.resource());
  if (resource.construct()) {
    cdk::Aspects::of(*resource.construct()).add(collector_, {.priority = cdk::AspectPriority::MUTATING});
  }
}

cdk::Value BackupSelection::selectionId() const { return resource_->getAtt("SelectionId"); }

}  // namespace cdk::backup
