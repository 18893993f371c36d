// Whole templates compared with aws-cdk-lib 2.276's output for the same programs (tests/ec2/fixtures/*.ts).
#include <gtest/gtest.h>

#include "ec2_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
using cdk::Value;
using ec2test::expectMatchesFixture;
using ec2test::fixture;
using ec2test::synthTemplate;

Value joinIds(std::string_view delimiter, const std::vector<Value>& values) { return cdk::Fn::join(delimiter, values); }

TEST(Ec2Fixtures, VpcSeed) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  auto& vpc = stack.make<ec2::Vpc>(
      "VPC",
      {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/16"),
       .maxAzs = 3,
       .natGateways = 1,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Public", .subnetType = ec2::SubnetType::PUBLIC},
                               {.cidrMask = 24, .name = "Private", .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}},
       .vpcName = "healthcare-vpc-dev"});
  stack.make<cdk::CfnOutput>("VpcCidr", {.value = vpc.vpcCidrBlock()});
  std::vector<Value> privateIds;
  for (const auto& subnet : vpc.privateSubnets()) privateIds.push_back(subnet->subnetId());
  stack.make<cdk::CfnOutput>("PrivateIds", {.value = joinIds(",", privateIds)});
  std::vector<Value> publicAzs;
  for (const auto& subnet : vpc.publicSubnets()) publicAzs.push_back(subnet->availabilityZone());
  stack.make<cdk::CfnOutput>("PublicAzs", {.value = joinIds(",", publicAzs)});
  expectMatchesFixture(synthTemplate(app, "TapStackdev"), fixture("vpc-seed"));
}

TEST(Ec2Fixtures, VpcDefault) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("VpcDefault");
  stack.make<ec2::Vpc>("Vpc");
  expectMatchesFixture(synthTemplate(app, "VpcDefault"), fixture("vpc-default"));
}

