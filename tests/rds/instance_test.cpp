// rds::DatabaseInstance and rds::DatabaseInstanceReadReplica: the programs of tests/rds/fixtures/rds-instance-*.ts
// in C++ give aws-cdk-lib 2.276's templates and warnings and are cfn-lint clean; the errors aws-cdk-lib raises
// (rds-instance-errors.ts) are raised with the construct path; engines, versions and instance types.
#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/rds.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"

namespace {

namespace cloudwatch = cdk::cloudwatch;
namespace ec2 = cdk::ec2;
namespace iam = cdk::iam;
namespace rds = cdk::rds;
using cdkpp_test::FixtureProgram;

rds::InstanceEngine postgres(const rds::PostgresEngineVersion& version) {
  return rds::DatabaseInstanceEngine::postgres({.version = version});
}

void defaults(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& db =
      stack.make<rds::DatabaseInstance>("Db", {.engine = postgres(rds::PostgresEngineVersion::VER_15_4), .vpc = vpc});
  db.connections().allowDefaultPortFrom(ec2::Peer::ipv4(vpc.vpcCidrBlock()), cdk::Value("from the VPC"));
}

void options(cdk::Stack& stack) {
  auto& vpc = stack.make<ec2::Vpc>(
      "VPC",
      {.maxAzs = 2,
       .natGateways = 0,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Public", .subnetType = ec2::SubnetType::PUBLIC},
                               {.cidrMask = 24, .name = "Database", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  auto& key = stack.make<cdk::kms::Key>("DbKey", {.enableKeyRotation = true});
  const auto engine = postgres(rds::PostgresEngineVersion::VER_14_10);
  auto& parameterGroup = stack.make<rds::ParameterGroup>(
      "Params", {.engine = engine, .parameters = {{"rds.force_ssl", "1"}, {"log_min_duration_statement", "1000"}}});
  auto& db = stack.make<rds::DatabaseInstance>(
      "Database", {.allocatedStorage = 100,
                   .autoMinorVersionUpgrade = true,
                   .backupRetention = cdk::Duration::days(7),
                   .cloudwatchLogsExports = {"postgresql", "upgrade"},
                   .credentials = rds::Credentials::fromGeneratedSecret("clinician", {.encryptionKey = key}),
                   .databaseName = "patients",
                   .deletionProtection = true,
                   .enablePerformanceInsights = true,
                   .engine = engine,
                   .iamAuthentication = true,
                   .instanceIdentifier = "patient-db",
                   .instanceType = ec2::InstanceType::of(ec2::InstanceClass::T3, ec2::InstanceSize::MICRO),
                   .iops = 3000,
                   .maxAllocatedStorage = 200,
                   .monitoringInterval = cdk::Duration::seconds(60),
                   .multiAz = true,
                   .parameterGroup = parameterGroup,
                   .preferredBackupWindow = "03:00-04:00",
                   .preferredMaintenanceWindow = "sun:04:30-sun:05:30",
                   .publiclyAccessible = false,
                   .removalPolicy = cdk::RemovalPolicy::SNAPSHOT,
                   .storageEncrypted = true,
                   .storageEncryptionKey = key,
                   .storageType = rds::StorageType::GP3,
                   .vpc = vpc,
                   .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_ISOLATED}});
  stack.make<cdk::CfnOutput>("DbEndpoint", {.value = db.dbInstanceEndpointAddress()});
  stack.make<cdk::CfnOutput>("DbPort", {.value = db.dbInstanceEndpointPort()});
}

void mysqlSecret(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& secret = cdk::secretsmanager::Secret::fromSecretNameV2(stack, "AdminSecret", "prod/db/admin");
  auto& db = stack.make<rds::DatabaseInstance>(
      "Mysql", {.allocatedStorage = 200,
                .backupRetention = cdk::Duration::days(14),
                .cloudwatchLogsExports = {"error", "slowquery"},
                .credentials = rds::Credentials::fromSecret(secret),
                .engine = rds::DatabaseInstanceEngine::mysql({.version = rds::MysqlEngineVersion::VER_8_0_39}),
                .instanceType = ec2::InstanceType("r6g.large"),
                .parameters = {{"max_connections", "500"}},
                .port = 3307,
                .removalPolicy = cdk::RemovalPolicy::RETAIN,
                .storageEncrypted = true,
                .storageType = rds::StorageType::IO1,
                .vpc = vpc,
                .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}});
  auto& role = stack.make<iam::Role>("AppRole",
                                     {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  db.grantConnect(role, "app");
  db.metricCPUUtilization().createAlarm(stack, "CpuAlarm",
                                        {.comparisonOperator = cloudwatch::ComparisonOperator::GREATER_THAN_THRESHOLD,
                                         .evaluationPeriods = 3,
                                         .threshold = 80});
  db.metricFreeStorageSpace({.period = cdk::Duration::minutes(1)})
      .createAlarm(stack, "StorageAlarm",
                   {.comparisonOperator = cloudwatch::ComparisonOperator::LESS_THAN_THRESHOLD,
                    .evaluationPeriods = 1,
                    .threshold = 10'000'000'000.0});
  db.connections().allowDefaultPortFrom(ec2::Peer::ipv4("10.1.0.0/16"), cdk::Value("from the office"));
  stack.make<cdk::CfnOutput>("MysqlAddress", {.value = db.instanceEndpoint().socketAddress()});
}

void replica(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& source = stack.make<rds::DatabaseInstance>(
      "Primary",
      {.allocatedStorage = 500,
       .backupRetention = cdk::Duration::days(7),
       .credentials = rds::Credentials::fromUsername("dbadmin", {.excludeCharacters = "\"@/\\"}),
       .engine = postgres(rds::PostgresEngineVersion::VER_16_4),
       .instanceType = ec2::InstanceType::of(ec2::InstanceClass::MEMORY6_GRAVITON, ec2::InstanceSize::XLARGE),
       .iops = 12000,
       .storageThroughput = 500,
       .storageType = rds::StorageType::GP3,
       .vpc = vpc});
  auto& monitoringRole = stack.make<iam::Role>(
      "MonitoringRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("monitoring.rds.amazonaws.com")});
  auto& replica = stack.make<rds::DatabaseInstanceReadReplica>(
      "Replica", {.enablePerformanceInsights = true,
                  .instanceType = ec2::InstanceType::of(ec2::InstanceClass::R6G, ec2::InstanceSize::LARGE),
                  .monitoringInterval = cdk::Duration::seconds(30),
                  .monitoringRole = monitoringRole,
                  .performanceInsightRetention = rds::PerformanceInsightRetention::MONTHS_1,
                  .sourceDatabaseInstance = source,
                  .vpc = vpc});
  replica.connections().allowDefaultPortFrom(source);
  stack.make<cdk::CfnOutput>("ReplicaAddress", {.value = replica.dbInstanceEndpointAddress()});
}

const cdkpp_test::AcceptedFinding DEPRECATED_VERSION{
    .rule = "W3691",
    .reason =
        "the seeds name this engine version (15.4, 14.10, ...); aws-cdk-lib's template has the same EngineVersion"};

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "rds-instance-defaults", .build = defaults, .lintAccepted = {DEPRECATED_VERSION}},
      {.name = "rds-instance-options", .build = options, .lintAccepted = {DEPRECATED_VERSION}},
      {.name = "rds-instance-mysql-secret", .build = mysqlSecret, .lintAccepted = {DEPRECATED_VERSION}},
      {.name = "rds-instance-replica", .build = replica, .lintAccepted = {DEPRECATED_VERSION}},
  };
  return list;
}

class RdsInstanceFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(RdsInstanceFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("rds", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, RdsInstanceFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(RdsInstanceFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

// The errors of rds-instance-errors.ts: aws-cdk-lib's message (without its code) and the construct path.

template <class Build>
void expectInstanceError(Build build, const std::string& path, const std::string& fixture) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  EXPECT_THROW_MSG(build(*f.stack, vpc), cdk::ConstructError, path + ": " + datatest::fixtureError("rds", fixture));
}

TEST(RdsInstanceErrors, ThroughputNeedsGp3) {
  expectInstanceError(
      [](cdk::Stack& s, ec2::Vpc& vpc) {
        s.make<rds::DatabaseInstance>(
            "Db", {.engine = postgres(rds::PostgresEngineVersion::VER_15_4), .storageThroughput = 250, .vpc = vpc});
      },
      "TapStackdev/Db", "rds-instance-error-throughput-gp2");
}

TEST(RdsInstanceErrors, ThroughputRatio) {
  expectInstanceError(
      [](cdk::Stack& s, ec2::Vpc& vpc) {
        s.make<rds::DatabaseInstance>("Db", {.engine = postgres(rds::PostgresEngineVersion::VER_15_4),
                                             .iops = 3000,
                                             .storageThroughput = 1000,
                                             .storageType = rds::StorageType::GP3,
                                             .vpc = vpc});
      },
      "TapStackdev/Db", "rds-instance-error-throughput-ratio");
}

TEST(RdsInstanceErrors, MultiAzWithAvailabilityZone) {
  expectInstanceError(
      [](cdk::Stack& s, ec2::Vpc& vpc) {
        s.make<rds::DatabaseInstance>("Db", {.availabilityZone = "ap-southeast-1a",
                                             .engine = postgres(rds::PostgresEngineVersion::VER_15_4),
                                             .multiAz = true,
                                             .vpc = vpc});
      },
      "TapStackdev/Db", "rds-instance-error-multiaz-az");
}

TEST(RdsInstanceErrors, ParameterGroupAndParameters) {
  expectInstanceError(
      [](cdk::Stack& s, ec2::Vpc& vpc) {
        auto& group = rds::ParameterGroup::fromParameterGroupName(s, "PG", "x");
        s.make<rds::DatabaseInstance>("Db", {.engine = postgres(rds::PostgresEngineVersion::VER_15_4),
                                             .parameterGroup = group,
                                             .parameters = {{"a", "b"}},
                                             .vpc = vpc});
      },
      "TapStackdev/Db", "rds-instance-error-parametergroup-and-parameters");
}

TEST(RdsInstanceErrors, ParametersNeedAVersionedEngine) {
  expectInstanceError(
      [](cdk::Stack& s, ec2::Vpc& vpc) {
        s.make<rds::DatabaseInstance>(
            "Db", {.engine = rds::DatabaseInstanceEngine::POSTGRES, .parameters = {{"a", "b"}}, .vpc = vpc});
      },
      "TapStackdev/Db/ParameterGroup", "rds-instance-error-parameters-unversioned");
}

TEST(RdsInstanceErrors, PostgresReplicaWithBackups) {
  expectInstanceError(
      [](cdk::Stack& s, ec2::Vpc& vpc) {
        auto& source =
            s.make<rds::DatabaseInstance>("Db", {.engine = postgres(rds::PostgresEngineVersion::VER_15_4), .vpc = vpc});
        s.make<rds::DatabaseInstanceReadReplica>("Replica", {.backupRetention = cdk::Duration::days(3),
                                                             .instanceType = ec2::InstanceType("t3.large"),
                                                             .sourceDatabaseInstance = source,
                                                             .vpc = vpc});
      },
      "TapStackdev/Replica", "rds-instance-error-replica-backups");
}

TEST(RdsInstanceErrors, GrantConnectWithIamAuthenticationOff) {
  expectInstanceError(
      [](cdk::Stack& s, ec2::Vpc& vpc) {
        auto& db = s.make<rds::DatabaseInstance>(
            "Db", {.engine = postgres(rds::PostgresEngineVersion::VER_15_4), .iamAuthentication = false, .vpc = vpc});
        auto& role = s.make<iam::Role>("Role", {.assumedBy = std::make_shared<iam::AccountRootPrincipal>()});
        db.grantConnect(role, "app");
      },
      "TapStackdev/Db", "rds-instance-error-grant-connect-iam-disabled");
}

TEST(RdsInstanceReplica, StorageKeyAndAllocatedStorage) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& source = f.stack->make<rds::DatabaseInstance>(
      "Db",
      {.engine = rds::DatabaseInstanceEngine::mysql({.version = rds::MysqlEngineVersion::VER_8_4_3}), .vpc = vpc});
  auto& key = f.stack->make<cdk::kms::Key>("Key");
  f.stack->make<rds::DatabaseInstanceReadReplica>("Replica", {.allocatedStorage = 300,
                                                              .backupRetention = cdk::Duration::days(3),
                                                              .instanceType = ec2::InstanceType("t3.large"),
                                                              .sourceDatabaseInstance = source,
                                                              .storageEncryptionKey = key,
                                                              .vpc = vpc});
  const auto tmpl = datatest::synthTemplate(f.app);
  datatest::json props;
  for (const auto& [id, resource] : tmpl.at("Resources").items()) {
    if (resource.at("Properties").contains("SourceDBInstanceIdentifier")) props = resource.at("Properties");
  }
  ASSERT_TRUE(props.is_object());
  EXPECT_EQ(props["AllocatedStorage"], "300");
  EXPECT_EQ(props["BackupRetentionPeriod"], 3);
  EXPECT_EQ(props["StorageEncrypted"], true);
  EXPECT_EQ(props["KmsKeyId"]["Fn::GetAtt"][1], "Arn");
  EXPECT_FALSE(props.contains("Engine"));
  EXPECT_FALSE(props.contains("MasterUsername"));
}

TEST(RdsInstanceErrors, EngineAndVpcAreRequired) {
  datatest::Fixture f;
  EXPECT_THROW_MSG(f.stack->make<rds::DatabaseInstance>("Db", {}), cdk::ConstructError,
                   "TapStackdev/Db: DatabaseInstance needs an engine");
  EXPECT_THROW_MSG(
      f.stack->make<rds::DatabaseInstance>("Db2", {.engine = postgres(rds::PostgresEngineVersion::VER_15_4)}),
      cdk::ConstructError, "TapStackdev/Db2: a database instance needs a VPC");
}

TEST(RdsInstanceErrors, GrantConnectWithoutSecretNeedsAUser) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& db = f.stack->make<rds::DatabaseInstance>(
      "Db", {.credentials = rds::Credentials::fromPassword("admin", cdk::Value("not-a-secret")),
             .engine = postgres(rds::PostgresEngineVersion::VER_15_4),
             .vpc = vpc});
  EXPECT_EQ(db.secret(), nullptr);
  auto& role = f.stack->make<iam::Role>("Role", {.assumedBy = std::make_shared<iam::AccountRootPrincipal>()});
  EXPECT_THROW_MSG(db.grantConnect(role), cdk::ConstructError,
                   "TapStackdev/Db: A secret or dbUser is required to grantConnect()");
}

// Engines, versions and instance types as aws-cdk-lib names them.

TEST(RdsInstanceEngine, VersionsAndFamilies) {
  const auto pg = postgres(rds::PostgresEngineVersion::VER_15_4);
  EXPECT_EQ(pg.engineType(), "postgres");
  EXPECT_EQ(pg.engineVersion()->fullVersion, "15.4");
  EXPECT_EQ(pg.parameterGroupFamily(), "postgres15");
  EXPECT_EQ(pg.defaultUsername(), "postgres");
  EXPECT_EQ(pg.features().s3Import, "s3Import");
  EXPECT_FALSE(pg.supportsReadReplicaBackups());
  EXPECT_EQ(postgres(rds::PostgresEngineVersion::VER_17_2).parameterGroupFamily(), "postgres17");
  EXPECT_EQ(postgres(rds::PostgresEngineVersion::VER_13_3).engineVersion()->fullVersion, "13.3");

  const auto my = rds::DatabaseInstanceEngine::mysql({.version = rds::MysqlEngineVersion::VER_8_4_3});
  EXPECT_EQ(my.engineType(), "mysql");
  EXPECT_EQ(my.parameterGroupFamily(), "mysql8.4");
  EXPECT_EQ(my.defaultUsername(), std::nullopt);
  EXPECT_TRUE(my.supportsReadReplicaBackups());
  EXPECT_EQ(rds::DatabaseInstanceEngine::mysql({.version = rds::MysqlEngineVersion::VER_8_0_39}).parameterGroupFamily(),
            "mysql8.0");
  EXPECT_EQ(rds::DatabaseInstanceEngine::POSTGRES.parameterGroupFamily(), std::nullopt);
  EXPECT_EQ(rds::PostgresEngineVersion::of("15.99", "15").postgresMajorVersion(), "15");
}

TEST(RdsInstanceEngine, InstanceTypesAsAwsCdkLibNamesThem) {
  EXPECT_EQ(ec2::InstanceType::of(ec2::InstanceClass::BURSTABLE3, ec2::InstanceSize::MICRO).toString(), "t3.micro");
  EXPECT_EQ(ec2::InstanceType::of(ec2::InstanceClass::STANDARD5, ec2::InstanceSize::LARGE).toString(), "m5.large");
  EXPECT_EQ(ec2::InstanceType::of(ec2::InstanceClass::MEMORY6_GRAVITON, ec2::InstanceSize::XLARGE2).toString(),
            "r6g.2xlarge");
  EXPECT_EQ(ec2::InstanceType::of(ec2::InstanceClass::HIGH_MEMORY_3TB_1, ec2::InstanceSize::XLARGE112).toString(),
            "u-3tb1.112xlarge");
  EXPECT_EQ(ec2::InstanceType("db.t3.micro").toString(), "db.t3.micro");
}

}  // namespace
