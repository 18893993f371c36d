// The metric* methods of Cache: aws-cdk-lib's ElastiCache canned metrics (namespace, metric name, statistic of
// aws-elasticache/lib/elasticache-canned-metrics.generated) on the CacheClusterId of one node, attached to the cache.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/elasticache/cache.hpp"

namespace cdk::elasticache {
namespace {

constexpr const char* kCacheNamespace = "AWS/ElastiCache";

const cloudwatch::MetricOptions kCacheAverage{.statistic = "Average"};
const cloudwatch::MetricOptions kCacheSum{.statistic = "Sum"};

/// One entry of the canned metrics on the first node: `statistic` holds the table's statistic, which the options
/// may replace.
cloudwatch::Metric canned(const Cache& cache, std::string metricName, const cloudwatch::MetricOptions& options,
                          const cloudwatch::MetricOptions& statistic) {
  return cloudwatch::Metric::forResource(cache, kCacheNamespace, std::move(metricName),
                                         {{"CacheClusterId", cache.memberClusterId()}}, options, statistic);
}

}  // namespace

cdk::Value Cache::memberClusterId(int member, int shard) const {
  const int members = 1 + replicasPerNodeGroup_;
  if (member < 1 || member > members) {
    throw cdk::ConstructError(node().path(),
                              fmt::format("memberClusterId: the cache has no member {}; each shard has {} node{} "
                                          "(1 primary and replicasPerNodeGroup = {}): give a member from 1 to {}",
                                          member, members, members == 1 ? "" : "s", replicasPerNodeGroup_, members));
  }
  if (shard < 1 || shard > numNodeGroups_) {
    throw cdk::ConstructError(
        node().path(), fmt::format("memberClusterId: the cache has no shard {}; it has {} (numNodeGroups = {}): give "
                                   "a shard from 1 to {}",
                                   shard, numNodeGroups_, numNodeGroups_, numNodeGroups_));
  }
  // The ids ElastiCache gives the member clusters of a replication group.
  const std::string suffix = clusterMode_ ? fmt::format("-{:04}-{:03}", shard, member) : fmt::format("-{:03}", member);
  return replicationGroupId() + suffix;
}

cloudwatch::Metric Cache::metric(std::string metricName, const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, kCacheNamespace, std::move(metricName),
                                         {{"CacheClusterId", memberClusterId()}}, options);
}

cloudwatch::Metric Cache::metricCpuUtilization(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "CPUUtilization", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricEngineCpuUtilization(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "EngineCPUUtilization", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricDatabaseMemoryUsagePercentage(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "DatabaseMemoryUsagePercentage", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricFreeableMemory(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "FreeableMemory", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricSwapUsage(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "SwapUsage", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricBytesUsedForCache(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "BytesUsedForCache", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricEvictions(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "Evictions", options, kCacheSum);
}

cloudwatch::Metric Cache::metricCurrConnections(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "CurrConnections", options, kCacheSum);
}

cloudwatch::Metric Cache::metricNewConnections(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "NewConnections", options, kCacheSum);
}

cloudwatch::Metric Cache::metricCurrItems(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "CurrItems", options, kCacheSum);
}

cloudwatch::Metric Cache::metricCacheHits(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "CacheHits", options, kCacheSum);
}

cloudwatch::Metric Cache::metricCacheMisses(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "CacheMisses", options, kCacheSum);
}

cloudwatch::Metric Cache::metricCacheHitRate(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "CacheHitRate", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricNetworkBytesIn(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "NetworkBytesIn", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricNetworkBytesOut(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "NetworkBytesOut", options, kCacheAverage);
}

cloudwatch::Metric Cache::metricReplicationLag(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "ReplicationLag", options, kCacheAverage);
}

}  // namespace cdk::elasticache
