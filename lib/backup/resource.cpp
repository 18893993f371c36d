#include "cdk/backup/resource.hpp"

#include <utility>

#include "cdk/core/construct.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/efs/file_system.hpp"
#include "cdk/rds/cluster.hpp"
#include "cdk/rds/instance.hpp"

namespace cdk::backup {

constexpr auto kTagOperationNames = cdk::enumNames<TagOperation>({
    {TagOperation::STRING_EQUALS, "STRINGEQUALS"},
    {TagOperation::DUMMY, "dummy"},
});
std::string_view toString(TagOperation operation) noexcept { return cdk::nameOf(kTagOperationNames, operation); }

BackupResource BackupResource::fromArn(cdk::Value arn) {
  BackupResource out;
  out.resource_ = std::move(arn);
  return out;
}

BackupResource BackupResource::fromTag(std::string key, std::string value, std::optional<TagOperation> operation) {
  BackupResource out;
  out.tagCondition_ = TagCondition{.key = std::move(key), .operation = operation, .value = std::move(value)};
  return out;
}

BackupResource BackupResource::fromConstruct(cdk::IConstruct& construct) {
  BackupResource out;
  out.construct_ = &construct;
  return out;
}

BackupResource BackupResource::fromEfsFileSystem(const efs::IFileSystem& fileSystem) {
  return fromArn(
      cdk::Stack::of(fileSystem)
          .formatArn(
              {.resource = "file-system", .resourceName = fileSystem.fileSystemId(), .service = "elasticfilesystem"}));
}

BackupResource BackupResource::fromRdsDatabaseCluster(const rds::DatabaseCluster& cluster) {
  // aws-cdk-lib writes this ARN with the stack's partition, region and account (not formatArn).
  const cdk::Stack& stack = cdk::Stack::of(cluster);
  return fromArn(cdk::Value("arn:") + stack.partition() + ":rds:" + stack.region() + ":" + stack.account() +
                 ":cluster:" + cluster.clusterIdentifier());
}

BackupResource BackupResource::fromRdsDatabaseInstance(const rds::IDatabaseInstance& instance) {
  return fromArn(instance.instanceArn());
}

}  // namespace cdk::backup
