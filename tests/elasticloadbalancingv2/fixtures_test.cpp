// Whole templates compared with aws-cdk-lib 2.276's output for the same programs
// (tests/elasticloadbalancingv2/fixtures/*.ts), the warnings it gave for them (*.annotations.json), and
// cfn-lint over them.
#include <gtest/gtest.h>

#include "cdk/s3.hpp"
#include "ecs_test_util.hpp"
#include "fixture_programs.hpp"

namespace {

using namespace ecstest;
using datatest::expectMatchesFixture;
using datatest::synthTemplate;

void internalFixedResponse(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& alb = stack.make<elbv2::ApplicationLoadBalancer>(
      "ALB",
      {.deletionProtection = true, .http2Enabled = false, .idleTimeout = cdk::Duration::seconds(120), .vpc = vpc});
  alb.addListener("Listener", {.defaultAction = elbv2::ListenerAction::fixedResponse(
                                   404, {.contentType = "text/plain", .messageBody = "not found"}),
                               .open = false,
                               .port = 8080});
  stack.make<cdk::CfnOutput>("DnsName", {.value = alb.loadBalancerDnsName()});
  stack.make<cdk::CfnOutput>("LbArn", {.value = alb.loadBalancerArn()});
  stack.make<cdk::CfnOutput>("LbFullName", {.value = alb.loadBalancerFullName()});
  stack.make<cdk::CfnOutput>("HostedZone", {.value = alb.loadBalancerCanonicalHostedZoneId()});
}

TEST(Elbv2Fixtures, InternalLoadBalancerWithAFixedResponse) {
  Fixture f;
  internalFixedResponse(*f.stack);
  expectMatchesFixture(synthTemplate(f.app), fixture("elbv2-internal-fixed-response", "elasticloadbalancingv2"));
  expectFixtureWarnings(f.app, "elbv2-internal-fixed-response", "elasticloadbalancingv2");
}

/// fixtures/elbv2-access-logs.ts: an internet-facing load balancer logging to an SSE-S3 bucket with `prefix`.
void accessLogs(cdk::Stack& stack, const std::string& prefix) {
  auto& vpc = seedVpc(stack);
  auto& logs =
      stack.make<cdk::s3::Bucket>("Logs", {.encryption = cdk::s3::BucketEncryption::S3_MANAGED, .enforceSSL = true});
  auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
  alb.logAccessLogs(logs, prefix);
  alb.addListener("Listener", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 80});
}

/// The access logs program in `region` (ap-southeast-4 has no ELB account: the log delivery service writes).
json accessLogsTemplate(const std::string& region, const std::string& prefix) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = region}});
  accessLogs(stack, prefix);
  return synthTemplate(app);
}

TEST(Elbv2Fixtures, AccessLogsWrittenByTheRegionsAccount) {
  expectMatchesFixture(accessLogsTemplate("ap-southeast-1", "alb"),
                       fixture("elbv2-access-logs", "elasticloadbalancingv2"));
}

TEST(Elbv2Fixtures, AccessLogsWrittenByTheLogDeliveryServiceWhereTheRegionHasNoAccount) {
  expectMatchesFixture(accessLogsTemplate("ap-southeast-4", ""),
                       fixture("elbv2-access-logs-new-region", "elasticloadbalancingv2"));
}

void httpsTargets(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
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
  stack.make<elbv2::ApplicationTargetGroup>("EmptyTG", {.port = 80, .vpc = vpc});
}

TEST(Elbv2Fixtures, HttpsListenerWithTargetsAndARedirect) {
  Fixture f;
  httpsTargets(*f.stack);
  expectMatchesFixture(synthTemplate(f.app), fixture("elbv2-https-targets", "elasticloadbalancingv2"));
  expectFixtureWarnings(f.app, "elbv2-https-targets", "elasticloadbalancingv2");
}

