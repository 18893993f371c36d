// elbv2::ApplicationLoadBalancer: scheme and subnets, security group, attributes, attributes of the
// resource, addRedirect, tags.
#include <gtest/gtest.h>

#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;
using datatest::synthTemplate;

struct Elbv2LoadBalancer : ::testing::Test {
  Fixture f;
  ec2::Vpc& vpc = seedVpc(*f.stack);
  elbv2::ApplicationLoadBalancer& make(elbv2::ApplicationLoadBalancerProps props = {}) {
    props.vpc = vpc;
    return f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", std::move(props));
  }
};

TEST_F(Elbv2LoadBalancer, InternalByDefaultInPrivateSubnets) {
  auto& lb = make();
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "ALBAEE750D2"), json::parse(R"({
    "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
    "Properties": {"LoadBalancerAttributes": [{"Key": "deletion_protection.enabled", "Value": "false"}],
                   "Scheme": "internal",
                   "SecurityGroups": [{"Fn::GetAtt": ["ALBSecurityGroup8B8624F8", "GroupId"]}],
                   "Subnets": [{"Ref": "VPCPrivateSubnet1Subnet8BCA10E0"}, {"Ref": "VPCPrivateSubnet2SubnetCFCDAA7A"}],
                   "Type": "application"}})"));
  // The group allows no outbound traffic until targets are added (aws-cdk-lib's placeholder rule).
  EXPECT_EQ(resource(t, "ALBSecurityGroup8B8624F8"), json::parse(R"({
    "Type": "AWS::EC2::SecurityGroup",
    "Properties": {"GroupDescription": "Automatically created Security Group for ELB TapStackdevALB7D837CBA",
                   "SecurityGroupEgress": [{"CidrIp": "255.255.255.255/32", "Description": "Disallow all traffic",
                                            "FromPort": 252, "IpProtocol": "icmp", "ToPort": 86}],
                   "VpcId": {"Ref": "VPCB9E5F0B4"}}})"));
  EXPECT_EQ(lb.vpc(), &vpc);
  EXPECT_EQ(lb.ipAddressType(), elbv2::IpAddressType::IPV4);
  EXPECT_TRUE(lb.listeners().empty());
  EXPECT_FALSE(lb.connections().defaultPort().has_value());
}

TEST_F(Elbv2LoadBalancer, InternetFacingWaitsForThePublicRoutes) {
  make({.internetFacing = true});
  const json r = resource(synthTemplate(f.app), "ALBAEE750D2");
  EXPECT_EQ(r["Properties"]["Scheme"], "internet-facing");
  EXPECT_EQ(r["Properties"]["Subnets"],
            json::parse(R"([{"Ref": "VPCPublicSubnet1SubnetB4246D30"}, {"Ref": "VPCPublicSubnet2Subnet74179F39"}])"));
  EXPECT_EQ(r["DependsOn"], json::parse(R"(["VPCPublicSubnet1DefaultRoute91CEF279",
    "VPCPublicSubnet1RouteTableAssociation0B0896DC", "VPCPublicSubnet2DefaultRouteB7481BBA",
    "VPCPublicSubnet2RouteTableAssociation5A808732"])"));
}

TEST_F(Elbv2LoadBalancer, AttributesInAwsCdkLibOrder) {
  auto& lb = make({.clientKeepAlive = cdk::Duration::minutes(2),
                   .crossZoneEnabled = true,
                   .deletionProtection = true,
                   .desyncMitigationMode = elbv2::DesyncMitigationMode::DEFENSIVE,
                   .dropInvalidHeaderFields = true,
                   .http2Enabled = true,
                   .idleTimeout = cdk::Duration::seconds(30),
                   .preserveHostHeader = true,
                   .preserveXffClientPort = true,
                   .wafFailOpen = true,
                   .xAmznTlsVersionAndCipherSuiteHeaders = true,
                   .xffHeaderProcessingMode = elbv2::XffHeaderProcessingMode::PRESERVE});
  lb.setAttribute("deletion_protection.enabled", "false");  // keeps its position
  lb.setAttribute("routing.http2.enabled", std::nullopt);   // removed
  lb.setAttribute("access_logs.s3.enabled", "false");       // appended
  EXPECT_EQ(resource(synthTemplate(f.app), "ALBAEE750D2")["Properties"]["LoadBalancerAttributes"], json::parse(R"([
    {"Key": "deletion_protection.enabled", "Value": "false"},
    {"Key": "load_balancing.cross_zone.enabled", "Value": "true"},
    {"Key": "idle_timeout.timeout_seconds", "Value": "30"},
    {"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": "true"},
    {"Key": "routing.http.desync_mitigation_mode", "Value": "defensive"},
    {"Key": "routing.http.preserve_host_header.enabled", "Value": "true"},
    {"Key": "routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "Value": "true"},
    {"Key": "routing.http.xff_client_port.enabled", "Value": "true"},
    {"Key": "routing.http.xff_header_processing.mode", "Value": "preserve"},
    {"Key": "waf.fail_open.enabled", "Value": "true"},
    {"Key": "client_keep_alive.seconds", "Value": "120"},
    {"Key": "access_logs.s3.enabled", "Value": "false"}])"));
}

TEST_F(Elbv2LoadBalancer, NameIpAddressTypeAndCapacity) {
  make({.internetFacing = true,
        .ipAddressType = elbv2::IpAddressType::DUAL_STACK,
        .loadBalancerName = "my-alb",
        .minimumCapacityUnit = 100});
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::ElasticLoadBalancingV2::LoadBalancer",
      Match::objectLike(Value::Map({{"IpAddressType", "dualstack"},
                                    {"MinimumLoadBalancerCapacity", Value::map({{"CapacityUnits", 100}})},
                                    {"Name", "my-alb"}})));
}

