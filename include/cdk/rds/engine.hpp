// What every database engine has (aws-cdk-lib's rds.IEngine and rds.EngineVersion): the cluster engines of
// cluster_engine.hpp and the instance engines of instance_engine.hpp derive from it.
#pragma once

#include <optional>
#include <string>

#include "cdk/core/export.hpp"

namespace cdk::secretsmanager {
class SecretRotationApplication;
}

namespace cdk::rds {

/// The version of an engine: fullVersion is rendered as EngineVersion (when set), majorVersion names the
/// parameter group family.
struct EngineVersion {
  std::optional<std::string> fullVersion{};
  std::string majorVersion{};
};

/// A database engine (aws-cdk-lib's IEngine). A value: ParameterGroupProps::engine takes any engine,
/// a ClusterEngine or an InstanceEngine, as this base.
class CDKPP_API Engine {
 public:
  /// The Engine property: "aurora-postgresql", "postgres", "mysql", ...
  const std::string& engineType() const noexcept { return engineType_; }
  /// "POSTGRESQL" or "MYSQL".
  const std::string& engineFamily() const noexcept { return engineFamily_; }
  /// The version; unset for an unversioned engine (Aurora MySQL without a version has major version "5.7").
  const std::optional<EngineVersion>& engineVersion() const noexcept { return engineVersion_; }
  /// engineType + majorVersion ("postgres15", "aurora-postgresql15"); unset without a version.
  std::optional<std::string> parameterGroupFamily() const;
  /// The master user name used when no credentials are given ("postgres"); unset for MySQL ("admin" is used).
  const std::optional<std::string>& defaultUsername() const noexcept { return defaultUsername_; }
  /// The application that rotates the master user's password (addRotationSingleUser), e.g.
  /// SecretRotationApplication::POSTGRES_ROTATION_SINGLE_USER.
  const secretsmanager::SecretRotationApplication& singleUserRotationApplication() const noexcept {
    return *singleUserRotationApplication_;
  }
  /// The application that rotates another user's password with the master user (addRotationMultiUser).
  const secretsmanager::SecretRotationApplication& multiUserRotationApplication() const noexcept {
    return *multiUserRotationApplication_;
  }

 protected:
  Engine() = default;

  std::string engineType_;
  std::string engineFamily_;
  std::optional<EngineVersion> engineVersion_;
  std::optional<std::string> defaultUsername_;
  // The library's applications (static, so that engines stay cheap values); set by every engine factory.
  const secretsmanager::SecretRotationApplication* singleUserRotationApplication_ = nullptr;
  const secretsmanager::SecretRotationApplication* multiUserRotationApplication_ = nullptr;
};

/// aws-cdk-lib's name for the engine type.
using IEngine = Engine;

}  // namespace cdk::rds
