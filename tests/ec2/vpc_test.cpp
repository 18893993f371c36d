// Vpc: defaults, options, subnet selection, dependencies, warnings.
#include <gtest/gtest.h>

#include "ec2_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;
using ec2::SubnetType;
using ec2test::json;

std::vector<std::string> cidrsOf(const json& templateJson) {
  std::vector<std::string> cidrs;
  for (const auto& item : templateJson["Resources"].items()) {
    if (item.value()["Type"] == "AWS::EC2::Subnet")
      cidrs.push_back(item.value()["Properties"]["CidrBlock"].get<std::string>());
  }
  return cidrs;
}

std::string idOf(const ec2::ISubnet& subnet) { return subnet.node().id(); }

std::vector<std::string> idsOf(const std::vector<cdk::Handle<ec2::ISubnet>>& subnets) {
  std::vector<std::string> ids;
  for (const auto& subnet : subnets) ids.push_back(idOf(*subnet));
  return ids;
}

TEST(Vpc, Defaults) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("VpcDefault");
  auto& vpc = stack.make<ec2::Vpc>("Vpc");
  EXPECT_EQ(vpc.availabilityZones().size(), 2u);  // environment-agnostic: 2 zones whatever maxAzs says
  EXPECT_EQ(idsOf(vpc.publicSubnets()), (std::vector<std::string>{"PublicSubnet1", "PublicSubnet2"}));
  EXPECT_EQ(idsOf(vpc.privateSubnets()), (std::vector<std::string>{"PrivateSubnet1", "PrivateSubnet2"}));
  EXPECT_TRUE(vpc.isolatedSubnets().empty());
  EXPECT_TRUE(vpc.dnsHostnamesEnabled());
  EXPECT_TRUE(vpc.dnsSupportEnabled());
  ASSERT_TRUE(vpc.internetGatewayId().has_value());
  EXPECT_EQ(vpc.publicSubnets()[0]->ipv4CidrBlock(), "10.0.0.0/18");
  EXPECT_EQ(vpc.privateSubnets()[1]->ipv4CidrBlock(), "10.0.192.0/18");
  stack.make<cdk::CfnOutput>("Arn", {.value = vpc.vpcArn()});
  stack.make<cdk::CfnOutput>("Id", {.value = vpc.vpcId()});
  stack.make<cdk::CfnOutput>("DefaultSg", {.value = vpc.vpcDefaultSecurityGroup()});
  Template t = Template::fromStack(stack);
  t.resourceCountIs("AWS::EC2::NatGateway", 2);
  t.resourceCountIs("AWS::EC2::Subnet", 4);
  t.hasOutput(
      "Arn",
      Value::map(
          {{"Value",
            Value::map({{"Fn::Join", Value::list({"", Value::list({"arn:", Value::map({{"Ref", "AWS::Partition"}}),
                                                                   ":ec2:", Value::map({{"Ref", "AWS::Region"}}), ":",
                                                                   Value::map({{"Ref", "AWS::AccountId"}}), ":vpc/",
                                                                   Value::map({{"Ref", "Vpc8378EB38"}})})})}})}}));
  t.hasOutput(
      "DefaultSg",
      Value::map({{"Value", Value::map({{"Fn::GetAtt", Value::list({"Vpc8378EB38", "DefaultSecurityGroup"})}})}}));
  // The template matches aws-cdk-lib's for the same program.
  ec2test::expectSameSection(t.toJson(), ec2test::fixture("vpc-default"), "Resources");
}

TEST(Vpc, ReservedAzsReserveAddressSpace) {
  cdk::App app({.context = {{"availability-zones:account=111111111111:region=us-east-1",
                             Value::list({"us-east-1a", "us-east-1b", "us-east-1c"})}}});
  auto& stack = app.make<cdk::Stack>("S", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& vpc = stack.make<ec2::Vpc>(
      "V",
      {.maxAzs = 2,
       .reservedAzs = 1,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Public", .subnetType = SubnetType::PUBLIC},
                               {.cidrMask = 24, .name = "Private", .subnetType = SubnetType::PRIVATE_WITH_EGRESS}}});
  std::vector<std::string> azs;
  for (const auto& az : vpc.availabilityZones()) azs.push_back(az.asString());
  EXPECT_EQ(azs, (std::vector<std::string>{"us-east-1a", "us-east-1b", "fake-az"}));
  EXPECT_EQ(cidrsOf(ec2test::synthTemplate(app, "S")),
            (std::vector<std::string>{"10.0.0.0/24", "10.0.1.0/24", "10.0.3.0/24", "10.0.4.0/24"}));
  // natGateways defaults to one per zone, fake one included (3), clamped to the 2 public subnets.
  Template::fromStack(stack).resourceCountIs("AWS::EC2::NatGateway", 2);
}

