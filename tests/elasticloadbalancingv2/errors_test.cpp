// Bad input: each error aws-cdk-lib throws for the programs of tests/elasticloadbalancingv2/fixtures/elbv2-errors.ts
// (message from fixtures/elbv2-error-*.error.txt, same construct path), and cdkpp's other checks. Construction errors
// are cdk::ConstructError; synthesis-time ones a cdk::ValidationError listing each issue with its path.
#include <gtest/gtest.h>

#include "cdk/s3.hpp"
#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;

std::string fixtureText(const std::string& name) {
  return cdkpp_test::readFile(datatest::fixturePath("elasticloadbalancingv2", name, ".error.txt"));
}

elbv2::ApplicationLoadBalancer& alb(Fixture& f, elbv2::ApplicationLoadBalancerProps props = {}) {
  props.vpc = seedVpc(*f.stack);
  return f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", std::move(props));
}

/// The issues of the cdk::ValidationError synthesis throws.
std::vector<cdk::ValidationIssue> validationIssues(Fixture& f) {
  try {
    f.app.synth({.write = false});
  } catch (const cdk::ValidationError& e) {
    return e.issues();
  }
  ADD_FAILURE() << "expected a cdk::ValidationError";
  return {};
}

// ------------------------------------------------------------------------------------------ aws-cdk-lib's

TEST(Elbv2Errors, PortWithoutADefaultProtocol) {
  // aws-cdk-lib's error has no construct path (UnscopedValidationError); ours names the listener and the fix.
  EXPECT_EQ(datatest::fixtureError("elasticloadbalancingv2", "elbv2-error-unknown-port"),
            "Don't know default protocol for port: 1234; please supply a protocol");
  expectConstructError(
      [](Fixture& f) {
        alb(f).addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 1234});
      },
      "TapStackdev/ALB/L",
      datatest::fixtureError("elasticloadbalancingv2", "elbv2-error-unknown-port") +
          " (protocol = ApplicationProtocol::HTTP or HTTPS)");
}

TEST(Elbv2Errors, AccessLogsToABucketWithAKmsKey) {
  expectConstructError(
      [](Fixture& f) {
        auto& bucket = f.stack->make<cdk::s3::Bucket>("Logs", {.encryption = cdk::s3::BucketEncryption::KMS});
        alb(f).logAccessLogs(bucket);
      },
      "TapStackdev/ALB",
      datatest::fixtureError("elasticloadbalancingv2", "elbv2-error-access-logs-kms") +
          ": give a bucket encrypted with S3-managed keys (BucketEncryption::S3_MANAGED)");
}

TEST(Elbv2Errors, AccessLogsWithoutARegion) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev");
  auto& bucket = stack.make<cdk::s3::Bucket>("Logs");
  auto& lb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.vpc = seedVpc(stack)});
  try {
    lb.logAccessLogs(bucket);
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/ALB");
    EXPECT_NE(std::string(e.what()).find(
                  datatest::fixtureError("elasticloadbalancingv2", "elbv2-error-access-logs-no-region") +
                  ": give the stack an environment with a region (StackProps::env)"),
              std::string::npos)
        << e.what();
  }
}

TEST(Elbv2Errors, HttpsListenerWithoutACertificate) {
  EXPECT_NE(fixtureText("elbv2-error-https-without-certificate")
                .find("[TapStackdev/ALB/L] HTTPS Listener needs at least one certificate (call addCertificates)"),
            std::string::npos);
  Fixture f;
  alb(f).addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 443});
  const auto issues = validationIssues(f);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].path, "TapStackdev/ALB/L");
  EXPECT_EQ(issues[0].message, "HTTPS Listener needs at least one certificate (call addCertificates)");
}

TEST(Elbv2Errors, ListenerWithoutAnAction) {
  EXPECT_NE(fixtureText("elbv2-error-listener-without-action")
                .find("[TapStackdev/ALB/L] Listener needs at least one default action or target group (call "
                      "addTargetGroups or addAction)"),
            std::string::npos);
  Fixture f;
  alb(f).addListener("L", {.port = 80});
  const auto issues = validationIssues(f);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].path, "TapStackdev/ALB/L");
  EXPECT_EQ(issues[0].message,
            "Listener needs at least one default action or target group (call addTargetGroups or addAction)");
}

TEST(Elbv2Errors, DefaultActionAndTargetGroups) {
  EXPECT_EQ(datatest::fixtureError("elasticloadbalancingv2", "elbv2-error-both-default-action-and-groups"),
            "Specify at most one of 'defaultAction' and 'defaultTargetGroups'");
  expectConstructError(
      [](Fixture& f) {
        auto& lb = alb(f);
        auto& tg = f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .vpc = *lb.vpc()});
        lb.addListener(
            "L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .defaultTargetGroups = {tg}, .port = 80});
      },
      "TapStackdev/ALB/L",
      datatest::fixtureError("elasticloadbalancingv2", "elbv2-error-both-default-action-and-groups"));
}

