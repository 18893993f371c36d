// Bad input to Vpc and selectSubnets: each check, its exception type and its message (aws-cdk-lib's text
// where it has one, plus the construct path and what to change).
#include <gtest/gtest.h>

#include "ec2_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
using cdk::ConstructError;
using cdk::Value;
using ec2::SubnetConfiguration;
using ec2::SubnetType;

SubnetConfiguration PUB(std::optional<int> mask = {}, std::string name = "Public") {
  return {.cidrMask = mask, .name = std::move(name), .subnetType = SubnetType::PUBLIC};
}
SubnetConfiguration PRIV(std::optional<int> mask = {}, std::string name = "Private") {
  return {.cidrMask = mask, .name = std::move(name), .subnetType = SubnetType::PRIVATE_WITH_EGRESS};
}
SubnetConfiguration ISO(std::optional<int> mask = {}, std::string name = "Isolated") {
  return {.cidrMask = mask, .name = std::move(name), .subnetType = SubnetType::PRIVATE_ISOLATED};
}

struct VpcErrors : ::testing::Test {
  cdk::App app;
  cdk::Stack& stack = app.make<cdk::Stack>("S");
};

struct ConcreteVpcErrors : ::testing::Test {
  cdk::App app{cdk::AppProps{.context = {{"availability-zones:account=111111111111:region=us-east-1",
                                          Value::list({"us-east-1a", "us-east-1b", "us-east-1c"})}}}};
  cdk::Stack& stack =
      app.make<cdk::Stack>("S", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
};

TEST_F(VpcErrors, CidrMaskOutOfRange) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.subnetConfiguration = {PUB(29)}}), ConstructError,
                   "S/V: subnet group 'Public' (cidrMask 29): x.x.x.x/29 is not a valid VPC CIDR range. VPCs must be "
                   "between /16 and /28 and the minimum subnet size is /28. Set cidrMask to a value from 16 to 28.");
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V2", {.subnetConfiguration = {PUB(15)}}), ConstructError,
                   "S/V2: subnet group 'Public' (cidrMask 15): x.x.x.x/15 is not a valid VPC CIDR range.");
}

TEST_F(VpcErrors, SubnetsThatDoNotFit) {
  EXPECT_THROW_MSG(
      stack.make<ec2::Vpc>(
          "V", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/24"), .subnetConfiguration = {PUB(25), PRIV(24)}}),
      ConstructError,
      "S/V: subnet group 'Private' (cidrMask 24): 1 of /24 exceeds remaining space of 10.0.0.0/24 (subnet "
      "PrivateSubnet1 does not fit). Give the VPC a larger range, use smaller subnets (a larger cidrMask), "
      "or fewer availability zones.");
}

TEST_F(VpcErrors, MasklessSubnetsWithoutSpace) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/24"),
                                              .maxAzs = 2,
                                              .subnetConfiguration = {PUB(25), ISO()}}),
                   ConstructError,
                   "S/V: the 2 subnets without cidrMask (groups 'Isolated') share the 0 addresses left in 10.0.0.0/24: "
                   "each would get less than /28 (x.x.x.x/Infinity is not a valid VPC CIDR range.");
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V2", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/24"),
                                               .maxAzs = 2,
                                               .subnetConfiguration = {PUB(26), ISO({}, "A"), ISO({}, "B"),
                                                                       ISO({}, "C"), ISO({}, "D"), ISO({}, "E")}}),
                   ConstructError,
                   "the 10 subnets without cidrMask (groups 'A', 'B', 'C', 'D', 'E') share the 128 addresses left in "
                   "10.0.0.0/24: each would get less than /28 (x.x.x.x/29 is not a valid VPC CIDR range.");
}

TEST_F(VpcErrors, VpcRangeOutsideSixteenToTwentyEight) {
  EXPECT_THROW_MSG(
      stack.make<ec2::Vpc>("V", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/8")}), ConstructError,
      "S/V: ipAddresses: IpAddresses::cidr(\"10.0.0.0/8\"): a VPC range must have a prefix length from /16 "
      "to /28 (AWS rejects others), e.g. \"10.0.0.0/16\"");
}

TEST_F(VpcErrors, InvalidCidrStrings) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V1", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.300/16")}), ConstructError,
                   "S/V1: ipAddresses: IpAddresses::cidr(\"10.0.0.300/16\") is not a valid CIDR: 10.0.0.300 is not "
                   "valid: an IPv4 address is four numbers from 0 to 255 separated by dots");
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V2", {.ipAddresses = ec2::IpAddresses::cidr("not-a-cidr")}), ConstructError,
                   "S/V2: ipAddresses: IpAddresses::cidr(\"not-a-cidr\") is not a valid CIDR: 'not-a-cidr' has no "
                   "prefix length: write the CIDR as address/length, e.g. \"10.0.0.0/16\"");
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V3", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0")}), ConstructError,
                   "'10.0.0.0' has no prefix length");
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V4", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/33")}), ConstructError,
                   "'10.0.0.0/33' has an invalid prefix length '33': use 0 to 32");
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V5", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0/16")}), ConstructError,
                   "10.0.0 is not valid");
}

