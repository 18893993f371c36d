// Connections: rule placement on both sides, default ports, groups added later.
#include <gtest/gtest.h>

#include "ec2_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
using cdk::Value;
using cdk::assertions::Template;

struct ConnectionsTest : ::testing::Test {
  ConnectionsTest() {
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

TEST_F(ConnectionsTest, NoDefaultPortErrors) {
  auto& sg = stack->make<ec2::SecurityGroup>("Sg", {.vpc = *vpc});
  ec2::Connections conns({.securityGroups = {sg}});
  EXPECT_THROW_MSG(conns.allowDefaultPortFrom(ec2::Peer::anyIpv4()), cdk::Error,
                   "Cannot call allowDefaultPortFrom(): this resource has no default port");
  EXPECT_THROW_MSG(conns.allowDefaultPortFromAnyIpv4(), cdk::Error,
                   "Cannot call allowDefaultPortFromAnyIpv4(): this resource has no default port");
  EXPECT_THROW_MSG(conns.allowDefaultPortInternally(), cdk::Error,
                   "Cannot call allowDefaultPortInternally(): this resource has no default port");
  EXPECT_THROW_MSG(conns.allowDefaultPortTo(sg), cdk::Error,
                   "Cannot call allowDefaultPortTo(): this resource has no default port");
  EXPECT_THROW_MSG(conns.allowToDefaultPort(sg), cdk::Error,
                   "Cannot call allowToDefaultPort(): other resource has no default port");
}

TEST_F(ConnectionsTest, CopiesShareState) {
  auto& sg = stack->make<ec2::SecurityGroup>("Sg", {.vpc = *vpc});
  auto& other = stack->make<ec2::SecurityGroup>("Other", {.vpc = *vpc});
  ec2::Connections a({.defaultPort = ec2::Port::tcp(80)});
  ec2::Connections b = a;
  b.addSecurityGroup(sg, other);
  ASSERT_EQ(a.securityGroups().size(), 2u);
  EXPECT_EQ(a.securityGroups()[0].get(), &static_cast<ec2::ISecurityGroup&>(sg));
  EXPECT_EQ(a.defaultPort(), std::optional<ec2::Port>(ec2::Port::tcp(80)));
}

TEST_F(ConnectionsTest, GroupsAddedLaterGetEarlierRules) {
  auto& first = stack->make<ec2::SecurityGroup>("First", {.vpc = *vpc});
  auto& late = stack->make<ec2::SecurityGroup>("Late", {.vpc = *vpc});
  ec2::Connections conns({.securityGroups = {first}});
  conns.allowFrom(ec2::Peer::ipv4("10.1.0.0/16"), ec2::Port::tcp(22), "ssh");
  conns.addSecurityGroup(late);
  Template t = Template::fromStack(*stack);
  t.resourcePropertiesCountIs("AWS::EC2::SecurityGroup",
                              Value::map({{"SecurityGroupIngress", Value::list({Value::map({{"CidrIp", "10.1.0.0/16"},
                                                                                            {"Description", "ssh"},
                                                                                            {"FromPort", 22},
                                                                                            {"IpProtocol", "tcp"},
                                                                                            {"ToPort", 22}})})}}),
                              2);
}

TEST_F(ConnectionsTest, PeerGroupsAddedLaterGetEarlierRules) {
  auto& a = stack->make<ec2::SecurityGroup>("A", {.vpc = *vpc});
  auto& b1 = stack->make<ec2::SecurityGroup>("B1", {.vpc = *vpc});
  auto& b2 = stack->make<ec2::SecurityGroup>("B2", {.vpc = *vpc});
  ec2::Connections other({.securityGroups = {b1}});
  a.connections().allowFrom(other, ec2::Port::tcp(443));
  other.addSecurityGroup(b2);
  Template t = Template::fromStack(*stack);
  t.resourceCountIs("AWS::EC2::SecurityGroupIngress", 2);
  t.hasResourceProperties(
      "AWS::EC2::SecurityGroupIngress",
      Value::map({{"SourceSecurityGroupId",
                   Value::map({{"Fn::GetAtt", Value::list({b2.cfnSecurityGroup().logicalId(), "GroupId"})}})},
                  {"FromPort", 443}}));
}

TEST_F(ConnectionsTest, AllowToMirrorsOnTheOtherSide) {
  auto& lb = stack->make<ec2::SecurityGroup>("Lb", {.allowAllOutbound = false, .vpc = *vpc});
  auto& target = stack->make<ec2::SecurityGroup>("Target", {.vpc = *vpc});
  target.connections().allowFrom(lb, ec2::Port::tcp(8080), "Load balancer to target");
  Template t = Template::fromStack(*stack);
  auto getAtt = [](ec2::SecurityGroup& g) {
    return Value::map({{"Fn::GetAtt", Value::list({g.cfnSecurityGroup().logicalId(), "GroupId"})}});
  };
  t.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Value::map({{"Description", "Load balancer to target"},
                                                                        {"GroupId", getAtt(target)},
                                                                        {"SourceSecurityGroupId", getAtt(lb)}}));
  t.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Value::map({{"Description", "Load balancer to target"},
                                                                       {"DestinationSecurityGroupId", getAtt(target)},
                                                                       {"GroupId", getAtt(lb)}}));
  // The placeholder egress rule of the load balancer's group is gone.
  t.hasResourceProperties(
      "AWS::EC2::SecurityGroup",
      Value::map({{"GroupDescription", "S/Lb"}, {"SecurityGroupEgress", cdk::assertions::Match::absent()}}));
}

}  // namespace
