// Metric and MathExpression: statistics as aws-cdk-lib normalizes them, with(), attachTo(), the helper the
// metric* methods of resources use, warnings, and Stats.
#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cdk/iam.hpp"
#include "data_test_util.hpp"

namespace {

namespace cw = cdk::cloudwatch;
using cdk::Duration;

cw::Metric metric(std::optional<std::string> statistic = std::nullopt) {
  return cw::Metric({.metricName = "CPUUtilization", .namespace_ = "AWS/ECS", .statistic = std::move(statistic)});
}

TEST(CloudwatchMetric, Defaults) {
  const cw::Metric m = metric();
  EXPECT_EQ(m.statistic(), "Average");
  EXPECT_EQ(m.period(), Duration::minutes(5));
  EXPECT_EQ(m.toString(), "CPUUtilization");
  EXPECT_TRUE(m.warningsV2().empty());
  const cw::MetricConfig config = m.toMetricConfig();
  ASSERT_TRUE(config.metricStat);
  EXPECT_FALSE(config.mathExpression);
  EXPECT_TRUE(config.metricStat->dimensions.empty());
  EXPECT_FALSE(config.metricStat->region);
}

TEST(CloudwatchMetric, StatisticsAreNormalizedAsAwsCdkLibDoes) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"avg", "Average"},
      {"AVERAGE", "Average"},
      {"min", "Minimum"},
      {"max", "Maximum"},
      {"n", "SampleCount"},
      {"samplecount", "SampleCount"},
      {"sum", "Sum"},
      {"iqm", "IQM"},
      {"P99", "p99"},
      {"p99.9", "p99.9"},
      {"TM90", "tm90"},
      {"wm10", "wm10"},
      {"tm(10%:90%)", "TM(10%:90%)"},
      {"pr(:300)", "PR(:300)"},
      {"TS(10:)", "TS(10:)"},
      {"tc(:90%)", "TC(:90%)"},
  };
  for (const auto& [given, normalized] : cases) {
    EXPECT_EQ(metric(given).statistic(), normalized) << given;
    EXPECT_TRUE(metric(given).warningsV2().empty()) << given;
  }
}

TEST(CloudwatchMetric, UnknownStatisticsAreKeptWithAWarning) {
  for (const std::string statistic : {"median", "p101", "TM(10%:90)", "PR()"}) {
    const cw::Metric m =
        cw::Metric({.label = "CPU", .metricName = "CPUUtilization", .namespace_ = "AWS/ECS", .statistic = statistic});
    EXPECT_EQ(m.statistic(), statistic);
    ASSERT_EQ(m.warningsV2().size(), 1u) << statistic;
    EXPECT_EQ(m.warningsV2()[0].first, "CloudWatch:Alarm:UnrecognizedStatistic");
    EXPECT_EQ(m.warningsV2()[0].second,
              "Unrecognized statistic \"" + statistic +
                  "\" for metric with namespace \"AWS/ECS\", label \"CPU\" and metric name \"CPUUtilization\". "
                  "Preferably use the `aws_cloudwatch.Stats` helper class to specify a statistic. You can ignore "
                  "this warning if your statistic is valid but not yet supported by the `aws_cloudwatch.Stats` "
                  "helper class.");
  }
}

TEST(CloudwatchMetric, UnknownStatisticWarnsOnTheAlarm) {
  datatest::Fixture f;
  f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 1, .metric = metric("median"), .threshold = 1});
  const auto json = datatest::synthTemplate(f.app);
  EXPECT_EQ(json["Resources"]["Alarm7103F465"]["Properties"]["ExtendedStatistic"], "median");
  const auto found = datatest::messagesWith(f.app, "[ack: CloudWatch:Alarm:UnrecognizedStatistic]");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].path, "TapStackdev/Alarm");
}

