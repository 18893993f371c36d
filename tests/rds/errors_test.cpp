// Bad input: each error aws-cdk-lib throws (with its message, from tests/rds/fixtures/rds-error-*.error.txt),
// and cdkpp's own checks; every one is a cdk::ConstructError naming the construct path and what to change.
#include <functional>

#include <gtest/gtest.h>

#include "cdk/rds.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace rds = cdk::rds;

rds::ClusterEngine postgres155() {
  return rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_15_5});
}

/// Builds a cluster "Database" in a seed VPC with `change` applied to props that are otherwise valid, and
/// checks the ConstructError it throws.
void expectClusterError(const std::function<void(rds::DatabaseClusterProps&)>& change, const std::string& message,
                        const std::string& path = "TapStackdev/Database") {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  rds::DatabaseClusterProps props{
      .engine = postgres155(), .vpc = vpc, .writer = rds::ClusterInstance::serverlessV2("Writer")};
  change(props);
  try {
    f.stack->make<rds::DatabaseCluster>("Database", std::move(props));
    ADD_FAILURE() << "expected a cdk::ConstructError containing: " << message;
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).rfind(path + ": ", 0), 0u) << e.what();
  }
}

std::string fixtureError(const std::string& name) { return datatest::fixtureError("rds", name); }

TEST(RdsErrors, ServerlessMaxCapacity) {
  expectClusterError([](auto& p) { p.serverlessV2MaxCapacity = 300; }, fixtureError("rds-error-max-capacity"));
}

TEST(RdsErrors, ServerlessMinCapacity) {
  expectClusterError([](auto& p) { p.serverlessV2MinCapacity = -1; }, fixtureError("rds-error-min-capacity"));
}

TEST(RdsErrors, ServerlessMaxBelowMin) {
  expectClusterError(
      [](auto& p) {
        p.serverlessV2MinCapacity = 4;
        p.serverlessV2MaxCapacity = 2;
      },
      fixtureError("rds-error-max-below-min"));
}

TEST(RdsErrors, ServerlessCapacityStep) {
  EXPECT_EQ(
      fixtureError("rds-error-capacity-step"),
      "serverlessV2MinCapacity & serverlessV2MaxCapacity must be in 0.5 step increments, received min: 0.7, max: 2");
  expectClusterError([](auto& p) { p.serverlessV2MinCapacity = 0.7; }, fixtureError("rds-error-capacity-step"));
  expectClusterError([](auto& p) { p.serverlessV2MaxCapacity = 2.25; }, "received min: 0.5, max: 2.25");
}

TEST(RdsErrors, ServerlessCapacityChecksRunWithoutServerlessInstances) {
  // As in aws-cdk-lib, the defaults are checked even for a provisioned-only cluster.
  expectClusterError(
      [](auto& p) {
        p.writer = rds::ClusterInstance::provisioned("Writer");
        p.serverlessV2MaxCapacity = 0.5;
      },
      "serverlessV2MaxCapacity must be >= 1 & <= 256");
}

TEST(RdsErrors, EnhancedMonitoring) {
  expectClusterError([](auto& p) { p.monitoringInterval = cdk::Duration::seconds(45); },
                     fixtureError("rds-error-monitoring-interval"));
  expectClusterError([](auto& p) { p.enableClusterLevelEnhancedMonitoring = true; },
                     fixtureError("rds-error-cluster-monitoring-without-interval"));
}

TEST(RdsErrors, WriterMissing) {
  expectClusterError([](auto& p) { p.writer.reset(); }, fixtureError("rds-error-no-writer"));
  expectClusterError([](auto& p) { p.writer.reset(); }, "ClusterInstance::serverlessV2");
}

TEST(RdsErrors, PromotionTier) {
  expectClusterError([](auto& p) { p.readers = {rds::ClusterInstance::provisioned("Reader", {.promotionTier = 16})}; },
                     fixtureError("rds-error-promotion-tier"), "TapStackdev/Database/Reader");
  expectClusterError([](auto& p) { p.readers = {rds::ClusterInstance::provisioned("Reader", {.promotionTier = -1})}; },
                     "promotionTier must be between 0-15", "TapStackdev/Database/Reader");
}

TEST(RdsErrors, VpcMissing) {
  expectClusterError([](auto& p) { p.vpc = nullptr; }, fixtureError("rds-error-vpc-missing"));
}

TEST(RdsErrors, EngineMissing) {
  expectClusterError([](auto& p) { p.engine.reset(); }, "needs an engine: pass engine = rds::DatabaseClusterEngine");
}

