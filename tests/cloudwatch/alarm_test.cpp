// Alarms: how each kind of metric is rendered, actions, annotations, imported alarms.
#include <gtest/gtest.h>

#include "cdk/cfn/cloudwatch.hpp"
#include "cdk/cloudwatch.hpp"
#include "cdk/cloudwatch_actions.hpp"
#include "cdk/sns.hpp"
#include "cloudwatch_test_util.hpp"

namespace {

namespace cw = cdk::cloudwatch;
using cdk::Duration;
using datatest::json;

using cwtest::cpu;

json alarmProperties(datatest::Fixture& f, const std::string& logicalId) {
  return datatest::synthTemplate(f.app)["Resources"][logicalId]["Properties"];
}

TEST(CloudwatchAlarm, PercentilesAreExtendedStatistics) {
  datatest::Fixture f;
  f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 1, .metric = cpu({.statistic = "p99"}), .threshold = 1});
  const json p = alarmProperties(f, "Alarm7103F465");
  EXPECT_EQ(p["ExtendedStatistic"], "p99");
  EXPECT_FALSE(p.contains("Statistic"));
  EXPECT_FALSE(p.contains("Dimensions")) << "no dimensions, no Dimensions";
}

TEST(CloudwatchAlarm, MetricsOfAnotherAccountUseTheMetricsList) {
  datatest::Fixture f;
  f.stack->make<cw::Alarm>("Alarm",
                           {.evaluationPeriods = 1, .metric = cpu({.account = "123456789012"}), .threshold = 1});
  const json p = alarmProperties(f, "Alarm7103F465");
  ASSERT_TRUE(p.contains("Metrics"));
  EXPECT_EQ(p["Metrics"][0]["AccountId"], "123456789012");
  EXPECT_EQ(p["Metrics"][0]["Id"], "m1");
  EXPECT_EQ(p["Metrics"][0]["MetricStat"]["Stat"], "Average");
  EXPECT_FALSE(p.contains("MetricName"));
}

TEST(CloudwatchAlarm, AnomalyDetectionBand) {
  datatest::Fixture f;
  const cw::MathExpression band(
      {.expression = "ANOMALY_DETECTION_BAND(m1, 2)", .label = "Band", .usingMetrics = {{"m1", cpu()}}});
  auto& alarm = f.stack->make<cw::Alarm>(
      "Alarm", {.comparisonOperator = cw::ComparisonOperator::LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
                .evaluationPeriods = 1,
                .metric = band,
                .threshold = 3});
  const json p = alarmProperties(f, "Alarm7103F465");
  EXPECT_FALSE(p.contains("Threshold"));
  EXPECT_EQ(p["ThresholdMetricId"], "expr_1");
  EXPECT_EQ(p["Metrics"][0]["ReturnData"], true);
  EXPECT_EQ(p["Metrics"][1]["Id"], "m1");
  EXPECT_EQ(p["Metrics"][1]["ReturnData"], true) << "the band's metric is returned too";
  EXPECT_EQ(alarm.toAnnotation().label, "Anomaly Detection Band");
  EXPECT_EQ(alarm.toAnnotation().visible, false);
  EXPECT_EQ(datatest::messagesWith(f.app, "threshold is unused for anomaly detection alarms").size(), 1u);
}

TEST(CloudwatchAlarm, Annotation) {
  datatest::Fixture f;
  auto& alarm = f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 2, .metric = cpu(), .threshold = 80});
  EXPECT_EQ(alarm.toAnnotation().label, "CPUUtilization >= 80 for 2 datapoints within 10 minutes");
  EXPECT_EQ(alarm.toAnnotation().value, 80);
  auto& second = f.stack->make<cw::Alarm>("Second", {.comparisonOperator = cw::ComparisonOperator::LESS_THAN_THRESHOLD,
                                                     .datapointsToAlarm = 1,
                                                     .evaluationPeriods = 3,
                                                     .metric = cpu({.label = "CPU", .period = Duration::seconds(30)}),
                                                     .threshold = 0.5});
  EXPECT_EQ(second.toAnnotation().label, "CPU < 0.5 for 1 datapoints within 1.5 minutes");
  auto& third = f.stack->make<cw::Alarm>(
      "Third", {.evaluationPeriods = 1, .metric = cpu({.period = Duration::minutes(1)}), .threshold = 1});
  EXPECT_EQ(third.toAnnotation().label, "CPUUtilization >= 1 for 1 datapoints within 1 minute");
  // As a graph annotation.
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard");
  dashboard.addWidgets(cw::GraphWidget({.left = {cpu()}, .leftAnnotations = {alarm.toAnnotation()}}));
  const json body = datatest::synthTemplate(f.app)["Resources"]["Dashboard9E4231ED"]["Properties"]["DashboardBody"];
  const std::string text = body.dump();
  EXPECT_NE(
      text.find(
          R"(\"annotations\":{\"horizontal\":[{\"value\":80,\"label\":\"CPUUtilization >= 80 for 2 datapoints within 10 minutes\",\"yAxis\":\"left\"}]})"),
      std::string::npos)
      << text;
}

TEST(CloudwatchAlarm, ActionsAddedLaterAreRendered) {
  datatest::Fixture f;
  auto& topic = f.stack->make<cdk::sns::Topic>("Topic");
  auto& alarm = f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 1, .metric = cpu(), .threshold = 1});
  EXPECT_FALSE(alarmProperties(f, "Alarm7103F465").contains("AlarmActions"));
  alarm.addAlarmAction(cdk::cloudwatch_actions::SnsAction(topic), cdk::cloudwatch_actions::SnsAction(topic));
  const json p = alarmProperties(f, "Alarm7103F465");
  EXPECT_EQ(p["AlarmActions"], json::parse(R"([{"Ref": "TopicBFC7AF6E"}, {"Ref": "TopicBFC7AF6E"}])"));
  EXPECT_FALSE(p.contains("OKActions"));
  EXPECT_EQ(alarm.alarmActionArns().size(), 2u);
}

TEST(CloudwatchAlarm, ImportedAlarms) {
  datatest::Fixture f;
  auto& byArn =
      cw::Alarm::fromAlarmArn(*f.stack, "ByArn", "arn:aws:cloudwatch:ap-southeast-1:123456789012:alarm:cpu-high");
  EXPECT_EQ(byArn.alarmName(), cdk::Value("cpu-high"));
  auto& byName = cw::Alarm::fromAlarmName(*f.stack, "ByName", "db-high");
  EXPECT_EQ(f.stack->resolve(byName.alarmArn()),
            json::parse(R"({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":cloudwatch:ap-southeast-1:",
                           {"Ref": "AWS::AccountId"}, ":alarm:db-high"]]})"));
  // An imported alarm can be shown on a dashboard.
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard");
  dashboard.addWidgets(cw::AlarmWidget({.alarm = byArn}));
  const std::string text = datatest::synthTemplate(f.app)["Resources"]["Dashboard9E4231ED"].dump();
  EXPECT_NE(text.find("arn:aws:cloudwatch:ap-southeast-1:123456789012:alarm:cpu-high"), std::string::npos) << text;
}

TEST(CloudwatchAlarm, EscapeHatch) {
  datatest::Fixture f;
  auto& alarm = f.stack->make<cw::Alarm>("Alarm", {.evaluationPeriods = 1, .metric = cpu(), .threshold = 1});
  alarm.cfnAlarm().props().evaluationInterval = 60;
  EXPECT_EQ(alarmProperties(f, "Alarm7103F465")["EvaluationInterval"], 60);
}

}  // namespace
