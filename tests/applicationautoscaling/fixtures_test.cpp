// Whole templates and annotations compared with aws-cdk-lib 2.276's output for the same programs
// (tests/applicationautoscaling/fixtures/*.ts, each ported line by line below), and cfn-lint over all of them.
#include <gtest/gtest.h>

#include "cdk/applicationautoscaling.hpp"
#include "cdk/cloudwatch.hpp"
#include "cdk/cloudwatch_actions.hpp"
#include "cdk/iam.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace appscaling = cdk::applicationautoscaling;
namespace cloudwatch = cdk::cloudwatch;
namespace iam = cdk::iam;
using cdk::CfnOutput;
using cdk::Duration;
using cdk::Stack;
using cdkpp_test::Scenario;
using namespace std::chrono;

appscaling::ScalableTargetProps ecsService(const char* resourceId, int min, int max) {
  return {.maxCapacity = max,
          .minCapacity = min,
          .resourceId = resourceId,
          .scalableDimension = "ecs:service:DesiredCount",
          .serviceNamespace = appscaling::ServiceNamespace::ECS};
}

const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all{
      {"applicationautoscaling-scalable-target",
       [](Stack& stack) {
         auto& target = stack.make<appscaling::ScalableTarget>(
             "Target", ecsService("service/health-cluster/patient-service", 1, 3));
         target.scaleOnSchedule(
             "ScaleUpMornings",
             {.minCapacity = 2,
              .schedule = appscaling::Schedule::cron({.hour = "8", .minute = "0", .weekDay = "MON-FRI"})});
         target.scaleOnSchedule("ScaleDownNights",
                                {.maxCapacity = 2,
                                 .minCapacity = 1,
                                 .schedule = appscaling::Schedule::cron({.hour = "20", .minute = "30"}),
                                 .timeZone = cdk::TimeZone::ASIA_SINGAPORE});
         target.scaleOnSchedule("EveryHour", {.maxCapacity = 3, .schedule = appscaling::Schedule::cron({.hour = "*"})});
         target.scaleOnSchedule("Rate", {.minCapacity = 1, .schedule = appscaling::Schedule::rate(Duration::hours(6))});
         target.scaleOnSchedule("RateMinutes",
                                {.minCapacity = 1, .schedule = appscaling::Schedule::rate(Duration::minutes(90))});
         target.scaleOnSchedule("RateDay",
                                {.minCapacity = 1, .schedule = appscaling::Schedule::rate(Duration::days(1))});
         target.scaleOnSchedule("Once",
                                {.endTime = sys_days{year{2030} / 2 / 1},
                                 .maxCapacity = 5,
                                 .schedule = appscaling::Schedule::at(sys_days{year{2030} / 1 / 15} + 9h + 5min),
                                 .startTime = sys_days{year{2030} / 1 / 1}});
         target.scaleOnSchedule("Raw",
                                {.minCapacity = 2, .schedule = appscaling::Schedule::expression("cron(0 12 * * ? *)")});
         auto& role = stack.make<iam::Role>(
             "ScalingRole",
             {.assumedBy = std::make_shared<iam::ServicePrincipal>("application-autoscaling.amazonaws.com")});
         auto props = ecsService("service/health-cluster/appointment-service", 0, 10);
         props.role = role;
         auto& withRole = stack.make<appscaling::ScalableTarget>("WithRole", props);
         withRole.addToRolePolicy(iam::PolicyStatement({.actions = {"ecs:DescribeServices"}, .resources = {"*"}}));
         stack.make<CfnOutput>("TargetId", {.value = target.scalableTargetId()});
       }},
      {"applicationautoscaling-target-tracking",
       [](Stack& stack) {
         auto& target = stack.make<appscaling::ScalableTarget>(
             "Target", ecsService("service/health-cluster/patient-service", 2, 4));
         target.scaleToTrackMetric(
             "CpuScaling", {.predefinedMetric = appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
                            .scaleInCooldown = Duration::seconds(300),
                            .scaleOutCooldown = Duration::seconds(60),
                            .targetValue = 70});
         target.scaleToTrackMetric(
             "MemoryScaling", {.disableScaleIn = true,
                               .policyName = "memory-tracking",
                               .predefinedMetric = appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
                               .targetValue = 80});
         auto& policy = stack.make<appscaling::TargetTrackingScalingPolicy>(
             "RequestScaling", {{.disableScaleIn = false,
                                 .predefinedMetric = appscaling::PredefinedMetric::ALB_REQUEST_COUNT_PER_TARGET,
                                 .resourceLabel = "app/health-alb/0123456789abcdef/targetgroup/web/fedcba9876543210",
                                 .targetValue = 1000.5},
                                target});
         stack.make<CfnOutput>("PolicyArn", {.value = policy.scalingPolicyArn()});
       }},
      {"applicationautoscaling-seed",
       [](Stack& stack) {
         auto& ehrbase = stack.make<appscaling::ScalableTarget>(
             "EhrbaseScaling", ecsService("service/medzen-ehrbase-cluster/medzen-ehrbase-service", 2, 4));
         ehrbase.scaleToTrackMetric(
             "CpuTargetTracking",
             {.predefinedMetric = appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
              .scaleInCooldown = Duration::seconds(300),
              .scaleOutCooldown = Duration::seconds(60),
              .targetValue = 70});
         ehrbase.scaleToTrackMetric(
             "MemoryTargetTracking",
             {.predefinedMetric = appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
              .scaleInCooldown = Duration::seconds(300),
              .scaleOutCooldown = Duration::seconds(60),
              .targetValue = 80});
         auto& backend = stack.make<appscaling::ScalableTarget>(
             "BackendScaling", ecsService("service/health-platform-dev/backend", 1, 3));
         backend.scaleOnSchedule(
             "BusinessHours",
             {.maxCapacity = 3,
              .minCapacity = 2,
              .schedule = appscaling::Schedule::cron({.hour = "7", .minute = "0", .weekDay = "MON-FRI"})});
         backend.scaleOnSchedule(
             "OffHours", {.maxCapacity = 1,
                          .minCapacity = 1,
                          .schedule = appscaling::Schedule::cron({.hour = "19", .minute = "0", .weekDay = "MON-FRI"})});
       }},
      {"applicationautoscaling-step-scaling",
       [](Stack& stack) {
         auto& target = stack.make<appscaling::ScalableTarget>(
             "Target", ecsService("service/health-cluster/patient-service", 2, 10));
         const cloudwatch::Metric cpu(
             {.dimensionsMap = {{"ClusterName", "health-cluster"}, {"ServiceName", "patient-service"}},
              .metricName = "CPUUtilization",
              .namespace_ = "AWS/ECS",
              .period = Duration::minutes(1)});
         target.scaleOnMetric(
             "CpuSteps",
             {.cooldown = Duration::seconds(120),
              .datapointsToAlarm = 2,
              .evaluationPeriods = 3,
              .metric = cpu,
              .scalingSteps = {{.change = -1, .upper = 10}, {.change = +1, .lower = 50}, {.change = +3, .lower = 70}}});
         const cloudwatch::Metric memory(
             {.dimensionsMap = {{"ClusterName", "health-cluster"}, {"ServiceName", "patient-service"}},
              .metricName = "MemoryUtilization",
              .namespace_ = "AWS/ECS",
              .statistic = cloudwatch::Stats::MAXIMUM});
         stack.make<appscaling::StepScalingPolicy>("MemorySteps",
                                                   {{.adjustmentType = appscaling::AdjustmentType::EXACT_CAPACITY,
                                                     .metric = memory,
                                                     .scalingSteps = {{.change = 2, .upper = 30},
                                                                      {.change = 4, .lower = 30, .upper = 80},
                                                                      {.change = 8, .lower = 80}}},
                                                    target});
         target.scaleOnMetric("UpOnly", {.adjustmentType = appscaling::AdjustmentType::PERCENT_CHANGE_IN_CAPACITY,
                                         .metric = cpu.with({.statistic = "Minimum"}),
                                         .metricAggregationType = appscaling::MetricAggregationType::MAXIMUM,
                                         .minAdjustmentMagnitude = 1,
                                         .scalingSteps = {{.change = 0, .upper = 85}, {.change = 50, .lower = 85}}});
         target.scaleToTrackMetric(
             "CustomTracking", {.customMetric = cloudwatch::Metric({.dimensionsMap = {{"Service", "patient-service"}},
                                                                    .metricName = "QueueDepthPerTask",
                                                                    .namespace_ = "HealthPlatform",
                                                                    .statistic = "Sum",
                                                                    .unit = cloudwatch::Unit::COUNT}),
                                .scaleInCooldown = Duration::minutes(5),
                                .targetValue = 100});
       }},
      {"applicationautoscaling-step-more",
       [](Stack& stack) {
         auto& target = stack.make<appscaling::ScalableTarget>(
             "Target", ecsService("service/health-cluster/records-service", 1, 6));
         const cloudwatch::Metric queue(
             {.metricName = "QueueDepth", .namespace_ = "HealthPlatform", .statistic = "Sum"});
         const cloudwatch::Metric tasks({.metricName = "Tasks", .namespace_ = "HealthPlatform"});
         target.scaleOnMetric("Backlog", {.metric = cloudwatch::MathExpression(
                                              {.expression = "q / t", .usingMetrics = {{"q", queue}, {"t", tasks}}}),
                                          .scalingSteps = {{.change = 0, .upper = 100},
                                                           {.change = 1, .lower = 100, .upper = 500},
                                                           {.change = 2, .lower = 500, .upper = 1000},
                                                           {.change = 4, .lower = 1000}}});
         target.scaleOnMetric("Exact", {.adjustmentType = appscaling::AdjustmentType::EXACT_CAPACITY,
                                        .evaluationPeriods = 2,
                                        .metric = queue,
                                        .scalingSteps = {{.change = 0, .upper = 10}, {.change = 3, .lower = 10}}});
         target.scaleOnMetric("Gaps", {.metric = queue.with({.period = Duration::minutes(1)}),
                                       .scalingSteps = {{.change = -2, .lower = 0, .upper = 5},
                                                        {.change = -1, .upper = 20},
                                                        {.change = 1, .lower = 40, .upper = 60},
                                                        {.change = 2, .lower = 60}}});
         auto& action = stack.make<appscaling::StepScalingAction>(
             "OwnAction", {.adjustmentType = appscaling::AdjustmentType::CHANGE_IN_CAPACITY,
                           .policyName = "records-burst",
                           .scalingTarget = target});
         action.addAdjustment({.adjustment = 2, .lowerBound = 0, .upperBound = 10});
         action.addAdjustment({.adjustment = 5, .lowerBound = 10});
         stack.make<cloudwatch::Alarm>("OwnAlarm", {.evaluationPeriods = 1, .metric = queue, .threshold = 50})
             .addAlarmAction(cdk::cloudwatch_actions::ApplicationScalingAction(action));
         target.scaleToTrackMetric("OtherRegion",
                                   {.customMetric = tasks.with({.region = "us-east-1", .statistic = "Maximum"}),
                                    .disableScaleIn = true,
                                    .scaleOutCooldown = Duration::seconds(30),
                                    .targetValue = 3});
         stack.make<CfnOutput>("OwnActionArn", {.value = action.scalingPolicyArn()});
       }},
  };
  return all;
}

class AppScalingFixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(AppScalingFixtures, MatchesAwsCdkLib) {
  cdkpp_test::expectScenarioMatchesFixture("applicationautoscaling", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, AppScalingFixtures, ::testing::ValuesIn(scenarios()), cdkpp_test::scenarioTestName);

TEST(AppScalingLint, EveryFixtureTemplatePassesCfnLint) { cdkpp_test::expectScenariosPassCfnLint(scenarios()); }

}  // namespace
