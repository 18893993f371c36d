// The seed-000 reference (../shared/reference/seed-000-cdk, synthesized by aws-cdk-lib 2.276): its FileSystem*
// resources (file system, security group, the 2049 ingress from the service, mount targets) and the EFSId output.
#include <gtest/gtest.h>

#include "cdk/efs.hpp"
#include "cdk/kms.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace efs = cdk::efs;

TEST(EfsSeed, FileSystemResourcesEqualTheReference) {
  cdk::App app;
  cdk::Tags::of(app).add("Environment", "dev");
  cdk::Tags::of(app).add("Repository", "unknown");
  cdk::Tags::of(app).add("Author", "unknown");
  auto& stack = app.make<cdk::Stack>("TapStackdev",
                                     {.env = cdk::Environment{.region = "ap-southeast-1"}, .stackName = "TapStackdev"});
  auto& vpc = datatest::seedVpc(stack, "VPC", "healthcare-vpc-dev");
  auto& kmsKey = stack.make<cdk::kms::Key>(
      "KMSKey",
      {.alias = "healthcare-key-dev", .enableKeyRotation = true, .removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& fileSystem =
      stack.make<efs::FileSystem>("FileSystem", {.encrypted = true,
                                                 .kmsKey = kmsKey,
                                                 .performanceMode = efs::PerformanceMode::GENERAL_PURPOSE,
                                                 .removalPolicy = cdk::RemovalPolicy::DESTROY,
                                                 .vpc = vpc});
  // The seed's ecs.FargateService "Service" has its security group "SecurityGroup" (the ecs module is not
  // needed here: the rule only sees the group).
  auto& service = stack.make<cdk::Construct>("Service");
  auto& serviceSg = service.make<ec2::SecurityGroup>("SecurityGroup", {.vpc = vpc});
  fileSystem.connections().allowDefaultPortFrom(serviceSg);
  stack.make<cdk::CfnOutput>("EFSId", {.exportName = cdk::Value("dev-efs-id"), .value = fileSystem.fileSystemId()});

  const auto actual = datatest::synthTemplate(app);
  const auto reference = datatest::seedTemplate();
  datatest::expectResourcesEqual(actual, reference,
                                 {"FileSystem8A8E25C0", "FileSystemEfsSecurityGroup212D3ACB",
                                  "FileSystemEfsSecurityGroupfromTapStackdevServiceSecurityGroupD1F0C6B92049171AE50E",
                                  "FileSystemEfsMountTarget1586453F0", "FileSystemEfsMountTarget24B8EBB43"});
  EXPECT_EQ(actual["Outputs"]["EFSId"], reference["Outputs"]["EFSId"]);
}

}  // namespace
