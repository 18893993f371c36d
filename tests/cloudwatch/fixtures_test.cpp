// The programs of tests/cloudwatch/fixtures/*.ts in C++: the same templates and warnings as aws-cdk-lib 2.276
// gave for them, and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cdk/cloudwatch_actions.hpp"
#include "cdk/sns.hpp"
#include "cdk/sns_subscriptions.hpp"
#include "fixture_programs.hpp"

namespace {

namespace cw = cdk::cloudwatch;
namespace actions = cdk::cloudwatch_actions;
namespace sns = cdk::sns;
using cdk::Duration;
using cdkpp_test::FixtureProgram;

void alarmDefaults(cdk::Stack& stack) {
  cw::Metric metric({.dimensionsMap = {{"ServiceName", "patient-service"}, {"ClusterName", "health-cluster"}},
                     .metricName = "CPUUtilization",
                     .namespace_ = "AWS/ECS"});
  stack.make<cw::Alarm>("CpuAlarm", {.evaluationPeriods = 2, .metric = metric, .threshold = 80});
}

void alarmOptions(cdk::Stack& stack) {
  auto& topic = stack.make<sns::Topic>("Alerts");
  const cw::DimensionsMap lb{{"LoadBalancer", "app/health-alb/0123456789abcdef"}};
  cw::Metric latency({.dimensionsMap = lb,
                      .metricName = "TargetResponseTime",
                      .namespace_ = "AWS/ApplicationELB",
                      .period = Duration::minutes(1),
                      .statistic = "p99",
                      .unit = cw::Unit::SECONDS});
  auto& full = stack.make<cw::Alarm>("Latency", {.actionsEnabled = false,
                                                 .alarmDescription = "p99 latency above 1.5 s for 3 of 5 minutes",
                                                 .alarmName = "health-latency-p99",
                                                 .comparisonOperator = cw::ComparisonOperator::GREATER_THAN_THRESHOLD,
                                                 .datapointsToAlarm = 3,
                                                 .evaluationPeriods = 5,
                                                 .metric = latency,
                                                 .threshold = 1.5,
                                                 .treatMissingData = cw::TreatMissingData::NOT_BREACHING});
  full.addAlarmAction(actions::SnsAction(topic));
  full.addOkAction(actions::SnsAction(topic));
  full.addInsufficientDataAction(actions::SnsAction(topic));

  cw::Metric requests(
      {.dimensionsMap = lb, .metricName = "RequestCount", .namespace_ = "AWS/ApplicationELB", .statistic = "sum"});
  requests.createAlarm(stack, "LowTraffic",
                       {.comparisonOperator = cw::ComparisonOperator::LESS_THAN_OR_EQUAL_TO_THRESHOLD,
                        .evaluationPeriods = 3,
                        .threshold = 10,
                        .treatMissingData = cw::TreatMissingData::BREACHING});
  requests.createAlarm(
      stack, "HighTraffic",
      {.evaluationPeriods = 1, .period = Duration::minutes(15), .statistic = "Maximum", .threshold = 10000});

  auto& labelled = stack.make<cw::Alarm>(
      "Labelled",
      {.evaluationPeriods = 4,
       .metric = latency.with({.label = "p99 latency", .period = Duration::seconds(30), .statistic = "tm90"}),
       .threshold = 2});
  labelled.addAlarmAction(actions::SnsAction(topic));

  stack.make<cw::Alarm>("Trimmed",
                        {.comparisonOperator = cw::ComparisonOperator::LESS_THAN_THRESHOLD,
                         .evaluationPeriods = 2,
                         .metric = latency.with({.statistic = "TM(10%:90%)", .unit = cw::Unit::MILLISECONDS}),
                         .threshold = 800,
                         .treatMissingData = cw::TreatMissingData::IGNORE});

  cw::Metric tokenDimension({.dimensionsMap = {{"TopicName", topic.topicName()}},
                             .metricName = "NumberOfNotificationsFailed",
                             .namespace_ = "AWS/SNS",
                             .period = Duration::hours(1),
                             .statistic = cw::Stats::SUM});
  stack.make<cw::Alarm>("Failed", {.evaluationPeriods = 1,
                                   .metric = tokenDimension,
                                   .threshold = 0,
                                   .treatMissingData = cw::TreatMissingData::MISSING});
  stack.make<cdk::CfnOutput>("LatencyAlarmArn", {.value = full.alarmArn()});
  stack.make<cdk::CfnOutput>("LatencyAlarmName", {.value = full.alarmName()});
}

void alarmMath(cdk::Stack& stack) {
  const cw::DimensionsMap lb{{"LoadBalancer", "app/health-alb/0123456789abcdef"}};
  cw::Metric errors({.dimensionsMap = lb,
                     .metricName = "HTTPCode_Target_5XX_Count",
                     .namespace_ = "AWS/ApplicationELB",
                     .period = Duration::minutes(1),
                     .statistic = "Sum"});
  cw::Metric requests({.dimensionsMap = lb,
                       .label = "Requests",
                       .metricName = "RequestCount",
                       .namespace_ = "AWS/ApplicationELB",
                       .statistic = "Sum"});
  cw::MathExpression errorRate({.expression = "100 * errors / requests",
                                .label = "Error rate (%)",
                                .period = Duration::minutes(1),
                                .usingMetrics = {{"errors", errors}, {"requests", requests}}});
  stack.make<cw::Alarm>("ErrorRate", {.alarmDescription = "More than 5% of requests fail for 2 minutes",
                                      .evaluationPeriods = 2,
                                      .metric = errorRate,
                                      .threshold = 5});
  errorRate.createAlarm(stack, "ErrorRateSlow",
                        {.evaluationPeriods = 3, .period = Duration::minutes(5), .threshold = 1});

  cw::MathExpression nested(
      {.expression = "rate + m3",
       .usingMetrics = {{"rate", cw::MathExpression({.expression = "errors / requests",
                                                     .usingMetrics = {{"errors", errors}, {"requests", requests}}})},
                        {"m3", cw::Metric({.metricName = "Failures", .namespace_ = "Health/App"})}}});
  stack.make<cw::Alarm>("Nested", {.evaluationPeriods = 1, .metric = nested, .threshold = 0.5});

  cw::MathExpression unknown({.expression = "a + b", .usingMetrics = {{"a", errors}}});
  stack.make<cw::Alarm>("Unknown", {.evaluationPeriods = 1, .metric = unknown, .threshold = 1});
}

void dashboardDefaults(cdk::Stack& stack) {
  stack.make<cw::Dashboard>("Empty");
  auto& dashboard = stack.make<cw::Dashboard>("Notes");
  dashboard.addWidgets(cw::TextWidget({.markdown = "# Health platform"}));
}

void dashboardWidgets(cdk::Stack& stack) {
  const cw::DimensionsMap service{{"ClusterName", "health-cluster"}, {"ServiceName", "patient-service"}};
  const cw::DimensionsMap lb{{"LoadBalancer", "app/health-alb/0123456789abcdef"}};
  cw::Metric cpu({.dimensionsMap = service, .metricName = "CPUUtilization", .namespace_ = "AWS/ECS"});
  cw::Metric memory({.color = cw::Color::ORANGE,
                     .dimensionsMap = service,
                     .label = "Memory (max)",
                     .metricName = "MemoryUtilization",
                     .namespace_ = "AWS/ECS",
                     .period = Duration::minutes(1),
                     .statistic = "Maximum"});
  cw::Metric requests(
      {.dimensionsMap = lb, .metricName = "RequestCount", .namespace_ = "AWS/ApplicationELB", .statistic = "Sum"});
  cw::Metric errors = requests.with({.statistic = "Sum"});
  cw::Metric fivexx({.dimensionsMap = lb,
                     .metricName = "HTTPCode_Target_5XX_Count",
                     .namespace_ = "AWS/ApplicationELB",
                     .statistic = "Sum"});
  cw::MathExpression errorRate({.expression = "100 * e / r",
                                .label = "Error rate",
                                .period = Duration::minutes(1),
                                .usingMetrics = {{"e", fivexx}, {"r", requests}}});
  cw::MathExpression unlabelled(
      {.expression = "e + r", .period = Duration::minutes(1), .usingMetrics = {{"e", fivexx}, {"r", requests}}});
  auto& alarm = stack.make<cw::Alarm>("CpuAlarm", {.evaluationPeriods = 2, .metric = cpu, .threshold = 80});

  auto& dashboard = stack.make<cw::Dashboard>(
      "Dashboard",
      {.dashboardName = "health-platform-dev",
       .end = "2026-01-01T00:00:00Z",
       .periodOverride = cw::PeriodOverride::INHERIT,
       .start = "-P7D",
       .widgets = {
           {cw::GraphWidget({.height = 8,
                             .left = {cpu, memory},
                             .leftAnnotations = {{.color = cw::Color::RED, .label = "CPU limit", .value = 80}},
                             .leftYAxis = cw::YAxisProps{.label = "Percent", .max = 100, .min = 0, .showUnits = false},
                             .legendPosition = cw::LegendPosition::RIGHT,
                             .liveData = true,
                             .period = Duration::minutes(5),
                             .right = {requests, errors},
                             .rightAnnotations = {{.fill = cw::Shading::BELOW, .value = 1000, .visible = false}},
                             .rightYAxis = cw::YAxisProps{.min = 0},
                             .stacked = true,
                             .statistic = "Average",
                             .title = "Service \"patient\" CPU & memory",
                             .width = 12}),
            cw::GraphWidget({.left = {errorRate, unlabelled},
                             .setPeriodToTimeRange = true,
                             .title = "Errors",
                             .view = cw::GraphWidgetView::BAR,
                             .width = 12})},
           {cw::SingleValueWidget({.fullPrecision = true,
                                   .metrics = {requests, errorRate},
                                   .sparkline = true,
                                   .title = "Requests",
                                   .width = 8}),
            cw::TextWidget({.background = cw::TextWidgetBackground::SOLID,
                            .height = 3,
                            .markdown = "## Runbook\nSee \"alarms\" below: \\ escalate to <on-call>.",
                            .width = 16})}}});
  dashboard.addWidgets(
      cw::AlarmWidget(
          {.alarm = alarm, .leftYAxis = cw::YAxisProps{.max = 100, .min = 0}, .title = "CPU alarm", .width = 8}),
      cw::SingleValueWidget({.metrics = {cpu}, .period = Duration::hours(1), .setPeriodToTimeRange = true}),
      cw::GraphWidget({.height = 4, .left = {cpu.with({.statistic = "p90"})}, .width = 16}));
  dashboard.addWidgets(cw::Row(cw::TextWidget({.markdown = "left", .width = 6}),
                               cw::Column(cw::TextWidget({.height = 1, .markdown = "top", .width = 18}),
                                          cw::TextWidget({.markdown = "bottom", .width = 10}))));
  dashboard.addWidgets(cw::Column(cw::TextWidget({.height = 1, .markdown = "last", .width = 24})));
  stack.make<cdk::CfnOutput>("DashboardName", {.value = dashboard.dashboardName()});
  stack.make<cdk::CfnOutput>("DashboardArn", {.value = dashboard.dashboardArn()});
}

void dashboardEnvAgnostic(cdk::Stack& stack) {
  cw::Metric cpu({.dimensionsMap = {{"DBInstanceIdentifier", "health-db"}},
                  .metricName = "CPUUtilization",
                  .namespace_ = "AWS/RDS"});
  auto& alarm = cpu.createAlarm(stack, "DbCpu", {.evaluationPeriods = 2, .threshold = 70});
  cw::Metric remote({.account = "123456789012",
                     .metricName = "DaysToExpiry",
                     .namespace_ = "AWS/CertificateManager",
                     .period = Duration::days(1),
                     .region = "us-east-1",
                     .statistic = "Minimum"});
  stack.make<cw::Dashboard>(
      "Dashboard",
      {.widgets = {{cw::GraphWidget({.left = {cpu}, .title = "Database"}), cw::AlarmWidget({.alarm = alarm}),
                    cw::SingleValueWidget({.metrics = {remote}, .region = "us-east-1"}),
                    cw::GraphWidget({.left = {cpu.attachTo(stack), remote}})}}});
}

void dashboardAttached(cdk::Stack& stack) {
  cw::Metric cpu = cw::Metric({.dimensionsMap = {{"ClusterName", "health-cluster"}, {"ServiceName", "patient-service"}},
                               .metricName = "CPUUtilization",
                               .namespace_ = "AWS/ECS"})
                       .attachTo(stack);
  cw::Metric labelled = cpu.with({.label = "CPU"});
  cw::Metric other({.metricName = "CPUUtilization", .namespace_ = "AWS/ECS", .region = "eu-west-1"});
  cpu.createAlarm(stack, "Cpu", {.evaluationPeriods = 2, .threshold = 80});
  stack.make<cw::Dashboard>("Dashboard", {.widgets = {{cw::GraphWidget({.left = {cpu, labelled}, .right = {other}})}}});
}

void seedMonitoring(cdk::Stack& stack) {
  const std::string env = "dev";
  auto& alerts =
      stack.make<sns::Topic>("AlertsTopic", {.displayName = "medzen-ehrbase-" + env + " alerts", .enforceSSL = true});
  alerts.addSubscription(cdk::subscriptions::EmailSubscription("ops@medzen.example.com"));
  actions::SnsAction notify(alerts);

  const cw::DimensionsMap service{{"ClusterName", "medzen-ehrbase-" + env},
                                  {"ServiceName", "medzen-ehrbase-service-" + env}};
  const cw::DimensionsMap database{{"DBInstanceIdentifier", "medzen-ehrbase-postgres-" + env}};
  const cw::DimensionsMap loadBalancer{{"LoadBalancer", "app/medzen-ehrbase-alb/50dc6c495c0c9188"}};
  cw::Metric ecsCpu({.dimensionsMap = service, .metricName = "CPUUtilization", .namespace_ = "AWS/ECS"});
  cw::Metric ecsMemory({.dimensionsMap = service, .metricName = "MemoryUtilization", .namespace_ = "AWS/ECS"});
  cw::Metric rdsCpu({.dimensionsMap = database, .metricName = "CPUUtilization", .namespace_ = "AWS/RDS"});
  cw::Metric rdsConnections({.dimensionsMap = database, .metricName = "DatabaseConnections", .namespace_ = "AWS/RDS"});
  cw::Metric responseTime({.dimensionsMap = loadBalancer,
                           .metricName = "TargetResponseTime",
                           .namespace_ = "AWS/ApplicationELB",
                           .unit = cw::Unit::SECONDS});
  cw::Metric requests({.dimensionsMap = loadBalancer,
                       .metricName = "RequestCount",
                       .namespace_ = "AWS/ApplicationELB",
                       .period = Duration::minutes(1),
                       .statistic = cw::Stats::SUM});
  cw::Metric errors5xx({.dimensionsMap = loadBalancer,
                        .metricName = "HTTPCode_Target_5XX_Count",
                        .namespace_ = "AWS/ApplicationELB",
                        .period = Duration::minutes(1),
                        .statistic = cw::Stats::SUM});
  cw::MathExpression errorRate({.expression = "100 * errors / requests",
                                .label = "5xx error rate (%)",
                                .period = Duration::minutes(1),
                                .usingMetrics = {{"errors", errors5xx}, {"requests", requests}}});

  std::vector<cw::Alarm*> alarms{
      &stack.make<cw::Alarm>("EcsCpuHigh", {.alarmDescription = "ECS CPU above 80% for 10 minutes",
                                            .alarmName = "medzen-ehrbase-" + env + "-ecs-cpu-high",
                                            .comparisonOperator = cw::ComparisonOperator::GREATER_THAN_THRESHOLD,
                                            .evaluationPeriods = 2,
                                            .metric = ecsCpu,
                                            .threshold = 80}),
      &stack.make<cw::Alarm>("EcsMemoryHigh", {.alarmDescription = "ECS memory above 85% for 10 minutes",
                                               .alarmName = "medzen-ehrbase-" + env + "-ecs-memory-high",
                                               .comparisonOperator = cw::ComparisonOperator::GREATER_THAN_THRESHOLD,
                                               .evaluationPeriods = 2,
                                               .metric = ecsMemory,
                                               .threshold = 85}),
      &rdsCpu.createAlarm(stack, "RdsCpuHigh",
                          {.alarmName = "medzen-ehrbase-" + env + "-rds-cpu-high",
                           .comparisonOperator = cw::ComparisonOperator::GREATER_THAN_THRESHOLD,
                           .evaluationPeriods = 2,
                           .threshold = 70,
                           .treatMissingData = cw::TreatMissingData::NOT_BREACHING}),
      &rdsConnections.createAlarm(stack, "RdsConnectionsHigh",
                                  {.alarmName = "medzen-ehrbase-" + env + "-rds-connections-high",
                                   .comparisonOperator = cw::ComparisonOperator::GREATER_THAN_THRESHOLD,
                                   .evaluationPeriods = 2,
                                   .statistic = cw::Stats::MAXIMUM,
                                   .threshold = 80}),
      &stack.make<cw::Alarm>("AlbResponseTimeHigh",
                             {.comparisonOperator = cw::ComparisonOperator::GREATER_THAN_THRESHOLD,
                              .evaluationPeriods = 1,
                              .metric = responseTime,
                              .threshold = 1}),
      &errorRate.createAlarm(stack, "Alb5xxRateHigh",
                             {.comparisonOperator = cw::ComparisonOperator::GREATER_THAN_THRESHOLD,
                              .evaluationPeriods = 2,
                              .threshold = 5,
                              .treatMissingData = cw::TreatMissingData::NOT_BREACHING}),
  };
  for (cw::Alarm* alarm : alarms) {
    alarm->addAlarmAction(notify);
    alarm->addOkAction(notify);
  }

  auto& dashboard = stack.make<cw::Dashboard>("Dashboard", {.dashboardName = "medzen-ehrbase-" + env});
  dashboard.addWidgets(cw::TextWidget({.height = 1, .markdown = "# medzen-ehrbase (" + env + ")", .width = 24}));
  dashboard.addWidgets(cw::GraphWidget({.left = {ecsCpu, ecsMemory}, .title = "ECS CPU and memory", .width = 12}),
                       cw::GraphWidget({.left = {rdsCpu}, .right = {rdsConnections}, .title = "RDS", .width = 12}));
  dashboard.addWidgets(
      cw::GraphWidget({.left = {requests}, .right = {errorRate}, .title = "ALB requests", .width = 12}),
      cw::SingleValueWidget({.metrics = {responseTime}, .title = "Response time", .width = 6}),
      cw::AlarmWidget({.alarm = *alarms[0], .title = "ECS CPU alarm", .width = 6}));
  stack.make<cdk::CfnOutput>("AlertsTopicArn", {.value = alerts.topicArn()});
  stack.make<cdk::CfnOutput>(
      "DashboardUrl", {.value = cdk::Value("https://console.aws.amazon.com/cloudwatch/home?region=") + stack.region() +
                                "#dashboards:name=" + dashboard.dashboardName()});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "cw-alarm-defaults", .build = alarmDefaults},
      {.name = "cw-alarm-options", .build = alarmOptions},
      {.name = "cw-alarm-math", .build = alarmMath},
      {.name = "cw-dashboard-defaults", .build = dashboardDefaults},
      {.name = "cw-dashboard-widgets", .build = dashboardWidgets},
      {.name = "cw-dashboard-env-agnostic", .build = dashboardEnvAgnostic, .envAgnostic = true},
      {.name = "cw-dashboard-attached", .build = dashboardAttached},
      {.name = "cw-seed-monitoring", .build = seedMonitoring},
  };
  return list;
}

class CloudwatchFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(CloudwatchFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("cloudwatch", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, CloudwatchFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(CloudwatchFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
