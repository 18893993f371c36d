// What a backup selection backs up (aws-cdk-lib's backup.BackupResource and TagOperation).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class IConstruct;
}
namespace cdk::efs {
class IFileSystem;
}
namespace cdk::rds {
class DatabaseCluster;
class IDatabaseInstance;
}  // namespace cdk::rds

namespace cdk::backup {

/// How a tag condition compares.
enum class TagOperation { STRING_EQUALS, DUMMY };
/// "STRINGEQUALS" or "dummy".
CDKPP_API std::string_view toString(TagOperation operation) noexcept;

struct TagCondition {
  std::string key{};
  std::optional<TagOperation> operation{};
  std::string value{};
};

/// A resource (by ARN), the resources with a tag, or the resources below a construct.
class CDKPP_API BackupResource {
 public:
  static BackupResource fromArn(cdk::Value arn);
  /// Resources tagged key=value.
  static BackupResource fromTag(std::string key, std::string value,
                                std::optional<TagOperation> operation = std::nullopt);
  /// Every supported resource below the construct, found at synthesis: EFS file systems, DynamoDB tables,
  /// EC2 instances and volumes, RDS instances (outside clusters) and clusters.
  static BackupResource fromConstruct(cdk::IConstruct& construct);
  static BackupResource fromEfsFileSystem(const efs::IFileSystem& fileSystem);
  static BackupResource fromRdsDatabaseCluster(const rds::DatabaseCluster& cluster);
  /// The instance's ARN (arn:<partition>:rds:<region>:<account>:db:<identifier>).
  static BackupResource fromRdsDatabaseInstance(const rds::IDatabaseInstance& instance);

  const std::optional<cdk::Value>& resource() const noexcept { return resource_; }
  const std::optional<TagCondition>& tagCondition() const noexcept { return tagCondition_; }
  cdk::IConstruct* construct() const noexcept { return construct_; }

 private:
  BackupResource() = default;
  std::optional<cdk::Value> resource_;
  std::optional<TagCondition> tagCondition_;
  cdk::IConstruct* construct_ = nullptr;
};

}  // namespace cdk::backup
