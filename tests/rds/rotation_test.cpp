// Secret rotation of databases (addRotationSingleUser, addRotationMultiUser): the programs of
// tests/rds/fixtures/rds-rotation-*.ts in C++ give aws-cdk-lib 2.276's whole templates and are cfn-lint clean;
// the errors of rds-rotation-errors.ts are raised with aws-cdk-lib's message and construct path.
#include <gtest/gtest.h>

#include "cdk/ec2.hpp"
#include "cdk/kms.hpp"
#include "cdk/rds.hpp"
#include "cdk/sam.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"

// The area's test files are compiled as one unity source: the helpers live in a namespace of their own.
namespace {
namespace rotation {

namespace ec2 = cdk::ec2;
namespace rds = cdk::rds;
namespace secretsmanager = cdk::secretsmanager;
using cdkpp_test::FixtureProgram;

rds::ClusterEngine auroraPostgres155() {
  return rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_15_5});
}
rds::InstanceEngine postgres154() {
  return rds::DatabaseInstanceEngine::postgres({.version = rds::PostgresEngineVersion::VER_15_4});
}

void cluster(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& db = stack.make<rds::DatabaseCluster>(
      "Database", {.engine = auroraPostgres155(), .vpc = vpc, .writer = rds::ClusterInstance::serverlessV2("Writer")});
  db.addRotationSingleUser();
}

void clusterOptions(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& key = stack.make<cdk::kms::Key>("SecretKey", {.enableKeyRotation = true});
  auto& db = stack.make<rds::DatabaseCluster>(
      "Database",
      {.credentials = rds::Credentials::fromGeneratedSecret("clusteradmin", {.encryptionKey = key}),
       .engine = rds::DatabaseClusterEngine::auroraMysql({.version = rds::AuroraMysqlEngineVersion::VER_3_05_2}),
       .storageEncrypted = true,
       .vpc = vpc,
       .writer = rds::ClusterInstance::provisioned("Writer")});
  auto& endpoint = vpc.addInterfaceEndpoint("SecretsManagerEndpoint",
                                            {.service = ec2::InterfaceVpcEndpointAwsService::SECRETS_MANAGER});
  auto& rotationSg = stack.make<ec2::SecurityGroup>("RotationSG", {.description = "rotation function", .vpc = vpc});
  db.addRotationSingleUser({.automaticallyAfter = cdk::Duration::days(7),
                            .endpoint = endpoint,
                            .excludeCharacters = "\"@/\\",
                            .rotateImmediatelyOnUpdate = false,
                            .securityGroup = rotationSg,
                            .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}});
}

void instance(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& db = stack.make<rds::DatabaseInstance>("Db", {.engine = postgres154(), .vpc = vpc});
  db.addRotationSingleUser();
}

void instanceOptions(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& db = stack.make<rds::DatabaseInstance>(
      "Mysql", {.credentials = rds::Credentials::fromGeneratedSecret("dbadmin"),
                .engine = rds::DatabaseInstanceEngine::mysql({.version = rds::MysqlEngineVersion::VER_8_0_39}),
                .vpc = vpc,
                .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}});
  db.addRotationSingleUser({.automaticallyAfter = cdk::Duration::hours(12), .rotateImmediatelyOnUpdate = true});
  auto& userSecret =
      stack.make<rds::DatabaseSecret>("AppUserSecret", {.masterSecret = *db.secret(), .username = "app"});
  db.addRotationMultiUser("AppUser", {.secret = userSecret.attach(db)});
}

// aws-cdk-lib's templates get the same warning: the programs keep the engine versions the seeds name.
const cdkpp_test::AcceptedFinding DEPRECATED_CLUSTER_VERSION{
    .rule = "W3690", .reason = "a deprecated Aurora engine version, as in aws-cdk-lib's template of the same program"};
const cdkpp_test::AcceptedFinding DEPRECATED_INSTANCE_VERSION{
    .rule = "W3691", .reason = "a deprecated engine version, as in aws-cdk-lib's template of the same program"};

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "rds-rotation-cluster", .build = cluster, .lintAccepted = {DEPRECATED_CLUSTER_VERSION}},
      {.name = "rds-rotation-cluster-options", .build = clusterOptions, .lintAccepted = {DEPRECATED_CLUSTER_VERSION}},
      {.name = "rds-rotation-instance", .build = instance, .lintAccepted = {DEPRECATED_INSTANCE_VERSION}},
      {.name = "rds-rotation-instance-options",
       .build = instanceOptions,
       .lintAccepted = {DEPRECATED_INSTANCE_VERSION}},
  };
  return list;
}

class RdsRotationFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(RdsRotationFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("rds", GetParam());
}