TEST(Elbv2Errors, LoadBalancerNameReportsEveryProblem) {
  const std::string expected = fixtureText("elbv2-error-lb-name");
  Fixture f;
  alb(f, {.loadBalancerName = "internal-bad_name"})
      .addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 80});
  const auto issues = validationIssues(f);
  ASSERT_EQ(issues.size(), 2u);
  for (const auto& issue : issues) {
    EXPECT_EQ(issue.path, "TapStackdev/ALB");
    EXPECT_NE(expected.find("[" + issue.path + "] " + issue.message), std::string::npos) << issue.message;
  }
  EXPECT_EQ(issues[0].message, "Load balancer name: \"internal-bad_name\" must not begin with \"internal-\".");
  EXPECT_EQ(issues[1].message,
            "Load balancer name: \"internal-bad_name\" must contain only alphanumeric characters or hyphens.");
}

TEST(Elbv2Errors, TargetGroupWithoutVpc) {
  EXPECT_NE(
      fixtureText("elbv2-error-tg-no-vpc").find("[TapStackdev/TG] 'vpc' is required for a non-Lambda TargetGroup"),
      std::string::npos);
  Fixture f;
  f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .targetType = elbv2::TargetType::IP});
  const auto issues = validationIssues(f);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].path, "TapStackdev/TG");
  EXPECT_EQ(issues[0].message, "'vpc' is required for a non-Lambda TargetGroup");
}

// ---------------------------------------------------------------------------------------- other checks

TEST(Elbv2Errors, NamesTooLongOrWithHyphensAtTheEnds) {
  Fixture f;
  alb(f, {.loadBalancerName = "-" + std::string(32, 'a')})
      .addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 80});
  f.stack->make<elbv2::ApplicationTargetGroup>(
      "TG",
      {.port = 80, .targetGroupName = "tg-", .targetType = elbv2::TargetType::IP, .vpc = seedVpc(*f.stack, "V2")});
  const auto issues = validationIssues(f);
  std::vector<std::string> messages;
  for (const auto& i : issues) messages.push_back("[" + i.path + "] " + i.message);
  const std::string lb = "-" + std::string(32, 'a');
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "[TapStackdev/ALB] Load balancer name: \"" + lb + "\" can have a maximum of 32 characters.",
                          "[TapStackdev/ALB] Load balancer name: \"" + lb + "\" must not begin or end with a hyphen.",
                          "[TapStackdev/TG] Target group name: \"tg-\" must not begin or end with a hyphen.",
                      }));
}

TEST(Elbv2Errors, ListenerWithoutPortOrProtocol) {
  expectConstructError(
      [](Fixture& f) { alb(f).addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200)}); },
      "TapStackdev/ALB/L", "At least one of 'port' or 'protocol' is required");
}

