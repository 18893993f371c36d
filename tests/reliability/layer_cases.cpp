// The catalogue's cases from the layers above the core: the generated L1 layer's schema checks and the L2
// constructs' own checks (ec2, ecs, rds, efs, elasticache).
#include <cdk/cfn/ec2.hpp>
#include <cdk/cfn/elasticloadbalancingv2.hpp>
#include <cdk/cfn/iam.hpp>
#include <cdk/core.hpp>
#include <cdk/ec2.hpp>
#include <cdk/ecs.hpp>
#include <cdk/efs.hpp>
#include <cdk/elasticache.hpp>
#include <cdk/rds.hpp>

#include "bad_input_catalogue.hpp"

namespace cdkpp_test {
namespace {

using namespace cdk;

/// A stack "S" in a concrete region, so that VPCs get the region's AZs.
struct Program {
  App app;
  Stack& stack = app.make<Stack>("S", StackProps{.env = Environment{.region = "us-east-1"}});
  void synth() { app.synth({.write = false}); }
};

ec2::SubnetConfiguration group(std::string name, ec2::SubnetType type, int mask) {
  return {.cidrMask = mask, .name = std::move(name), .subnetType = type};
}

}  // namespace

std::vector<BadInputCase> layerBadInput() {
  std::vector<BadInputCase> c;

  // ---- L1: the CloudFormation registry schemas, checked at synthesis
  c.push_back(makeCase<ValidationError>(
      "L1RequiredPropertyMissing",
      [] {
        Program p;
        p.stack.make<ec2::CfnSecurityGroup>("Sg");
        p.synth();
      },
      "S/Sg", {"AWS::EC2::SecurityGroup property 'GroupDescription' is required but missing"}));
  c.push_back(makeCase<ValidationError>(
      "L1RequiredNestedPropertyMissing",
      [] {
        Program p;
        p.stack.make<ec2::CfnSecurityGroup>(
            "Sg",
            {.groupDescription = "d",
             .securityGroupIngress = std::vector<ec2::CfnSecurityGroup::IngressProperty>{{.cidrIp = "0.0.0.0/0"}}});
        p.synth();
      },
      "S/Sg", {"'SecurityGroupIngress[0].IpProtocol' is required but missing"}));
  c.push_back(makeCase<ValidationError>(
      "L1ValueOutsideTheEnum",
      [] {
        Program p;
        p.stack.make<ec2::CfnVPC>("Vpc", {.cidrBlock = "10.0.0.0/16", .instanceTenancy = "shared"});
        p.synth();
      },
      "S/Vpc", {"'InstanceTenancy' is 'shared', which is not one of the allowed values: dedicated, default, host"}));
  c.push_back(makeCase<ValidationError>("L1NumberBelowTheMinimum",
                                        [] {
                                          Program p;
                                          p.stack.make<elasticloadbalancingv2::CfnTargetGroup>(
                                              "Tg", {.healthCheckIntervalSeconds = 4});
                                          p.synth();
                                        },
                                        "S/Tg", {"'HealthCheckIntervalSeconds' is 4, below the minimum of 5"}));
  c.push_back(makeCase<ValidationError>("L1StringLongerThanTheMaximum",
                                        [] {
                                          Program p;
                                          p.stack.make<iam::CfnRole>("Role",
                                                                     {.assumeRolePolicyDocument = Value::map({}),
                                                                      .roleName = std::string(65, 'r')});
                                          p.synth();
                                        },
                                        "S/Role", {"'RoleName' has 65 characters, more than the maximum of 64"}));
  c.push_back(makeCase<ValidationError>("L1WrongTypeThroughAnOverride",
                                        [] {
                                          Program p;
                                          auto& vpc = p.stack.make<ec2::CfnVPC>("Vpc", {.cidrBlock = "10.0.0.0/16"});
                                          vpc.addPropertyOverride("EnableDnsHostnames", "yes");
                                          p.synth();
                                        },
                                        "S/Vpc", {"'EnableDnsHostnames' must be true or false, not 'yes'"}));

  // ---- ec2
  c.push_back(makeCase<ConstructError>("VpcInvalidCidr",
                                       [] {
                                         Program p;
                                         p.stack.make<ec2::Vpc>(
                                             "V", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.300/16")});
                                       },
                                       "S/V", {"is not a valid CIDR", "four numbers from 0 to 255"}));
  c.push_back(makeCase<ConstructError>(
      "VpcCidrMaskOutOfRange",
      [] {
        Program p;
        p.stack.make<ec2::Vpc>("V", {.subnetConfiguration = {group("Public", ec2::SubnetType::PUBLIC, 29)}});
      },
      "S/V", {"cidrMask 29", "Set cidrMask to a value from 16 to 28"}));
  c.push_back(makeCase<ConstructError>(
      "VpcSubnetsDoNotFit",
      [] {
        Program p;
        p.stack.make<ec2::Vpc>("V",
                               {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/24"),
                                .subnetConfiguration = {group("Public", ec2::SubnetType::PUBLIC, 25),
                                                        group("Private", ec2::SubnetType::PRIVATE_WITH_EGRESS, 24)}});
      },
      "S/V", {"10.0.0.0/24"}));
  c.push_back(makeCase<ConstructError>(
      "VpcDuplicateSubnetGroupName",
      [] {
        Program p;
        p.stack.make<ec2::Vpc>("V", {.subnetConfiguration = {group("A", ec2::SubnetType::PUBLIC, 24),
                                                             group("A", ec2::SubnetType::PRIVATE_ISOLATED, 24)}});
      },
      "S/V", {"two subnet groups named 'A'", "must be unique"}));
  c.push_back(makeCase<ConstructError>(
      "VpcPrivateSubnetsWithoutPublicOnes",
      [] {
        Program p;
        p.stack.make<ec2::Vpc>("V",
                               {.subnetConfiguration = {group("Private", ec2::SubnetType::PRIVATE_WITH_EGRESS, 24)}});
      },
      "S/V", {"you must also configure PUBLIC subnets", "set natGateways = 0"}));
  c.push_back(makeCase<ConstructError>(
      "VpcAvailabilityZonesNotInTheRegion",
      [] {
        // The stack's AZs as `cdk context` records them for a concrete account and region.
        App app{AppProps{.context = {{"availability-zones:account=111111111111:region=us-east-1",
                                      Value::list({"us-east-1a", "us-east-1b", "us-east-1c"})}}}};
        auto& stack =
            app.make<Stack>("S", StackProps{.env = Environment{.account = "111111111111", .region = "us-east-1"}});
        stack.make<ec2::Vpc>("V", {.availabilityZones = {"us-east-1a", "us-east-1z"}});
      },
      "S/V", {"'us-east-1z' is not one of them"}));

  // ---- ecs
  c.push_back(makeCase<ConstructError>("FargateCpuMemoryCombination",
                                       [] {
                                         Program p;
                                         p.stack.make<ecs::FargateTaskDefinition>("TaskDef",
                                                                                  {.cpu = 256, .memoryLimitMiB = 4096});
                                       },
                                       "S/TaskDef", {"256", "4096"}));

  // ---- rds, efs, elasticache (in the seed's VPC shape)
  c.push_back(makeCase<ConstructError>("DatabaseServerlessCapacityAboveTheMaximum",
                                       [] {
                                         Program p;
                                         auto& vpc = p.stack.make<ec2::Vpc>("Vpc");
                                         p.stack.make<rds::DatabaseCluster>(
                                             "Database", {.engine = rds::DatabaseClusterEngine::auroraPostgres(
                                                              {.version = rds::AuroraPostgresEngineVersion::VER_15_5}),
                                                          .serverlessV2MaxCapacity = 300,
                                                          .vpc = vpc,
                                                          .writer = rds::ClusterInstance::serverlessV2("Writer")});
                                       },
                                       "S/Database", {"serverlessV2MaxCapacity"}));
  c.push_back(makeCase<ConstructError>("FileSystemProvisionedWithoutThroughput",
                                       [] {
                                         Program p;
                                         auto& vpc = p.stack.make<ec2::Vpc>("Vpc");
                                         p.stack.make<efs::FileSystem>(
                                             "Fs", {.throughputMode = efs::ThroughputMode::PROVISIONED, .vpc = vpc});
                                       },
                                       "S/Fs", {"provisionedThroughputPerSecond"}));
  c.push_back(makeCase<ConstructError>(
      "CacheInAVpcWithoutPrivateSubnets",
      [] {
        Program p;
        auto& vpc = p.stack.make<ec2::Vpc>(
            "PublicOnly", {.natGateways = 0, .subnetConfiguration = {group("Public", ec2::SubnetType::PUBLIC, 24)}});
        p.stack.make<elasticache::Cache>("Cache", {.vpc = vpc});
      },
      "S/Cache", {"the VPC S/PublicOnly has no subnets for the cache", "or pass vpcSubnets"}));
  return c;
}

}  // namespace cdkpp_test
