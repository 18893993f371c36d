// ElastiCache rules (cdk-nag src/rules/elasticache).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

constexpr std::string_view kCacheCluster = "AWS::ElastiCache::CacheCluster";
constexpr std::string_view kReplicationGroup = "AWS::ElastiCache::ReplicationGroup";

R ElastiCacheRedisClusterAutomaticBackup(const RuleContext& c) {
  const View& v = c.view;
  if (c.resource.type == kCacheCluster) {
    // cdk-nag lower-cases the engine before resolving it: an engine given by an intrinsic is then a token that
    // no longer resolves, and never "redis".
    const std::string engine = rawLower(c.property("Engine", As::String));
    Js retention = v.resolveIfPrimitive(c.property("SnapshotRetentionLimit", As::Number));
    return R::of(!(engine == "redis" && (retention.nullish() || less(retention, 15))));
  }
  Js retention = v.resolveIfPrimitive(c.property("SnapshotRetentionLimit", As::Number));
  return R::of(!(retention.nullish() || less(retention, 15)));
}

R ElastiCacheClusterInVPC(const RuleContext& c) {
  Js group = c.property("CacheSubnetGroupName", As::String);
  if (group.nullish()) return R::nonCompliant();
  // An intrinsic is a token string, never empty.
  if (group.isObjectLike()) return R::compliant();
  auto n = length(group);
  return R::of(!(n && *n == 0));
}

R ElastiCacheRedisClusterEncryption(const RuleContext& c) {
  if (c.property("AtRestEncryptionEnabled").nullish() || c.property("TransitEncryptionEnabled").nullish()) {
    return R::nonCompliant();
  }
  Js rest = c.view.resolveIfPrimitive(c.property("AtRestEncryptionEnabled", As::Boolean));
  Js transit = c.view.resolveIfPrimitive(c.property("TransitEncryptionEnabled", As::Boolean));
  return R::of(!(looseEqualsBool(rest, false) || looseEqualsBool(transit, false)));
}

R ElastiCacheRedisClusterMultiAZ(const RuleContext& c) {
  if (c.property("MultiAZEnabled").nullish()) return R::nonCompliant();
  return R::of(truthy(c.view.resolveIfPrimitive(c.property("MultiAZEnabled", As::Boolean))));
}

R ElastiCacheClusterNonDefaultPort(const RuleContext& c) {
  const View& v = c.view;
  Js port = v.resolveIfPrimitive(c.property("Port", As::Number));
  if (port.nullish()) return R::nonCompliant();
  Js engine = v.resolveIfPrimitive(c.property("Engine", As::String));
  if (c.resource.type == kCacheCluster) {
    const std::string lower = toLowerCase(engine);
    if (lower == "redis" && looseEquals(port, 6379)) return R::nonCompliant();
    if (lower == "memcached" && looseEquals(port, 11211)) return R::nonCompliant();
    return R::compliant();
  }
  return R::of(!((engine.nullish() || toLowerCase(engine) == "redis") && looseEquals(port, 6379)));
}

R ElastiCacheRedisClusterRedisAuth(const RuleContext& c) {
  Js token = c.property("AuthToken", As::String);
  if (token.nullish()) return R::nonCompliant();
  if (token.isObjectLike()) return R::compliant();  // a token string
  auto n = length(token);
  return R::of(!(n && *n == 0));
}

const Rule kElasticacheRules[] = {
    {"ElastiCacheRedisClusterAutomaticBackup",
     {kCacheCluster, kReplicationGroup},
     ElastiCacheRedisClusterAutomaticBackup,
     "keep automatic backups for at least 15 days (SnapshotRetentionLimit)."},
    {"ElastiCacheClusterInVPC",
     {kCacheCluster, kReplicationGroup},
     ElastiCacheClusterInVPC,
     "place the cluster in a VPC: set CacheSubnetGroupName."},
    {"ElastiCacheRedisClusterEncryption",
     {kReplicationGroup},
     ElastiCacheRedisClusterEncryption,
     "set AtRestEncryptionEnabled and TransitEncryptionEnabled to true."},
    {"ElastiCacheRedisClusterMultiAZ",
     {kReplicationGroup},
     ElastiCacheRedisClusterMultiAZ,
     "set MultiAZEnabled to true (with automatic failover)."},
    {"ElastiCacheClusterNonDefaultPort",
     {kCacheCluster, kReplicationGroup},
     ElastiCacheClusterNonDefaultPort,
     "set Port to one other than the engine's default (6379, 11211)."},
    {"ElastiCacheRedisClusterRedisAuth",
     {kReplicationGroup},
     ElastiCacheRedisClusterRedisAuth,
     "set an AuthToken (with transit encryption)."},
};

}  // namespace

std::span<const Rule> elasticacheRules() { return kElasticacheRules; }

}  // namespace cdk::compliance::detail
