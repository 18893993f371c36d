// Bad input: aws-cdk-lib's errors (messages from tests/efs/fixtures/efs-error-*.error.txt) and cdkpp's own
// checks, each a cdk::ConstructError naming the construct path and what to change.
#include <functional>

#include <gtest/gtest.h>

#include "cdk/efs.hpp"
#include "cdk/kms.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace efs = cdk::efs;

void expectFsError(const std::function<void(efs::FileSystemProps&, datatest::Fixture&)>& change,
                   const std::string& message, const std::string& path = "TapStackdev/Fs") {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  efs::FileSystemProps props{.vpc = vpc};
  change(props, f);
  try {
    f.stack->make<efs::FileSystem>("Fs", std::move(props));
    ADD_FAILURE() << "expected a cdk::ConstructError containing: " << message;
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

TEST(EfsErrors, ProvisionedWithoutThroughput) {
  expectFsError([](auto& p, auto&) { p.throughputMode = efs::ThroughputMode::PROVISIONED; },
                datatest::fixtureError("efs", "efs-error-provisioned-no-throughput"));
}

TEST(EfsErrors, ElasticWithMaxIo) {
  expectFsError(
      [](auto& p, auto&) {
        p.throughputMode = efs::ThroughputMode::ELASTIC;
        p.performanceMode = efs::PerformanceMode::MAX_IO;
      },
      datatest::fixtureError("efs", "efs-error-elastic-maxio"));
}

TEST(EfsErrors, OneZone) {
  expectFsError(
      [](auto& p, auto&) {
        p.oneZone = true;
        p.performanceMode = efs::PerformanceMode::MAX_IO;
      },
      "performanceMode MAX_IO is not supported for One Zone file systems.");
  expectFsError(
      [](auto& p, auto&) {
        p.oneZone = true;
        p.vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS};
      },
      "When oneZone is enabled and vpcSubnets defined, vpcSubnets.availabilityZones can not be undefined.");
  expectFsError(
      [](auto& p, auto&) {
        p.oneZone = true;
        p.vpcSubnets = ec2::SubnetSelection{.availabilityZones = {"ap-southeast-1a", "ap-southeast-1b"}};
      },
      "When oneZone is enabled, vpcSubnets.availabilityZones should exactly have one zone");
}

TEST(EfsErrors, OneZoneOutsideTheVpc) {
  // Literal zones (an account and a region): the zone is checked against the VPC's.
  cdk::App app({.context = {{"availability-zones:account=111111111111:region=us-east-1",
                             cdk::Value::list({"us-east-1a", "us-east-1b", "us-east-1c"})}}});
  auto& stack =
      app.make<cdk::Stack>("Stack", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& vpc = datatest::seedVpc(stack);
  EXPECT_THROW_MSG(
      stack.make<efs::FileSystem>(
          "Fs", {.oneZone = true, .vpc = vpc, .vpcSubnets = ec2::SubnetSelection{.availabilityZones = {"us-west-2a"}}}),
      cdk::ConstructError, "Stack/Fs: vpcSubnets.availabilityZones specified is not in vpc.availabilityZones");
}

TEST(EfsErrors, UnencryptedWithKey) {
  expectFsError(
      [](auto& p, datatest::Fixture& f) {
        p.encrypted = false;
        p.kmsKey = f.stack->make<cdk::kms::Key>("Key");
      },
      "encrypted is false but a kmsKey is given");
}

TEST(EfsErrors, VpcMissing) {
  expectFsError([](auto& p, auto&) { p.vpc = nullptr; }, "FileSystem needs a VPC");
}

TEST(EfsErrors, AccessPointClientToken) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& fs = f.stack->make<efs::FileSystem>("Fs", {.vpc = vpc});
  EXPECT_THROW_MSG(fs.addAccessPoint("Ap", {.clientToken = std::string(65, 'x')}), cdk::ConstructError,
                   "TapStackdev/Fs/Ap: The length of 'clientToken' must range from 1 to 64 characters, got: 65 "
                   "characters");
}

}  // namespace
