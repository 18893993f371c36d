// route53_targets::LoadBalancerTarget: the program of tests/route53_targets/fixtures/*.ts in C++, the same
// template and warnings as aws-cdk-lib 2.276, cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/elbv2.hpp"
#include "cdk/route53.hpp"
#include "cdk/route53_targets.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"

namespace {

namespace elbv2 = cdk::elbv2;
namespace route53 = cdk::route53;
namespace targets = cdk::route53_targets;
using cdkpp_test::FixtureProgram;

void loadBalancer(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
  alb.addListener("Http", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 80});
  auto& zone = route53::HostedZone::fromHostedZoneAttributes(
      stack, "Zone", {.hostedZoneId = "Z0123456789ABCDEFGHIJ", .zoneName = "health.example.com"});
  stack.make<route53::ARecord>("Alias", {.recordName = "app",
                                         .target = route53::RecordTarget::fromAlias(targets::LoadBalancerTarget(alb)),
                                         .zone = zone});
  stack.make<route53::AaaaRecord>(
      "AliasV6",
      {.recordName = "app",
       .target = route53::RecordTarget::fromAlias(targets::LoadBalancerTarget(alb, {.evaluateTargetHealth = true})),
       .zone = zone});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{{.name = "route53-targets-load-balancer", .build = loadBalancer}};
  return list;
}

TEST(Route53TargetsFixtures, LoadBalancerTargetAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("route53_targets", programs()[0]);
}

TEST(Route53TargetsFixtures, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
