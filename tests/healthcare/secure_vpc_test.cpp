// SecureVpc: its defaults against aws-cdk-lib's template for the same composition (fixtures/healthcare-util.ts) and
// against both HIPAA.Security judges, each prop, the profiles, its errors, cfn-lint.
#include <gtest/gtest.h>

#include "cdk/ec2.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/logs.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace healthcare = cdk::healthcare;
using hctest::Fixture;
using hctest::json;

TEST(SecureVpc, DefaultsAreSecure) {
  Fixture f;
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  const json actual = f.synth();
  hctest::expectSecureByDefault(actual, "healthcare-secure-vpc");
  EXPECT_NO_THROW(hctest::synthWithHipaaPack(f.app));
  // Accessors: what it created.
  EXPECT_EQ(network.vpc().node().path(), "TapStackdev/Network/Vpc");
  EXPECT_EQ(network.vpc().publicSubnets().size(), 3u);
  EXPECT_EQ(network.vpc().privateSubnets().size(), 3u);
  EXPECT_EQ(network.vpc().isolatedSubnets().size(), 3u);
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(network.key()).node().path(), "TapStackdev/Network/FlowLogKey");
  EXPECT_EQ(network.flowLogGroup().node().path(), "TapStackdev/Network/FlowLogGroup");
  EXPECT_EQ(network.flowLogRole().node().path(), "TapStackdev/Network/FlowLogRole");
  EXPECT_EQ(network.flowLog().node().path(), "TapStackdev/Network/Vpc/FlowLog");
  ASSERT_NE(network.endpointSecurityGroup(), nullptr);
  EXPECT_EQ(network.cidr(), "10.2.0.0/16");
  EXPECT_EQ(network.profile().name, "prod");
}

TEST(SecureVpc, WhatTheDefaultsAre) {
  Fixture f;
  f.stack->make<healthcare::SecureVpc>("Network");
  const json t = f.synth();
  // Three NAT gateways, no public IP on launch, no inline policy.
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::EC2::NatGateway").size(), 3u);
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::EC2::Subnet")) {
    EXPECT_EQ(t["Resources"][id]["Properties"]["MapPublicIpOnLaunch"], false) << id;
  }
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::IAM::Policy"), std::vector<std::string>{});
  // Flow logs of all traffic to a log group with a customer key, kept a year.
  const auto groups = hctest::logicalIdsOfType(t, "AWS::Logs::LogGroup");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(t["Resources"][groups[0]]["Properties"]["RetentionInDays"], 365);
  EXPECT_TRUE(t["Resources"][groups[0]]["Properties"].contains("KmsKeyId"));
  const auto flowLogs = hctest::logicalIdsOfType(t, "AWS::EC2::FlowLog");
  ASSERT_EQ(flowLogs.size(), 1u);
  EXPECT_EQ(t["Resources"][flowLogs[0]]["Properties"]["TrafficType"], "ALL");
  // The S3 gateway endpoint and four interface endpoints, reachable on 443 from the VPC's literal range.
  const auto endpoints = hctest::logicalIdsOfType(t, "AWS::EC2::VPCEndpoint");
  EXPECT_EQ(endpoints.size(), 5u);
  const json& ingress = t["Resources"]["NetworkEndpointSecurityGroup6DEF6240"]["Properties"]["SecurityGroupIngress"];
  EXPECT_EQ(ingress, json::parse(R"([{"CidrIp": "10.2.0.0/16", "Description": "HTTPS from the VPC", "FromPort": 443,
                                      "IpProtocol": "tcp", "ToPort": 443}])"));
  // The one acknowledgement: the public subnets' routes to the internet gateway.
  const auto acks = hctest::acknowledgements(t);
  ASSERT_EQ(acks.size(), 3u);
  for (const auto& ack : acks) {
    EXPECT_NE(ack.find("DefaultRoute"), std::string::npos) << ack;
    EXPECT_NE(ack.find("HIPAA.Security-VPCNoUnrestrictedRouteToIGW: Public subnets route to the internet gateway"),
              std::string::npos)
        << ack;
  }
}

TEST(SecureVpc, ProfilesAndProps) {
  Fixture f;
  f.stack->make<healthcare::SecureVpc>("Dev", {.profile = healthcare::EnvironmentProfile::dev()});
  auto& key =
      f.stack->make<cdk::kms::Key>("Key", {.enableKeyRotation = true, .removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& custom = f.stack->make<healthcare::SecureVpc>("Custom", {.cidr = "172.16.0.0/16",
                                                                 .cidrMask = 20,
                                                                 .encryptionKey = key,
                                                                 .flowLogRetention = cdk::logs::RetentionDays::ONE_WEEK,
                                                                 .interfaceEndpoints = false,
                                                                 .maxAzs = 2,
                                                                 .natGateways = 1,
                                                                 .profile = healthcare::EnvironmentProfile::staging()});
  const json t = f.synth();
  hctest::expectMatchesFixture(t, hctest::fixture("healthcare-secure-vpc-options"));
  EXPECT_EQ(hctest::hipaaErrors(t), std::vector<std::string>{});
  EXPECT_EQ(hctest::judgeErrors("healthcare-secure-vpc-options"), std::vector<std::string>{});
  EXPECT_EQ(custom.endpointSecurityGroup(), nullptr);
  EXPECT_EQ(&custom.key(), static_cast<cdk::kms::IKey*>(&key));
  EXPECT_EQ(custom.cidr(), "172.16.0.0/16");
}

TEST(SecureVpc, EnvironmentAgnosticStack) {
  // A token region: CloudWatch Logs' principal in the key policy is joined from it.
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Agnostic");
  stack.make<healthcare::SecureVpc>("Network");
  const json t = hctest::synthTemplate(app, "Agnostic");
  const auto keys = hctest::logicalIdsOfType(t, "AWS::KMS::Key");
  ASSERT_EQ(keys.size(), 1u);
  const json& statements = t["Resources"][keys[0]]["Properties"]["KeyPolicy"]["Statement"];
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[1]["Principal"]["Service"],
            json::parse(R"({"Fn::Join": ["", ["logs.", {"Ref": "AWS::Region"}, ".amazonaws.com"]]})"));
  EXPECT_EQ(hctest::hipaaErrors(t), std::vector<std::string>{});
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::EC2::Subnet").size(), 6u);  // two AZs without an account
}

TEST(SecureVpc, Errors) {
  const auto throws = [](healthcare::SecureVpcProps props, const std::string& message) {
    hctest::expectPropsError<healthcare::SecureVpc>("Network", std::move(props), message);
  };
  throws({.natGateways = 0},
         "natGateways is 0, but the private tier reaches the internet through NAT gateways: give at least 1");
  throws({.cidrMask = 29}, "cidrMask is 29; give a prefix length from 16 to 28");
  auto profile = healthcare::EnvironmentProfile::prod();
  profile.maxAzs = 0;
  throws({.profile = profile}, "profile 'prod': maxAzs is 0; give at least 1");
}

TEST(SecureVpc, CfnLintClean) {
  if (!cdkpp_test::haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  hctest::LintFixture defaults;
  defaults.stack->make<healthcare::SecureVpc>("Network");
  hctest::LintFixture dev;
  dev.stack->make<healthcare::SecureVpc>("Network", {.profile = healthcare::EnvironmentProfile::dev()});
  cdkpp_test::expectCfnLintClean({{"secure-vpc", defaults.synth()}, {"secure-vpc-dev", dev.synth()}});
}

}  // namespace