TEST(RdsErrors, ParameterGroupAndParameters) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& group = rds::ParameterGroup::fromParameterGroupName(*f.stack, "PG", "x");
  EXPECT_THROW_MSG(
      f.stack->make<rds::DatabaseCluster>("Database", {.engine = postgres155(),
                                                       .parameterGroup = group,
                                                       .parameters = {{"a", "b"}},
                                                       .vpc = vpc,
                                                       .writer = rds::ClusterInstance::serverlessV2("Writer")}),
      cdk::ConstructError, "TapStackdev/Database: " + fixtureError("rds-error-parametergroup-and-parameters"));
}

TEST(RdsErrors, SecretAttachedTwice) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& secret = f.stack->make<cdk::secretsmanager::Secret>(
      "DatabaseSecret", {.generateSecretString = cdk::secretsmanager::SecretStringGenerator{
                             .generateStringKey = "password", .secretStringTemplate = R"({"username":"u"})"}});
  f.stack->make<rds::DatabaseCluster>("Db1", {.credentials = rds::Credentials::fromSecret(secret),
                                              .engine = postgres155(),
                                              .vpc = vpc,
                                              .writer = rds::ClusterInstance::serverlessV2("Writer")});
  EXPECT_THROW_MSG(f.stack->make<rds::DatabaseCluster>("Db2", {.credentials = rds::Credentials::fromSecret(secret),
                                                               .engine = postgres155(),
                                                               .vpc = vpc,
                                                               .writer = rds::ClusterInstance::serverlessV2("Writer")}),
                   cdk::ConstructError,
                   "TapStackdev/DatabaseSecret: " + fixtureError("rds-error-secret-attached-twice"));
}

TEST(RdsErrors, UnversionedPostgresNeedsAParameterGroup) {
  expectClusterError(
      [](auto& p) { p.engine = rds::DatabaseClusterEngine::AURORA_POSTGRESQL; },
      "Could not create a new ParameterGroup for an unversioned aurora-postgresql cluster engine. Please "
      "either use a versioned engine, or pass an explicit ParameterGroup when creating the cluster");
}

TEST(RdsErrors, UnsupportedLogTypes) {
  expectClusterError([](auto& p) { p.cloudwatchLogsExports = {"slowquery"}; },
                     "Unsupported logs for the current engine type: slowquery");
}

TEST(RdsErrors, AutoPause) {
  expectClusterError([](auto& p) { p.serverlessV2AutoPauseDuration = cdk::Duration::minutes(10); },
                     "serverlessV2 auto-pause feature is not supported by aurora-postgresql 15.5.");
  expectClusterError(
      [](auto& p) {
        p.engine = rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_16_4});
        p.serverlessV2AutoPauseDuration = cdk::Duration::seconds(60);
      },
      "serverlessV2AutoPause must be between 300 seconds (5 minutes) and 86,400 seconds (24 hours), received 60 "
      "seconds");
}

TEST(RdsErrors, InstanceTypeWithDbPrefix) {
  expectClusterError(
      [](auto& p) {
        p.writer = rds::ClusterInstance::provisioned("Writer", {.instanceType = rds::InstanceType("db.r6g.large")});
      },
      "instanceType 'db.r6g.large' starts with 'db.'", "TapStackdev/Database/Writer");
}

TEST(RdsErrors, PortOutOfRange) {
  expectClusterError([](auto& p) { p.port = 70000; }, "port must be between 1 and 65535, got 70000");
}

TEST(RdsErrors, BackupWithoutRetention) {
  expectClusterError([](auto& p) { p.backup = rds::BackupProps{.preferredWindow = "03:00-04:00"}; },
                     "backup needs a retention");
}

TEST(RdsErrors, ParameterGroupNeedsAVersionedEngine) {
  datatest::Fixture f;
  EXPECT_THROW_MSG(
      f.stack->make<rds::ParameterGroup>("Params", {.engine = rds::DatabaseClusterEngine::AURORA_POSTGRESQL}),
      cdk::ConstructError,
      "TapStackdev/Params: ParameterGroup cannot be used with an engine that doesn't specify a version");
}

TEST(RdsErrors, PerformanceInsightsDisabledWithRetention) {
  expectClusterError(
      [](auto& p) {
        p.writer = rds::ClusterInstance::serverlessV2(
            "Writer", {.options = {.enablePerformanceInsights = false,
                                   .performanceInsightRetention = rds::PerformanceInsightRetention::MONTHS_1}});
      },
      "`enablePerformanceInsights` disabled, but `performanceInsightRetention` or `performanceInsightEncryptionKey` "
      "was set",
      "TapStackdev/Database/Writer");
}

}  // namespace
