// elasticloadbalancingv2: a whole template against aws-cdk-lib 2.276's for the same program
// (fixtures/elbv2-internal-fixed-response.*), construct behaviour, and aws-cdk-lib's errors
// (fixtures/elbv2-error-*.error.txt), each with the construct path.
#include <functional>

#include <gtest/gtest.h>

#include "../rds/data_test_util.hpp"
#include "cdk/elasticloadbalancingv2.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace elbv2 = cdk::elasticloadbalancingv2;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;
using datatest::Fixture;
using datatest::json;
using datatest::seedVpc;

std::string fixtureText(const std::string& name) {
  return cdkpp_test::readFile(datatest::fixturePath("elbv2", name, ".error.txt"));
}

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
  datatest::expectMatchesFixture(datatest::synthTemplate(f.app),
                                 datatest::fixture("elbv2", "elbv2-internal-fixed-response"));
}

struct Elbv2Test : ::testing::Test {
  Fixture f;
  ec2::Vpc& vpc = seedVpc(*f.stack);
};

TEST_F(Elbv2Test, InternetFacingDefaultsAndAnOpenListener) {
  auto& alb = f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
  auto& tg =
      f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .targetType = elbv2::TargetType::IP, .vpc = vpc});
  alb.addListener("Http", {.defaultTargetGroups = {tg}, .port = 80});
  Template t = Template::fromStack(*f.stack);
  t.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer",
                          Match::objectLike(Value::Map({{"Scheme", "internet-facing"}, {"Type", "application"}})));
  t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener",
                          Match::objectLike(Value::Map({{"Port", 80}, {"Protocol", "HTTP"}})));
  t.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup",
                          Match::objectLike(Value::Map({{"Port", 80}, {"Protocol", "HTTP"}, {"TargetType", "ip"}})));
  // open: anyone may reach the listener's port.
  t.hasResourceProperties(
      "AWS::EC2::SecurityGroup",
      Match::objectLike(
          Value::Map({{"SecurityGroupIngress", Value::list({Match::objectLike(Value::Map(
                                                   {{"CidrIp", "0.0.0.0/0"}, {"FromPort", 80}, {"ToPort", 80}}))})}})));
  // Listener resources do not take Tags (their schema has none), unlike aws-cdk-lib's output.
  cdk::Tags::of(*f.stack).add("Environment", "dev");
  const json resources = datatest::synthTemplate(f.app)["Resources"];
  for (const auto& [id, r] : resources.items()) {
    if (r["Type"] == "AWS::ElasticLoadBalancingV2::Listener") {
      EXPECT_FALSE(r["Properties"].contains("Tags")) << id;
    }
  }
}

TEST_F(Elbv2Test, TargetGroupAttributes) {
  auto& tg = f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 8080, .vpc = vpc});
  EXPECT_TRUE(f.stack->resolve(tg.targetGroupArn()).contains("Ref"));
  const json fullName = f.stack->resolve(tg.targetGroupFullName());
  EXPECT_EQ(fullName["Fn::GetAtt"][1], "TargetGroupFullName");
  EXPECT_TRUE(tg.targetGroupLoadBalancerArns().isToken());
}

// ------------------------------------------------------------------------------------------------ errors

/// The error of `build` (a ConstructError when building, or a ValidationError at synthesis) names `path` and
/// contains `message`.
void expectError(const std::function<void(Fixture&)>& build, const std::string& path, const std::string& message) {
  Fixture f;
  try {
    build(f);
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected an error containing: " << message;
  } catch (const cdk::ValidationError& e) {
    ASSERT_FALSE(e.issues().empty()) << e.what();
    EXPECT_EQ(e.issues()[0].path, path) << e.what();
    EXPECT_NE(e.issues()[0].message.find(message), std::string::npos) << e.what();
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), path) << e.what();
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

elbv2::ApplicationLoadBalancer& alb(Fixture& f, elbv2::ApplicationLoadBalancerProps props = {}) {
  props.vpc = seedVpc(*f.stack);
  return f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", std::move(props));
}

TEST(Elbv2Errors, PortWithoutADefaultProtocol) {
  expectError(
      [](Fixture& f) {
        alb(f).addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 1234});
      },
      "TapStackdev/ALB/L", "Don't know default protocol for port: 1234; please supply a protocol");
}

TEST(Elbv2Errors, HttpsListenerWithoutACertificate) {
  expectError(
      [](Fixture& f) {
        alb(f).addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 443});
      },
      "TapStackdev/ALB/L", "HTTPS Listener needs at least one certificate (call addCertificates)");
  EXPECT_NE(fixtureText("elbv2-error-https-without-certificate").find("HTTPS Listener needs at least one certificate"),
            std::string::npos);
}

TEST(Elbv2Errors, ListenerWithoutAnAction) {
  expectError([](Fixture& f) { alb(f).addListener("L", {.port = 80}); }, "TapStackdev/ALB/L",
              "Listener needs at least one default action or target group (call addTargetGroups or addAction)");
}

TEST(Elbv2Errors, DefaultActionAndTargetGroups) {
  expectError(
      [](Fixture& f) {
        auto& lb = alb(f);
        auto& tg = f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .vpc = seedVpc(*f.stack, "Vpc2")});
        lb.addListener(
            "L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .defaultTargetGroups = {tg}, .port = 80});
      },
      "TapStackdev/ALB/L", "Specify at most one of 'defaultAction' and 'defaultTargetGroups'");
}

TEST(Elbv2Errors, LoadBalancerName) {
  expectError(
      [](Fixture& f) {
        alb(f, {.loadBalancerName = "internal-bad_name"})
            .addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 80});
      },
      "TapStackdev/ALB", "Load balancer name: \"internal-bad_name\" must not begin with \"internal-\".");
}

TEST(Elbv2Errors, TargetGroupWithoutVpc) {
  expectError(
      [](Fixture& f) {
        f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .targetType = elbv2::TargetType::IP});
      },
      "TapStackdev/TG", "'vpc' is required for a non-Lambda TargetGroup");
}

}  // namespace
