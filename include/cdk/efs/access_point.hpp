// Access points of a file system (aws-cdk-lib's efs.AccessPoint).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::efs {

class CfnAccessPoint;
class IFileSystem;

/// Owner and permissions of the root directory, when EFS creates it (aws-cdk-lib's Acl).
struct Acl {
  /// POSIX group id, e.g. "1000" (required).
  std::string ownerGid{};
  /// POSIX user id (required).
  std::string ownerUid{};
  /// Octal permissions, e.g. "755" (required).
  std::string permissions{};
};

/// The POSIX identity of every request through the access point (aws-cdk-lib's PosixUser).
struct PosixUser {
  std::string gid{};
  std::vector<std::string> secondaryGids{};
  std::string uid{};
};

struct AccessPointOptions {
  /// ClientToken: 1 to 64 characters.
  std::optional<std::string> clientToken{};
  /// Create the root directory with this owner and permissions when it does not exist.
  std::optional<Acl> createAcl{};
  /// The root directory of the access point; default "/".
  std::optional<std::string> path{};
  std::optional<PosixUser> posixUser{};
};

struct AccessPointProps {
  std::optional<std::string> clientToken{};
  std::optional<Acl> createAcl{};
  /// The file system (required).
  cdk::Handle<IFileSystem> fileSystem{};
  std::optional<std::string> path{};
  std::optional<PosixUser> posixUser{};
};

/// AWS::EFS::AccessPoint (child "Resource", tagged Name = its path).
class CDKPP_API AccessPoint : public cdk::Resource {
 public:
  using Props = AccessPointProps;

  AccessPoint(cdk::Construct& scope, std::string_view id, AccessPointProps props);
  ~AccessPoint() override;

  /// { "Ref": <access point> }.
  cdk::Value accessPointId() const;
  /// arn:<partition>:elasticfilesystem:<region>:<account>:access-point/<id>.
  cdk::Value accessPointArn() const;
  IFileSystem& fileSystem() const noexcept { return *fileSystem_; }
  CfnAccessPoint& cfnAccessPoint() const noexcept { return *resource_; }

 private:
  IFileSystem* fileSystem_;
  CfnAccessPoint* resource_ = nullptr;
};

}  // namespace cdk::efs
