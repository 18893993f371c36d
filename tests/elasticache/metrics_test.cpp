// The metric* methods of Cache: the program of tests/elasticache/fixtures/elasticache-metrics.ts in C++ gives the
// template aws-cdk-lib 2.276 gave for it (the proposed Cache of elasticache-util.ts with aws-cdk-lib's ElastiCache
// canned metrics on the CacheClusterId of one node), cfn-lint clean; the ids of the nodes and their errors.
#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cdk/elasticache.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"

// The area's test files are compiled as one unity source: the helpers live in a namespace of their own.
namespace {
namespace metrics {

namespace cw = cdk::cloudwatch;
namespace elasticache = cdk::elasticache;
using cdk::Duration;
using cdkpp_test::FixtureProgram;

/// A value as the template has it.
datatest::json resolved(const cdk::Stack& stack, const cdk::Value& value) { return stack.resolve(value); }
/// { "Fn::Join": ["", [{"Ref": <logicalId>}, <suffix>]] }.
datatest::json joined(const std::string& logicalId, const std::string& suffix) {
  using json = datatest::json;
  return json{{"Fn::Join", json::array({"", json::array({json{{"Ref", logicalId}}, suffix})})}};
}

void cacheMetrics(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& cache = stack.make<elasticache::Cache>("Cache", {.vpc = vpc});
  auto& sessions =
      stack.make<elasticache::Cache>("Sessions", {.numNodeGroups = 2, .replicasPerNodeGroup = 1, .vpc = vpc});
  const cw::DimensionsMap replica{{"CacheClusterId", cache.memberClusterId(2)}};
  stack.make<cw::Dashboard>(
      "Dashboard",
      {.widgets = {{
           cw::GraphWidget(
               {.left = {cache.metricCpuUtilization(), cache.metricEngineCpuUtilization(),
                         cache.metricDatabaseMemoryUsagePercentage(), cache.metricFreeableMemory(),
                         cache.metricSwapUsage(), cache.metricBytesUsedForCache(), cache.metricEvictions(),
                         cache.metricCurrConnections()},
                .right = {cache.metricNewConnections(), cache.metricCurrItems(), cache.metricCacheHits(),
                          cache.metricCacheMisses(), cache.metricCacheHitRate(), cache.metricNetworkBytesIn(),
                          cache.metricNetworkBytesOut(), cache.metricReplicationLag({.dimensionsMap = replica}),
                          cache.metric("IsMaster", {.dimensionsMap = replica, .statistic = "Maximum"})},
                .title = "Cache"}),
           cw::GraphWidget(
               {.left = {sessions.metricEngineCpuUtilization(),
                         sessions.metricCpuUtilization(
                             {.dimensionsMap = cw::DimensionsMap{{"CacheClusterId", sessions.memberClusterId(2, 2)}},
                              .label = "shard 2 replica"})},
                .title = "Sessions"}),
       }}});
  cache.metricCpuUtilization({.period = Duration::minutes(1)})
      .createAlarm(stack, "CacheCpu", {.datapointsToAlarm = 3, .evaluationPeriods = 5, .threshold = 75});
  cache.metricDatabaseMemoryUsagePercentage().createAlarm(stack, "CacheMemory",
                                                          {.evaluationPeriods = 3, .threshold = 80});
  cache.metricEvictions().createAlarm(
      stack, "CacheEvictions",
      {.evaluationPeriods = 1, .threshold = 1, .treatMissingData = cw::TreatMissingData::NOT_BREACHING});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{{.name = "elasticache-metrics", .build = cacheMetrics}};
  return list;
}

TEST(CacheMetricsFixtures, SameTemplateAndWarningsAsTheProposal) {
  cdkpp_test::expectProgramMatchesFixture("elasticache", programs()[0]);
}

TEST(CacheMetricsFixtures, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

TEST(CacheMetrics, TheCannedMetricsOfTheFirstNode) {
  datatest::Fixture f;
  auto& cache = f.stack->make<elasticache::Cache>("Cache", {.vpc = datatest::seedVpc(*f.stack)});
  const cw::Metric cpu = cache.metricEngineCpuUtilization();
  EXPECT_EQ(cpu.namespace_(), "AWS/ElastiCache");
  EXPECT_EQ(cpu.metricName(), "EngineCPUUtilization");
  EXPECT_EQ(cpu.statistic(), "Average");
  EXPECT_EQ(cpu.period().toSeconds(), 300);
  ASSERT_EQ(cpu.dimensions().size(), 1u);
  EXPECT_EQ(cpu.dimensions()[0].first, "CacheClusterId");
  EXPECT_EQ(resolved(*f.stack, cpu.dimensions()[0].second), joined("Cache18F6EE16", "-001"));
  EXPECT_EQ(cpu.region(), std::optional<std::string>("ap-southeast-1"));  // attached to the cache
  const std::vector<std::pair<cw::Metric, std::pair<std::string, std::string>>> table{
      {cache.metricCpuUtilization(), {"CPUUtilization", "Average"}},
      {cache.metricDatabaseMemoryUsagePercentage(), {"DatabaseMemoryUsagePercentage", "Average"}},
      {cache.metricFreeableMemory(), {"FreeableMemory", "Average"}},
      {cache.metricSwapUsage(), {"SwapUsage", "Average"}},
      {cache.metricBytesUsedForCache(), {"BytesUsedForCache", "Average"}},
      {cache.metricEvictions(), {"Evictions", "Sum"}},
      {cache.metricCurrConnections(), {"CurrConnections", "Sum"}},
      {cache.metricNewConnections(), {"NewConnections", "Sum"}},
      {cache.metricCurrItems(), {"CurrItems", "Sum"}},
      {cache.metricCacheHits(), {"CacheHits", "Sum"}},
      {cache.metricCacheMisses(), {"CacheMisses", "Sum"}},
      {cache.metricCacheHitRate(), {"CacheHitRate", "Average"}},
      {cache.metricNetworkBytesIn(), {"NetworkBytesIn", "Average"}},
      {cache.metricNetworkBytesOut(), {"NetworkBytesOut", "Average"}},
      {cache.metricReplicationLag(), {"ReplicationLag", "Average"}},
      {cache.metric("IsMaster"), {"IsMaster", "Average"}},
  };
  for (const auto& [metric, expected] : table) {
    EXPECT_EQ(metric.metricName(), expected.first);
    EXPECT_EQ(metric.statistic(), expected.second) << expected.first;
  }
  const cw::Metric hits = cache.metricCacheHits({.period = Duration::minutes(1), .statistic = "p99"});
  EXPECT_EQ(hits.statistic(), "p99");
  EXPECT_EQ(hits.period().toSeconds(), 60);
}

// The Ref of the group and the suffix, as aws-cdk-lib renders `${group.ref}-001`.
TEST(CacheMetrics, MemberClusterIds) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& single = f.stack->make<elasticache::Cache>("Single", {.replicasPerNodeGroup = 2, .vpc = vpc});
  EXPECT_EQ(resolved(*f.stack, single.memberClusterId()), joined("Single6E2240C9", "-001"));
  EXPECT_EQ(resolved(*f.stack, single.memberClusterId(3)), joined("Single6E2240C9", "-003"));
  auto& sharded = f.stack->make<elasticache::Cache>("Sharded", {.numNodeGroups = 12, .vpc = vpc});
  EXPECT_EQ(resolved(*f.stack, sharded.memberClusterId()), joined("ShardedB97B2A58", "-0001-001"));
  EXPECT_EQ(resolved(*f.stack, sharded.memberClusterId(2, 12)), joined("ShardedB97B2A58", "-0012-002"));
}

TEST(CacheMetrics, NodesTheCacheDoesNotHave) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& single = f.stack->make<elasticache::Cache>("Single", {.replicasPerNodeGroup = 0, .vpc = vpc});
  EXPECT_THROW_MSG(single.memberClusterId(2), cdk::ConstructError,
                   "TapStackdev/Single: memberClusterId: the cache has no member 2; each shard has 1 node (1 primary "
                   "and replicasPerNodeGroup = 0): give a member from 1 to 1");
  EXPECT_THROW_MSG(single.memberClusterId(1, 2), cdk::ConstructError,
                   "TapStackdev/Single: memberClusterId: the cache has no shard 2; it has 1 (numNodeGroups = 1): give "
                   "a shard from 1 to 1");
  auto& sharded = f.stack->make<elasticache::Cache>("Sharded", {.numNodeGroups = 3, .vpc = vpc});
  EXPECT_THROW_MSG(sharded.memberClusterId(0), cdk::ConstructError,
                   "TapStackdev/Sharded: memberClusterId: the cache has no member 0; each shard has 2 nodes (1 primary "
                   "and replicasPerNodeGroup = 1): give a member from 1 to 2");
  EXPECT_THROW_MSG(sharded.memberClusterId(1, 4), cdk::ConstructError,
                   "TapStackdev/Sharded: memberClusterId: the cache has no shard 4; it has 3 (numNodeGroups = 3): give "
                   "a shard from 1 to 3");
}

}  // namespace metrics
}  // namespace
