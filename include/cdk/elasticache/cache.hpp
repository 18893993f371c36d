// A Redis OSS / Valkey replication group with secure defaults: cdkpp's `Cache`. Stable aws-cdk-lib has no L2
// for replication groups (only L1s and the alpha module's ServerlessCache); this construct follows the
// alpha module's and rds.DatabaseCluster's conventions, as proposed in the team's elasticache notes.
//
// Its metric* methods have no aws-cdk-lib counterpart either (the alpha ServerlessCache's are those of a serverless
// cache: dimension ServerlessCacheName, metrics such as ElastiCacheProcessingUnits that a replication group does not
// publish). They are built as aws-cdk-lib builds the metric* methods of its L2s from their services' canned metrics
// (ecs.Cluster, codebuild.Project: `new Metric({...XMetrics.nameStatistic(dimensions), ...options}).attachTo(this)`,
// the method named after the table's entry, metricCpuUtilization), from aws-cdk-lib's own ElastiCache table
// (aws-elasticache/lib/elasticache-canned-metrics.generated): namespace AWS/ElastiCache, the table's statistic.
// ElastiCache publishes the metrics of a replication group per node, under the id of its member cluster
// (dimension CacheClusterId: "<group id>-001", "-002", ... with cluster mode off; "<group id>-0001-001" with it
// on), so each metric is of one node: the first node of the first shard (the primary at creation), unless
// `.dimensionsMap = {{"CacheClusterId", cache.memberClusterId(n, shard)}}` names another.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/subnet.hpp"

namespace cdk::ec2 {
class ISecurityGroup;
class IVpc;
}  // namespace cdk::ec2

namespace cdk::kms {
class IKey;
}

namespace cdk::secretsmanager {
class ISecret;
}

namespace cdk::elasticache {

class CfnReplicationGroup;
class CfnSubnetGroup;

/// The engine of a replication group: "valkey" or "redis".
enum class CacheEngine { VALKEY, REDIS };
CDKPP_API std::string_view toString(CacheEngine engine) noexcept;

/// Where the AUTH token of a cache comes from. A value: copy it freely.
class CDKPP_API CacheAuthToken {
 public:
  /// A new secret, the child "AuthToken": 64 characters without punctuation, encrypted with `encryptionKey`
  /// (default the AWS managed key).
  static CacheAuthToken generate(cdk::Handle<kms::IKey> encryptionKey = {});
  /// The whole string value of an existing secret (16 to 128 printable characters; it is not checked).
  static CacheAuthToken fromSecret(secretsmanager::ISecret& secret);
  /// No AUTH token (not recommended: anyone who reaches the port can use the cache).
  static CacheAuthToken none();

  bool isGenerated() const noexcept { return kind_ == Kind::GENERATE; }
  bool isNone() const noexcept { return kind_ == Kind::NONE; }
  secretsmanager::ISecret* secret() const noexcept { return secret_; }
  /// The key of a generated token's secret; nullptr for the AWS managed key.
  kms::IKey* encryptionKey() const noexcept { return encryptionKey_; }