TEST(Vpc, MasklessSubnetsShareTheRest) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<ec2::Vpc>("V",
                       {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/24"),
                        .maxAzs = 2,
                        .subnetConfiguration = {{.cidrMask = 26, .name = "Public", .subnetType = SubnetType::PUBLIC},
                                                {.name = "A", .subnetType = SubnetType::PRIVATE_ISOLATED},
                                                {.name = "B", .subnetType = SubnetType::PRIVATE_ISOLATED},
                                                {.name = "C", .subnetType = SubnetType::PRIVATE_ISOLATED}}});
  EXPECT_EQ(cidrsOf(ec2test::synthTemplate(app, "S")),
            (std::vector<std::string>{"10.0.0.0/26", "10.0.0.64/26", "10.0.0.128/28", "10.0.0.144/28", "10.0.0.160/28",
                                      "10.0.0.176/28", "10.0.0.192/28", "10.0.0.208/28"}));
}

TEST(Vpc, SmallestVpc) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<ec2::Vpc>(
      "V", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/28"),
            .maxAzs = 1,
            .subnetConfiguration = {{.cidrMask = 28, .name = "I", .subnetType = SubnetType::PRIVATE_ISOLATED}}});
  EXPECT_EQ(cidrsOf(ec2test::synthTemplate(app, "S")), (std::vector<std::string>{"10.0.0.0/28"}));
}

TEST(Vpc, UnalignedCidrIsRoundedUpWithAWarning) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<ec2::Vpc>(
      "V", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.5/16"),
            .maxAzs = 1,
            .subnetConfiguration = {{.cidrMask = 24, .name = "I", .subnetType = SubnetType::PRIVATE_ISOLATED}}});
  const json t = ec2test::synthTemplate(app, "S");
  EXPECT_EQ(cidrsOf(t), (std::vector<std::string>{"10.1.0.0/24"}));
  Template::fromJson(t).hasResourceProperties("AWS::EC2::VPC", Value::map({{"CidrBlock", "10.1.0.0/16"}}));
  auto warnings =
      ec2test::messagesWith(app, "IpAddresses::cidr(\"10.0.0.5/16\") does not start at a multiple of its size");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].path, "S/V");
}

TEST(Vpc, TooManyNatGatewaysAreClampedWithAWarning) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<ec2::Vpc>("V", {.natGateways = 5});
  Template::fromStack(stack).resourceCountIs("AWS::EC2::NatGateway", 2);
  auto warnings = ec2test::messagesWith(
      app, "natGateways is 5 but the VPC has 2 availability zones, so only 2 NAT gateways are created");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].level, cdk::SynthesisMessage::Level::Warning);
}

TEST(Vpc, NoInternetGatewayMeansNoNatWithAWarning) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<ec2::Vpc>("V", {.createInternetGateway = false});
  Template t = Template::fromStack(stack);
  t.resourceCountIs("AWS::EC2::NatGateway", 0);
  t.resourceCountIs("AWS::EC2::InternetGateway", 0);
  t.resourceCountIs("AWS::EC2::Route", 0);
  EXPECT_EQ(ec2test::messagesWith(app, "createInternetGateway is false, so no NAT gateways are created").size(), 1u);
}

