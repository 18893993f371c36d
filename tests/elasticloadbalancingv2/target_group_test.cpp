// elbv2::ApplicationTargetGroup: defaults, attributes and their order, health check, stickiness, targets,
// the empty-group warning, attributes of the resource.
#include <gtest/gtest.h>

#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using datatest::synthTemplate;

const char* const kEmptyGroupWarning =
    "When creating an empty TargetGroup, you should specify a 'targetType' (this warning may become an error in the "
    "future). [ack: @aws-cdk/aws-elbv2:targetGroupSpecifyTargetTypeForEmptyTargetGroup]";

struct Elbv2TargetGroup : ::testing::Test {
  Fixture f;
  ec2::Vpc& vpc = seedVpc(*f.stack);
  elbv2::ApplicationTargetGroup& make(elbv2::ApplicationTargetGroupProps props = {}) {
    props.vpc = vpc;
    return f.stack->make<elbv2::ApplicationTargetGroup>("TG", std::move(props));
  }
  json props() { return resource(synthTemplate(f.app), "TGB29B09E7")["Properties"]; }
};

TEST_F(Elbv2TargetGroup, DefaultsWithATargetType) {
  auto& tg = make({.port = 80, .targetType = elbv2::TargetType::IP});
  EXPECT_EQ(tg.port(), 80);
  EXPECT_EQ(tg.protocol(), elbv2::ApplicationProtocol::HTTP);
  EXPECT_EQ(props(), json::parse(R"({
    "Port": 80, "Protocol": "HTTP", "TargetGroupAttributes": [{"Key": "stickiness.enabled", "Value": "false"}],
    "TargetType": "ip", "VpcId": {"Ref": "VPCB9E5F0B4"}})"));
  EXPECT_TRUE(warnings(f.app).empty());
}

TEST_F(Elbv2TargetGroup, ProtocolGivesThePort) {
  auto& tg = make({.protocol = elbv2::ApplicationProtocol::HTTPS, .targetType = elbv2::TargetType::INSTANCE});
  EXPECT_EQ(tg.port(), 443);
  const json p = props();
  EXPECT_EQ(p["Port"], 443);
  EXPECT_EQ(p["Protocol"], "HTTPS");
  EXPECT_EQ(p["TargetType"], "instance");
}

TEST_F(Elbv2TargetGroup, EmptyGroupWithoutTargetTypeWarnsOnce) {
  make({.port = 80});
  const json p = props();
  EXPECT_FALSE(p.contains("TargetType"));
  synthTemplate(f.app);  // again
  const auto w = warnings(f.app);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].path, "TapStackdev/TG");
  EXPECT_EQ(w[0].message, kEmptyGroupWarning);
}

TEST_F(Elbv2TargetGroup, AttributesInAwsCdkLibOrder) {
  auto& tg =
      make({.deregistrationDelay = cdk::Duration::seconds(10),
            .loadBalancingAlgorithmType = elbv2::TargetGroupLoadBalancingAlgorithmType::LEAST_OUTSTANDING_REQUESTS,
            .port = 80,
            .slowStart = cdk::Duration::seconds(60),
            .stickinessCookieDuration = cdk::Duration::hours(1),
            .stickinessCookieName = "session",
            .targetType = elbv2::TargetType::IP});
  tg.setAttribute("deregistration_delay.timeout_seconds", "20");  // keeps its position
  tg.setAttribute("load_balancing.cross_zone.enabled", "true");   // appended
  EXPECT_EQ(props()["TargetGroupAttributes"], json::parse(R"([
    {"Key": "deregistration_delay.timeout_seconds", "Value": "20"},
    {"Key": "slow_start.duration_seconds", "Value": "60"},
    {"Key": "stickiness.enabled", "Value": "true"},
    {"Key": "stickiness.type", "Value": "app_cookie"},
    {"Key": "stickiness.app_cookie.cookie_name", "Value": "session"},
    {"Key": "stickiness.app_cookie.duration_seconds", "Value": "3600"},
    {"Key": "load_balancing.algorithm.type", "Value": "least_outstanding_requests"},
    {"Key": "load_balancing.cross_zone.enabled", "Value": "true"}])"));
}

TEST_F(Elbv2TargetGroup, AnomalyMitigationWithWeightedRandom) {
  make({.enableAnomalyMitigation = true,
        .loadBalancingAlgorithmType = elbv2::TargetGroupLoadBalancingAlgorithmType::WEIGHTED_RANDOM,
        .port = 80,
        .targetType = elbv2::TargetType::IP});
  EXPECT_EQ(props()["TargetGroupAttributes"], json::parse(R"([
    {"Key": "stickiness.enabled", "Value": "false"},
    {"Key": "load_balancing.algorithm.type", "Value": "weighted_random"},
    {"Key": "load_balancing.algorithm.anomaly_mitigation", "Value": "on"}])"));
}

