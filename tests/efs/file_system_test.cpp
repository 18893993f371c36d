// FileSystem defaults and options, the file system policy, grants, mount targets and access points.
#include <gtest/gtest.h>

#include "cdk/cfn/efs.hpp"
#include "cdk/efs.hpp"
#include "cdk/iam.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace efs = cdk::efs;
namespace iam = cdk::iam;
using cdk::Value;
using cdk::assertions::Template;
using datatest::json;

struct FileSystemTest : ::testing::Test {
  datatest::Fixture f;
  ec2::Vpc& vpc = datatest::seedVpc(*f.stack);

  efs::FileSystem& fileSystem(efs::FileSystemProps props = {}) {
    if (!props.vpc) props.vpc = vpc;
    return f.stack->make<efs::FileSystem>("Fs", std::move(props));
  }
  iam::Role& role() {
    return f.stack->make<iam::Role>("Role",
                                    {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  }
  json fsResource() { return datatest::synthTemplate(f.app)["Resources"]["Fs6C1AF03C"]; }
};

const json& denyAnonymousStatement() {
  static const json statement = json::parse(R"({
    "Action": ["elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"],
    "Condition": {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}},
    "Effect": "Allow", "Principal": {"AWS": "*"}})");
  return statement;
}

TEST_F(FileSystemTest, DefaultsAndAttributes) {
  auto& fs = fileSystem();
  EXPECT_EQ(f.stack->resolve(fs.fileSystemId()), f.stack->resolve(fs.cfnFileSystem().ref()));
  EXPECT_EQ(f.stack->resolve(fs.fileSystemArn()), f.stack->resolve(fs.cfnFileSystem().getAtt("Arn")));
  const auto port = fs.connections().defaultPort();
  ASSERT_TRUE(port.has_value());
  EXPECT_EQ(port->toString(), "2049");
  EXPECT_EQ(fs.mountTargetsAvailable().dependencyRoots().size(), 2u);
  const json r = fsResource();
  EXPECT_EQ(r["DeletionPolicy"], "Retain");
  EXPECT_EQ(r["Properties"]["Encrypted"], true);
  EXPECT_FALSE(r["Properties"].contains("FileSystemPolicy"));
}

TEST_F(FileSystemTest, GrantAfterConstructionAddsTheDenyAnonymousStatement) {
  auto& fs = fileSystem();
  EXPECT_FALSE(fsResource()["Properties"].contains("FileSystemPolicy"));
  fs.grantRead(role());
  const json r = fsResource();
  ASSERT_TRUE(r["Properties"].contains("FileSystemPolicy"));
  EXPECT_EQ(r["Properties"]["FileSystemPolicy"]["Statement"][0], denyAnonymousStatement());
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::IAM::Policy",
      Value::map(
          {{"PolicyDocument",
            Value::map({{"Statement", Value::list({Value::map({{"Action", "elasticfilesystem:ClientMount"}})})}})}}));
}

TEST_F(FileSystemTest, AllowAnonymousAccessWinsOverGrants) {
  auto& fs = fileSystem({.allowAnonymousAccess = true});
  fs.grantRootAccess(role());
  EXPECT_FALSE(fsResource()["Properties"].contains("FileSystemPolicy"));
}

TEST_F(FileSystemTest, DenyAnonymousAccessWithoutGrants) {
  fileSystem({.allowAnonymousAccess = false});
  EXPECT_EQ(fsResource()["Properties"]["FileSystemPolicy"]["Statement"], json::array({denyAnonymousStatement()}));
}

TEST_F(FileSystemTest, ResourcePolicyStatements) {
  auto& fs = fileSystem({.allowAnonymousAccess = true});
  fs.addToResourcePolicy(iam::PolicyStatement({.actions = {"elasticfilesystem:ClientMount"},
                                               .principals = {std::make_shared<iam::AnyPrincipal>()},
                                               .resources = {"*"}}));
  const json policy = fsResource()["Properties"]["FileSystemPolicy"];
  EXPECT_EQ(policy["Version"], "2012-10-17");
  EXPECT_EQ(policy["Statement"].size(), 1u);
  EXPECT_EQ(policy["Statement"][0]["Action"], "elasticfilesystem:ClientMount");
}