TEST_F(VpcErrors, DuplicateSubnetGroupNames) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.subnetConfiguration = {PUB(24, "A"), ISO(24, "A")}}), ConstructError,
                   "S/V: subnetConfiguration has two subnet groups named 'A': subnet group names must be unique");
}

TEST_F(VpcErrors, IncompleteSubnetGroups) {
  EXPECT_THROW_MSG(
      stack.make<ec2::Vpc>("V", {.subnetConfiguration = {{.cidrMask = 24, .subnetType = SubnetType::PUBLIC}}}),
      ConstructError, "S/V: subnetConfiguration[0] has no name");
  EXPECT_THROW_MSG(
      stack.make<ec2::Vpc>("V2", {.subnetConfiguration = {{.cidrMask = 24, .name = "X"}}}), ConstructError,
      "S/V2: subnet group 'X' has no subnetType: set it to PUBLIC, PRIVATE_WITH_EGRESS or PRIVATE_ISOLATED");
}

TEST_F(VpcErrors, PrivateSubnetsWithoutPublicSubnetsForTheNats) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.subnetConfiguration = {PRIV(24)}}), ConstructError,
                   "S/V: If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure PUBLIC "
                   "subnets to put the NAT gateways into (got 'Private' (Private)). Add a PUBLIC subnet group, or set "
                   "natGateways = 0");
  // natGateways = 0 with PRIVATE_WITH_EGRESS only is allowed.
  EXPECT_NO_THROW(stack.make<ec2::Vpc>("V2", {.natGateways = 0, .subnetConfiguration = {PRIV(24)}}));
}

TEST_F(VpcErrors, DeprecatedPrivateSubnetsWithoutNats) {
  EXPECT_THROW_MSG(
      stack.make<ec2::Vpc>(
          "V", {.natGateways = 0,
                .subnetConfiguration = {PUB(24),
                                        {.cidrMask = 24, .name = "P", .subnetType = SubnetType::PRIVATE_WITH_NAT}}}),
      ConstructError,
      "S/V: If you do not want NAT gateways (natGateways=0), make sure you don't configure any "
      "PRIVATE(_WITH_NAT) subnets in 'subnetConfiguration' (make them PUBLIC or ISOLATED instead)");
}

TEST_F(ConcreteVpcErrors, MaxAzsWithAvailabilityZones) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.availabilityZones = {"us-east-1a"}, .maxAzs = 2}), ConstructError,
                   "S/V: Vpc supports 'availabilityZones' or 'maxAzs', but not both. Remove one of them.");
}

TEST_F(ConcreteVpcErrors, AvailabilityZonesNotInTheStack) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.availabilityZones = {"us-east-1a", "us-east-1z"}}), ConstructError,
                   "S/V: Given VPC 'availabilityZones' us-east-1a,us-east-1z must be a subset of the stack's "
                   "availability zones us-east-1a,us-east-1b,us-east-1c; 'us-east-1z' is not one of them");
}

TEST_F(VpcErrors, DnsHostnamesWithoutDnsSupport) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.enableDnsHostnames = true, .enableDnsSupport = false}), ConstructError,
                   "S/V: To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled. Set "
                   "enableDnsSupport = true as well");
  // As in aws-cdk-lib, enableDnsHostnames = true needs enableDnsSupport = true written out.
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V2", {.enableDnsHostnames = true}), ConstructError,
                   "S/V2: To use DNS Hostnames, DNS Support must be enabled");
  EXPECT_NO_THROW(stack.make<ec2::Vpc>("V3", {.enableDnsHostnames = true, .enableDnsSupport = true}));
}

TEST_F(VpcErrors, MapPublicIpOnLaunchOnNonPublicSubnets) {
  auto priv = PRIV(24);
  priv.mapPublicIpOnLaunch = true;
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.subnetConfiguration = {PUB(24), priv}}), ConstructError,
                   "S/V: Private subnet cannot include mapPublicIpOnLaunch parameter (subnet group 'Private'): remove "
                   "mapPublicIpOnLaunch, it only applies to PUBLIC subnets");
  auto iso = ISO(24);
  iso.mapPublicIpOnLaunch = false;
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V2", {.subnetConfiguration = {iso}}), ConstructError,
                   "S/V2: Isolated subnet cannot include mapPublicIpOnLaunch parameter");
}