TEST(Elbv2Errors, LoadBalancerProps) {
  expectConstructError([](Fixture& f) { alb(f, {.crossZoneEnabled = false}); }, "TapStackdev/ALB",
                       "crossZoneEnabled cannot be false with Application Load Balancers.");
  expectConstructError([](Fixture& f) { alb(f, {.minimumCapacityUnit = 99}); }, "TapStackdev/ALB",
                       "'minimumCapacityUnit' must be a positive integer greater than or equal to 100 for Application "
                       "Load Balancer, got: 99.");
  expectConstructError([](Fixture& f) { alb(f, {.clientKeepAlive = cdk::Duration::seconds(30)}); }, "TapStackdev/ALB",
                       "'clientKeepAlive' must be between 60 and 604800 seconds. Got: 30 seconds");
  expectConstructError([](Fixture& f) { alb(f, {.clientKeepAlive = cdk::Duration::millis(500)}); }, "TapStackdev/ALB",
                       "'clientKeepAlive' must be between 60 and 604800 seconds. Got: 500 milliseconds");
  expectConstructError(
      [](Fixture& f) { alb(f, {.ipAddressType = elbv2::IpAddressType::DUAL_STACK_WITHOUT_PUBLIC_IPV4}); },
      "TapStackdev/ALB", "dual-stack without public IPv4 address can only be used with internet-facing scheme.");
  expectConstructError(
      [](Fixture& f) { f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", elbv2::ApplicationLoadBalancerProps{}); },
      "TapStackdev/ALB", "ApplicationLoadBalancerProps::vpc is required");
}

TEST(Elbv2Errors, TargetGroupProps) {
  auto tg = [](elbv2::ApplicationTargetGroupProps props) {
    return [props](Fixture& f) mutable {
      props.vpc = seedVpc(*f.stack);
      f.stack->make<elbv2::ApplicationTargetGroup>("TG", std::move(props));
    };
  };
  expectConstructError(tg({.port = 1234}), "TapStackdev/TG", "Don't know default protocol for port: 1234");
  expectConstructError(tg({.port = 80, .slowStart = cdk::Duration::seconds(10)}), "TapStackdev/TG",
                       "Slow start duration value must be between 30 and 900 seconds, or 0 to disable slow start");
  expectConstructError(tg({.port = 80, .stickinessCookieDuration = cdk::Duration::days(8)}), "TapStackdev/TG",
                       "Stickiness cookie duration value must be between 1 second and 7 days");
  expectConstructError(
      tg({.port = 80, .stickinessCookieDuration = cdk::Duration::hours(1), .stickinessCookieName = "AWSALBAPP-1"}),
      "TapStackdev/TG", "App cookie names that start with the following prefixes are not allowed");
  expectConstructError(tg({.enableAnomalyMitigation = true, .port = 80}), "TapStackdev/TG",
                       "Anomaly mitigation is only available when `loadBalancingAlgorithmType` is "
                       "`TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM`.");
  expectConstructError(tg({.loadBalancingAlgorithmType = elbv2::TargetGroupLoadBalancingAlgorithmType::WEIGHTED_RANDOM,
                           .port = 80,
                           .slowStart = cdk::Duration::seconds(60)}),
                       "TapStackdev/TG", "The weighted random routing algorithm can not be used with slow start mode");
}

TEST(Elbv2Errors, HealthCheckValidatedAtSynthesis) {
  Fixture f;
  f.stack->make<elbv2::ApplicationTargetGroup>(
      "TG", {.healthCheck = elbv2::HealthCheck{.interval = cdk::Duration::seconds(5),
                                               .protocol = elbv2::Protocol::TCP,
                                               .timeout = cdk::Duration::seconds(10)},
             .port = 80,
             .targetType = elbv2::TargetType::IP,
             .vpc = seedVpc(*f.stack)});
  const auto issues = validationIssues(f);
  std::vector<std::string> messages;
  for (const auto& i : issues) {
    EXPECT_EQ(i.path, "TapStackdev/TG");
    messages.push_back(i.message);
  }
  EXPECT_EQ(messages,
            (std::vector<std::string>{
                "Health check interval must be greater than or equal to the timeout; received interval 5, timeout 10.",
                "Healthcheck interval 5 seconds must be greater than the timeout 10 seconds",
                "Health check protocol 'TCP' is not supported. Must be one of [HTTP, HTTPS]"}));
}

TEST(Elbv2Errors, MixedTargetTypes) {
  Fixture f;
  auto& tg = f.stack->make<elbv2::ApplicationTargetGroup>(
      "TG", {.port = 80, .targetType = elbv2::TargetType::INSTANCE, .vpc = seedVpc(*f.stack)});
  elbv2::targets::IpTarget ip("10.0.0.1");
  try {
    tg.addTarget(ip);
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/TG");
    EXPECT_NE(std::string(e.what()).find("Already have a of type 'instance', adding 'ip'; make all targets the same "
                                         "type."),
              std::string::npos)
        << e.what();
  }
}

TEST(Elbv2Errors, ActionsAndConditions) {
  EXPECT_THROW_MSG(elbv2::ListenerAction::forward({}), cdk::Error,
                   "Need at least one targetGroup in a ListenerAction.forward()");
  EXPECT_THROW_MSG(elbv2::ListenerAction::weightedForward({}), cdk::Error,
                   "Need at least one targetGroup in a ListenerAction.weightedForward()");
  EXPECT_THROW_MSG(elbv2::ListenerAction::redirect({.permanent = true}), cdk::Error,
                   "To prevent redirect loops, set at least one of 'protocol', 'host', 'port', 'path', or 'query'.");
  EXPECT_THROW_MSG(elbv2::ListenerAction::redirect({.path = "x"}), cdk::Error,
                   "Redirect path must start with a '/', got: x");
  EXPECT_THROW_MSG(elbv2::ListenerCondition::pathPatterns({"/1", "/2", "/3", "/4", "/5", "/6"}), cdk::Error,
                   "A rule can only have '5' condition values");
}

// fixtures elbv2-error-rule-without-priority and elbv2-error-rule-priority-without-conditions: aws-cdk-lib
// raises the same message for both, on the listener.
TEST(Elbv2Errors, ListenerRuleWithoutPriority) {
  const std::string message = datatest::fixtureError("elasticloadbalancingv2", "elbv2-error-rule-without-priority");
  EXPECT_EQ(message, "Setting 'conditions', 'pathPattern' or 'hostHeader' also requires 'priority', and vice versa");
  EXPECT_NE(fixtureText("elbv2-error-rule-without-priority").find("constructPath: TapStackdev/ALB/L"),
            std::string::npos);
  expectConstructError(
      [](Fixture& f) {
        alb(f)
            .addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(404), .port = 80})
            .addAction("A", {.action = elbv2::ListenerAction::fixedResponse(200),
                             .conditions = {elbv2::ListenerCondition::pathPatterns({"/api/*"})}});
      },
      "TapStackdev/ALB/L", message);
  // Through addTargets and addTargetGroups too.
  expectConstructError(
      [](Fixture& f) {
        auto& lb = alb(f);
        lb.addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(404), .port = 80})
            .addTargets("Web", {.conditions = {elbv2::ListenerCondition::hostHeaders({"a.example.com"})}, .port = 80});
      },
      "TapStackdev/ALB/L", message);
}

