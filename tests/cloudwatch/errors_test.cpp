// Bad input: aws-cdk-lib's errors (messages from tests/cloudwatch/fixtures/cw-error-*.error.txt) and cdkpp's
// own checks. Metrics and widgets are not constructs: their errors are cdk::Error; alarms' and dashboards'
// are cdk::ConstructError naming the construct path.
#include <functional>

#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cdk/cloudwatch_actions.hpp"
#include "cdk/sns.hpp"
#include "cloudwatch_test_util.hpp"

namespace {

namespace cw = cdk::cloudwatch;
using cdk::Duration;
using datatest::Fixture;

using cwtest::fixtureError;

using cwtest::cpu;

using datatest::expectConstructError;

TEST(CloudwatchErrors, MetricPeriod) {
  EXPECT_THROW_MSG(
      cw::Metric({.metricName = "CPUUtilization", .namespace_ = "AWS/ECS", .period = Duration::seconds(45)}),
      cdk::Error, fixtureError("cw-error-period"));
  // 1, 5, 10, 30 seconds and whole minutes are fine.
  for (int seconds : {1, 5, 10, 30, 60, 120, 3600}) {
    EXPECT_NO_THROW(cw::Metric({.metricName = "m", .namespace_ = "n", .period = Duration::seconds(seconds)}));
  }
  EXPECT_THROW_MSG(cpu().with({.period = Duration::seconds(90)}), cdk::Error, "received 90");
}

TEST(CloudwatchErrors, MetricDimensions) {
  EXPECT_THROW_MSG(
      cw::Metric({.dimensionsMap = {{"ClusterName", ""}}, .metricName = "CPUUtilization", .namespace_ = "AWS/ECS"}),
      cdk::Error, fixtureError("cw-error-dimension-empty"));
  EXPECT_THROW_MSG(cw::Metric({.dimensionsMap = {{"", "x"}}, .metricName = "m", .namespace_ = "n"}), cdk::Error,
                   "Dimension name must be at least 1 and no more than 255 characters; received ");
  EXPECT_THROW_MSG(cw::Metric({.dimensionsMap = {{"ClusterName", cdk::Value()}}, .metricName = "m", .namespace_ = "n"}),
                   cdk::Error, "Dimension value of 'undefined' is invalid for key: ClusterName");
  cw::DimensionsMap many;
  for (int i = 0; i < 31; ++i) many.emplace_back("D" + std::to_string(i), "v");
  EXPECT_THROW_MSG(cw::Metric({.dimensionsMap = many, .metricName = "m", .namespace_ = "n"}), cdk::Error,
                   "The maximum number of dimensions is 30, received 31");
}

TEST(CloudwatchErrors, MathExpressionVariables) {
  EXPECT_THROW_MSG(cw::MathExpression({.expression = "M1 * 2", .usingMetrics = {{"M1", cpu()}}}), cdk::Error,
                   fixtureError("cw-error-math-variable"));
  cw::MathExpression a({.expression = "x", .usingMetrics = {{"x", cpu()}}});
  cw::MathExpression b(
      {.expression = "x",
       .usingMetrics = {{"x", cw::Metric({.metricName = "CPUUtilization", .namespace_ = "AWS/RDS"})}}});
  EXPECT_THROW_MSG(cw::MathExpression({.expression = "a + b", .usingMetrics = {{"a", a}, {"b", b}}}), cdk::Error,
                   fixtureError("cw-error-math-duplicate-id"));
}

TEST(CloudwatchErrors, StatsPercentages) {
  EXPECT_THROW_MSG(cw::Stats::percentile(101), cdk::Error, fixtureError("cw-error-stats-percentile"));
  EXPECT_THROW_MSG(cw::Stats::trimmedMean(10, 120), cdk::Error, "Expecting a percentage, got: 120");
  EXPECT_THROW_MSG(cw::Stats::wm(-1), cdk::Error, "Expecting a percentage, got: -1");
}

TEST(CloudwatchErrors, AlarmOnMetricOfAnotherRegion) {
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<cw::Alarm>(
            "Alarm",
            {.evaluationPeriods = 1,
             .metric = cw::Metric({.metricName = "CPUUtilization", .namespace_ = "AWS/ECS", .region = "us-east-1"}),
             .threshold = 1});
      },
      "TapStackdev/Alarm", fixtureError("cw-error-alarm-region"));
}