TEST(Ec2Fixtures, VpcThreeGroups) {
  cdk::App app({.context = {{"availability-zones:account=111111111111:region=us-east-1",
                             Value::list({"us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"})}}});
  auto& stack =
      app.make<cdk::Stack>("VpcThree", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& vpc = stack.make<ec2::Vpc>(
      "Network",
      {.ipAddresses = ec2::IpAddresses::cidr("10.20.0.0/16"),
       .maxAzs = 3,
       .natGateways = 2,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Ingress", .subnetType = ec2::SubnetType::PUBLIC},
                               {.cidrMask = 22, .name = "App", .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS},
                               {.cidrMask = 28, .name = "Db", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  auto out = [&](std::string_view id, const ec2::SubnetSelection& selection) {
    stack.make<cdk::CfnOutput>(id, {.value = joinIds(",", vpc.selectSubnets(selection).subnetIds())});
  };
  out("SelDefault", {});
  out("SelPublic", {.subnetType = ec2::SubnetType::PUBLIC});
  out("SelIsolated", {.subnetType = ec2::SubnetType::PRIVATE_ISOLATED});
  out("SelByName", {.subnetGroupName = "App"});
  out("SelAzs",
      {.availabilityZones = {"us-east-1b", "us-east-1c"}, .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS});
  std::string azs;
  for (const auto& az : vpc.availabilityZones()) azs += (azs.empty() ? "" : ",") + az.asString();
  stack.make<cdk::CfnOutput>("Azs", {.value = azs});
  std::string cidrs;
  for (const auto& subnet : vpc.isolatedSubnets()) cidrs += (cidrs.empty() ? "" : ",") + subnet->ipv4CidrBlock();
  stack.make<cdk::CfnOutput>("IsolatedCidrs", {.value = cidrs});
  expectMatchesFixture(synthTemplate(app, "VpcThree"), fixture("vpc-three-groups"));
}

TEST(Ec2Fixtures, VpcMixedMasks) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("VpcMixed");
  auto& vpc = stack.make<ec2::Vpc>(
      "Vpc", {.defaultInstanceTenancy = ec2::DefaultInstanceTenancy::DEDICATED,
              .enableDnsHostnames = false,
              .enableDnsSupport = true,
              .ipAddresses = ec2::IpAddresses::cidr("172.16.0.0/20"),
              .natGateways = 0,
              .subnetConfiguration = {
                  {.mapPublicIpOnLaunch = false, .name = "Web", .subnetType = ec2::SubnetType::PUBLIC},
                  {.cidrMask = 26, .name = "Data", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED},
                  {.cidrMask = 27, .name = "Spare", .reserved = true, .subnetType = ec2::SubnetType::PRIVATE_ISOLATED},
                  {.name = "Lambda", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  std::string text;
  for (const auto* list : {&vpc.publicSubnets(), &vpc.isolatedSubnets()}) {
    for (const auto& subnet : *list) {
      text += (text.empty() ? "" : " ") + subnet->node().id() + "=" + subnet->ipv4CidrBlock();
    }
  }
  stack.make<cdk::CfnOutput>("Cidrs", {.value = text});
  expectMatchesFixture(synthTemplate(app, "VpcMixed"), fixture("vpc-mixed-masks"));
}

TEST(Ec2Fixtures, VpcIsolatedOnly) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("VpcIsolated");
  stack.make<ec2::Vpc>(
      "Iso",
      {.maxAzs = 1,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Only", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  stack.make<ec2::Vpc>(
      "NoIgw", {.createInternetGateway = false,
                .maxAzs = 1,
                .natGateways = 0,
                .subnetConfiguration = {{.cidrMask = 24, .name = "Pub", .subnetType = ec2::SubnetType::PUBLIC}}});
  expectMatchesFixture(synthTemplate(app, "VpcIsolated"), fixture("vpc-isolated-only"));
}

TEST(Ec2Fixtures, VpcNatRoundRobin) {
  cdk::App app({.context = {{"availability-zones:account=111111111111:region=eu-west-1",
                             Value::list({"eu-west-1a", "eu-west-1b", "eu-west-1c"})}}});
  auto& stack =
      app.make<cdk::Stack>("VpcNat", {.env = cdk::Environment{.account = "111111111111", .region = "eu-west-1"}});
  stack.make<ec2::Vpc>(
      "Vpc",
      {.natGateways = 2,
       .subnetConfiguration = {{.cidrMask = 24, .name = "PubA", .subnetType = ec2::SubnetType::PUBLIC},
                               {.cidrMask = 24, .name = "PubB", .subnetType = ec2::SubnetType::PUBLIC},
                               {.cidrMask = 24, .name = "AppA", .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS},
                               {.cidrMask = 24, .name = "AppB", .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}}});
  expectMatchesFixture(synthTemplate(app, "VpcNat"), fixture("vpc-nat-roundrobin"));
}

// Without availability-zones context, a concrete stack's zones are aws-cdk-lib's dummies ("dummy1a",
// "dummy1b", "dummy1c"), and the manifest lists the key as missing context for the cdk CLI to look up.
TEST(Ec2Fixtures, VpcConcreteWithoutAzContext) {
  cdk::App app;
  auto& stack =
      app.make<cdk::Stack>("VpcNoCtx", {.env = cdk::Environment{.account = "111111111111", .region = "us-west-2"}});
  stack.make<ec2::Vpc>("Vpc", {.maxAzs = 2, .natGateways = 1});
  expectMatchesFixture(synthTemplate(app, "VpcNoCtx"), fixture("vpc-concrete-no-context"));
  EXPECT_EQ(app.assembly()->manifest().at("missing"), ec2test::json::parse(R"([{
    "key": "availability-zones:account=111111111111:region=us-west-2",
    "provider": "availability-zones",
    "props": {"dummyValue": ["dummy1a", "dummy1b", "dummy1c"], "account": "111111111111", "region": "us-west-2"}
  }])"));
}

TEST(Ec2Fixtures, VpcEndpointsAndFlowLogs) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("VpcEndpoints", {.env = cdk::Environment{.region = "eu-west-1"}});
  auto& vpc =
      stack.make<ec2::Vpc>("Vpc", {.flowLogs = {{"All", {}}},
                                   .gatewayEndpoints = {{"S3", {.service = ec2::GatewayVpcEndpointAwsService::S3}}},
                                   .maxAzs = 2,
                                   .natGateways = 1});
  vpc.addGatewayEndpoint("Dynamo", {.service = ec2::GatewayVpcEndpointAwsService::DYNAMODB,
                                    .subnets = {{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}}});
  vpc.addInterfaceEndpoint("SecretsEp", {.service = ec2::InterfaceVpcEndpointAwsService::SECRETS_MANAGER});
  vpc.addFlowLog("Rejects", {.trafficType = ec2::FlowLogTrafficType::REJECT});
  expectMatchesFixture(synthTemplate(app, "VpcEndpoints"), fixture("vpc-endpoints-flowlogs"));
}

TEST(Ec2Fixtures, SecurityGroupRules) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("SgRules");
  auto& vpc = stack.make<ec2::Vpc>(
      "Vpc",
      {.maxAzs = 1,
       .natGateways = 0,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Iso", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  auto& a = stack.make<ec2::SecurityGroup>("Open", {.vpc = vpc});
  auto& b = stack.make<ec2::SecurityGroup>(
      "Locked",
      {.allowAllOutbound = false, .description = "Locked down", .securityGroupName = "locked-sg", .vpc = vpc});
  b.addIngressRule(ec2::Peer::ipv4("10.1.0.0/16"), ec2::Port::tcp(443));
  b.addIngressRule(ec2::Peer::ipv4("10.1.0.0/16"), ec2::Port::tcp(443), "duplicate, dropped");
  b.addIngressRule(ec2::Peer::anyIpv4(), ec2::Port::tcpRange(8000, 8080), "web range");
  b.addIngressRule(ec2::Peer::ipv6("2001:db8::/32"), ec2::Port::udp(53));
  b.addIngressRule(ec2::Peer::anyIpv6(), ec2::Port::allIcmpV6());
  b.addIngressRule(ec2::Peer::securityGroupId("sg-0123456789abcdef0"), ec2::Port::allTcp());
  b.addIngressRule(ec2::Peer::securityGroupId("sg-0123456789abcdef0", Value("123456789012")),
                   ec2::Port::udpRange(1000, 2000));
  b.addIngressRule(ec2::Peer::ipv4(vpc.vpcCidrBlock()), ec2::Port::icmpPing());
  b.addIngressRule(ec2::Peer::ipv4("192.168.0.0/24"), ec2::Port::icmpTypeAndCode(3, 4));
  b.addIngressRule(ec2::Peer::ipv4("192.168.0.0/24"), ec2::Port::allIcmp());
  b.addIngressRule(ec2::Peer::ipv4("192.168.0.0/24"), ec2::Port::allTraffic());
  b.addIngressRule(ec2::Peer::ipv4("192.168.1.0/24"), ec2::Port::esp());
  b.addIngressRule(ec2::Peer::prefixList("pl-12345678"), ec2::Port::tcp(22));
  b.addEgressRule(ec2::Peer::ipv4("10.2.0.0/16"), ec2::Port::tcp(5432));
  b.addEgressRule(ec2::Peer::anyIpv6(), ec2::Port::tcp(443));
  b.addEgressRule(ec2::Peer::prefixList("pl-87654321"), ec2::Port::HTTPS);
  b.addIngressRule(ec2::Peer::ipv4("10.9.0.0/16"), ec2::Port::tcp(cdk::Fn::importValue("SomePort")));
  a.addEgressRule(ec2::Peer::ipv4("10.3.0.0/16"), ec2::Port::tcp(80));
  auto& c = stack.make<ec2::SecurityGroup>("NoInline", {.disableInlineRules = true, .vpc = vpc});
  c.addIngressRule(ec2::Peer::ipv4("10.4.0.0/16"), ec2::Port::tcp(22));
  c.addIngressRule(ec2::Peer::ipv4("10.4.0.0/16"), ec2::Port::tcp(22));
  auto& d = stack.make<ec2::SecurityGroup>("NoInlineLocked",
                                           {.allowAllOutbound = false, .disableInlineRules = true, .vpc = vpc});
  auto& d2 = stack.make<ec2::SecurityGroup>("NoInlineLocked2",
                                            {.allowAllOutbound = false, .disableInlineRules = true, .vpc = vpc});
  d2.addEgressRule(ec2::Peer::ipv4("10.5.0.0/16"), ec2::Port::tcp(443));
  stack.make<ec2::SecurityGroup>("V6", {.allowAllIpv6Outbound = true, .vpc = vpc});
  stack.make<ec2::SecurityGroup>("V6NoInline", {.allowAllIpv6Outbound = true, .disableInlineRules = true, .vpc = vpc});
  c.addIngressRule(ec2::Peer::ipv4(vpc.vpcCidrBlock()), ec2::Port::tcp(1));
  c.addIngressRule(ec2::Peer::ipv4(cdk::Fn::importValue("OtherCidr")), ec2::Port::tcp(2));
  c.addIngressRule(ec2::Peer::ipv4(cdk::Fn::importValue("ThirdCidr")), ec2::Port::tcp(3));
  stack.make<cdk::CfnOutput>(
      "Ids", {.value = cdk::Fn::join(",", {a.securityGroupId(), b.securityGroupId(), d.securityGroupId()})});
  stack.make<cdk::CfnOutput>("UniqueIds", {.value = a.uniqueId().asString() + "," + b.uniqueId().asString() + "," +
                                                    cdk::Names::nodeUniqueId(c)});
  std::string ports;
  for (const auto& port : {ec2::Port::tcp(80), ec2::Port::tcpRange(1, 2), ec2::Port::allTcp(), ec2::Port::udp(53),
                           ec2::Port::udpRange(5, 6), ec2::Port::allUdp(), ec2::Port::icmpType(8),
                           ec2::Port::icmpTypeAndCode(3, 4), ec2::Port::allIcmp(), ec2::Port::allIcmpV6(),
                           ec2::Port::allTraffic(), ec2::Port::esp(), ec2::Port::ah(), ec2::Port::icmpPing()}) {
    ports += (ports.empty() ? "" : "|") + port.toString();
  }
  stack.make<cdk::CfnOutput>("PortStrings", {.value = ports});
  expectMatchesFixture(synthTemplate(app, "SgRules"), fixture("sg-rules"));
  // The ignored egress rule on the allow-all group leaves a warning.
  EXPECT_EQ(ec2test::messagesWith(app, "Ignoring Egress rule since 'allowAllOutbound' is set to true").size(), 1u);
}

TEST(Ec2Fixtures, SecurityGroupConnections) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("SgConn");
  auto& vpc = stack.make<ec2::Vpc>(
      "Vpc",
      {.maxAzs = 1,
       .natGateways = 0,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Iso", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  auto& web = stack.make<ec2::SecurityGroup>("Web", {.vpc = vpc});
  auto& lb = stack.make<ec2::SecurityGroup>("Lb", {.allowAllOutbound = false, .vpc = vpc});
  auto& db = stack.make<ec2::SecurityGroup>("Db", {.allowAllOutbound = false, .vpc = vpc});
  lb.connections().allowTo(web, ec2::Port::tcp(80), "Load balancer to target");
  db.connections().allowFrom(web, ec2::Port::tcp(5432));
  lb.connections().allowFrom(db, ec2::Port::tcp(9000));
  db.connections().allowInternally(ec2::Port::tcp(5433), "self");
  ec2::Connections conns({.defaultPort = ec2::Port::tcp(3306), .securityGroups = {db}});
  conns.allowDefaultPortFrom(web);
  conns.allowDefaultPortFromAnyIpv4("open db");
  lb.connections().allowTo(ec2::Peer::ipv4("10.50.0.0/16"), ec2::Port::tcp(443));
  db.connections().allowFrom(web, ec2::Port::tcp(5432));
  expectMatchesFixture(synthTemplate(app, "SgConn"), fixture("sg-connections"));
}

TEST(Ec2Fixtures, SecurityGroupCrossStack) {
  cdk::App app;
  auto& net = app.make<cdk::Stack>("NetStack");
  auto& vpc = net.make<ec2::Vpc>(
      "Vpc",
      {.maxAzs = 1,
       .natGateways = 0,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Iso", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  auto& dbSg = net.make<ec2::SecurityGroup>("DbSg", {.allowAllOutbound = false, .vpc = vpc});
  auto& appStack = app.make<cdk::Stack>("AppStack");
  auto& appSg = appStack.make<ec2::SecurityGroup>("AppSg", {.allowAllOutbound = false, .vpc = vpc});
  appSg.connections().allowTo(dbSg, ec2::Port::tcp(5432), "app to db");
  appSg.addIngressRule(dbSg, ec2::Port::tcp(6000));
  const auto& assembly = app.synth({.write = false});
  expectMatchesFixture(assembly.getStackArtifact("NetStack").templateJson(), fixture("sg-cross-stack.NetStack"));
  expectMatchesFixture(assembly.getStackArtifact("AppStack").templateJson(), fixture("sg-cross-stack.AppStack"));
}

TEST(Ec2Fixtures, SecurityGroupCrossStackOtherDirectionIsACycle) {
  cdk::App app;
  auto& net = app.make<cdk::Stack>("NetStack");
  auto& vpc = net.make<ec2::Vpc>(
      "Vpc",
      {.maxAzs = 1,
       .natGateways = 0,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Iso", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  auto& dbSg = net.make<ec2::SecurityGroup>("DbSg", {.allowAllOutbound = false, .vpc = vpc});
  auto& appStack = app.make<cdk::Stack>("AppStack");
  auto& appSg = appStack.make<ec2::SecurityGroup>("AppSg", {.allowAllOutbound = false, .vpc = vpc});
  dbSg.connections().allowFrom(appSg, ec2::Port::tcp(5432));
  EXPECT_THROW(app.synth({.write = false}), cdk::ReferenceError);
}

}  // namespace