/// fixtures/elbv2-listener-rules.ts: redirect, weighted forward, more certificates, rules with host-header,
/// http-header and path-pattern conditions, target groups with slowStart and loadBalancingAlgorithmType.
void listenerRules(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
  alb.addListener("Http", {.defaultAction =
                               elbv2::ListenerAction::redirect({.permanent = true, .port = "443", .protocol = "HTTPS"}),
                           .port = 80});
  auto& blue = stack.make<elbv2::ApplicationTargetGroup>(
      "Blue", {.port = 8080, .slowStart = cdk::Duration::seconds(60), .targetType = elbv2::TargetType::IP, .vpc = vpc});
  auto& green = stack.make<elbv2::ApplicationTargetGroup>(
      "Green", {.loadBalancingAlgorithmType = elbv2::TargetGroupLoadBalancingAlgorithmType::LEAST_OUTSTANDING_REQUESTS,
                .port = 8080,
                .targetType = elbv2::TargetType::IP,
                .vpc = vpc});
  auto& https =
      alb.addListener("Https", {.certificates = {elbv2::ListenerCertificate::fromArn(
                                    "arn:aws:acm:ap-southeast-1:111111111111:certificate/main")},
                                .defaultAction = elbv2::ListenerAction::weightedForward(
                                    {{.targetGroup = blue, .weight = 90}, {.targetGroup = green, .weight = 10}},
                                    {.stickinessDuration = cdk::Duration::minutes(5)}),
                                .port = 443});
  https.addCertificates(
      "Extra", {elbv2::ListenerCertificate::fromArn("arn:aws:acm:ap-southeast-1:111111111111:certificate/second"),
                elbv2::ListenerCertificate::fromArn("arn:aws:acm:ap-southeast-1:111111111111:certificate/third")});
  https.addAction("Maintenance", {.action = elbv2::ListenerAction::fixedResponse(
                                      503, {.contentType = "text/plain", .messageBody = "down for maintenance"}),
                                  .conditions = {elbv2::ListenerCondition::hostHeaders({"maintenance.example.com"})},
                                  .priority = 5});
  https.addAction(
      "Legacy",
      {.action = elbv2::ListenerAction::redirect({.host = "new.example.com", .path = "/#{path}", .query = "#{query}"}),
       .conditions = {elbv2::ListenerCondition::hostHeaders({"old.example.com", "older.example.com"})},
       .priority = 6});
  elbv2::targets::IpTarget canary("10.0.2.20");
  https.addTargets("Canary", {.conditions = {elbv2::ListenerCondition::httpHeader("X-Canary", {"true"})},
                              .loadBalancingAlgorithmType = elbv2::TargetGroupLoadBalancingAlgorithmType::ROUND_ROBIN,
                              .port = 8080,
                              .priority = 10,
                              .slowStart = cdk::Duration::seconds(30),
                              .targets = {canary}});
  stack.make<elbv2::ApplicationListenerRule>(
      "ApiRule", {.action = elbv2::ListenerAction::forward({green}),
                  .conditions = {elbv2::ListenerCondition::pathPatterns({"/api/*"}),
                                 elbv2::ListenerCondition::hostHeaders({"api.example.com"})},
                  .listener = https,
                  .priority = 20});
  stack.make<elbv2::ApplicationListenerRule>(
      "BetaRule", {.conditions = {elbv2::ListenerCondition::httpHeader("X-Beta", {"1", "yes"})},
                   .listener = https,
                   .priority = 30,
                   .targetGroups = {blue}});
}

TEST(Elbv2Fixtures, ListenerActionsConditionsAndRules) {
  Fixture f;
  listenerRules(*f.stack);
  expectMatchesFixture(synthTemplate(f.app), fixture("elbv2-listener-rules", "elasticloadbalancingv2"));
  expectFixtureWarnings(f.app, "elbv2-listener-rules", "elasticloadbalancingv2");
}

// cfn-lint finds nothing in these templates (nor in aws-cdk-lib's).
TEST(Elbv2FixtureTemplates, CfnLintClean) {
  cdkpp_test::expectProgramsLintClean({
      {.name = "elbv2-internal-fixed-response", .build = internalFixedResponse},
      {.name = "elbv2-access-logs", .build = [](cdk::Stack& stack) { accessLogs(stack, "alb"); }},
      {.name = "elbv2-https-targets", .build = httpsTargets},
      {.name = "elbv2-listener-rules", .build = listenerRules},
  });
  // Its own region, which a program of the table cannot have.
  cdkpp_test::expectCfnLintClean({{"elbv2-access-logs-new-region", accessLogsTemplate("ap-southeast-4", "")}});
}

}  // namespace
