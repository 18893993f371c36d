// DatabaseCluster defaults and options, engines and versions, credentials, subnet and parameter groups.
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/rds.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace rds = cdk::rds;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;
using datatest::json;

rds::ClusterEngine postgres155() {
  return rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_15_5});
}

struct ClusterTest : ::testing::Test {
  datatest::Fixture f;
  ec2::Vpc& vpc = datatest::seedVpc(*f.stack);

  rds::DatabaseCluster& cluster(rds::DatabaseClusterProps props, std::string_view id = "Database") {
    if (!props.engine) props.engine = postgres155();
    if (!props.vpc) props.vpc = vpc;
    if (!props.writer) props.writer = rds::ClusterInstance::serverlessV2("Writer");
    return f.stack->make<rds::DatabaseCluster>(id, std::move(props));
  }
  json resources() { return datatest::synthTemplate(f.app)["Resources"]; }
};

TEST(RdsEngines, VersionsAsAwsCdkLibNamesThem) {
  const auto& v = rds::AuroraPostgresEngineVersion::VER_15_5;
  EXPECT_EQ(v.auroraPostgresFullVersion(), "15.5");
  EXPECT_EQ(v.auroraPostgresMajorVersion(), "15");
  EXPECT_TRUE(v.s3Import());
  EXPECT_TRUE(v.s3Export());
  EXPECT_EQ(rds::AuroraPostgresEngineVersion::VER_13_3.auroraPostgresFullVersion(), "13.3");
  EXPECT_EQ(rds::AuroraPostgresEngineVersion::VER_14_12.auroraPostgresMajorVersion(), "14");
  EXPECT_EQ(rds::AuroraPostgresEngineVersion::VER_16_4_LIMITLESS.auroraPostgresFullVersion(), "16.4-limitless");
  EXPECT_EQ(rds::AuroraMysqlEngineVersion::VER_3_05_2.auroraMysqlFullVersion(), "8.0.mysql_aurora.3.05.2");
  EXPECT_EQ(rds::AuroraMysqlEngineVersion::VER_3_05_2.auroraMysqlMajorVersion(), "8.0");
  EXPECT_EQ(rds::AuroraMysqlEngineVersion::VER_2_11_2.auroraMysqlFullVersion(), "5.7.mysql_aurora.2.11.2");
  EXPECT_EQ(rds::AuroraMysqlEngineVersion::VER_5_7_12.auroraMysqlFullVersion(), "5.7.12");
}

TEST(RdsEngines, ServerlessAutoPauseSupportFollowsTheVersion) {
  // aws-cdk-lib: ">=16.3 || ^15.7 || ^14.12 || ^13.15" for PostgreSQL, 3.08.0 and later for MySQL 8.0.
  EXPECT_FALSE(rds::AuroraPostgresEngineVersion::VER_15_5.serverlessV2AutoPauseSupported());
  EXPECT_TRUE(rds::AuroraPostgresEngineVersion::VER_15_7.serverlessV2AutoPauseSupported());
  EXPECT_FALSE(rds::AuroraPostgresEngineVersion::VER_16_2.serverlessV2AutoPauseSupported());
  EXPECT_TRUE(rds::AuroraPostgresEngineVersion::VER_16_3.serverlessV2AutoPauseSupported());
  EXPECT_TRUE(rds::AuroraPostgresEngineVersion::VER_16_4_LIMITLESS.serverlessV2AutoPauseSupported());
  EXPECT_TRUE(rds::AuroraPostgresEngineVersion::VER_13_15.serverlessV2AutoPauseSupported());
  EXPECT_FALSE(rds::AuroraPostgresEngineVersion::VER_14_11.serverlessV2AutoPauseSupported());
  EXPECT_TRUE(rds::AuroraPostgresEngineVersion::VER_14_12.serverlessV2AutoPauseSupported());
  EXPECT_FALSE(rds::AuroraMysqlEngineVersion::VER_3_07_1.serverlessV2AutoPauseSupported());
  EXPECT_TRUE(rds::AuroraMysqlEngineVersion::VER_3_08_0.serverlessV2AutoPauseSupported());
  EXPECT_TRUE(rds::AuroraPostgresEngineVersion::of("17.2", "17").serverlessV2AutoPauseSupported());
  EXPECT_FALSE(rds::AuroraPostgresEngineVersion::of("17.2", "17", {.serverlessV2AutoPauseSupported = false})
                   .serverlessV2AutoPauseSupported());
  EXPECT_TRUE(rds::AuroraMysqlEngineVersion::of("8.0.mysql_aurora.3.09.0", "8.0").serverlessV2AutoPauseSupported());
}