TEST(CloudwatchMetric, Stats) {
  EXPECT_EQ(cw::Stats::percentile(99), "p99");
  EXPECT_EQ(cw::Stats::p(99.9), "p99.9");
  EXPECT_EQ(cw::Stats::trimmedMean(10, 90), "TM(10%:90%)");
  EXPECT_EQ(cw::Stats::tm(90), "tm90");
  EXPECT_EQ(cw::Stats::winsorizedMean(5, 95), "WM(5%:95%)");
  EXPECT_EQ(cw::Stats::trimmedCount(0.5), "tc0.5");
  EXPECT_EQ(cw::Stats::trimmedSum(1, 99), "TS(1%:99%)");
  EXPECT_EQ(cw::Stats::percentileRank(300), "PR(:300)");
  EXPECT_EQ(cw::Stats::pr(100, 2000), "PR(100:2000)");
  EXPECT_EQ(metric(cw::Stats::trimmedMean(10, 90)).statistic(), "TM(10%:90%)");
}

TEST(CloudwatchMetric, WithChangesWhatIsSetAndKeepsTheRest) {
  const cw::Metric base({.color = cw::Color::BLUE,
                         .dimensionsMap = {{"ServiceName", "s"}, {"ClusterName", "c"}},
                         .label = "CPU",
                         .metricName = "CPUUtilization",
                         .namespace_ = "AWS/ECS",
                         .unit = cw::Unit::PERCENT});
  const cw::Metric changed = base.with({.period = Duration::minutes(1), .statistic = "max"});
  EXPECT_EQ(changed.statistic(), "Maximum");
  EXPECT_EQ(changed.period(), Duration::minutes(1));
  EXPECT_EQ(changed.label(), "CPU");
  EXPECT_EQ(changed.color(), cw::Color::BLUE);
  EXPECT_EQ(changed.unit(), cw::Unit::PERCENT);
  EXPECT_EQ(changed.namespace_(), "AWS/ECS");
  // Dimensions keep their order; configs list them sorted by name.
  ASSERT_EQ(changed.dimensions().size(), 2u);
  EXPECT_EQ(changed.dimensions()[0].first, "ServiceName");
  const auto config = changed.toMetricConfig();
  EXPECT_EQ(config.metricStat->dimensions[0].name, "ClusterName");
  EXPECT_EQ(config.metricStat->dimensions[1].name, "ServiceName");
  const cw::Metric other = base.with({.dimensionsMap = cw::DimensionsMap{{"ClusterName", "other"}}});
  ASSERT_EQ(other.dimensions().size(), 1u);
  EXPECT_EQ(other.dimensions()[0].second, cdk::Value("other"));
  EXPECT_EQ(base.statistic(), "Average") << "with() leaves the metric itself unchanged";
}

TEST(CloudwatchMetric, AttachToTakesTheStacksConcreteAccountAndRegion) {
  cdk::App app;
  auto& concrete =
      app.make<cdk::Stack>("Concrete", {.env = cdk::Environment{.account = "123456789012", .region = "eu-west-1"}});
  auto& agnostic = app.make<cdk::Stack>("Agnostic");
  const cw::Metric attached = metric().attachTo(concrete);
  EXPECT_EQ(attached.account(), "123456789012");
  EXPECT_EQ(attached.region(), "eu-west-1");
  EXPECT_FALSE(metric().attachTo(agnostic).region());
  // A region given to the metric wins over the stack's.
  const cw::Metric remote =
      cw::Metric({.metricName = "m", .namespace_ = "n", .region = "us-east-1"}).attachTo(concrete);
  EXPECT_EQ(remote.region(), "us-east-1");
  EXPECT_EQ(remote.toMetricConfig().metricStat->regionOverride, "us-east-1");
}

TEST(CloudwatchMetric, ForResourceIsWhatMetricMethodsReturn) {
  datatest::Fixture f;
  auto& scope = f.stack->make<cdk::Construct>("Service");
  const cw::Metric plain =
      cw::Metric::forResource(scope, "AWS/ECS", "CPUUtilization", {{"ClusterName", "c"}, {"ServiceName", "s"}});
  EXPECT_EQ(plain.namespace_(), "AWS/ECS");
  EXPECT_EQ(plain.statistic(), "Average");
  EXPECT_EQ(plain.region(), "ap-southeast-1") << "attached to the resource's stack";
  EXPECT_EQ(plain.dimensions().size(), 2u);
  // The method's defaults (here a statistic and a unit), each replaced by an option the caller sets.
  const cw::MetricOptions defaults{.statistic = "Sum", .unit = cw::Unit::COUNT};
  const cw::Metric byDefault = cw::Metric::forResource(scope, "AWS/ECS", "RunningTaskCount", {}, {}, defaults);
  EXPECT_EQ(byDefault.statistic(), "Sum");
  EXPECT_EQ(byDefault.unit(), cw::Unit::COUNT);
  const cw::Metric overridden = cw::Metric::forResource(
      scope, "AWS/ECS", "RunningTaskCount", {{"ClusterName", "c"}},
      {.dimensionsMap = cw::DimensionsMap{{"ClusterName", "other"}}, .label = "Tasks", .statistic = "max"}, defaults);
  EXPECT_EQ(overridden.statistic(), "Maximum");
  EXPECT_EQ(overridden.unit(), cw::Unit::COUNT);
  EXPECT_EQ(overridden.label(), "Tasks");
  EXPECT_EQ(overridden.dimensions()[0].second, cdk::Value("other"));
}