TEST(CloudwatchErrors, AlarmOnSearchRegionExpression) {
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<cw::Alarm>(
            "Alarm", {.evaluationPeriods = 1,
                      .metric = cw::MathExpression(
                          {.expression = "m1", .searchRegion = "us-east-1", .usingMetrics = {{"m1", cpu()}}}),
                      .threshold = 1});
      },
      "TapStackdev/Alarm", fixtureError("cw-error-alarm-math-search-region"));
}

// aws-cdk-lib accepts both (tests/cloudwatch/fixtures/cw-alarm-evaluation-periods-zero.template.json, which its
// validation plugin flags as F3034, and cw-alarm-datapoints-above-periods.template.json); CloudFormation refuses
// them when the stack is deployed, so cdkpp refuses them when the alarm is built.
TEST(CloudwatchErrors, AlarmEvaluationPeriods) {
  expectConstructError(
      [](Fixture& f) { f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 0, .metric = cpu(), .threshold = 1}); },
      "TapStackdev/Alarm", "evaluationPeriods must be at least 1 (got 0)");
  expectConstructError([](Fixture& f) { cpu().createAlarm(*f.stack, "Created", {.threshold = 1}); },
                       "TapStackdev/Created", "evaluationPeriods must be at least 1 (got 0)");
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<cw::Alarm>("Alarm",
                                 {.datapointsToAlarm = 3, .evaluationPeriods = 2, .metric = cpu(), .threshold = 1});
      },
      "TapStackdev/Alarm", "datapointsToAlarm must be between 1 and evaluationPeriods (2), got 3");
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<cw::Alarm>("Alarm",
                                 {.datapointsToAlarm = 0, .evaluationPeriods = 2, .metric = cpu(), .threshold = 1});
      },
      "TapStackdev/Alarm", "datapointsToAlarm must be between 1 and evaluationPeriods (2), got 0");
}

TEST(CloudwatchErrors, AlarmMetricAndThreshold) {
  expectConstructError([](Fixture& f) { f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 1, .threshold = 1}); },
                       "TapStackdev/Alarm", "Alarm needs a metric");
  expectConstructError([](Fixture& f) { f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 1, .metric = cpu()}); },
                       "TapStackdev/Alarm", "threshold must be specified for standard alarms");
}

TEST(CloudwatchErrors, AnomalyDetectionOperators) {
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<cw::Alarm>("Alarm", {.comparisonOperator = cw::ComparisonOperator::GREATER_THAN_UPPER_THRESHOLD,
                                           .evaluationPeriods = 1,
                                           .metric = cpu(),
                                           .threshold = 0});
      },
      "TapStackdev/Alarm",
      "Anomaly detection operator GreaterThanUpperThreshold requires an ANOMALY_DETECTION_BAND() metric.");
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 1,
                                           .metric = cw::MathExpression({.expression = "ANOMALY_DETECTION_BAND(m1, 2)",
                                                                         .usingMetrics = {{"m1", cpu()}}}),
                                           .threshold = 1});
      },
      "TapStackdev/Alarm",
      "Fixed threshold operator undefined can not be used with an ANOMALY_DETECTION_BAND() math expression");
}

TEST(CloudwatchErrors, MathExpressionWithMoreThanTenMetrics) {
  std::vector<std::pair<std::string, cw::AnyMetric>> used;
  std::string expression;
  for (int i = 0; i < 11; ++i) {
    used.emplace_back("m" + std::to_string(i),
                      cw::Metric({.metricName = "M" + std::to_string(i), .namespace_ = "Health/App"}));
    expression += (i ? " + m" : "m") + std::to_string(i);
  }
  expectConstructError(
      [&](Fixture& f) {
        f.stack->make<cw::Alarm>("Alarm",
                                 {.evaluationPeriods = 1,
                                  .metric = cw::MathExpression({.expression = expression, .usingMetrics = used}),
                                  .threshold = 1});
      },
      "TapStackdev/Alarm", "Alarms on math expressions cannot contain more than 10 individual metrics");
}

