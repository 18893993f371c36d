// Task count scaling (BaseService::autoScaleTaskCount, ecs::ScalableTaskCount): the whole template compared
// with aws-cdk-lib 2.276's for tests/ecs/fixtures/ecs-autoscale-task-count.ts and ecs-autoscale-metrics.ts
// (scaleOnMetric, scaleToTrackCustomMetric), cfn-lint over them, and
// aws-cdk-lib's errors of ecs-autoscale-errors.ts with the same construct paths.
#include <gtest/gtest.h>

#include "cdk/applicationautoscaling.hpp"
#include "cdk/cloudwatch.hpp"
#include "ecs_test_util.hpp"
#include "fixture_scenarios.hpp"

namespace {

using namespace ecstest;
using cdkpp_test::Scenario;
namespace appscaling = cdk::applicationautoscaling;
namespace cloudwatch = cdk::cloudwatch;

/// A Fargate service with one container without ports, in a cluster in the seed VPC.
ecs::FargateService& scalingFargateService(cdk::Stack& stack) {
  auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = seedVpc(stack)});
  auto& td = stack.make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = nginx()});
  return stack.make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = td});
}

const std::vector<Scenario>& scalingScenarios() {
  static const std::vector<Scenario> all{
      {"ecs-autoscale-task-count",
       [](cdk::Stack& stack) {
         auto& vpc = seedVpc(stack);
         auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = vpc});
         auto& taskDefinition = stack.make<ecs::FargateTaskDefinition>("TaskDef");
         taskDefinition.addContainer("app", {.image = nginx(), .portMappings = {{.containerPort = 80}}});
         auto& service = stack.make<ecs::FargateService>(
             "Service", {.circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true},
                         .cluster = cluster,
                         .minHealthyPercent = 100,
                         .taskDefinition = taskDefinition});
         auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
         auto& listener = alb.addListener("Listener", {.port = 80});
         auto& targetGroup = listener.addTargets("App", {.port = 80, .targets = {service}});
         auto& scaling = service.autoScaleTaskCount({.maxCapacity = 10, .minCapacity = 2});
         scaling.scaleOnCpuUtilization("Cpu", {.scaleInCooldown = cdk::Duration::seconds(300),
                                               .scaleOutCooldown = cdk::Duration::seconds(60),
                                               .targetUtilizationPercent = 70});
         scaling.scaleOnMemoryUtilization(
             "Memory", {.disableScaleIn = true, .policyName = "memory", .targetUtilizationPercent = 80});
         scaling.scaleOnRequestCount("Requests", {.requestsPerTarget = 1000, .targetGroup = targetGroup});
         scaling.scaleOnSchedule("Night", {.maxCapacity = 2,
                                           .minCapacity = 1,
                                           .schedule = appscaling::Schedule::cron({.hour = "22", .minute = "0"})});
       },
       {},
       {{"W3005",
         "aws-cdk-lib's template too: the service depends on the target group listener.addTargets made, which its "
         "LoadBalancers entry refers to as well"}}},
      {"ecs-autoscale-metrics",
       [](cdk::Stack& stack) {
         auto& vpc = seedVpc(stack);
         auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = vpc});
         auto& taskDefinition = stack.make<ecs::FargateTaskDefinition>("TaskDef");
         taskDefinition.addContainer("worker", {.image = nginx()});
         auto& service = stack.make<ecs::FargateService>(
             "Service", {.cluster = cluster, .minHealthyPercent = 100, .taskDefinition = taskDefinition});
         auto& scaling = service.autoScaleTaskCount({.maxCapacity = 8, .minCapacity = 1});
         scaling.scaleOnMetric(
             "CpuSteps",
             {.cooldown = cdk::Duration::seconds(90),
              .evaluationPeriods = 2,
              .metric = service.metricCpuUtilization({.period = cdk::Duration::minutes(1)}),
              .scalingSteps = {{.change = -1, .upper = 20}, {.change = +2, .lower = 60}, {.change = +4, .lower = 85}}});
         scaling.scaleToTrackCustomMetric("QueueDepth",
                                          {.metric = cloudwatch::Metric({.dimensionsMap = {{"Queue", "lab-results"}},
                                                                         .metricName = "MessagesPerTask",
                                                                         .namespace_ = "HealthPlatform",
                                                                         .statistic = cloudwatch::Stats::AVERAGE}),
                                           .policyName = "queue-depth",
                                           .scaleInCooldown = cdk::Duration::minutes(3),
                                           .scaleOutCooldown = cdk::Duration::seconds(45),
                                           .targetValue = 25});
         scaling.scaleOnMetric("Memory", {.adjustmentType = appscaling::AdjustmentType::PERCENT_CHANGE_IN_CAPACITY,
                                          .metric = service.metricMemoryUtilization(),
                                          .minAdjustmentMagnitude = 1,
                                          .scalingSteps = {{.change = 0, .upper = 50}, {.change = 20, .lower = 50}}});
       }},
  };
  return all;
}

class EcsScalingFixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(EcsScalingFixtures, TemplateAndAnnotationsMatchAwsCdkLib) {
  cdkpp_test::expectScenarioMatchesFixture("ecs", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, EcsScalingFixtures, ::testing::ValuesIn(scalingScenarios()),
                         cdkpp_test::scenarioTestName);

TEST(EcsScalingLint, EveryFixtureTemplatePassesCfnLint) { cdkpp_test::expectScenariosPassCfnLint(scalingScenarios()); }

TEST(EcsScalingErrors, TaskCountScaledTwice) {
  expectConstructError(
      [](Fixture& f) {
        auto& service = scalingFargateService(*f.stack);
        service.autoScaleTaskCount({.maxCapacity = 4});
        service.autoScaleTaskCount({.maxCapacity = 5});
      },
      "TapStackdev/Service", fixtureError("ecs-error-autoscale-twice"));
}

TEST(EcsScalingErrors, MinCapacityAboveMaxCapacity) {
  expectConstructError(
      [](Fixture& f) { scalingFargateService(*f.stack).autoScaleTaskCount({.maxCapacity = 4, .minCapacity = 5}); },
      "TapStackdev/Service/TaskCount", fixtureError("ecs-error-autoscale-min-above-max"));
}

TEST(EcsScalingErrors, RequestCountWithoutTargetGroup) {
  expectConstructError(
      [](Fixture& f) {
        scalingFargateService(*f.stack)
            .autoScaleTaskCount({.maxCapacity = 4})
            .scaleOnRequestCount("Requests", {.requestsPerTarget = 100});
      },
      "TapStackdev/Service/TaskCount", "scaleOnRequestCount needs the targetGroup");
}

}  // namespace