TEST(Vpc, PrivateWithEgressWithoutNats) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<ec2::Vpc>(
      "V",
      {.natGateways = 0,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Private", .subnetType = SubnetType::PRIVATE_WITH_EGRESS}}});
  Template t = Template::fromStack(stack);
  t.resourceCountIs("AWS::EC2::InternetGateway", 1);
  t.resourceCountIs("AWS::EC2::VPCGatewayAttachment", 1);
  t.resourceCountIs("AWS::EC2::Route", 0);
  t.resourceCountIs("AWS::EC2::NatGateway", 0);
}

TEST(Vpc, NatGatewaySubnetsAndEipAllocations) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& vpc = stack.make<ec2::Vpc>(
      "V",
      {.natGatewayProvider = ec2::NatProvider::gateway({.eipAllocationIds = {"eipalloc-1"}}),
       .natGatewaySubnets = ec2::SubnetSelection{.subnetGroupName = "Edge"},
       .natGateways = 1,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Public", .subnetType = SubnetType::PUBLIC},
                               {.cidrMask = 24, .name = "Edge", .subnetType = SubnetType::PUBLIC},
                               {.cidrMask = 24, .name = "Private", .subnetType = SubnetType::PRIVATE_WITH_EGRESS}}});
  ASSERT_NE(vpc.publicSubnets()[2]->node().tryFindChild("NATGateway"), nullptr);
  Template t = Template::fromStack(stack);
  t.resourceCountIs("AWS::EC2::EIP", 0);
  t.hasResourceProperties("AWS::EC2::NatGateway", Value::map({{"AllocationId", "eipalloc-1"}}));
}

TEST(Vpc, AvailabilityZonesInAnAgnosticStackAreUsedAsGiven) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& vpc = stack.make<ec2::Vpc>("V", {.availabilityZones = {"xx-1a", "xx-1b", "xx-1c"}});
  EXPECT_EQ(vpc.publicSubnets().size(), 3u);
  EXPECT_EQ(vpc.privateSubnets()[2]->availabilityZone(), Value("xx-1c"));
}

TEST(Vpc, NameTagAndTenancy) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<ec2::Vpc>("V", {.defaultInstanceTenancy = ec2::DefaultInstanceTenancy::HOST, .vpcName = ""});
  Template t = Template::fromStack(stack);
  t.hasResourceProperties("AWS::EC2::VPC",
                          Value::map({{"InstanceTenancy", "host"},
                                      {"Tags", Value::list({Value::map({{"Key", "Name"}, {"Value", "S/V"}})})}}));
  t.hasResourceProperties("AWS::EC2::InternetGateway",
                          Value::map({{"Tags", Value::list({Value::map({{"Key", "Name"}, {"Value", "S/V"}})})}}));
}

TEST(Vpc, ImportedSubnets) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& vpc = stack.make<ec2::Vpc>("V");
  auto& imported = ec2::Subnet::fromSubnetAttributes(
      stack, "Imported", {.availabilityZone = "us-east-1a", .routeTableId = "rtb-1", .subnetId = "subnet-1"});
  auto selected = vpc.selectSubnets({.subnets = {imported}});
  EXPECT_EQ(selected.subnetIds(), (std::vector<Value>{"subnet-1"}));
  EXPECT_FALSE(selected.hasPublic());
  vpc.addGatewayEndpoint("S3",
                         {.service = ec2::GatewayVpcEndpointAwsService::S3, .subnets = {{.subnets = {imported}}}});
  Template::fromStack(stack).hasResourceProperties("AWS::EC2::VPCEndpoint",
                                                   Value::map({{"RouteTableIds", Value::list({"rtb-1"})}}));
  auto& bare = ec2::Subnet::fromSubnetId(stack, "Bare", "subnet-2");
  EXPECT_EQ(bare.subnetId(), Value("subnet-2"));
  EXPECT_THROW_MSG(bare.availabilityZone(), cdk::ConstructError,
                   "S/Bare: the availability zone of this imported subnet is not known: give availabilityZone in "
                   "Subnet::fromSubnetAttributes()");
  EXPECT_THROW_MSG(bare.routeTable().routeTableId(), cdk::ConstructError, "give routeTableId");
  EXPECT_FALSE(ec2::Subnet::isVpcSubnet(bare));
  EXPECT_TRUE(ec2::Subnet::isVpcSubnet(*vpc.publicSubnets()[0]));
}

struct SelectionTest : ::testing::Test {
  SelectionTest() {
    stack = &app.make<cdk::Stack>("S");
    vpc = &stack->make<ec2::Vpc>(
        "V", {.subnetConfiguration = {{.cidrMask = 24, .name = "A", .subnetType = SubnetType::PUBLIC},
                                      {.cidrMask = 24, .name = "B", .subnetType = SubnetType::PUBLIC},
                                      {.cidrMask = 24, .name = "App", .subnetType = SubnetType::PRIVATE_WITH_EGRESS},
                                      {.cidrMask = 24, .name = "Db", .subnetType = SubnetType::PRIVATE_ISOLATED}}});
  }
  cdk::App app;
  cdk::Stack* stack = nullptr;
  ec2::Vpc* vpc = nullptr;
};