TEST(RdsEngines, PostgresAndMysql) {
  const auto pg = postgres155();
  EXPECT_EQ(pg.engineType(), "aurora-postgresql");
  EXPECT_EQ(pg.engineFamily(), "POSTGRESQL");
  EXPECT_EQ(pg.parameterGroupFamily(), "aurora-postgresql15");
  EXPECT_EQ(pg.defaultPort(), 5432);
  EXPECT_EQ(pg.defaultUsername(), "postgres");
  EXPECT_EQ(pg.features().s3Import, "s3Import");

  const auto mysql = rds::DatabaseClusterEngine::auroraMysql({.version = rds::AuroraMysqlEngineVersion::VER_3_05_2});
  EXPECT_EQ(mysql.engineType(), "aurora-mysql");
  EXPECT_EQ(mysql.parameterGroupFamily(), "aurora-mysql8.0");
  EXPECT_FALSE(mysql.defaultPort().has_value());
  EXPECT_FALSE(mysql.defaultUsername().has_value());
  EXPECT_TRUE(mysql.combineImportAndExportRoles());

  const auto unversioned = rds::DatabaseClusterEngine::auroraMysql();
  EXPECT_EQ(unversioned.parameterGroupFamily(), "aurora-mysql5.7");
  EXPECT_FALSE(unversioned.engineVersion()->fullVersion.has_value());
  EXPECT_FALSE(rds::DatabaseClusterEngine::AURORA_POSTGRESQL.parameterGroupFamily().has_value());
}

TEST_F(ClusterTest, Defaults) {
  auto& db = cluster({});
  const json r = resources();
  // Snapshot for the cluster, Delete for the instance, nothing for the subnet group.
  EXPECT_EQ(r["DatabaseB269D8BB"]["DeletionPolicy"], "Snapshot");
  EXPECT_EQ(r["DatabaseB269D8BB"]["UpdateReplacePolicy"], "Snapshot");
  EXPECT_EQ(r["DatabaseWriter7794273E"]["DeletionPolicy"], "Delete");
  EXPECT_FALSE(r["DatabaseSubnets56F17B9A"].contains("DeletionPolicy"));
  const json& props = r["DatabaseB269D8BB"]["Properties"];
  EXPECT_EQ(props["CopyTagsToSnapshot"], true);
  EXPECT_EQ(props["Port"], 5432);
  EXPECT_EQ(props["DBClusterParameterGroupName"], "default.aurora-postgresql15");
  EXPECT_FALSE(props.contains("DeletionProtection"));
  EXPECT_FALSE(props.contains("StorageEncrypted"));
  EXPECT_FALSE(props.contains("EnableHttpEndpoint"));
  EXPECT_EQ(props["ServerlessV2ScalingConfiguration"], json::parse(R"({"MaxCapacity": 2, "MinCapacity": 0.5})"));
  // The generated secret: child "Secret" with the engine's user name, attached to the cluster.
  EXPECT_EQ(r["DatabaseSecret3B817195"]["Properties"]["GenerateSecretString"]["SecretStringTemplate"],
            R"({"username":"postgres"})");
  EXPECT_EQ(r["DatabaseSecretAttachmentE5D1B020"]["Properties"]["TargetType"], "AWS::RDS::DBCluster");
  EXPECT_EQ(props["MasterUsername"]["Fn::Join"][1][2], ":SecretString:username::}}");
  // No vpcSubnets: PubliclyAccessible is not rendered.
  EXPECT_FALSE(r["DatabaseWriter7794273E"]["Properties"].contains("PubliclyAccessible"));
  // The tree: the default parameter group is a construct without a resource.
  EXPECT_NE(db.node().tryFindChild("AuroraPostgreSqlDatabaseClusterEngineDefaultParameterGroup"), nullptr);
  EXPECT_EQ(db.instances().size(), 1u);
  EXPECT_EQ(db.instances()[0]->tier(), 0);
  EXPECT_TRUE(db.hasServerlessInstance());
}