TEST_F(Elbv2TargetGroup, EnableCookieStickinessLater) {
  auto& tg = make({.port = 80, .targetType = elbv2::TargetType::IP});
  tg.enableCookieStickiness(cdk::Duration::minutes(5));
  EXPECT_EQ(props()["TargetGroupAttributes"], json::parse(R"([
    {"Key": "stickiness.enabled", "Value": "true"}, {"Key": "stickiness.type", "Value": "lb_cookie"},
    {"Key": "stickiness.lb_cookie.duration_seconds", "Value": "300"}])"));
}

TEST_F(Elbv2TargetGroup, HealthCheckRendersOnlyTheFieldsGiven) {
  auto& tg = make({.healthCheck = elbv2::HealthCheck{.path = "/health"},
                   .port = 80,
                   .protocolVersion = elbv2::ApplicationProtocolVersion::HTTP2,
                   .targetType = elbv2::TargetType::IP});
  tg.configureHealthCheck({.enabled = true,
                           .healthyGrpcCodes = "0-99",
                           .healthyHttpCodes = "200",
                           .healthyThresholdCount = 3,
                           .interval = cdk::Duration::seconds(20),
                           .path = "/ready",
                           .port = "traffic-port",
                           .protocol = elbv2::Protocol::HTTPS,
                           .timeout = cdk::Duration::seconds(5),
                           .unhealthyThresholdCount = 4});
  ASSERT_TRUE(tg.healthCheck().has_value());
  EXPECT_EQ(props(), json::parse(R"({
    "HealthCheckEnabled": true, "HealthCheckIntervalSeconds": 20, "HealthCheckPath": "/ready",
    "HealthCheckPort": "traffic-port", "HealthCheckProtocol": "HTTPS", "HealthCheckTimeoutSeconds": 5,
    "HealthyThresholdCount": 3, "Matcher": {"GrpcCode": "0-99", "HttpCode": "200"}, "Port": 80, "Protocol": "HTTP",
    "ProtocolVersion": "HTTP2", "TargetGroupAttributes": [{"Key": "stickiness.enabled", "Value": "false"}],
    "TargetType": "ip", "UnhealthyThresholdCount": 4, "VpcId": {"Ref": "VPCB9E5F0B4"}})"));
}

TEST_F(Elbv2TargetGroup, IpTargetsSetTheTypeAndTargets) {
  elbv2::targets::IpTarget a("10.0.2.10");
  elbv2::targets::IpTarget b("10.0.2.11", 8081);
  auto& tg = make({.port = 8080, .targets = {a}});
  tg.addTarget(b);
  EXPECT_EQ(tg.targetType(), elbv2::TargetType::IP);
  const json p = props();
  EXPECT_EQ(p["TargetType"], "ip");
  EXPECT_EQ(p["Targets"], json::parse(R"([{"Id": "10.0.2.10"}, {"Id": "10.0.2.11", "Port": 8081}])"));
  EXPECT_TRUE(warnings(f.app).empty());
}

TEST_F(Elbv2TargetGroup, NameAndAttributesOfTheResource) {
  auto& tg = make({.port = 80, .targetGroupName = "web-tg", .targetType = elbv2::TargetType::IP});
  EXPECT_EQ(props()["Name"], "web-tg");
  EXPECT_EQ(f.stack->resolve(tg.targetGroupArn()), json::parse(R"({"Ref": "TGB29B09E7"})"));
  EXPECT_EQ(f.stack->resolve(tg.targetGroupFullName()),
            json::parse(R"({"Fn::GetAtt": ["TGB29B09E7", "TargetGroupFullName"]})"));
  EXPECT_EQ(f.stack->resolve(tg.targetGroupName()),
            json::parse(R"({"Fn::GetAtt": ["TGB29B09E7", "TargetGroupName"]})"));
  EXPECT_TRUE(tg.targetGroupLoadBalancerArns().isToken());
}

TEST_F(Elbv2TargetGroup, RegisterConnectableBeforeAndAfterListeners) {
  auto& tg = make({.port = 8080, .targetType = elbv2::TargetType::IP});
  auto& lb1 = f.stack->make<elbv2::ApplicationLoadBalancer>("LB1", {.vpc = vpc});
  auto& lb2 = f.stack->make<elbv2::ApplicationLoadBalancer>("LB2", {.vpc = vpc});
  lb1.addListener("Http", {.defaultTargetGroups = {tg}, .port = 80});
  auto& backend = f.stack->make<ec2::SecurityGroup>("Backend", {.vpc = vpc});
  tg.registerConnectable(backend);  // default: the group's port
  lb2.addListener("Http", {.defaultTargetGroups = {tg}, .port = 80});
  const json t = synthTemplate(f.app);
  const auto ingress = resourcesOfType(t, "AWS::EC2::SecurityGroupIngress");
  ASSERT_EQ(ingress.size(), 2u);  // one from each load balancer
  for (const auto& id : ingress) EXPECT_EQ(resource(t, id)["Properties"]["FromPort"], 8080) << id;
}

TEST_F(Elbv2TargetGroup, CarriesTheStackTags) {
  make({.port = 80, .targetType = elbv2::TargetType::IP});
  cdk::Tags::of(*f.stack).add("Environment", "dev");
  EXPECT_EQ(props()["Tags"], json::parse(R"([{"Key": "Environment", "Value": "dev"}])"));
}

}  // namespace