TEST_F(SelectionTest, ByTypeNameZoneAndList) {
  EXPECT_EQ(idsOf(vpc->selectSubnets().subnets()), (std::vector<std::string>{"AppSubnet1", "AppSubnet2"}));
  EXPECT_FALSE(vpc->selectSubnets().hasPublic());
  auto pub = vpc->selectSubnets({.subnetType = SubnetType::PUBLIC});
  EXPECT_EQ(idsOf(pub.subnets()), (std::vector<std::string>{"ASubnet1", "ASubnet2", "BSubnet1", "BSubnet2"}));
  EXPECT_TRUE(pub.hasPublic());
  EXPECT_EQ(idsOf(vpc->selectSubnets({.onePerAz = true, .subnetType = SubnetType::PUBLIC}).subnets()),
            (std::vector<std::string>{"ASubnet1", "ASubnet2"}));
  EXPECT_EQ(idsOf(vpc->selectSubnets({.subnetGroupName = "Db"}).subnets()),
            (std::vector<std::string>{"DbSubnet1", "DbSubnet2"}));
  EXPECT_EQ(idsOf(vpc->selectSubnets({.subnetType = SubnetType::PRIVATE}).subnets()),
            (std::vector<std::string>{"AppSubnet1", "AppSubnet2"}));
  // Zones of an environment-agnostic stack are tokens: the VPC's own zone values select.
  EXPECT_EQ(
      idsOf(vpc->selectSubnets({.availabilityZones = {vpc->availabilityZones()[1]}, .subnetGroupName = "B"}).subnets()),
      (std::vector<std::string>{"BSubnet2"}));
  EXPECT_TRUE(vpc->selectSubnets({.availabilityZones = {"us-east-1a"}, .subnetGroupName = "B"}).subnets().empty());
  auto given = vpc->selectSubnets({.subnets = {vpc->isolatedSubnets()[1]}});
  EXPECT_EQ(idsOf(given.subnets()), (std::vector<std::string>{"DbSubnet2"}));
  auto ids = vpc->selectSubnets({.subnetGroupName = "Db"}).subnetIds();
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0], vpc->isolatedSubnets()[0]->subnetId());
  EXPECT_EQ(vpc->selectSubnets().availabilityZones(),
            (std::vector<Value>{vpc->availabilityZones()[0], vpc->availabilityZones()[1]}));
}

TEST_F(SelectionTest, InternetConnectivityEstablishedIsADependable) {
  auto& consumer = stack->make<cdk::CfnResource>("Consumer", {.type = "AWS::SNS::Topic"});
  {
    const ec2::SelectedSubnets selected = vpc->selectSubnets({.subnetGroupName = "A"});
    consumer.node().addDependency(selected.internetConnectivityEstablished());
  }  // the dependable belongs to the VPC, not to the selection
  const json t = ec2test::synthTemplate(app, "S");
  const auto& dependsOn = t["Resources"]["Consumer"]["DependsOn"];
  EXPECT_EQ(dependsOn, json::parse(R"(["VASubnet1DefaultRouteEB692056", "VASubnet1RouteTableAssociation939BD5E0",
                                         "VASubnet2DefaultRoute1670151E", "VASubnet2RouteTableAssociation0BD2011F"])"))
      << dependsOn.dump();
  EXPECT_EQ(&vpc->selectSubnets({.subnetGroupName = "A"}).internetConnectivityEstablished(),
            &vpc->selectSubnets({.subnetGroupName = "A"}).internetConnectivityEstablished());
}

TEST_F(SelectionTest, NatRoutesAndDependencies) {
  const json t = ec2test::synthTemplate(app, "S");
  const auto& nat = t["Resources"]["VASubnet1NATGatewayB72EE344"];
  ASSERT_TRUE(nat.is_object()) << "NAT gateways go into the first public group";
  EXPECT_EQ(nat["DependsOn"],
            json::parse(R"(["VASubnet1DefaultRouteEB692056", "VASubnet1RouteTableAssociation939BD5E0"])"));
  EXPECT_EQ(t["Resources"]["VASubnet1DefaultRouteEB692056"]["DependsOn"], json::parse(R"(["VVPCGW83774EB7"])"));
}

}  // namespace
