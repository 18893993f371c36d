// Whole templates compared with aws-cdk-lib 2.276's output for the same programs (tests/efs/fixtures/*.ts).
#include <gtest/gtest.h>

#include "cdk/efs.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace efs = cdk::efs;
using datatest::expectMatchesFixture;
using datatest::Fixture;
using datatest::seedVpc;
using datatest::synthTemplate;

datatest::json fixture(const std::string& name) { return datatest::fixture("efs", name); }

TEST(EfsFixtures, Defaults) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  f.stack->make<efs::FileSystem>("Fs", {.vpc = vpc});
  expectMatchesFixture(synthTemplate(f.app), fixture("efs-defaults"));
}

TEST(EfsFixtures, Options) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& fs = f.stack->make<efs::FileSystem>(
      "Fs", {.enableAutomaticBackups = true,
             .encrypted = false,
             .fileSystemName = "shared-data",
             .lifecyclePolicy = efs::LifecyclePolicy::AFTER_14_DAYS,
             .outOfInfrequentAccessPolicy = efs::OutOfInfrequentAccessPolicy::AFTER_1_ACCESS,
             .throughputMode = efs::ThroughputMode::ELASTIC,
             .vpc = vpc,
             .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}});
  auto& role = f.stack->make<cdk::iam::Role>(
      "ClientRole", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  fs.grantReadWrite(role);
  expectMatchesFixture(synthTemplate(f.app), fixture("efs-options"));
}

TEST(EfsFixtures, FeatureFlags) {
  Fixture f({.context = {{"@aws-cdk/aws-efs:denyAnonymousAccess", true},
                         {"@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId", true}}});
  auto& vpc = seedVpc(*f.stack);
  f.stack->make<efs::FileSystem>("Fs", {.vpc = vpc});
  expectMatchesFixture(synthTemplate(f.app), fixture("efs-feature-flags"));
}

TEST(EfsFixtures, SeedFileSystem) {
  Fixture f;
  cdk::Tags::of(*f.stack).add("Environment", "dev");
  cdk::Tags::of(*f.stack).add("Author", "unknown");
  auto& vpc = seedVpc(*f.stack);
  auto& key = f.stack->make<cdk::kms::Key>("KMSKey", {.removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& fs = f.stack->make<efs::FileSystem>("FileSystem", {.encrypted = true,
                                                           .kmsKey = key,
                                                           .performanceMode = efs::PerformanceMode::GENERAL_PURPOSE,
                                                           .removalPolicy = cdk::RemovalPolicy::DESTROY,
                                                           .vpc = vpc});
  auto& clientSg = f.stack->make<ec2::SecurityGroup>("ClientSG", {.vpc = vpc});
  fs.connections().allowDefaultPortFrom(clientSg);
  f.stack->make<cdk::CfnOutput>("EFSId", {.value = fs.fileSystemId()});
  f.stack->make<cdk::CfnOutput>("EFSArn", {.value = fs.fileSystemArn()});
  expectMatchesFixture(synthTemplate(f.app), fixture("efs-seed-filesystem"));
}

}  // namespace
