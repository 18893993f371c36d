// Whole templates compared with aws-cdk-lib 2.276's output for the same programs
// (tests/elasticloadbalancingv2/fixtures/*.ts), and the warnings it gave for them (*.annotations.json).
#include <gtest/gtest.h>

#include "cdk/s3.hpp"
#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using datatest::expectMatchesFixture;
using datatest::synthTemplate;

TEST(Elbv2Fixtures, InternalLoadBalancerWithAFixedResponse) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& alb = f.stack->make<elbv2::ApplicationLoadBalancer>(
      "ALB",
      {.deletionProtection = true, .http2Enabled = false, .idleTimeout = cdk::Duration::seconds(120), .vpc = vpc});
  alb.addListener("Listener", {.defaultAction = elbv2::ListenerAction::fixedResponse(
                                   404, {.contentType = "text/plain", .messageBody = "not found"}),
                               .open = false,
                               .port = 8080});
  f.stack->make<cdk::CfnOutput>("DnsName", {.value = alb.loadBalancerDnsName()});
  f.stack->make<cdk::CfnOutput>("LbArn", {.value = alb.loadBalancerArn()});
  f.stack->make<cdk::CfnOutput>("LbFullName", {.value = alb.loadBalancerFullName()});
  f.stack->make<cdk::CfnOutput>("HostedZone", {.value = alb.loadBalancerCanonicalHostedZoneId()});
  expectMatchesFixture(synthTemplate(f.app), fixture("elbv2-internal-fixed-response", "elasticloadbalancingv2"));
  expectFixtureWarnings(f.app, "elbv2-internal-fixed-response", "elasticloadbalancingv2");
}

/// fixtures/elbv2-access-logs.ts: an internet-facing load balancer logging to an SSE-S3 bucket in `region`.
void expectAccessLogsFixture(const std::string& name, const std::string& region, const std::string& prefix) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = region}});
  auto& vpc = seedVpc(stack);
  auto& logs =
      stack.make<cdk::s3::Bucket>("Logs", {.encryption = cdk::s3::BucketEncryption::S3_MANAGED, .enforceSSL = true});
  auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
  alb.logAccessLogs(logs, prefix);
  alb.addListener("Listener", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 80});
  expectMatchesFixture(synthTemplate(app), fixture(name, "elasticloadbalancingv2"));
}

TEST(Elbv2Fixtures, AccessLogsWrittenByTheRegionsAccount) {
  expectAccessLogsFixture("elbv2-access-logs", "ap-southeast-1", "alb");
}

TEST(Elbv2Fixtures, AccessLogsWrittenByTheLogDeliveryServiceWhereTheRegionHasNoAccount) {
  expectAccessLogsFixture("elbv2-access-logs-new-region", "ap-southeast-4", "");
}

TEST(Elbv2Fixtures, HttpsListenerWithTargetsAndARedirect) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& alb = f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
  auto& https = alb.addListener(
      "Https", {.certificates =
                    {elbv2::ListenerCertificate::fromArn("arn:aws:acm:ap-southeast-1:111111111111:certificate/first"),
                     elbv2::ListenerCertificate::fromArn("arn:aws:acm:ap-southeast-1:111111111111:certificate/second")},
                .port = 443});
  elbv2::targets::IpTarget ip("10.0.2.10");
  https.addTargets("Web", {.deregistrationDelay = cdk::Duration::seconds(10),
                           .healthCheck = elbv2::HealthCheck{.healthyHttpCodes = "200-299",
                                                             .interval = cdk::Duration::seconds(30),
                                                             .path = "/health"},
                           .port = 8080,
                           .stickinessCookieDuration = cdk::Duration::hours(1),
                           .targets = {ip}});
  alb.addRedirect();
  f.stack->make<elbv2::ApplicationTargetGroup>("EmptyTG", {.port = 80, .vpc = vpc});
  expectMatchesFixture(synthTemplate(f.app), fixture("elbv2-https-targets", "elasticloadbalancingv2"));
  expectFixtureWarnings(f.app, "elbv2-https-targets", "elasticloadbalancingv2");
}

}  // namespace