TEST_F(ClusterTest, ConnectionsUseTheEndpointPortToken) {
  auto& db = cluster({});
  const auto port = db.connections().defaultPort();
  ASSERT_TRUE(port.has_value());
  EXPECT_EQ(port->toString(), "{IndirectPort}");
  EXPECT_EQ(*port->fromPort(), db.clusterEndpoint().port());
}

TEST_F(ClusterTest, RenderingIsIdempotent) {
  auto& db = cluster({.readers = {rds::ClusterInstance::serverlessV2("Reader", {.scaleWithWriter = true})}});
  db.connections().allowDefaultPortFromAnyIpv4();
  const json first = datatest::synthTemplate(f.app);
  const json second = datatest::synthTemplate(f.app);
  EXPECT_EQ(first, second);
}

TEST_F(ClusterTest, GeneratedSecretWithLiteralUsernameHasAHashedLogicalId) {
  cluster({.credentials = rds::Credentials::fromGeneratedSecret("clusteradmin")});
  const json r = resources();
  ASSERT_TRUE(r.contains("TapStackdevDatabaseSecret488BE8B83fdaad7efa858a3daf9490cf0a702aeb")) << r.dump(1);
  EXPECT_EQ(r["DatabaseB269D8BB"]["Properties"]["MasterUsername"], "clusteradmin");
}

TEST_F(ClusterTest, GeneratedSecretOptions) {
  cluster({.credentials = rds::Credentials::fromUsername(
               "dbuser", {.excludeCharacters = "\"@/", .secretName = "db-credentials"})});
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::SecretsManager::Secret",
      Value::map({{"GenerateSecretString", Value::map({{"ExcludeCharacters", "\"@/"},
                                                       {"GenerateStringKey", "password"},
                                                       {"PasswordLength", 30},
                                                       {"SecretStringTemplate", R"({"username":"dbuser"})"}})},
                  {"Name", "db-credentials"}}));
}

TEST_F(ClusterTest, PasswordWithoutSecret) {
  auto& db =
      cluster({.credentials = rds::Credentials::fromPassword("admin", cdk::SecretValue::ssmSecure("/db/pw", "1"))});
  EXPECT_EQ(db.secret(), nullptr);
  const json r = resources();
  EXPECT_EQ(r["DatabaseB269D8BB"]["Properties"]["MasterUsername"], "admin");
  EXPECT_EQ(r["DatabaseB269D8BB"]["Properties"]["MasterUserPassword"], "{{resolve:ssm-secure:/db/pw:1}}");
  Template::fromStack(*f.stack).resourceCountIs("AWS::SecretsManager::Secret", 0);
}

TEST_F(ClusterTest, FromSecretWithUsername) {
  auto& secret = f.stack->make<cdk::secretsmanager::Secret>("Creds");
  cluster({.credentials = rds::Credentials::fromSecret(secret, "app")});
  const json r = resources();
  EXPECT_EQ(r["DatabaseB269D8BB"]["Properties"]["MasterUsername"], "app");
  EXPECT_EQ(r["CredsAttachmentBE9FCAD2"]["Type"], "AWS::SecretsManager::SecretTargetAttachment") << r.dump(1);
}

