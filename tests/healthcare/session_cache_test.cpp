// SessionCache: its defaults in a SecureVpc against aws-cdk-lib's template for the same composition
// (fixtures/healthcare-util.ts) and both HIPAA.Security judges, the dev profile, each prop, the AUTH token, its
// errors, grantConnect, cfn-lint.
#include <gtest/gtest.h>

#include "cdk/cfn/elasticache.hpp"
#include "cdk/ec2.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/lambda.hpp"
#include "cdk/secretsmanager.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace healthcare = cdk::healthcare;
using hctest::Fixture;
using hctest::json;

/// The program of fixtures/healthcare-session-cache.ts.
healthcare::SessionCache& buildCacheProgram(Fixture& f) {
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  auto& cache = f.stack->make<healthcare::SessionCache>("Sessions", {.vpc = network.vpc()});
  auto& service =
      f.stack->make<ec2::SecurityGroup>("Service", {.description = "The clinical service", .vpc = network.vpc()});
  cache.connections().allowDefaultPortFrom(service, "from the clinical service");
  return cache;
}

TEST(SessionCache, DefaultsAreSecure) {
  Fixture f;
  auto& cache = buildCacheProgram(f);
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-session-cache");
  EXPECT_NO_THROW(hctest::synthWithHipaaPack(f.app));
  EXPECT_EQ(cache.cache().node().path(), "TapStackdev/Sessions/Cache");
  ASSERT_NE(cache.user(), nullptr);
  EXPECT_EQ(cache.user()->node().path(), "TapStackdev/Sessions/User");
  ASSERT_NE(cache.userGroup(), nullptr);
  EXPECT_EQ(cache.authToken(), nullptr);
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(cache.key()).node().path(), "TapStackdev/Sessions/Key");
  EXPECT_TRUE(cache.cache().clusterModeEnabled());
  EXPECT_EQ(cache.connections().defaultPort()->toString(), "6379");
  EXPECT_EQ(hctest::acknowledgements(t).size(), 3u);  // the public routes of the VPC only
}

TEST(SessionCache, WhatTheDefaultsAre) {
  Fixture f;
  buildCacheProgram(f);
  const json t = f.synth();
  const json& group = t["Resources"]["SessionsCache063B161E"]["Properties"];
  const json expected = json::parse(R"({"AtRestEncryptionEnabled": true, "AutomaticFailoverEnabled": true,
      "CacheNodeType": "cache.r6g.large", "ClusterMode": "enabled", "Engine": "valkey", "MultiAZEnabled": true,
      "NumNodeGroups": 2, "Port": 6379, "ReplicasPerNodeGroup": 1, "SnapshotRetentionLimit": 30,
      "SnapshotWindow": "05:00-06:00", "TransitEncryptionEnabled": true,
      "UserGroupIds": [{"Ref": "SessionsUserGroup05B9E662"}]})");
  for (const auto& [key, value] : expected.items()) EXPECT_EQ(group[key], value) << key;
  EXPECT_FALSE(group.contains("AuthToken"));
  EXPECT_EQ(group["KmsKeyId"], json::parse(R"({"Fn::GetAtt": ["SessionsKey46625E21", "Arn"]})"));
  EXPECT_EQ(t["Resources"]["SessionsUser0EBF922C"]["Properties"]["AuthenticationMode"],
            json::parse(R"({"Type": "iam"})"));
  EXPECT_EQ(t["Resources"]["SessionsDefaultUserEC7B7622"]["Properties"]["AccessString"], "off -@all");
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::SecretsManager::Secret"), std::vector<std::string>{});
  // In the isolated subnets.
  for (const auto& subnet : t["Resources"]["SessionsCacheSubnets05ABFC80"]["Properties"]["SubnetIds"]) {
    EXPECT_NE(subnet["Ref"].get<std::string>().find("DatabaseSubnet"), std::string::npos) << subnet;
  }
}

TEST(SessionCache, DevProfilePropsAndAuthToken) {
  Fixture f;
  auto& network = f.stack->make<healthcare::SecureVpc>("Network", {.profile = healthcare::EnvironmentProfile::dev()});
  auto& dev = f.stack->make<healthcare::SessionCache>(
      "Dev", {.profile = healthcare::EnvironmentProfile::dev(), .vpc = network.vpc()});
  auto& key = f.stack->make<cdk::kms::Key>("Key", {.enableKeyRotation = true});
  auto& rotation = cdk::lambda::Function::fromFunctionArn(
      *f.stack, "Rotator", "arn:aws:lambda:ap-southeast-1:123456789012:function:rotate-elasticache-auth-token");
  auto& tokens = f.stack->make<healthcare::SessionCache>(
      "Tokens", {.authentication = healthcare::SessionCacheAuthentication::AUTH_TOKEN,
                 .authTokenRotation = rotation,
                 .backupRetentionDays = 20,
                 .cacheNodeType = "cache.t3.small",
                 .encryptionKey = key,
                 .engine = cdk::elasticache::CacheEngine::REDIS,
                 .engineVersion = "7.1",
                 .numNodeGroups = 1,
                 .replicasPerNodeGroup = 2,
                 .rotateAuthTokenAfter = cdk::Duration::days(7),
                 .snapshotWindow = "01:00-02:00",
                 .vpc = network.vpc()});
  f.stack->make<healthcare::SessionCache>("Named", {.accessString = "on ~session:* +@read +@write",
                                                    .numNodeGroups = 3,
                                                    .userName = "clinic-sessions",
                                                    .vpc = network.vpc()});
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-session-cache-options");
  EXPECT_FALSE(dev.cache().clusterModeEnabled());
  EXPECT_EQ(tokens.user(), nullptr);
  ASSERT_NE(tokens.authToken(), nullptr);
  EXPECT_EQ(tokens.authToken()->encryptionKey(), static_cast<cdk::kms::IKey*>(&key));
  EXPECT_THROW_MSG(tokens.grantConnect(network.flowLogRole()), cdk::ConstructError,
                   "TapStackdev/Tokens: grantConnect is for IAM authentication");
  const auto& messages = f.app.synth({.write = false}).messages();
  EXPECT_TRUE(std::any_of(messages.begin(), messages.end(), [](const cdk::SynthesisMessage& m) {
    return m.path == "TapStackdev/Dev" && m.message ==
                                              "The session cache runs without a replica: dev environment: sessions "
                                              "may be lost when the node fails.";
  }));
}