TEST_F(Elbv2LoadBalancer, GivenSecurityGroup) {
  auto& sg = f.stack->make<ec2::SecurityGroup>("LbSG", {.vpc = vpc});
  auto& lb = make({.securityGroup = sg});
  EXPECT_EQ(lb.node().tryFindChild("SecurityGroup"), nullptr);
  auto& extra = f.stack->make<ec2::SecurityGroup>("Extra", {.vpc = vpc});
  lb.addSecurityGroup(extra);
  const json t = synthTemplate(f.app);
  const auto groups = resourcesOfType(t, "AWS::EC2::SecurityGroup");
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(
      resource(t, "ALBAEE750D2")["Properties"]["SecurityGroups"],
      (json::array({json{{"Fn::GetAtt", {groups[0], "GroupId"}}}, json{{"Fn::GetAtt", {groups[1], "GroupId"}}}})));
}

TEST_F(Elbv2LoadBalancer, Attributes) {
  auto& lb = make();
  EXPECT_EQ(f.stack->resolve(lb.loadBalancerArn()), json::parse(R"({"Ref": "ALBAEE750D2"})"));
  EXPECT_EQ(f.stack->resolve(lb.loadBalancerDnsName()), json::parse(R"({"Fn::GetAtt": ["ALBAEE750D2", "DNSName"]})"));
  EXPECT_EQ(f.stack->resolve(lb.loadBalancerCanonicalHostedZoneId()),
            json::parse(R"({"Fn::GetAtt": ["ALBAEE750D2", "CanonicalHostedZoneID"]})"));
  EXPECT_EQ(f.stack->resolve(lb.loadBalancerFullName()),
            json::parse(R"({"Fn::GetAtt": ["ALBAEE750D2", "LoadBalancerFullName"]})"));
  EXPECT_EQ(f.stack->resolve(lb.loadBalancerName()),
            json::parse(R"({"Fn::GetAtt": ["ALBAEE750D2", "LoadBalancerName"]})"));
  EXPECT_EQ(f.stack->resolve(lb.loadBalancerSecurityGroups()),
            json::parse(R"({"Fn::GetAtt": ["ALBAEE750D2", "SecurityGroups"]})"));
}

TEST_F(Elbv2LoadBalancer, AddRedirectWithOptions) {
  auto& lb = make({.internetFacing = true});
  auto& redirect = lb.addRedirect({.open = false, .sourcePort = 8080, .targetPort = 8443});
  EXPECT_EQ(redirect.node().path(), "TapStackdev/ALB/Redirect8080To8443");
  EXPECT_EQ(redirect.protocol(), elbv2::ApplicationProtocol::HTTP);
  EXPECT_EQ(lb.listeners().size(), 1u);
  const json t = synthTemplate(f.app);
  const json listener = onlyResource(t, "AWS::ElasticLoadBalancingV2::Listener");
  EXPECT_EQ(listener["Properties"], json::parse(R"({
    "DefaultActions": [{"RedirectConfig": {"Port": "8443", "Protocol": "HTTPS", "StatusCode": "HTTP_301"},
                        "Type": "redirect"}],
    "LoadBalancerArn": {"Ref": "ALBAEE750D2"}, "Port": 8080, "Protocol": "HTTP"})"));
  EXPECT_FALSE(resource(t, "ALBSecurityGroup8B8624F8")["Properties"].contains("SecurityGroupIngress"));
}

TEST_F(Elbv2LoadBalancer, CarriesTheStackTags) {
  make().addListener("L", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 80});
  cdk::Tags::of(*f.stack).add("Environment", "dev");
  const json t = synthTemplate(f.app);
  const json tags = json::parse(R"([{"Key": "Environment", "Value": "dev"}])");
  EXPECT_EQ(resource(t, "ALBAEE750D2")["Properties"]["Tags"], tags);
  EXPECT_EQ(resource(t, "ALBSecurityGroup8B8624F8")["Properties"]["Tags"], tags);
}

}  // namespace