TEST_F(ClusterTest, RetainKeepsEverythingAndProtectsTheCluster) {
  cluster({.removalPolicy = cdk::RemovalPolicy::RETAIN});
  const json r = resources();
  EXPECT_EQ(r["DatabaseB269D8BB"]["DeletionPolicy"], "Retain");
  EXPECT_EQ(r["DatabaseB269D8BB"]["Properties"]["DeletionProtection"], true);
  EXPECT_EQ(r["DatabaseWriter7794273E"]["DeletionPolicy"], "Retain");
  EXPECT_EQ(r["DatabaseSubnets56F17B9A"]["DeletionPolicy"], "Retain");
}

TEST_F(ClusterTest, ProvisionedOnlyHasNoServerlessScaling) {
  auto& db = cluster({.writer = rds::ClusterInstance::provisioned("Writer")});
  EXPECT_FALSE(db.hasServerlessInstance());
  const json r = resources();
  EXPECT_FALSE(r["DatabaseB269D8BB"]["Properties"].contains("ServerlessV2ScalingConfiguration"));
  EXPECT_EQ(r["DatabaseWriter7794273E"]["Properties"]["DBInstanceClass"], "db.t3.medium");
}

TEST_F(ClusterTest, ReadersDependOnTheWriterAndTheirTiers) {
  cluster({.readers = {rds::ClusterInstance::serverlessV2("Fast", {.scaleWithWriter = true}),
                       rds::ClusterInstance::provisioned("Big", {.instanceType = rds::InstanceType("r6g.large")})},
           .writer = rds::ClusterInstance::provisioned("Writer", {.instanceType = rds::InstanceType("r6g.large")})});
  const json r = resources();
  json fast, big;
  for (const auto& item : r.items()) {
    if (item.key().rfind("DatabaseFast", 0) == 0) fast = item.value();
    if (item.key().rfind("DatabaseBig", 0) == 0) big = item.value();
  }
  EXPECT_EQ(fast["Properties"]["PromotionTier"], 1);
  EXPECT_EQ(big["Properties"]["PromotionTier"], 2);
  EXPECT_EQ(big["Properties"]["DBInstanceClass"], "db.r6g.large");
  EXPECT_EQ(fast["DependsOn"][0], "DatabaseWriter7794273E");
  EXPECT_TRUE(datatest::messagesWith(f.app, "provisionedReadersDontMatchWriter").empty());
}

TEST_F(ClusterTest, ServerlessReaderThatCannotScaleToTheWriterWarns) {
  cluster({.readers = {rds::ClusterInstance::serverlessV2("Reader", {.scaleWithWriter = true})},
           .serverlessV2MaxCapacity = 4,
           .writer = rds::ClusterInstance::provisioned("Writer", {.instanceType = rds::InstanceType("r6g.4xlarge")})});
  datatest::synthTemplate(f.app);
  const auto warnings = datatest::messagesWith(f.app, "serverlessInstanceCantScaleWithWriter");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message.find("Serverless instance Reader is in promotion tier 1,\nBut can not scale to match "
                                     "the provisioned writer instance (r6g.4xlarge)"),
            std::string::npos)
      << warnings[0].message;
}

TEST_F(ClusterTest, ClusterOptions) {
  cluster({.autoMinorVersionUpgrade = false,
           .copyTagsToSnapshot = false,
           .defaultDatabaseName = "app",
           .enableDataApi = true,
           .networkType = rds::NetworkType::DUAL,
           .preferredMaintenanceWindow = "sun:03:00-sun:04:00",
           .storageType = rds::DBClusterStorageType::AURORA_IOPT1});
  Template::fromStack(*f.stack).hasResourceProperties("AWS::RDS::DBCluster",
                                                      Value::map({{"AutoMinorVersionUpgrade", false},
                                                                  {"CopyTagsToSnapshot", false},
                                                                  {"DatabaseName", "app"},
                                                                  {"EnableHttpEndpoint", true},
                                                                  {"NetworkType", "DUAL"},
                                                                  {"PreferredMaintenanceWindow", "sun:03:00-sun:04:00"},
                                                                  {"StorageType", "aurora-iopt1"}}));
}

