// SessionCache: the session store of a healthcare application (Valkey or Redis OSS), secure by default.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/elasticache/cache.hpp"
#include "cdk/healthcare/environment_profile.hpp"
#include "cdk/iam/grant.hpp"

namespace cdk::ec2 {
class IVpc;
}
namespace cdk::elasticache {
class CfnUser;
class CfnUserGroup;
}  // namespace cdk::elasticache
namespace cdk::kms {
class IKey;
}
namespace cdk::lambda {
class IFunction;
}

namespace cdk::healthcare {

/// How clients authenticate to the cache.
enum class SessionCacheAuthentication {
  /// IAM authentication: an ElastiCache user with IAM authentication in a user group (the group's "default" user is
  /// switched off); clients sign a short-lived token with their role (grantConnect). Nothing to store or rotate.
  IAM,
  /// An AUTH token: a generated secret, encrypted with the key and rotated by authTokenRotation. AWS provides no
  /// function that rotates ElastiCache AUTH tokens, so the program gives one.
  AUTH_TOKEN,
};

struct SessionCacheProps {
  /// The access string of the IAM user.
  std::string accessString = "on ~* +@all -@dangerous";
  SessionCacheAuthentication authentication = SessionCacheAuthentication::IAM;
  /// The function that rotates the AUTH token (AUTH_TOKEN only, and then required): HIPAA.Security-
  /// SecretsManagerRotationEnabled asks for every secret to rotate.
  cdk::Handle<lambda::IFunction> authTokenRotation{};
  /// Automatic backups are kept this many days (15 to 35); default the profile's cacheBackupRetention.
  std::optional<int> backupRetentionDays{};
  /// Default the profile's cacheNodeType.
  std::optional<std::string> cacheNodeType{};
  /// The key of the data at rest (and of the AUTH token's secret); default a new key with rotation, the child "Key".
  cdk::Handle<kms::IKey> encryptionKey{};
  elasticache::CacheEngine engine = elasticache::CacheEngine::VALKEY;
  /// Default the service's (IAM authentication needs Valkey 7.2 or Redis OSS 7.0 at least).
  std::optional<std::string> engineVersion{};
  /// Shards; more than one turns cluster mode on. Default the profile's cacheShards.
  std::optional<int> numNodeGroups{};
  /// Default the prod preset.
  EnvironmentProfile profile{};
  /// Replicas per shard (0 to 5); 0 means no failover and needs singleNodeReason. Default the profile's.
  std::optional<int> replicasPerNodeGroup{};
  /// How often the AUTH token is rotated (AUTH_TOKEN only).
  cdk::Duration rotateAuthTokenAfter = cdk::Duration::days(30);
  /// Why the cache may run without replicas; default the profile's singleCacheNodeReason.
  std::optional<std::string> singleNodeReason{};
  /// When the daily backup is taken, "hh24:mi-hh24:mi" in UTC.
  std::string snapshotWindow = "05:00-06:00";
  /// The IAM user's id and name (1 to 32 lower-case letters, digits and hyphens, starting with a letter); its user
  /// group is "<userName>-users". Default a name unique in the app, from the construct path.
  std::optional<std::string> userName{};
  /// The VPC (required), e.g. SecureVpc's vpc().
  cdk::Handle<ec2::IVpc> vpc{};
  /// Default the isolated subnets ({.subnetType = PRIVATE_ISOLATED}).
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// A Valkey (or Redis OSS) replication group for sessions: encrypted at rest with a customer key and in transit,
/// IAM authentication (or an AUTH token rotated by the program's function), the profile's shards (cluster mode with
/// more than one) and replicas with Multi-AZ automatic failover, automatic backups kept 15 days at least
/// (HIPAA.Security-ElastiCacheRedisClusterAutomaticBackup), in the isolated subnets, reachable only as
/// connections() allows (the port, 6379, a literal).
///
/// Children: "Key" (unless given); with IAM authentication "DefaultUser" (the user group's required "default" user,
/// switched off), "User" (IAM authentication) and "UserGroup"; "Cache" (elasticache::Cache, with its "AuthToken"
/// secret and its "RotationSchedule" for AUTH_TOKEN). A cache without replicas says why in an info annotation.
///
/// Bad props throw cdk::ConstructError with the construct path and what to change.
class CDKPP_API SessionCache : public cdk::Construct, public ec2::IConnectable {
 public:
  using Props = SessionCacheProps;
  SessionCache(cdk::Construct& scope, std::string_view id, SessionCacheProps props);
  ~SessionCache() override;

  ec2::Connections connections() const override { return cache_->connections(); }
  elasticache::Cache& cache() const noexcept { return *cache_; }
  kms::IKey& key() const noexcept { return *key_; }
  /// The IAM user and its group; nullptr with an AUTH token.
  elasticache::CfnUser* user() const noexcept { return user_; }
  elasticache::CfnUserGroup* userGroup() const noexcept { return userGroup_; }
  /// The AUTH token's secret; nullptr with IAM authentication.
  secretsmanager::ISecret* authToken() const noexcept { return cache_->authToken(); }
  /// elasticache:Connect on the replication group as the IAM user (IAM authentication only; throws
  /// cdk::ConstructError with an AUTH token).
  iam::Grant grantConnect(const iam::IGrantable& grantee) const;
  const EnvironmentProfile& profile() const noexcept { return profile_; }

 private:
  EnvironmentProfile profile_;
  kms::IKey* key_ = nullptr;
  elasticache::CfnUser* user_ = nullptr;
  elasticache::CfnUserGroup* userGroup_ = nullptr;
  elasticache::Cache* cache_ = nullptr;
};

}  // namespace cdk::healthcare
