#include "cdk/efs/access_point.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/efs.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/tags.hpp"
#include "cdk/efs/file_system.hpp"
#include "core/child_path.hpp"

namespace cdk::efs {
namespace {

IFileSystem* requireFileSystem(const cdk::Construct& scope, std::string_view id, const AccessPointProps& props) {
  if (!props.fileSystem) {
    throw cdk::ConstructError(cdk::detail::childPath(scope, id),
                              "AccessPoint needs a file system: pass fileSystem = <the FileSystem>, or use "
                              "fileSystem.addAccessPoint(id, options)");
  }
  return props.fileSystem.get();
}

}  // namespace

AccessPoint::AccessPoint(cdk::Construct& scope, std::string_view id, AccessPointProps props)
    : cdk::Resource(scope, id), fileSystem_(requireFileSystem(scope, id, props)) {
  if (props.clientToken && (props.clientToken->empty() || props.clientToken->size() > 64)) {
    throw cdk::ConstructError(node().path(),
                              fmt::format("The length of 'clientToken' must range from 1 to 64 characters, got: {} "
                                          "characters",
                                          props.clientToken->size()));
  }
  CfnAccessPointProps cfn;
  if (props.clientToken) cfn.clientToken = *props.clientToken;
  cfn.fileSystemId = fileSystem_->fileSystemId();
  if (props.posixUser) {
    CfnAccessPoint::PosixUserProperty user{.gid = props.posixUser->gid, .uid = props.posixUser->uid};
    if (!props.posixUser->secondaryGids.empty()) user.secondaryGids = cdk::ValueList(props.posixUser->secondaryGids);
    cfn.posixUser = std::move(user);
  }
  CfnAccessPoint::RootDirectoryProperty root;
  if (props.createAcl) {
    root.creationInfo = CfnAccessPoint::CreationInfoProperty{.ownerGid = props.createAcl->ownerGid,
                                                             .ownerUid = props.createAcl->ownerUid,
                                                             .permissions = props.createAcl->permissions};
  }
  if (props.path) root.path = *props.path;
  cfn.rootDirectory = std::move(root);
  resource_ = &make<CfnAccessPoint>("Resource", std::move(cfn));
  cdk::Tags::of(*this).add("Name", node().path());
}

AccessPoint::~AccessPoint() = default;

cdk::Value AccessPoint::accessPointId() const { return resource_->ref(); }

cdk::Value AccessPoint::accessPointArn() const {
  return stack().formatArn(
      {.resource = "access-point", .resourceName = accessPointId(), .service = "elasticfilesystem"});
}

}  // namespace cdk::efs
