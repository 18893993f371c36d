// Whole templates and annotations compared with aws-cdk-lib 2.276's output for the same programs
// (tests/applicationautoscaling/fixtures/*.ts, each ported line by line below), and cfn-lint over all of them.
#include <gtest/gtest.h>

#include "cdk/applicationautoscaling.hpp"
#include "cdk/iam.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace appscaling = cdk::applicationautoscaling;
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
             "RequestScaling", {.disableScaleIn = false,
                                .predefinedMetric = appscaling::PredefinedMetric::ALB_REQUEST_COUNT_PER_TARGET,
                                .resourceLabel = "app/health-alb/0123456789abcdef/targetgroup/web/fedcba9876543210",
                                .scalingTarget = target,
                                .targetValue = 1000.5});
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