// Beyond Resources and Outputs: the Transform and the Mappings too, so the whole template is aws-cdk-lib's.
TEST_P(RdsRotationFixtures, WholeTemplateIsAwsCdkLibs) {
  const auto expected = datatest::fixture("rds", GetParam().name);
  // The fixture is aws-cdk-lib's template without the synthesizer's bootstrap scaffolding (tools/cdk-fixtures).
  const auto ours = cdkpp_test::withoutBootstrapScaffolding(cdkpp_test::synthesizeProgram(GetParam()).templateJson);
  std::vector<std::string> expectedSections;
  std::vector<std::string> ourSections;
  for (const auto& [section, body] : expected.items()) expectedSections.push_back(section);
  for (const auto& [section, body] : ours.items()) ourSections.push_back(section);
  std::sort(expectedSections.begin(), expectedSections.end());
  std::sort(ourSections.begin(), ourSections.end());
  EXPECT_EQ(ourSections, expectedSections);
  for (const std::string& section : expectedSections) {
    if (expected[section].is_object()) {
      cdkpp_test::expectSameSection(ours, expected, section);
    } else {
      EXPECT_EQ(ours.value(section, nlohmann::ordered_json()), expected[section]) << section;  // Transform
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Programs, RdsRotationFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(RdsRotationFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

// The errors of rds-rotation-errors.ts: cdk::ConstructError with aws-cdk-lib's message (cdkpp adds what to
// change after it) and the construct path.

/// The construct path aws-cdk-lib's error named (the "constructPath: " line of <fixture>.error.txt).
std::string errorPath(const std::string& fixture) {
  const std::string text = cdkpp_test::readFile(datatest::fixturePath("rds", fixture, ".error.txt"));
  const std::string label = "constructPath: ";
  const auto at = text.find(label);
  if (at == std::string::npos) return {};
  const auto start = at + label.size();
  return text.substr(start, text.find('\n', start) - start);
}

template <class Build>
void expectRotationError(Build build, const std::string& fixture) {
  const std::string path = errorPath(fixture);
  ASSERT_FALSE(path.empty()) << fixture;
  datatest::Fixture f;
  EXPECT_THROW_MSG(build(*f.stack), cdk::ConstructError, path + ": " + datatest::fixtureError("rds", fixture));
}

rds::DatabaseCluster& clusterOf(cdk::Stack& s, std::optional<rds::Credentials> credentials = {}) {
  return s.make<rds::DatabaseCluster>("Database", {.credentials = std::move(credentials),
                                                   .engine = auroraPostgres155(),
                                                   .vpc = datatest::seedVpc(s),
                                                   .writer = rds::ClusterInstance::serverlessV2("Writer")});
}
rds::DatabaseInstance& instanceOf(cdk::Stack& s, std::optional<rds::Credentials> credentials = {}) {
  return s.make<rds::DatabaseInstance>(
      "Db", {.credentials = std::move(credentials), .engine = postgres154(), .vpc = datatest::seedVpc(s)});
}
rds::Credentials password() { return rds::Credentials::fromPassword("admin", cdk::Value("not-a-secret-1")); }

TEST(RdsRotationErrors, SingleUserRotationTwice) {
  expectRotationError(
      [](cdk::Stack& s) {
        auto& db = clusterOf(s);
        db.addRotationSingleUser();
        db.addRotationSingleUser();
      },
      "rds-rotation-error-cluster-twice");
  expectRotationError(
      [](cdk::Stack& s) {
        auto& db = instanceOf(s);
        db.addRotationSingleUser();
        db.addRotationSingleUser();
      },
      "rds-rotation-error-instance-twice");
}

TEST(RdsRotationErrors, DatabaseWithoutSecret) {
  expectRotationError([](cdk::Stack& s) { clusterOf(s, password()).addRotationSingleUser(); },
                      "rds-rotation-error-cluster-no-secret");
  expectRotationError([](cdk::Stack& s) { instanceOf(s, password()).addRotationSingleUser(); },
                      "rds-rotation-error-instance-no-secret");
  expectRotationError(
      [](cdk::Stack& s) {
        auto& other = s.make<secretsmanager::Secret>("Other");
        clusterOf(s, password()).addRotationMultiUser("User", {.secret = other});
      },
      "rds-rotation-error-cluster-multi-no-secret");
  expectRotationError(
      [](cdk::Stack& s) {
        auto& other = s.make<secretsmanager::Secret>("Other");
        instanceOf(s, password()).addRotationMultiUser("User", {.secret = other});
      },
      "rds-rotation-error-instance-multi-no-secret");
}

TEST(RdsRotationErrors, AutomaticallyAfterOutOfRange) {
  expectRotationError(
      [](cdk::Stack& s) { clusterOf(s).addRotationSingleUser({.automaticallyAfter = cdk::Duration::hours(1)}); },
      "rds-rotation-error-below-4-hours");
  expectRotationError(
      [](cdk::Stack& s) { instanceOf(s).addRotationSingleUser({.automaticallyAfter = cdk::Duration::days(1001)}); },
      "rds-rotation-error-above-1000-days");
}

TEST(RdsRotationErrors, SecretRotationProps) {
  expectRotationError(
      [](cdk::Stack& s) {
        auto& db = instanceOf(s);
        auto& target = s.make<ec2::SecurityGroup>("Target", {.vpc = db.vpc()});
        s.make<secretsmanager::SecretRotation>(
            "Rotation", {.application = secretsmanager::SecretRotationApplication::POSTGRES_ROTATION_SINGLE_USER,
                         .secret = *db.secret(),
                         .target = target,
                         .vpc = db.vpc()});
      },
      "rds-rotation-error-no-default-port");
  expectRotationError(
      [](cdk::Stack& s) {
        auto& db = instanceOf(s);
        s.make<secretsmanager::SecretRotation>(
            "Rotation", {.application = secretsmanager::SecretRotationApplication::POSTGRES_ROTATION_MULTI_USER,
                         .secret = *db.secret(),
                         .target = db,
                         .vpc = db.vpc()});
      },
      "rds-rotation-error-multi-user-without-master");
}

// aws-cdk-lib throws "unsupported partition: aws-cn" without a construct path (from the application); cdkpp names
// the rotation and says what to add.
TEST(RdsRotationErrors, ApplicationWithoutVersionsInOtherPartitions) {
  datatest::Fixture f;
  auto& db = instanceOf(*f.stack);
  EXPECT_THROW_MSG(
      f.stack->make<secretsmanager::SecretRotation>(
          "Rotation", {.application = secretsmanager::SecretRotationApplication("MyRotationApp", "1.0.0"),
                       .secret = *db.secret(),
                       .target = db,
                       .vpc = db.vpc()}),
      cdk::ConstructError,
      "TapStackdev/Rotation: " + datatest::fixtureError("rds", "rds-rotation-error-unsupported-partition") +
          ": the rotation application 'MyRotationApp' needs a semantic version for each of aws, aws-cn and "
          "aws-us-gov; give the others in SecretRotationApplicationOptions::additionalSemanticVersions");
}

// What the fixtures do not show.

TEST(RdsRotation, EnginesNameTheirApplications) {
  using App = secretsmanager::SecretRotationApplication;
  EXPECT_EQ(auroraPostgres155().singleUserRotationApplication().applicationName(),
            App::POSTGRES_ROTATION_SINGLE_USER.applicationName());
  EXPECT_EQ(rds::DatabaseClusterEngine::AURORA_MYSQL.multiUserRotationApplication().applicationName(),
            "SecretsManagerRDSMySQLRotationMultiUser");
  EXPECT_EQ(rds::DatabaseInstanceEngine::POSTGRES.multiUserRotationApplication().applicationName(),
            "SecretsManagerRDSPostgreSQLRotationMultiUser");
  EXPECT_TRUE(rds::DatabaseInstanceEngine::MYSQL.multiUserRotationApplication().isMultiUser());
  EXPECT_FALSE(rds::DatabaseInstanceEngine::MYSQL.singleUserRotationApplication().isMultiUser());
}

TEST(RdsRotation, ZeroDaysTurnsAutomaticRotationOff) {
  datatest::Fixture f;
  instanceOf(*f.stack).addRotationSingleUser({.automaticallyAfter = cdk::Duration::days(0)});
  const auto t = datatest::synthTemplate(f.app);
  for (const auto& [id, resource] : t["Resources"].items()) {
    if (resource["Type"] == "AWS::SecretsManager::RotationSchedule") {
      EXPECT_FALSE(resource["Properties"].contains("RotationRules")) << resource.dump();
      EXPECT_TRUE(resource["Properties"].contains("RotationLambdaARN"));
    }
  }
}

// With the feature flag, the deny statement goes to the attached secret's own resource policy.
TEST(RdsRotation, AttachedSecretResourcePolicyFlag) {
  datatest::Fixture f(
      {.context = {{"@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments", true}}});
  instanceOf(*f.stack).addRotationSingleUser();
  const auto t = datatest::synthTemplate(f.app);
  std::vector<std::string> secrets;
  std::vector<nlohmann::ordered_json> policySecrets;
  for (const auto& [id, resource] : t["Resources"].items()) {
    if (resource["Type"] == "AWS::SecretsManager::Secret") secrets.push_back(id);
    if (resource["Type"] == "AWS::SecretsManager::ResourcePolicy") {
      policySecrets.push_back(resource["Properties"]["SecretId"]);
    }
  }
  ASSERT_EQ(secrets.size(), 1u);
  ASSERT_EQ(policySecrets.size(), 1u);
  EXPECT_EQ(policySecrets[0], nlohmann::ordered_json({{"Ref", secrets[0]}}));
}

}  // namespace rotation
}  // namespace
