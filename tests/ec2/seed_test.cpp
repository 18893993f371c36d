// The seed-000 reference (../shared/reference/seed-000-cdk, synthesized by aws-cdk-lib 2.276): its VPC and
// the security groups and rules the other modules create through the ec2 API, resource by resource.
#include <gtest/gtest.h>

#include "ec2_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
using ec2test::json;

struct SeedTest : ::testing::Test {
  SeedTest() {
    cdk::Tags::of(app).add("Author", "unknown");
    cdk::Tags::of(app).add("Environment", "dev");
    cdk::Tags::of(app).add("Repository", "unknown");
    stack = &app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
    vpc = &stack->make<ec2::Vpc>(
        "VPC", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/16"),
                .maxAzs = 3,
                .natGateways = 1,
                .subnetConfiguration = {{.cidrMask = 24, .name = "Public", .subnetType = ec2::SubnetType::PUBLIC},
                                        {.cidrMask = 24,
                                         .name = "Private",
                                         .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}},
                .vpcName = "healthcare-vpc-dev"});
  }

  /// The reference resources whose logical id starts with one of the prefixes.
  static json referenceResources(const std::vector<std::string>& prefixes) {
    const json reference = json::parse(cdkpp_test::readFile(CDKPP_SEED000_TEMPLATE));
    json selected = json::object();
    for (const auto& item : reference["Resources"].items()) {
      for (const auto& prefix : prefixes) {
        if (item.key().rfind(prefix, 0) == 0) {
          selected[item.key()] = item.value();
          break;
        }
      }
    }
    return selected;
  }

  cdk::App app;
  cdk::Stack* stack = nullptr;
  ec2::Vpc* vpc = nullptr;
};

TEST_F(SeedTest, VpcResourcesEqualTheReference) {
  const json expected = referenceResources({"VPC"});
  ASSERT_EQ(expected.size(), 21u);  // VPC, 4 x (subnet, route table, association, route), EIP, NAT, IGW, VPCGW
  const json actual = ec2test::synthTemplate(app, "TapStackdev")["Resources"];
  EXPECT_EQ(ec2test::keysOf(actual), ec2test::keysOf(expected)) << "VPC resources in template order";
  for (const auto& item : expected.items()) {
    ASSERT_TRUE(actual.contains(item.key())) << item.key();
    EXPECT_EQ(actual[item.key()], item.value()) << item.key() << "\n--- cdkpp:\n"
                                                << actual[item.key()].dump(1) << "\n--- aws-cdk-lib:\n"
                                                << item.value().dump(1);
  }
}

// The security groups and rules the seed's rds, efs, ecs, elbv2 and elasticache code creates, made here with
// the same construct paths and calls those modules make (the modules themselves are not needed).
TEST_F(SeedTest, SecurityGroupsAndRulesEqualTheReference) {
  // rds.DatabaseCluster "Database": its "SecurityGroup".
  auto& database = stack->make<cdk::Construct>("Database");
  auto& dbSg = database.make<ec2::SecurityGroup>("SecurityGroup", {.description = "RDS security group", .vpc = *vpc});
  (void)dbSg;
  // efs.FileSystem "FileSystem": Name tag on its subtree, "EfsSecurityGroup", connections on port 2049.
  auto& fileSystem = stack->make<cdk::Construct>("FileSystem");
  cdk::Tags::of(fileSystem).add("Name", fileSystem.node().path());
  auto& efsSg = fileSystem.make<ec2::SecurityGroup>("EfsSecurityGroup", {.vpc = *vpc});
  ec2::Connections fileSystemConnections({.defaultPort = ec2::Port::tcp(2049), .securityGroups = {efsSg}});
  // elbv2.ApplicationLoadBalancer "ALB": its "SecurityGroup" and the listener's open rule on port 80.
  auto& alb = stack->make<cdk::Construct>("ALB");
  auto& albSg = alb.make<ec2::SecurityGroup>(
      "SecurityGroup", {.allowAllOutbound = false,
                        .description = "Automatically created Security Group for ELB " + cdk::Names::uniqueId(alb),
                        .vpc = *vpc});
  ec2::Connections albConnections({.securityGroups = {albSg}});
  ec2::Connections listenerConnections(
      {.defaultPort = ec2::Port::tcp(80), .securityGroups = albConnections.securityGroups()});
  listenerConnections.allowDefaultPortFrom(ec2::Peer::anyIpv4(), "Allow from anyone on port 80");
  // ecs.FargateService "Service": its "SecurityGroup"; the target group registers it with the listener.
  auto& service = stack->make<cdk::Construct>("Service");
  auto& serviceSg = service.make<ec2::SecurityGroup>("SecurityGroup", {.vpc = *vpc});
  ec2::Connections serviceConnections({.securityGroups = {serviceSg}});
  serviceConnections.allowFrom(albConnections, ec2::Port::tcp(80), "Load balancer to target");
  // fileSystem.connections.allowDefaultPortFrom(service)
  fileSystemConnections.allowDefaultPortFrom(serviceConnections);
  // The cache security group.
  auto& cacheSg = stack->make<ec2::SecurityGroup>("CacheSG", {.allowAllOutbound = false, .vpc = *vpc});
  cacheSg.addIngressRule(ec2::Peer::ipv4(vpc->vpcCidrBlock()), ec2::Port::tcp(6379));

  const json actual = ec2test::synthTemplate(app, "TapStackdev")["Resources"];
  json expected = referenceResources(
      {"DatabaseSecurityGroup", "FileSystemEfsSecurityGroup", "ALBSecurityGroup", "ServiceSecurityGroup", "CacheSG"});
  ASSERT_EQ(expected.size(), 8u);
  for (auto& item : expected.items()) {
    ASSERT_TRUE(actual.contains(item.key())) << item.key();
    json resource = item.value();
    // The service's DependsOn on the task role comes from ecs, not from ec2.
    if (item.key().rfind("ServiceSecurityGroup", 0) == 0) resource.erase("DependsOn");
    EXPECT_EQ(actual[item.key()], resource) << item.key() << "\n--- cdkpp:\n"
                                            << actual[item.key()].dump(1) << "\n--- aws-cdk-lib:\n"
                                            << resource.dump(1);
  }
  // No other security group resources than the reference's.
  std::size_t groups = 0;
  for (const auto& item : actual.items()) {
    if (item.value()["Type"].get<std::string>().rfind("AWS::EC2::SecurityGroup", 0) == 0) ++groups;
  }
  EXPECT_EQ(groups, expected.size());
}

TEST_F(SeedTest, SynthesisIsRepeatable) {
  auto& cacheSg = stack->make<ec2::SecurityGroup>("CacheSG", {.allowAllOutbound = false, .vpc = *vpc});
  cacheSg.addIngressRule(ec2::Peer::ipv4(vpc->vpcCidrBlock()), ec2::Port::tcp(6379));
  const json first = ec2test::synthTemplate(app, "TapStackdev");
  const json second = ec2test::synthTemplate(app, "TapStackdev");
  EXPECT_EQ(first, second);
}

}  // namespace