 private:
  enum class Kind { GENERATE, SECRET, NONE };
  CacheAuthToken(Kind kind, secretsmanager::ISecret* secret, kms::IKey* encryptionKey = nullptr)
      : kind_(kind), secret_(secret), encryptionKey_(encryptionKey) {}
  Kind kind_;
  secretsmanager::ISecret* secret_;
  kms::IKey* encryptionKey_;
};

struct CacheProps {
  /// AtRestEncryptionEnabled; default true (false together with encryptionKey is an error).
  std::optional<bool> atRestEncryption{};
  /// Default CacheAuthToken::generate() with transit encryption and no userGroupIds, none otherwise.
  std::optional<CacheAuthToken> authToken{};
  /// AutomaticFailoverEnabled; default true when there is a replica or more than one shard. Needs at least
  /// one replica, and must be true with more than one shard.
  std::optional<bool> automaticFailover{};
  /// CacheNodeType, e.g. "cache.t4g.small", "cache.r7g.large".
  std::string cacheNodeType = "cache.t3.micro";
  /// ReplicationGroupDescription; default "Replication group for <unique id of the construct>".
  std::optional<std::string> description{};
  /// KmsKeyId (the key's ARN) for encryption at rest; default the AWS managed key.
  cdk::Handle<kms::IKey> encryptionKey{};
  CacheEngine engine = CacheEngine::VALKEY;
  /// EngineVersion, e.g. "8.0" or "7.1"; default the service's.
  std::optional<std::string> engineVersion{};
  /// MultiAZEnabled; default the same as automaticFailover (which it needs).
  std::optional<bool> multiAz{};
  /// Shards: 1 to 500. More than one turns cluster mode on (ClusterMode "enabled", NumNodeGroups,
  /// ReplicasPerNodeGroup); with one, NumCacheClusters = 1 + replicasPerNodeGroup.
  int numNodeGroups = 1;
  /// Port (always rendered), and the default port of connections(): 1 to 65535.
  int port = 6379;
  /// Default DESTROY (CloudFormation's own default); SNAPSHOT keeps a final snapshot.
  cdk::RemovalPolicy removalPolicy = cdk::RemovalPolicy::DESTROY;
  /// Read replicas per shard: 0 to 5.
  int replicasPerNodeGroup = 1;
  /// ReplicationGroupId: 1 to 40 letters, digits and hyphens, starting with a letter, without two hyphens in
  /// a row or one at the end (stored lower-case); default a name CloudFormation generates.
  std::optional<std::string> replicationGroupId{};
  /// Default one new security group, the child "SecurityGroup" ("Security group for <id> cache.").
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  /// SnapshotRetentionLimit: automatic backups are kept this many days (0 to 35; 0 or unset: none).
  std::optional<int> snapshotRetentionLimit{};
  /// SnapshotWindow, "hh24:mi-hh24:mi" in UTC, when the daily backup is taken; default the service's.
  std::optional<std::string> snapshotWindow{};
  /// TransitEncryptionEnabled (TLS); default true. Valkey replication groups require it.
  bool transitEncryption = true;
  /// UserGroupIds: role-based access control (users with passwords or IAM authentication) instead of an AUTH
  /// token; needs transit encryption.
  std::vector<cdk::Value> userGroupIds{};
  /// The VPC (required).
  cdk::Handle<ec2::IVpc> vpc{};
  /// The subnets of the subnet group; default the private subnets with egress ({.subnetType =
  /// PRIVATE_WITH_EGRESS}). The selection must not be empty.
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// A Valkey or Redis OSS replication group: children "Subnets" (AWS::ElastiCache::SubnetGroup, "Subnets for
/// <id> cache"), "SecurityGroup", "AuthToken" (a generated secret) and "Resource"
/// (AWS::ElastiCache::ReplicationGroup). Defaults: valkey, one primary and one replica, automatic failover and
/// Multi-AZ, encryption at rest and in transit, a generated AUTH token.
///
/// Invalid combinations (that the ElastiCache API would reject at deployment) throw cdk::ConstructError with
/// the construct path and what to change.
class CDKPP_API Cache : public cdk::Resource, public ec2::IConnectable {
 public:
  using Props = CacheProps;

  Cache(cdk::Construct& scope, std::string_view id, CacheProps props);
  ~Cache() override;

  /// The security groups, with the default port `port` (a literal, so rules read "from <peer>:6379").
  ec2::Connections connections() const override { return connections_; }
  /// { "Ref": <replication group> }.
  cdk::Value replicationGroupId() const;
  /// { "Fn::GetAtt": [<group>, "PrimaryEndPoint.Address"] }; cluster mode off only.
  cdk::Value primaryEndpointAddress() const;
  /// { "Fn::GetAtt": [<group>, "PrimaryEndPoint.Port"] } (a string); cluster mode off only.
  cdk::Value primaryEndpointPort() const;
  /// { "Fn::GetAtt": [<group>, "ReaderEndPoint.Address"] }; cluster mode off only.
  cdk::Value readerEndpointAddress() const;
  /// { "Fn::GetAtt": [<group>, "ReaderEndPoint.Port"] } (a string); cluster mode off only.
  cdk::Value readerEndpointPort() const;
  /// { "Fn::GetAtt": [<group>, "ConfigurationEndPoint.Address"] }; cluster mode on only.
  cdk::Value configurationEndpointAddress() const;
  /// { "Fn::GetAtt": [<group>, "ConfigurationEndPoint.Port"] } (a string); cluster mode on only.
  cdk::Value configurationEndpointPort() const;
  /// The CacheClusterId of a node, { "Fn::Join": ["", [<group>, "-001"]] }: node `member` of shard `shard`
  /// (member 1 is the shard's primary at creation, 2 to 1 + replicasPerNodeGroup its replicas; shard 1 to
  /// numNodeGroups, always 1 with cluster mode off). Throws cdk::ConstructError for a node the cache does not
  /// have.
  cdk::Value memberClusterId(int member = 1, int shard = 1) const;