TEST_F(VpcErrors, OutOfRangeCounts) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V", {.maxAzs = 0}), ConstructError, "S/V: maxAzs is 0: it must be at least 1");
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V2", {.natGateways = -1}), ConstructError,
                   "S/V2: natGateways is -1: it must be 0 or more");
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>("V3", {.reservedAzs = -2}), ConstructError,
                   "S/V3: reservedAzs is -2: it must be 0 or more");
}

TEST_F(VpcErrors, RestrictDefaultSecurityGroupIsNotSupported) {
  EXPECT_THROW_MSG(
      stack.make<ec2::Vpc>("V", {.restrictDefaultSecurityGroup = true}), ConstructError,
      "S/V: restrictDefaultSecurityGroup = true needs aws-cdk-lib's Custom::VpcRestrictDefaultSG, a custom "
      "resource backed by a Lambda function asset, which cdkpp cannot synthesize. Set "
      "restrictDefaultSecurityGroup = false");
  EXPECT_NO_THROW(stack.make<ec2::Vpc>("V2", {.restrictDefaultSecurityGroup = false}));
}

TEST(VpcFlagErrors, RestrictDefaultSecurityGroupFromTheFeatureFlag) {
  cdk::App app({.context = {{"@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", true}}});
  auto& stack = app.make<cdk::Stack>("S");
  EXPECT_THROW_MSG(
      stack.make<ec2::Vpc>("V"), ConstructError,
      "S/V: restrictDefaultSecurityGroup (from the feature flag "
      "\"@aws-cdk/aws-ec2:restrictDefaultSecurityGroup\") needs aws-cdk-lib's Custom::VpcRestrictDefaultSG");
  EXPECT_NO_THROW(stack.make<ec2::Vpc>("V2", {.restrictDefaultSecurityGroup = false}));
}

TEST_F(VpcErrors, NatGatewaysInNonPublicSubnets) {
  EXPECT_THROW_MSG(stack.make<ec2::Vpc>(
                       "V", {.natGatewaySubnets = ec2::SubnetSelection{.subnetType = SubnetType::PRIVATE_WITH_EGRESS}}),
                   ConstructError,
                   "S/V: natGatewaySubnets selects S/V/PrivateSubnet1, which is not a public subnet of this VPC");
}

TEST_F(VpcErrors, SubnetSelection) {
  auto& vpc = stack.make<ec2::Vpc>("V");
  EXPECT_THROW_MSG(vpc.selectSubnets({.subnetType = SubnetType::PRIVATE_ISOLATED}), ConstructError,
                   "S/V: There are no 'Isolated' subnet groups in this VPC. Available types: "
                   "Deprecated_Private_NAT,Private,Deprecated_Private,Public");
  EXPECT_THROW_MSG(vpc.selectSubnets({.subnetGroupName = "Foo"}), ConstructError,
                   "S/V: There are no subnet groups with name 'Foo' in this VPC. Available names: Public,Private");
  EXPECT_THROW_MSG(vpc.selectSubnets({.subnetGroupName = "Public", .subnetType = SubnetType::PUBLIC}), ConstructError,
                   "S/V: Only one of 'subnetType,subnetGroupName' can be supplied to subnet selection.");
  auto& isolated = stack.make<ec2::Vpc>("I", {.natGateways = 0});
  EXPECT_THROW_MSG(isolated.selectSubnets({.subnetType = SubnetType::PRIVATE_WITH_EGRESS}), ConstructError,
                   "S/I: There are no 'Private' subnet groups in this VPC. Available types: "
                   "Isolated,Deprecated_Isolated,Public");
}

TEST_F(VpcErrors, EndpointsWithoutSubnets) {
  auto reserved = PUB(24);
  reserved.reserved = true;
  auto& vpc = stack.make<ec2::Vpc>("V", {.subnetConfiguration = {reserved}});
  EXPECT_TRUE(vpc.publicSubnets().empty());
  EXPECT_THROW_MSG(vpc.addGatewayEndpoint("E", {.service = ec2::GatewayVpcEndpointAwsService::S3}), ConstructError,
                   "S/V/E: Can't add a gateway endpoint to VPC; route table IDs are not available");
  EXPECT_THROW_MSG(vpc.addInterfaceEndpoint("I", {.service = ec2::InterfaceVpcEndpointAwsService::SSM}), ConstructError,
                   "S/V: There are no 'Public' subnet groups in this VPC. Available types: ");
  auto& other = stack.make<ec2::Vpc>("W");
  EXPECT_THROW_MSG(other.addGatewayEndpoint("E2", {}), ConstructError,
                   "S/W/E2: GatewayVpcEndpoint needs a service: set service, e.g. GatewayVpcEndpointAwsService::S3");
  EXPECT_THROW_MSG(other.addInterfaceEndpoint("E3", {}), ConstructError,
                   "S/W/E3: InterfaceVpcEndpoint needs a service");
}

}  // namespace
