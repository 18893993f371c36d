// The seed-000 reference (../shared/reference/seed-000-cdk, synthesized by aws-cdk-lib 2.276): its Database*
// resources, made with the seed's construct ids and calls.
#include <gtest/gtest.h>

#include "cdk/kms.hpp"
#include "cdk/rds.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace rds = cdk::rds;

TEST(RdsSeed, DatabaseResourcesEqualTheReference) {
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
  auto& databaseSecret = stack.make<cdk::secretsmanager::Secret>(
      "DatabaseSecret",
      {.encryptionKey = kmsKey,
       .generateSecretString =
           cdk::secretsmanager::SecretStringGenerator{.excludePunctuation = true,
                                                      .generateStringKey = "password",
                                                      .includeSpace = false,
                                                      .passwordLength = 32,
                                                      .secretStringTemplate = R"({"username":"dbadmin"})"},
       .secretName = "healthcare-db-dev"});
  auto& database = stack.make<rds::DatabaseCluster>(
      "Database",
      {.credentials = rds::Credentials::fromSecret(databaseSecret),
       .deletionProtection = false,
       .engine = rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_15_5}),
       .removalPolicy = cdk::RemovalPolicy::DESTROY,
       .serverlessV2MaxCapacity = 2,
       .serverlessV2MinCapacity = 0.5,
       .storageEncrypted = true,
       .storageEncryptionKey = kmsKey,
       .vpc = vpc,
       .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS},
       .writer = rds::ClusterInstance::serverlessV2("Writer", {.options = {.autoMinorVersionUpgrade = true}})});
  stack.make<cdk::CfnOutput>("DatabaseEndpoint", {.exportName = cdk::Value("dev-db-endpoint"),
                                                  .value = database.clusterEndpoint().hostname()});

  const auto actual = datatest::synthTemplate(app);
  const auto reference = datatest::seedTemplate();
  datatest::expectResourcesEqual(
      actual, reference,
      {"DatabaseSecret86DBB7B3", "DatabaseSecretAttachment9A63A3D4", "DatabaseSubnets56F17B9A",
       "DatabaseSecurityGroup5C91FDCB", "DatabaseB269D8BB", "DatabaseWriter7794273E"});
  EXPECT_EQ(actual["Outputs"]["DatabaseEndpoint"], reference["Outputs"]["DatabaseEndpoint"]);
  EXPECT_TRUE(datatest::messagesWith(app, "aws-rds").empty());
}

}  // namespace