TEST_F(FileSystemTest, ProvisionedThroughputAndArchive) {
  fileSystem({.performanceMode = efs::PerformanceMode::MAX_IO,
              .provisionedThroughputPerSecond = 128,
              .removalPolicy = cdk::RemovalPolicy::DESTROY,
              .replicationOverwriteProtection = efs::ReplicationOverwriteProtection::DISABLED,
              .throughputMode = efs::ThroughputMode::PROVISIONED,
              .transitionToArchivePolicy = efs::LifecyclePolicy::AFTER_90_DAYS});
  const json r = fsResource();
  EXPECT_EQ(r["DeletionPolicy"], "Delete");
  EXPECT_EQ(r["Properties"]["PerformanceMode"], "maxIO");
  EXPECT_EQ(r["Properties"]["ThroughputMode"], "provisioned");
  EXPECT_EQ(r["Properties"]["ProvisionedThroughputInMibps"], 128);
  EXPECT_EQ(r["Properties"]["LifecyclePolicies"], json::parse(R"([{"TransitionToArchive": "AFTER_90_DAYS"}])"));
  EXPECT_EQ(r["Properties"]["FileSystemProtection"], json::parse(R"({"ReplicationOverwriteProtection": "DISABLED"})"));
}

TEST_F(FileSystemTest, OneZoneUsesTheFirstZoneAndOneMountTarget) {
  fileSystem({.oneZone = true});
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Resources"]["Fs6C1AF03C"]["Properties"]["AvailabilityZoneName"],
            json::parse(R"({"Fn::Select": [0, {"Fn::GetAZs": ""}]})"));
  int mountTargets = 0;
  for (const auto& item : t["Resources"].items()) mountTargets += item.value()["Type"] == "AWS::EFS::MountTarget";
  EXPECT_EQ(mountTargets, 1);
}

TEST_F(FileSystemTest, GivenSecurityGroupGetsNoNameTag) {
  auto& sg = f.stack->make<ec2::SecurityGroup>("Sg", {.vpc = vpc});
  auto& fs = fileSystem({.securityGroup = sg});
  EXPECT_EQ(fs.node().tryFindChild("EfsSecurityGroup"), nullptr);
  const json t = datatest::synthTemplate(f.app);
  EXPECT_FALSE(t["Resources"]["SgD4954771"]["Properties"].contains("Tags")) << t["Resources"].dump(1);
  EXPECT_EQ(t["Resources"]["FsEfsMountTarget11EC3BF7C"]["Properties"]["SecurityGroups"],
            json::parse(R"([{"Fn::GetAtt": ["SgD4954771", "GroupId"]}])"));
}

TEST_F(FileSystemTest, AccessPoint) {
  auto& fs = fileSystem();
  auto& ap =
      fs.addAccessPoint("Ap", {.createAcl = efs::Acl{.ownerGid = "1000", .ownerUid = "1000", .permissions = "755"},
                               .path = "/data",
                               .posixUser = efs::PosixUser{.gid = "1000", .uid = "1000"}});
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::EFS::AccessPoint",
      Value::map({{"AccessPointTags", Value::list({Value::map({{"Key", "Name"}, {"Value", "TapStackdev/Fs/Ap"}})})},
                  {"FileSystemId", Value::map({{"Ref", "Fs6C1AF03C"}})},
                  {"PosixUser", Value::map({{"Gid", "1000"}, {"Uid", "1000"}})},
                  {"RootDirectory",
                   Value::map({{"CreationInfo",
                                Value::map({{"OwnerGid", "1000"}, {"OwnerUid", "1000"}, {"Permissions", "755"}})},
                               {"Path", "/data"}})}}));
  EXPECT_EQ(&ap.fileSystem(), static_cast<efs::IFileSystem*>(&fs));
}

TEST_F(FileSystemTest, RenderingIsIdempotent) {
  auto& fs = fileSystem();
  fs.grantReadWrite(role());
  EXPECT_EQ(datatest::synthTemplate(f.app), datatest::synthTemplate(f.app));
}

}  // namespace
