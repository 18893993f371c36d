// A service's containers as load balancer targets by name and port (BaseService::loadBalancerTarget,
// registerLoadBalancerTargets with ListenerConfig::applicationListener): the whole template compared with
// aws-cdk-lib 2.276's for tests/ecs/fixtures/ecs-load-balancer-targets.ts, cfn-lint over it, and the errors.
#include <gtest/gtest.h>

#include "ecs_test_util.hpp"
#include "fixture_scenarios.hpp"

namespace {

using namespace ecstest;
using cdkpp_test::Scenario;

const std::vector<Scenario>& loadBalancerTargetScenarios() {
  static const std::vector<Scenario> all{
      {"ecs-load-balancer-targets",
       [](cdk::Stack& stack) {
         auto& vpc = seedVpc(stack);
         auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = vpc});
         auto& taskDefinition = stack.make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 512, .memoryLimitMiB = 1024});
         taskDefinition.addContainer("web", {.image = nginx(), .portMappings = {{.containerPort = 8080}}});
         taskDefinition.addContainer(
             "api", {.image = ecs::ContainerImage::fromRegistry("public.ecr.aws/docker/library/httpd:2.4"),
                     .portMappings = {{.containerPort = 9000}, {.containerPort = 9001}}});
         auto& service = stack.make<ecs::FargateService>(
             "Service", {.circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true},
                         .cluster = cluster,
                         .minHealthyPercent = 100,
                         .taskDefinition = taskDefinition});
         auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
         auto& listener = alb.addListener("Http", {.port = 80});
         auto web = service.loadBalancerTarget({.containerName = "web", .containerPort = 8080});
         listener.addTargets("Web", {.port = 80, .targets = {web}});
         auto& admin =
             alb.addListener("Admin", {.open = false, .port = 8081, .protocol = elbv2::ApplicationProtocol::HTTP});
         service.registerLoadBalancerTargets({
             {.containerName = "api",
              .containerPort = 9000,
              .listener = ecs::ListenerConfig::applicationListener(
                  listener,
                  {.conditions = {elbv2::ListenerCondition::pathPatterns({"/api/*"})},
                   .deregistrationDelay = cdk::Duration::seconds(15),
                   .healthCheck = elbv2::HealthCheck{.interval = cdk::Duration::seconds(20), .path = "/health"},
                   .priority = 10,
                   .protocol = elbv2::ApplicationProtocol::HTTP}),
              .newTargetGroupId = "Api"},
             {.containerName = "api",
              .containerPort = 9001,
              .listener = ecs::ListenerConfig::applicationListener(admin),
              .newTargetGroupId = "ApiAdmin"},
         });
       },
       {},
       {{"W3005",
         "aws-cdk-lib's template too: the service depends on the target groups, which its LoadBalancers entries "
         "refer to as well"}}},
  };
  return all;
}

class EcsLoadBalancerTargetFixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(EcsLoadBalancerTargetFixtures, TemplateAndAnnotationsMatchAwsCdkLib) {
  cdkpp_test::expectScenarioMatchesFixture("ecs", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, EcsLoadBalancerTargetFixtures, ::testing::ValuesIn(loadBalancerTargetScenarios()),
                         cdkpp_test::scenarioTestName);

TEST(EcsLoadBalancerTargetLint, EveryFixtureTemplatePassesCfnLint) {
  cdkpp_test::expectScenariosPassCfnLint(loadBalancerTargetScenarios());
}

TEST(EcsLoadBalancerTargetErrors, RegisteredTargetWithoutListener) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("app", {.image = nginx(), .portMappings = {{.containerPort = 80}}});
        auto& service = f.stack->make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = td});
        service.registerLoadBalancerTargets({{.containerName = "app", .newTargetGroupId = "App"}});
      },
      "TapStackdev/Service",
      "registerLoadBalancerTargets: the target 'App' has no listener; give it "
      "ListenerConfig::applicationListener(listener, {...})");
}

}  // namespace