  /// Any metric of the first node (namespace AWS/ElastiCache, dimension CacheClusterId), attached to the cache;
  /// statistic "Average" unless the options say otherwise.
  cloudwatch::Metric metric(std::string metricName, const cloudwatch::MetricOptions& options = {}) const;
  /// CPUUtilization (Average): of the whole host.
  cloudwatch::Metric metricCpuUtilization(const cloudwatch::MetricOptions& options = {}) const;
  /// EngineCPUUtilization (Average): of the engine's thread.
  cloudwatch::Metric metricEngineCpuUtilization(const cloudwatch::MetricOptions& options = {}) const;
  /// DatabaseMemoryUsagePercentage (Average).
  cloudwatch::Metric metricDatabaseMemoryUsagePercentage(const cloudwatch::MetricOptions& options = {}) const;
  /// FreeableMemory (Average, bytes).
  cloudwatch::Metric metricFreeableMemory(const cloudwatch::MetricOptions& options = {}) const;
  /// SwapUsage (Average, bytes).
  cloudwatch::Metric metricSwapUsage(const cloudwatch::MetricOptions& options = {}) const;
  /// BytesUsedForCache (Average).
  cloudwatch::Metric metricBytesUsedForCache(const cloudwatch::MetricOptions& options = {}) const;
  /// Evictions (Sum).
  cloudwatch::Metric metricEvictions(const cloudwatch::MetricOptions& options = {}) const;
  /// CurrConnections (Sum).
  cloudwatch::Metric metricCurrConnections(const cloudwatch::MetricOptions& options = {}) const;
  /// NewConnections (Sum).
  cloudwatch::Metric metricNewConnections(const cloudwatch::MetricOptions& options = {}) const;
  /// CurrItems (Sum).
  cloudwatch::Metric metricCurrItems(const cloudwatch::MetricOptions& options = {}) const;
  /// CacheHits (Sum).
  cloudwatch::Metric metricCacheHits(const cloudwatch::MetricOptions& options = {}) const;
  /// CacheMisses (Sum).
  cloudwatch::Metric metricCacheMisses(const cloudwatch::MetricOptions& options = {}) const;
  /// CacheHitRate (Average, percent).
  cloudwatch::Metric metricCacheHitRate(const cloudwatch::MetricOptions& options = {}) const;
  /// NetworkBytesIn (Average).
  cloudwatch::Metric metricNetworkBytesIn(const cloudwatch::MetricOptions& options = {}) const;
  /// NetworkBytesOut (Average).
  cloudwatch::Metric metricNetworkBytesOut(const cloudwatch::MetricOptions& options = {}) const;
  /// ReplicationLag (Average, seconds): published by replicas only, so name one in the options.
  cloudwatch::Metric metricReplicationLag(const cloudwatch::MetricOptions& options = {}) const;

  /// The secret holding the AUTH token; nullptr when there is none.
  secretsmanager::ISecret* authToken() const noexcept { return authToken_; }
  /// True with more than one shard.
  bool clusterModeEnabled() const noexcept { return clusterMode_; }
  int port() const noexcept { return port_; }
  CfnReplicationGroup& cfnReplicationGroup() const noexcept { return *resource_; }
  CfnSubnetGroup& cfnSubnetGroup() const noexcept { return *subnetGroup_; }

 private:
  CfnReplicationGroup* resource_ = nullptr;
  CfnSubnetGroup* subnetGroup_ = nullptr;
  secretsmanager::ISecret* authToken_ = nullptr;
  bool clusterMode_ = false;
  int numNodeGroups_ = 1;
  int replicasPerNodeGroup_ = 1;
  int port_ = 6379;
  ec2::Connections connections_;
};

}  // namespace cdk::elasticache