TEST(CloudwatchErrors, Ec2ActionNeedsAnInstanceMetric) {
  struct Ec2Action : cw::IAlarmAction {
    cw::AlarmActionConfig bind(cdk::Construct&, const cw::IAlarm&) const override {
      return {.alarmActionArn = "arn:aws:automate:ap-southeast-1:ec2:reboot"};
    }
  };
  Fixture f;
  auto& alarm = f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 1, .metric = cpu(), .threshold = 1});
  try {
    alarm.addAlarmAction(Ec2Action());
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Alarm");
    EXPECT_NE(std::string(e.what()).find("EC2 alarm actions requires an EC2 Per-Instance Metric."), std::string::npos);
  }
  auto& instance = f.stack->make<cw::Alarm>(
      "Instance",
      {.evaluationPeriods = 1,
       .metric = cw::Metric(
           {.dimensionsMap = {{"InstanceId", "i-0123"}}, .metricName = "CPUUtilization", .namespace_ = "AWS/EC2"}),
       .threshold = 1});
  EXPECT_NO_THROW(instance.addAlarmAction(Ec2Action()));
  EXPECT_EQ(instance.alarmActionArns().size(), 1u);
}

TEST(CloudwatchErrors, Widgets) {
  EXPECT_THROW_MSG(cw::TextWidget({.markdown = "wide", .width = 25}), cdk::Error,
                   fixtureError("cw-error-widget-too-wide"));
  EXPECT_THROW_MSG(cw::GraphWidget({.end = "-PT1H", .left = {cpu()}}), cdk::Error,
                   fixtureError("cw-error-graph-end-without-start"));
  EXPECT_THROW_MSG(cw::SingleValueWidget({.metrics = {cpu()}, .setPeriodToTimeRange = true, .sparkline = true}),
                   cdk::Error, fixtureError("cw-error-single-value-sparkline"));
  EXPECT_THROW_MSG(cw::GraphWidget({.displayLabelsOnChart = true, .left = {cpu()}}), cdk::Error,
                   "displayLabelsOnChart can currently only be set to true if view is GraphWidgetView.PIE");
  EXPECT_THROW_MSG(cw::AlarmWidget({}), cdk::Error, "AlarmWidget needs an alarm");
  EXPECT_NO_THROW(cw::TextWidget({.markdown = "full", .width = 24}));
}

TEST(CloudwatchErrors, Dashboards) {
  expectConstructError(
      [](Fixture& f) { f.stack->make<cw::Dashboard>("Dashboard", {.dashboardName = "health platform"}); },
      "TapStackdev/Dashboard", fixtureError("cw-error-dashboard-name"));
  expectConstructError([](Fixture& f) { f.stack->make<cw::Dashboard>("Dashboard", {.end = "2026-01-01T00:00:00Z"}); },
                       "TapStackdev/Dashboard", fixtureError("cw-error-dashboard-end-without-start"));
}

// Two metrics under one id in one graph is only found when the graph is rendered: synthesis fails with the
// dashboard's path.
TEST(CloudwatchErrors, OneIdForTwoMetricsInAGraph) {
  Fixture f;
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard");
  dashboard.addWidgets(cw::GraphWidget(
      {.left = {cw::MathExpression({.expression = "x * 2", .usingMetrics = {{"x", cpu()}}}),
                cw::MathExpression(
                    {.expression = "x * 3",
                     .usingMetrics = {{"x", cw::Metric({.metricName = "Other", .namespace_ = "AWS/ECS"})}}})}}));
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected synthesis to fail";
  } catch (const cdk::Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("TapStackdev/Dashboard"), std::string::npos) << what;
    EXPECT_NE(what.find("Cannot have two different metrics share the same id ('x') in one Alarm or Graph."),
              std::string::npos)
        << what;
  }
}

}  // namespace