TEST(SessionCache, GrantConnect) {
  Fixture f;
  auto& cache = buildCacheProgram(f);
  auto& role =
      f.stack->make<cdk::iam::Role>("Task", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks")});
  EXPECT_TRUE(cache.grantConnect(role).success());
  const json t = f.synth();
  const auto policies = hctest::logicalIdsOfType(t, "AWS::IAM::Policy");
  ASSERT_EQ(policies.size(), 1u);
  const json& statement = t["Resources"][policies[0]]["Properties"]["PolicyDocument"]["Statement"][0];
  EXPECT_EQ(statement["Action"], "elasticache:Connect");
  EXPECT_EQ(statement["Resource"][1], json::parse(R"({"Fn::GetAtt": ["SessionsUser0EBF922C", "Arn"]})"));
}

TEST(SessionCache, Errors) {
  const auto throws = [](const std::function<healthcare::SessionCacheProps(Fixture&, ec2::IVpc&)>& props,
                         const std::string& message) {
    hctest::expectPropsError<healthcare::SessionCache>(
        "Sessions", std::function<healthcare::SessionCacheProps(Fixture&)>([&props](Fixture& f) {
          return props(f, f.stack->make<healthcare::SecureVpc>("Network").vpc());
        }),
        message);
  };
  throws([](Fixture&, ec2::IVpc&) { return healthcare::SessionCacheProps{}; },
         "vpc is required: pass the VPC of the cache (e.g. SecureVpc's vpc())");
  throws([](Fixture&, ec2::IVpc& vpc) { return healthcare::SessionCacheProps{.backupRetentionDays = 7, .vpc = vpc}; },
         "backupRetentionDays is 7; give 15 to 35 (HIPAA.Security-ElastiCacheRedisClusterAutomaticBackup asks for 15 "
         "days at least)");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return healthcare::SessionCacheProps{.authentication = healthcare::SessionCacheAuthentication::AUTH_TOKEN,
                                             .vpc = vpc};
      },
      "an AUTH token must be rotated (HIPAA.Security-SecretsManagerRotationEnabled) and AWS provides no function that "
      "rotates ElastiCache AUTH tokens: give authTokenRotation");
  throws(
      [](Fixture& f, ec2::IVpc& vpc) {
        return healthcare::SessionCacheProps{
            .authTokenRotation = cdk::lambda::Function::fromFunctionArn(
                *f.stack, "Rotator", "arn:aws:lambda:ap-southeast-1:123456789012:function:rotate"),
            .vpc = vpc};
      },
      "authTokenRotation rotates an AUTH token, but the cache uses IAM authentication");
  throws([](Fixture&, ec2::IVpc& vpc) { return healthcare::SessionCacheProps{.replicasPerNodeGroup = 0, .vpc = vpc}; },
         "replicasPerNodeGroup is 0 without a reason: set singleNodeReason to why");
  throws([](Fixture&, ec2::IVpc& vpc) { return healthcare::SessionCacheProps{.userName = "Sessions_1", .vpc = vpc}; },
         "userName 'Sessions_1' is not a user id ElastiCache accepts");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return healthcare::SessionCacheProps{.vpc = vpc,
                                             .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}};
      },
      "vpcSubnets selects public subnets; sessions of PHI go in isolated subnets");
}

TEST(SessionCache, CfnLintClean) {
  if (!cdkpp_test::haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  hctest::LintFixture defaults;
  auto& network = defaults.stack->make<healthcare::SecureVpc>("Network");
  defaults.stack->make<healthcare::SessionCache>("Sessions", {.vpc = network.vpc()});
  hctest::LintFixture dev;
  auto& devNetwork =
      dev.stack->make<healthcare::SecureVpc>("Network", {.profile = healthcare::EnvironmentProfile::dev()});
  dev.stack->make<healthcare::SessionCache>(
      "Sessions", {.profile = healthcare::EnvironmentProfile::dev(), .vpc = devNetwork.vpc()});
  cdkpp_test::expectCfnLintClean({{"session-cache", defaults.synth()}, {"session-cache-dev", dev.synth()}});
}

}  // namespace
