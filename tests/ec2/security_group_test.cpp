// SecurityGroup: defaults, options, imported groups, errors and warnings.
#include <gtest/gtest.h>

#include "ec2_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;

struct SecurityGroupTest : ::testing::Test {
  explicit SecurityGroupTest(cdk::AppProps props = {}) : app(std::move(props)) {
    stack = &app.make<cdk::Stack>("S");
    vpc = &stack->make<ec2::Vpc>(
        "Vpc",
        {.maxAzs = 1,
         .natGateways = 0,
         .subnetConfiguration = {{.cidrMask = 24, .name = "Iso", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  }
  cdk::App app;
  cdk::Stack* stack = nullptr;
  ec2::Vpc* vpc = nullptr;
};

TEST_F(SecurityGroupTest, Defaults) {
  auto& sg = stack->make<ec2::SecurityGroup>("Sg", {.vpc = *vpc});
  EXPECT_TRUE(sg.allowAllOutbound());
  EXPECT_FALSE(sg.allowAllIpv6Outbound());
  EXPECT_FALSE(sg.disableInlineRules());
  EXPECT_FALSE(sg.canInlineRule());
  EXPECT_EQ(sg.uniqueId(), Value("SSg9340A1A7"));
  EXPECT_TRUE(ec2::SecurityGroupBase::isSecurityGroup(sg));
  EXPECT_FALSE(ec2::SecurityGroupBase::isSecurityGroup(*vpc));
  Template t = Template::fromStack(*stack);
  t.hasResourceProperties(
      "AWS::EC2::SecurityGroup",
      Value::map(
          {{"GroupDescription", "S/Sg"},
           {"GroupName", Match::absent()},
           {"SecurityGroupEgress", Value::list({Value::map({{"CidrIp", "0.0.0.0/0"},
                                                            {"Description", "Allow all outbound traffic by default"},
                                                            {"IpProtocol", "-1"}})})},
           {"SecurityGroupIngress", Match::absent()},
           {"VpcId", Value::map({{"Ref", vpc->cfnVpc().logicalId()}})}}));
}

TEST_F(SecurityGroupTest, EmptyDescriptionFallsBackToThePath) {
  stack->make<ec2::SecurityGroup>("Sg", {.description = "", .securityGroupName = "my-sg", .vpc = *vpc});
  Template::fromStack(*stack).hasResourceProperties("AWS::EC2::SecurityGroup",
                                                    Value::map({{"GroupDescription", "S/Sg"}, {"GroupName", "my-sg"}}));
}

TEST_F(SecurityGroupTest, NeedsAVpc) {
  EXPECT_THROW_MSG(stack->make<ec2::SecurityGroup>("Sg", {}), cdk::ConstructError,
                   "S/Sg: SecurityGroup needs a VPC: set SecurityGroupProps::vpc");
}

TEST_F(SecurityGroupTest, AllTrafficEgressRuleIsAnError) {
  auto& sg = stack->make<ec2::SecurityGroup>("Sg", {.allowAllOutbound = false, .vpc = *vpc});
  EXPECT_THROW_MSG(
      sg.addEgressRule(ec2::Peer::anyIpv4(), ec2::Port::allTraffic()), cdk::ConstructError,
      "S/Sg: Cannot add an \"all traffic\" egress rule in this way; set allowAllOutbound=true (for ipv4) or "
      "allowAllIpv6Outbound=true (for ipv6) on the SecurityGroup instead.");
  EXPECT_THROW_MSG(sg.addEgressRule(ec2::Peer::anyIpv6(), ec2::Port::allTraffic()), cdk::ConstructError,
                   "Cannot add an \"all traffic\" egress rule");
  // With disableInlineRules the rule becomes a resource, without error (as in aws-cdk-lib).
  auto& separate =
      stack->make<ec2::SecurityGroup>("Sep", {.allowAllOutbound = false, .disableInlineRules = true, .vpc = *vpc});
  EXPECT_NO_THROW(separate.addEgressRule(ec2::Peer::anyIpv4(), ec2::Port::allTraffic()));
}

TEST_F(SecurityGroupTest, IgnoredEgressRulesWarn) {
  auto& sg = stack->make<ec2::SecurityGroup>("Sg", {.allowAllIpv6Outbound = true, .vpc = *vpc});
  sg.addEgressRule(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(80));
  sg.addEgressRule(ec2::Peer::ipv6("2001:db8::/32"), ec2::Port::tcp(80));
  sg.addEgressRule(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(81), {}, /*remoteRule=*/true);  // silent
  app.synth({.write = false});
  EXPECT_EQ(ec2test::messagesWith(app, "Ignoring Egress rule since 'allowAllOutbound' is set to true").size(), 1u);
  EXPECT_EQ(ec2test::messagesWith(app, "Ignoring Egress rule since 'allowAllIpv6Outbound' is set to true").size(), 1u);
}

TEST_F(SecurityGroupTest, RulesAddedAfterConstructionAreRendered) {
  auto& sg = stack->make<ec2::SecurityGroup>("Sg", {.vpc = *vpc});
  Template::fromStack(*stack).hasResourceProperties("AWS::EC2::SecurityGroup",
                                                    Value::map({{"SecurityGroupIngress", Match::absent()}}));
  sg.addIngressRule(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(22));
  Template::fromStack(*stack).hasResourceProperties(
      "AWS::EC2::SecurityGroup",
      Value::map({{"SecurityGroupIngress", Value::list({Value::map({{"CidrIp", "10.0.0.0/8"},
                                                                    {"Description", "from 10.0.0.0/8:22"},
                                                                    {"FromPort", 22},
                                                                    {"IpProtocol", "tcp"},
                                                                    {"ToPort", 22}})})}}));
}

struct SecurityGroupContextTest : SecurityGroupTest {
  SecurityGroupContextTest()
      : SecurityGroupTest({.context = {{"@aws-cdk/aws-ec2.securityGroupDisableInlineRules", true}}}) {}
};

TEST_F(SecurityGroupContextTest, DisableInlineRulesFromContext) {
  auto& sg = stack->make<ec2::SecurityGroup>("Sg", {.vpc = *vpc});
  EXPECT_TRUE(sg.disableInlineRules());
  auto& inlined = stack->make<ec2::SecurityGroup>("Inline", {.disableInlineRules = false, .vpc = *vpc});
  EXPECT_FALSE(inlined.disableInlineRules());
  Template t = Template::fromStack(*stack);
  t.resourceCountIs("AWS::EC2::SecurityGroupEgress", 1);
  t.hasResourceProperties(
      "AWS::EC2::SecurityGroupEgress",
      Value::map(
          {{"CidrIp", "0.0.0.0/0"}, {"Description", "Allow all outbound traffic by default"}, {"IpProtocol", "-1"}}));
}

TEST_F(SecurityGroupTest, ImportedGroups) {
  auto& mutableGroup = ec2::SecurityGroup::fromSecurityGroupId(*stack, "Imported", "sg-12345678");
  auto& locked = ec2::SecurityGroup::fromSecurityGroupId(*stack, "Locked", "sg-87654321", {.allowAllOutbound = false});
  auto& frozen = ec2::SecurityGroup::fromSecurityGroupId(*stack, "Frozen", "sg-11111111", {.mutable_ = false});
  EXPECT_EQ(mutableGroup.securityGroupId(), Value("sg-12345678"));
  EXPECT_TRUE(mutableGroup.allowAllOutbound());
  mutableGroup.addIngressRule(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(22));
  mutableGroup.addEgressRule(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(22));  // allows all outbound: dropped
  locked.addEgressRule(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(443));
  frozen.addIngressRule(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(22));
  frozen.addEgressRule(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(22));
  Template t = Template::fromStack(*stack);
  t.resourceCountIs("AWS::EC2::SecurityGroup", 0);
  t.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1);
  t.resourceCountIs("AWS::EC2::SecurityGroupEgress", 1);
  auto ingress = t.findResources("AWS::EC2::SecurityGroupIngress");
  EXPECT_TRUE(ingress.contains("Importedfrom10000822EE5852DD")) << ingress.dump(1);
  t.hasResourceProperties(
      "AWS::EC2::SecurityGroupIngress",
      Value::map({{"CidrIp", "10.0.0.0/8"}, {"Description", "from 10.0.0.0/8:22"}, {"GroupId", "sg-12345678"}}));
  t.hasResourceProperties(
      "AWS::EC2::SecurityGroupEgress",
      Value::map({{"CidrIp", "10.0.0.0/8"}, {"Description", "to 10.0.0.0/8:443"}, {"GroupId", "sg-87654321"}}));
}

TEST_F(SecurityGroupTest, GroupAsPeerMakesSeparateRulesNamedByUniqueId) {
  auto& a = stack->make<ec2::SecurityGroup>("A", {.vpc = *vpc});
  auto& b = stack->make<ec2::SecurityGroup>("B", {.allowAllOutbound = false, .vpc = *vpc});
  a.addIngressRule(b, ec2::Port::tcp(80));
  b.addEgressRule(a, ec2::Port::tcp(80));
  b.addEgressRule(a, ec2::Port::tcp(80), "again: same id, dropped");
  ASSERT_NE(a.node().tryFindChild("from SB59197D82:80"), nullptr) << "ingress rule id";
  ASSERT_NE(b.node().tryFindChild("to SA1275EFB0:80"), nullptr) << "egress rule id";
  Template t = Template::fromStack(*stack);
  t.resourceCountIs("AWS::EC2::SecurityGroupEgress", 1);
  t.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Value::map({{"Description", "to SA1275EFB0:80"}}));
}

}  // namespace
