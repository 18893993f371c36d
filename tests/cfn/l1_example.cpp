// A program that uses the L1 layer of two services (EC2 and RDS), as in docs/l1.md: it includes only their
// headers, so compiling it does not compile the other services. Built and run by ctest (cfn_l1_example).
#include <iostream>
#include <vector>

#include "cdk/cfn/ec2.hpp"
#include "cdk/cfn/rds.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"

namespace ec2 = cdk::ec2;
namespace rds = cdk::rds;

class DatabaseStack : public cdk::Stack {
 public:
  DatabaseStack(cdk::Construct& scope, std::string_view id) : Stack(scope, id) {
    auto& vpc =
        make<ec2::CfnVPC>("Vpc", {.cidrBlock = "10.0.0.0/16", .enableDnsHostnames = true, .enableDnsSupport = true});
    std::vector<cdk::Value> subnets;
    for (int i = 0; i < 2; ++i) {
      auto& subnet = make<ec2::CfnSubnet>("Subnet" + std::to_string(i + 1),
                                          {.availabilityZone = cdk::Fn::select(i, cdk::Fn::getAzs()),
                                           .cidrBlock = "10.0." + std::to_string(i) + ".0/24",
                                           .vpcId = vpc.ref()});
      subnets.push_back(subnet.ref());
    }
    auto& group = make<ec2::CfnSecurityGroup>(
        "DatabaseSecurityGroup",
        {.groupDescription = "Database",
         .securityGroupIngress =
             std::vector<ec2::CfnSecurityGroup::IngressProperty>{
                 {.cidrIp = "10.0.0.0/16", .fromPort = 5432, .ipProtocol = "tcp", .toPort = 5432}},
         .vpcId = vpc.ref()});
    auto& subnetGroup = make<rds::CfnDBSubnetGroup>(
        "SubnetGroup", {.dbSubnetGroupDescription = "Database subnets", .subnetIds = cdk::ValueList(subnets)});
    auto& cluster = make<rds::CfnDBCluster>("Cluster", {.dbSubnetGroupName = subnetGroup.ref(),
                                                        .engine = "aurora-postgresql",
                                                        .manageMasterUserPassword = true,
                                                        .masterUsername = "postgres",
                                                        .storageEncrypted = true,
                                                        .vpcSecurityGroupIds = cdk::ValueList{group.attrGroupId()}});
    make<rds::CfnDBInstance>(
        "Writer",
        {.dbClusterIdentifier = cluster.ref(), .dbInstanceClass = "db.r6g.large", .engine = "aurora-postgresql"});
    make<cdk::CfnOutput>("Endpoint", cdk::CfnOutputProps{.value = cluster.attrEndpointAddress()});
    cdk::Tags::of(*this).add("app", "example");
  }
};

int main(int argc, char** argv) {
  try {
    cdk::App app(argc, argv);
    app.make<DatabaseStack>("Database");
    const auto& assembly = app.synth();
    std::cout << "synthesized " << assembly.stacks().size() << " stack into " << assembly.directory().string() << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}