TEST(CloudwatchMetric, GrantPutMetricData) {
  datatest::Fixture f;
  auto& role = f.stack->make<cdk::iam::Role>(
      "Role", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  cw::Metric::grantPutMetricData(role);
  cdk::assertions::Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::IAM::Policy", cdk::Value::fromJson(nlohmann::json::parse(R"({"PolicyDocument": {"Statement": [
        {"Action": "cloudwatch:PutMetricData", "Effect": "Allow", "Resource": "*"}]}})")));
}

TEST(CloudwatchMathExpression, PeriodsAndWarnings) {
  const cw::Metric oneMinute = metric().with({.period = Duration::minutes(1)});
  const cw::MathExpression expression({.expression = "m1 * 2", .usingMetrics = {{"m1", oneMinute}}});
  EXPECT_EQ(expression.period(), Duration::minutes(5));
  EXPECT_EQ(expression.usingMetrics()[0].second->period(), Duration::minutes(5)) << "the expression's period wins";
  ASSERT_EQ(expression.warningsV2().size(), 1u);
  EXPECT_EQ(expression.warningsV2()[0].first, "CloudWatch:Math:MetricsPeriodsOverridden");
  EXPECT_EQ(expression.warningsV2()[0].second,
            "Periods of metrics in 'usingMetrics' for Math expression 'm1 * 2' have been overridden to 300 seconds.");
  // with() without an effective change keeps the expression (and its warnings) as they are.
  EXPECT_EQ(expression.with({.period = Duration::minutes(5)}).warningsV2().size(), 1u);
  EXPECT_EQ(expression.toString(), "m1 * 2");
  EXPECT_EQ(expression.with({.label = "Double"}).toString(), "Double");
}

TEST(CloudwatchMathExpression, UnknownIdentifiers) {
  const cw::MathExpression missing({.expression = "a + b * abs(c) + \"d\" + 'e'", .usingMetrics = {{"a", metric()}}});
  ASSERT_EQ(missing.warningsV2().size(), 1u);
  EXPECT_EQ(missing.warningsV2()[0].second,
            "Math expression 'a + b * abs(c) + \"d\" + 'e'' references unknown identifiers: b, abs, c. Please add "
            "them to the 'usingMetrics' map.");
  // Expressions that find metrics themselves are not checked.
  EXPECT_TRUE(cw::MathExpression({.expression = "SEARCH('{AWS/ECS} x', 'Average', 300)"}).warningsV2().empty());
  EXPECT_TRUE(cw::MathExpression({.expression = "SUM(METRICS())"}).warningsV2().empty());
  // Warnings of the metrics used are the expression's too.
  const cw::MathExpression fromMetric({.expression = "m1", .usingMetrics = {{"m1", metric("median")}}});
  ASSERT_EQ(fromMetric.warningsV2().size(), 1u);
  EXPECT_EQ(fromMetric.warningsV2()[0].first, "CloudWatch:Alarm:UnrecognizedStatistic");
}

TEST(CloudwatchMathExpression, SameIdForTheSameMetricIsFine) {
  const cw::MathExpression a({.expression = "x", .usingMetrics = {{"x", metric()}}});
  const cw::MathExpression b({.expression = "x * 2", .usingMetrics = {{"x", metric()}}});
  EXPECT_NO_THROW(cw::MathExpression({.expression = "a + b", .usingMetrics = {{"a", a}, {"b", b}}}));
}

}  // namespace