TEST_F(ClusterTest, ParametersMakeAClusterParameterGroup) {
  auto& db = cluster({.parameters = {{"max_connections", "200"}}});
  const json r = resources();
  EXPECT_EQ(r["DatabaseParameterGroup2A921026"]["Type"], "AWS::RDS::DBClusterParameterGroup") << r.dump(1);
  EXPECT_EQ(r["DatabaseParameterGroup2A921026"]["Properties"],
            json::parse(R"({"Description": "Cluster parameter group for aurora-postgresql15",
                            "Family": "aurora-postgresql15", "Parameters": {"max_connections": "200"}})"));
  EXPECT_EQ(r["DatabaseB269D8BB"]["Properties"]["DBClusterParameterGroupName"],
            json::parse(R"({"Ref": "DatabaseParameterGroup2A921026"})"));
  EXPECT_EQ(db.node().tryFindChild("AuroraPostgreSqlDatabaseClusterEngineDefaultParameterGroup"), nullptr);
}

TEST_F(ClusterTest, InstanceParametersMakeAnInstanceParameterGroupUnderTheCluster) {
  auto& db = cluster({.writer = rds::ClusterInstance::serverlessV2(
                          "Writer", {.options = {.parameters = {{"log_statement", "all"}}}})});
  ASSERT_NE(db.node().tryFindChild("InstanceParameterGroup"), nullptr);
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::RDS::DBParameterGroup",
      Value::map({{"Description", "Parameter group for aurora-postgresql15"}, {"Family", "aurora-postgresql15"}}));
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::RDS::DBInstance", Value::map({{"DBParameterGroupName", Value::map({{"Ref", Match::anyValue()}})}}));
}

TEST_F(ClusterTest, GivenSubnetGroupAndSecurityGroups) {
  auto& sg = f.stack->make<ec2::SecurityGroup>("DbSg", {.vpc = vpc});
  auto& subnets = f.stack->make<rds::SubnetGroup>(
      "DbSubnets", {.description = "db subnets", .subnetGroupName = "My-Subnets", .vpc = vpc});
  auto& db = cluster({.securityGroups = {sg}, .subnetGroup = subnets});
  EXPECT_EQ(db.node().tryFindChild("Subnets"), nullptr);
  EXPECT_EQ(db.node().tryFindChild("SecurityGroup"), nullptr);
  const json r = resources();
  EXPECT_EQ(r["DbSubnets"]["Properties"]["DBSubnetGroupName"], "my-subnets");
  EXPECT_EQ(r["DatabaseB269D8BB"]["Properties"]["DBSubnetGroupName"], json::parse(R"({"Ref": "DbSubnets"})"));
}

TEST_F(ClusterTest, GrantConnectAndDataApi) {
  auto& db = cluster({});
  auto& role = f.stack->make<cdk::iam::Role>(
      "Role", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  db.grantConnect(role, "app_user");
  db.grantDataApiAccess(role);
  const json r = resources();
  EXPECT_EQ(r["DatabaseB269D8BB"]["Properties"]["EnableHttpEndpoint"], true);
  const json statements = r["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]["Statement"];
  ASSERT_GE(statements.size(), 2u) << statements.dump(1);
  EXPECT_EQ(statements[0]["Action"], "rds-db:connect");
  EXPECT_EQ(statements[1]["Action"][0], "rds-data:BatchExecuteStatement");
}

TEST_F(ClusterTest, GrantDataApiAccessWhenDisabledThrows) {
  auto& db = cluster({.enableDataApi = false});
  auto& role = f.stack->make<cdk::iam::Role>(
      "Role", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  EXPECT_THROW_MSG(db.grantDataApiAccess(role), cdk::ConstructError,
                   "TapStackdev/Database: Cannot grant Data API access when the Data API is disabled");
}

}  // namespace
