// The feature flags the ecs_patterns services read (ecs-patterns-flags.ts, synthesized by aws-cdk-lib with the
// same context): the same template and warnings, and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/ec2.hpp"
#include "cdk/ecs.hpp"
#include "cdk/ecs_patterns.hpp"
#include "cdk/elbv2.hpp"
#include "cdk/route53.hpp"
#include "data_test_util.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace ecs = cdk::ecs;
namespace ecs_patterns = cdk::ecs_patterns;
namespace elbv2 = cdk::elbv2;
using cdkpp_test::Scenario;

void flags(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = vpc});
  auto& zone = cdk::route53::HostedZone::fromHostedZoneAttributes(
      stack, "Zone", {.hostedZoneId = "Z0123456789ABCDEFGHIJ", .zoneName = "health.example.com"});
  stack.make<ecs_patterns::ApplicationLoadBalancedFargateService>(
      "Internal", {.circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true},
                   .cluster = cluster,
                   .domainName = "internal.health.example.com",
                   .domainZone = zone,
                   .enableExecuteCommand = true,
                   .loadBalancerName = "health-internal",
                   .minHealthyPercent = 100,
                   .publicLoadBalancer = false,
                   .recordType = ecs_patterns::ApplicationLoadBalancedServiceRecordType::NONE,
                   .taskImageOptions = ecs_patterns::ApplicationLoadBalancedTaskImageOptions{
                       .image = ecs::ContainerImage::fromRegistry("nginx")}});
  auto& lbSg = stack.make<ec2::SecurityGroup>("LbSg", {.allowAllOutbound = false, .vpc = vpc});
  auto& alb =
      stack.make<elbv2::ApplicationLoadBalancer>("Alb", {.internetFacing = true, .securityGroup = lbSg, .vpc = vpc});
  stack.make<ecs_patterns::ApplicationLoadBalancedFargateService>(
      "Shared", {.circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true},
                 .cluster = cluster,
                 .loadBalancer = alb,
                 .minHealthyPercent = 100,
                 .taskImageOptions = ecs_patterns::ApplicationLoadBalancedTaskImageOptions{
                     .image = ecs::ContainerImage::fromRegistry("nginx")}});
  auto& single = stack.make<ecs_patterns::ApplicationMultipleTargetGroupsFargateService>(
      "Single", {.cluster = cluster,
                 .taskImageOptions = ecs_patterns::ApplicationLoadBalancedTaskImageProps{
                     .containerPorts = {8080, 9090}, .image = ecs::ContainerImage::fromRegistry("nginx")}});
  stack.make<cdk::CfnOutput>("SingleTargetGroup", {.value = single.targetGroup().targetGroupArn()});
}

std::vector<Scenario> scenarios() {
  return {{.name = "ecs-patterns-flags",
           .build = flags,
           .context = {{"@aws-cdk/aws-ecs-patterns:uniqueTargetGroupId", true},
                       {"@aws-cdk/aws-ecs-patterns:secGroupsDisablesImplicitOpenListener", true},
                       {"@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions", true}},
           .allowedLintRules = {{"W3005",
                                 "the service's DependsOn lists the target group it refers to, as aws-cdk-lib's "
                                 "does"}}}};
}

TEST(EcsPatternsFlags, SameTemplateAndWarningsAsAwsCdkLib) {
  for (const auto& scenario : scenarios()) cdkpp_test::expectScenarioMatchesFixture("ecs_patterns", scenario);
}

TEST(EcsPatternsFlags, CfnLintClean) { cdkpp_test::expectScenariosPassCfnLint(scenarios()); }

}  // namespace