TEST(Elbv2Errors, ListenerRulePriorityWithoutConditions) {
  EXPECT_NE(fixtureText("elbv2-error-rule-priority-without-conditions").find("constructPath: TapStackdev/ALB/L"),
            std::string::npos);
  expectConstructError(
      [](Fixture& f) {
        alb(f)
            .addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(404), .port = 80})
            .addAction("A", {.action = elbv2::ListenerAction::fixedResponse(200), .priority = 10});
      },
      "TapStackdev/ALB/L",
      datatest::fixtureError("elasticloadbalancingv2", "elbv2-error-rule-priority-without-conditions"));
}

TEST(Elbv2Errors, ListenerRuleMadeDirectly) {
  Fixture f;
  auto& listener = alb(f).addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(404), .port = 80});
  EXPECT_THROW_MSG(
      f.stack->make<elbv2::ApplicationListenerRule>(
          "Rule", {.action = elbv2::ListenerAction::fixedResponse(200), .listener = listener, .priority = 1}),
      cdk::ConstructError,
      "At least one of 'conditions', 'hostHeader', 'pathPattern' or 'pathPatterns' is required when defining a load "
      "balancing rule.");
  EXPECT_THROW_MSG(f.stack->make<elbv2::ApplicationListenerRule>(
                       "Rule0", {.action = elbv2::ListenerAction::fixedResponse(200),
                                 .conditions = {elbv2::ListenerCondition::hostHeaders({"a.example.com"})},
                                 .listener = listener,
                                 .priority = 0}),
                   cdk::ConstructError, "Priority must have value greater than or equal to 1");
}

// aws-cdk-lib 2.276 synthesizes this program (both rules with Priority 10; the deployment then fails because
// the priority is in use), so there is no error file: cdkpp refuses the second rule, naming the first.
TEST(Elbv2Errors, TwoRulesWithOnePriorityOnOneListener) {
  expectConstructError(
      [](Fixture& f) {
        auto& listener =
            alb(f).addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(404), .port = 80});
        listener.addAction("A", {.action = elbv2::ListenerAction::fixedResponse(200),
                                 .conditions = {elbv2::ListenerCondition::pathPatterns({"/a/*"})},
                                 .priority = 10});
        listener.addAction("B", {.action = elbv2::ListenerAction::fixedResponse(201),
                                 .conditions = {elbv2::ListenerCondition::pathPatterns({"/b/*"})},
                                 .priority = 10});
      },
      "TapStackdev/ALB/L/BRule",
      "Priority 10 is already used by the rule TapStackdev/ALB/L/ARule of the same listener: the rules of a listener "
      "need different priorities. Give this rule another priority");
  // A rule made directly, and the same priority on another listener.
  expectConstructError(
      [](Fixture& f) {
        auto& lb = alb(f);
        auto& one = lb.addListener("One", {.defaultAction = elbv2::ListenerAction::fixedResponse(404), .port = 80});
        auto& two = lb.addListener("Two", {.defaultAction = elbv2::ListenerAction::fixedResponse(404),
                                           .port = 8080,
                                           .protocol = elbv2::ApplicationProtocol::HTTP});
        one.addAction("Api", {.action = elbv2::ListenerAction::fixedResponse(200),
                              .conditions = {elbv2::ListenerCondition::pathPatterns({"/api/*"})},
                              .priority = 5});
        two.addAction("Same", {.action = elbv2::ListenerAction::fixedResponse(200),
                               .conditions = {elbv2::ListenerCondition::hostHeaders({"a.example.com"})},
                               .priority = 5});
        f.stack->make<elbv2::ApplicationListenerRule>(
            "Direct", {.action = elbv2::ListenerAction::fixedResponse(200),
                       .conditions = {elbv2::ListenerCondition::hostHeaders({"b.example.com"})},
                       .listener = two,
                       .priority = 5});
      },
      "TapStackdev/Direct", "Priority 5 is already used by the rule TapStackdev/ALB/Two/SameRule of the same listener");
}

}  // namespace
