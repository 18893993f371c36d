// The metric* methods of FileSystem: the program of tests/efs/fixtures/efs-metrics.ts in C++ gives the template
// aws-cdk-lib 2.276 gave for it (aws-cdk-lib's own EFS canned metrics on the file system, in a dashboard and
// alarms), cfn-lint clean; the methods' defaults and what the options replace.
#include <cmath>

#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cdk/efs.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"

// The area's test files are compiled as one unity source: the helpers live in a namespace of their own.
namespace {
namespace metrics {

namespace cw = cdk::cloudwatch;
namespace efs = cdk::efs;
using cdk::Duration;
using cdkpp_test::FixtureProgram;

void efsMetrics(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& fs = stack.make<efs::FileSystem>("FileSystem", {.removalPolicy = cdk::RemovalPolicy::DESTROY, .vpc = vpc});
  stack.make<cw::Dashboard>(
      "Dashboard",
      {.widgets = {{
           cw::GraphWidget(
               {.left = {fs.metricBurstCreditBalance(), fs.metricClientConnections(), fs.metricDataReadIoBytes(),
                         fs.metricDataWriteIoBytes(), fs.metricMetadataIoBytes(), fs.metricMeteredIoBytes(),
                         fs.metricTotalIoBytes()},
                .right = {fs.metricPercentIoLimit(), fs.metricPermittedThroughput({.statistic = "Minimum"}),
                          fs.metricStorageBytes("Total"), fs.metricStorageBytes("IA", {.label = "Infrequent Access"}),
                          fs.metric("MeteredIOBytes", {.period = Duration::minutes(1), .statistic = "Sum"})},
                .title = "File system"}),
           cw::SingleValueWidget({.metrics = {fs.metricStorageBytes("Standard")}, .title = "Stored"}),
       }}});
  fs.metricBurstCreditBalance().createAlarm(stack, "BurstCredits",
                                            {.comparisonOperator = cw::ComparisonOperator::LESS_THAN_THRESHOLD,
                                             .evaluationPeriods = 3,
                                             .threshold = 0.2 * 2.1 * std::pow(1024.0, 4)});
  fs.metricPercentIoLimit({.period = Duration::minutes(1)})
      .createAlarm(stack, "IoLimit", {.datapointsToAlarm = 3, .evaluationPeriods = 5, .threshold = 95});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{{.name = "efs-metrics", .build = efsMetrics}};
  return list;
}

TEST(EfsMetricsFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("efs", programs()[0]);
}

TEST(EfsMetricsFixtures, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

TEST(EfsMetrics, TheCannedMetricsOfTheFileSystem) {
  datatest::Fixture f;
  auto& fs = f.stack->make<efs::FileSystem>("Fs", {.vpc = datatest::seedVpc(*f.stack)});
  const cw::Metric io = fs.metricPercentIoLimit();
  EXPECT_EQ(io.namespace_(), "AWS/EFS");
  EXPECT_EQ(io.metricName(), "PercentIOLimit");
  EXPECT_EQ(io.statistic(), "Average");
  EXPECT_EQ(io.period().toSeconds(), 300);
  ASSERT_EQ(io.dimensions().size(), 1u);
  EXPECT_EQ(io.dimensions()[0].first, "FileSystemId");
  EXPECT_EQ(f.stack->resolve(io.dimensions()[0].second), datatest::json::parse(R"({"Ref": "Fs6C1AF03C"})"));
  // Attached to the file system: it knows the stack's region.
  EXPECT_EQ(io.region(), std::optional<std::string>("ap-southeast-1"));
  // Each method's statistic is the one of aws-cdk-lib's table.
  const std::vector<std::pair<cw::Metric, std::pair<std::string, std::string>>> table{
      {fs.metricBurstCreditBalance(), {"BurstCreditBalance", "Average"}},
      {fs.metricClientConnections(), {"ClientConnections", "Sum"}},
      {fs.metricDataReadIoBytes(), {"DataReadIOBytes", "Average"}},
      {fs.metricDataWriteIoBytes(), {"DataWriteIOBytes", "Average"}},
      {fs.metricMetadataIoBytes(), {"MetadataIOBytes", "Average"}},
      {fs.metricMeteredIoBytes(), {"MeteredIOBytes", "Average"}},
      {fs.metricPermittedThroughput(), {"PermittedThroughput", "Average"}},
      {fs.metricTotalIoBytes(), {"TotalIOBytes", "Sum"}},
      {fs.metricStorageBytes("Total"), {"StorageBytes", "Average"}},
      {fs.metric("TimeSinceLastSync"), {"TimeSinceLastSync", "Average"}},
  };
  for (const auto& [metric, expected] : table) {
    EXPECT_EQ(metric.metricName(), expected.first);
    EXPECT_EQ(metric.statistic(), expected.second) << expected.first;
  }
  const cw::Metric ia = fs.metricStorageBytes("IA");
  ASSERT_EQ(ia.dimensions().size(), 2u);
  EXPECT_EQ(ia.dimensions()[1], (std::pair<std::string, cdk::Value>{"StorageClass", "IA"}));
}

TEST(EfsMetrics, OptionsReplaceTheDefaults) {
  datatest::Fixture f;
  auto& fs = f.stack->make<efs::FileSystem>("Fs", {.vpc = datatest::seedVpc(*f.stack)});
  const cw::Metric connections =
      fs.metricClientConnections({.dimensionsMap = cw::DimensionsMap{{"FileSystemId", "fs-12345678"}},
                                  .label = "clients",
                                  .period = Duration::minutes(1),
                                  .statistic = "Maximum",
                                  .unit = cw::Unit::COUNT});
  EXPECT_EQ(connections.statistic(), "Maximum");
  EXPECT_EQ(connections.period().toSeconds(), 60);
  EXPECT_EQ(connections.label(), std::optional<std::string>("clients"));
  EXPECT_EQ(connections.unit(), std::optional<cw::Unit>(cw::Unit::COUNT));
  EXPECT_EQ(connections.dimensions(), (cw::DimensionsMap{{"FileSystemId", "fs-12345678"}}));
}

}  // namespace metrics
}  // namespace
