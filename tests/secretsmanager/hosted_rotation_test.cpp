// secretsmanager: hosted rotation (HostedRotation, addRotationSchedule({.hostedRotation = ...})): the programs of
// tests/secretsmanager/fixtures/secret-hosted-rotation.ts in C++ give aws-cdk-lib 2.276's whole templates (the
// HostedRotationLambda property, the AWS::SecretsManager-2024-09-16 transform, the function's security group) and
// are cfn-lint clean; the errors of secret-hosted-rotation-errors.ts are raised with aws-cdk-lib's messages.
#include <functional>

#include <gtest/gtest.h>

#include "cdk/ec2.hpp"
#include "cdk/kms.hpp"
#include "cdk/lambda.hpp"
#include "cdk/rds.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"
#include "fixture_scenarios.hpp"

// The area's test files are compiled as one unity source: the helpers live in a namespace of their own.
namespace {
namespace hosted {

namespace ec2 = cdk::ec2;
namespace kms = cdk::kms;
namespace rds = cdk::rds;
namespace sm = cdk::secretsmanager;
using cdkpp_test::FixtureProgram;
using json = nlohmann::ordered_json;

void defaults(cdk::Stack& stack) {
  auto& reports = stack.make<sm::Secret>(
      "ReportsSecret",
      {.generateSecretString = sm::SecretStringGenerator{
           .generateStringKey = "password",
           .secretStringTemplate = R"({"username":"reports","engine":"mysql","host":"reports.internal"})"}});
  reports.addRotationSchedule("RotationSchedule", {.hostedRotation = sm::HostedRotation::mysqlSingleUser()});
}

void inVpc(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& key = stack.make<kms::Key>("SecretKey", {.enableKeyRotation = true});
  auto& db = stack.make<rds::DatabaseInstance>(
      "Db", {.credentials = rds::Credentials::fromGeneratedSecret("clinicadmin", {.encryptionKey = key}),
             .engine = rds::DatabaseInstanceEngine::postgres({.version = rds::PostgresEngineVersion::VER_17_6}),
             .storageEncrypted = true,
             .vpc = vpc});
  const sm::HostedRotation single = sm::HostedRotation::postgreSqlSingleUser(
      {.functionName = "clinic-db-rotation",
       .vpc = vpc,
       .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}});
  db.secret()->addRotationSchedule("RotationSchedule",
                                   {.automaticallyAfter = cdk::Duration::days(7), .hostedRotation = single});
  db.connections().allowDefaultPortFrom(single);

  auto& appUser = stack.make<rds::DatabaseSecret>("AppUserSecret", {.masterSecret = *db.secret(), .username = "app"});
  auto& attached = appUser.attach(db);
  auto& rotationSg =
      stack.make<ec2::SecurityGroup>("RotationSG", {.description = "hosted rotation functions", .vpc = vpc});
  const sm::HostedRotation multi = sm::HostedRotation::postgreSqlMultiUser(
      {.excludeCharacters = "\"@/\\;", .masterSecret = *db.secret(), .securityGroups = {rotationSg}, .vpc = vpc});
  attached.addRotationSchedule("RotationSchedule", {.hostedRotation = multi, .rotateImmediatelyOnUpdate = false});
  db.connections().allowDefaultPortFrom(multi);
}

void importedMaster(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& masterKey = kms::Key::fromKeyArn(
      stack, "MasterKey", "arn:aws:kms:ap-southeast-1:123456789012:key/0f5a7a39-7d6b-4d3b-8f0c-2f5e7b1c9a11");
  auto& master = sm::Secret::fromSecretAttributes(
      stack, "Master",
      {.encryptionKey = masterKey,
       .secretCompleteArn =
           cdk::Value("arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:clinic/master-AbCdEf")});
  auto& user = stack.make<sm::Secret>(
      "UserSecret", {.generateSecretString = sm::SecretStringGenerator{
                         .excludeCharacters = "\"@/\\",
                         .generateStringKey = "password",
                         .secretStringTemplate = R"({"username":"etl","engine":"mysql","host":"etl.internal"})"}});
  user.addRotationSchedule("Rotation",
                           {.automaticallyAfter = cdk::Duration::hours(12),
                            .hostedRotation = sm::HostedRotation::mysqlMultiUser({.masterSecret = master})});

  auto& byName = sm::Secret::fromSecretNameV2(stack, "MasterByName", "clinic/reporting-master");
  auto& other = stack.make<sm::Secret>("ReportingSecret");
  auto& first = stack.make<ec2::SecurityGroup>("FirstSG", {.allowAllOutbound = false, .vpc = vpc});
  auto& second = stack.make<ec2::SecurityGroup>("SecondSG", {.vpc = vpc});
  other.addRotationSchedule("Rotation",
                            {.automaticallyAfter = cdk::Duration::days(0),
                             .hostedRotation = sm::HostedRotation::mariaDbMultiUser(
                                 {.functionName = "reporting-rotation",
                                  .masterSecret = byName,
                                  .securityGroups = {first, second},
                                  .vpc = vpc,
                                  .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}})});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "secret-hosted-rotation", .build = defaults},
      {.name = "secret-hosted-rotation-vpc", .build = inVpc},
      {.name = "secret-hosted-rotation-imported-master", .build = importedMaster},
  };
  return list;
}

class HostedRotationFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(HostedRotationFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("secretsmanager", GetParam());
}

// Beyond Resources and Outputs: the Transform too (a string for one transform, a list when it was added twice).
TEST_P(HostedRotationFixtures, WholeTemplateIsAwsCdkLibs) {
  const json expected = datatest::fixture("secretsmanager", GetParam().name);
  // The fixture is aws-cdk-lib's template without the synthesizer's bootstrap scaffolding (tools/cdk-fixtures).
  const json ours = cdkpp_test::withoutBootstrapScaffolding(cdkpp_test::synthesizeProgram(GetParam()).templateJson);
  std::vector<std::string> expectedSections;
  std::vector<std::string> ourSections;
  for (const auto& [section, body] : expected.items()) expectedSections.push_back(section);
  for (const auto& [section, body] : ours.items()) ourSections.push_back(section);
  std::sort(expectedSections.begin(), expectedSections.end());
  std::sort(ourSections.begin(), ourSections.end());
  EXPECT_EQ(ourSections, expectedSections);
  EXPECT_EQ(ours["Transform"], expected["Transform"]);
}

INSTANTIATE_TEST_SUITE_P(Programs, HostedRotationFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(HostedRotationFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

// The errors of secret-hosted-rotation-errors.ts: aws-cdk-lib's message (cdkpp adds what to change after it), with
// the construct path aws-cdk-lib names (none for its unscoped errors, which are cdk::Error here).

void expectScopedError(const std::function<void(cdk::Stack&)>& build, const std::string& fixture) {
  ASSERT_FALSE(cdkpp_test::awsError("secretsmanager", fixture).path.empty()) << fixture;
  cdkpp_test::expectAwsError("secretsmanager", fixture, build);
}

void expectUnscopedError(const std::function<void(cdk::Stack&)>& build, const std::string& fixture) {
  const cdkpp_test::AwsError error = cdkpp_test::awsError("secretsmanager", fixture);
  ASSERT_TRUE(error.path.empty()) << fixture;
  datatest::Fixture f;
  EXPECT_THROW_MSG(build(*f.stack), cdk::Error, error.message);
}

cdk::lambda::IFunction& rotator(cdk::Stack& s) {
  return cdk::lambda::Function::fromFunctionArn(s, "Rotator",
                                                "arn:aws:lambda:ap-southeast-1:123456789012:function:rotate");
}
sm::Secret& secretOf(cdk::Stack& s) { return s.make<sm::Secret>("Secret"); }

TEST(HostedRotationErrors, RotationLambdaOrHostedRotation) {
  expectScopedError(
      [](cdk::Stack& s) {
        secretOf(s).addRotationSchedule(
            "Rotation", {.hostedRotation = sm::HostedRotation::mysqlSingleUser(), .rotationLambda = rotator(s)});
      },
      "secret-hosted-rotation-error-both");
  expectScopedError([](cdk::Stack& s) { secretOf(s).addRotationSchedule("Rotation", {}); },
                    "secret-hosted-rotation-error-neither");
}

TEST(HostedRotationErrors, SecurityGroupsWithoutVpc) {
  expectScopedError(
      [](cdk::Stack& s) {
        auto& vpc = datatest::seedVpc(s);
        auto& sg = s.make<ec2::SecurityGroup>("SG", {.vpc = vpc});
        secretOf(s).addRotationSchedule(
            "Rotation", {.hostedRotation = sm::HostedRotation::postgreSqlSingleUser({.securityGroups = {sg}})});
      },
      "secret-hosted-rotation-error-security-groups-without-vpc");
}

TEST(HostedRotationErrors, MultiUserWithoutMaster) {
  expectUnscopedError([](cdk::Stack&) { sm::HostedRotation::postgreSqlMultiUser({}); },
                      "secret-hosted-rotation-error-multi-user-without-master");
  for (auto factory : {&sm::HostedRotation::mysqlMultiUser, &sm::HostedRotation::oracleMultiUser,
                       &sm::HostedRotation::mariaDbMultiUser, &sm::HostedRotation::sqlServerMultiUser,
                       &sm::HostedRotation::redshiftMultiUser, &sm::HostedRotation::mongoDbMultiUser}) {
    EXPECT_THROW_MSG(factory({}), cdk::Error, "The `masterSecret` must be specified when using the multi user scheme.");
  }
}

TEST(HostedRotationErrors, Connections) {
  expectUnscopedError(
      [](cdk::Stack& s) {
        const sm::HostedRotation hosted = sm::HostedRotation::mysqlSingleUser();
        secretOf(s).addRotationSchedule("Rotation", {.hostedRotation = hosted});
        hosted.connections();
      },
      "secret-hosted-rotation-error-connections-without-vpc");
  expectUnscopedError(
      [](cdk::Stack& s) { sm::HostedRotation::mysqlSingleUser({.vpc = datatest::seedVpc(s)}).connections(); },
      "secret-hosted-rotation-error-connections-before-bind");
}

TEST(HostedRotationErrors, SubnetsTheVpcDoesNotHave) {
  expectScopedError(
      [](cdk::Stack& s) {
        auto& vpc = datatest::seedVpc(s);
        secretOf(s).addRotationSchedule(
            "Rotation",
            {.hostedRotation = sm::HostedRotation::mysqlSingleUser(
                 {.vpc = vpc, .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_ISOLATED}})});
      },
      "secret-hosted-rotation-error-no-subnets");
}

TEST(HostedRotation, TypesAreAwsCdkLibs) {
  const std::vector<std::pair<sm::HostedRotation, std::pair<std::string, bool>>> table{
      {sm::HostedRotation::mysqlSingleUser(), {"MySQLSingleUser", false}},
      {sm::HostedRotation::postgreSqlSingleUser(), {"PostgreSQLSingleUser", false}},
      {sm::HostedRotation::oracleSingleUser(), {"OracleSingleUser", false}},
      {sm::HostedRotation::mariaDbSingleUser(), {"MariaDBSingleUser", false}},
      {sm::HostedRotation::sqlServerSingleUser(), {"SQLServerSingleUser", false}},
      {sm::HostedRotation::redshiftSingleUser(), {"RedshiftSingleUser", false}},
      {sm::HostedRotation::mongoDbSingleUser(), {"MongoDBSingleUser", false}},
  };
  for (const auto& [rotation, expected] : table) {
    EXPECT_EQ(rotation.type().name(), expected.first);
    EXPECT_EQ(rotation.type().isMultiUser(), expected.second);
  }
  EXPECT_EQ(sm::HostedRotationType::SQLSERVER_MULTI_USER.name(), "SQLServerMultiUser");
  EXPECT_TRUE(sm::HostedRotationType::MONGODB_MULTI_USER.isMultiUser());
}

// Copies share one state: the copy kept by the program knows the security group bind() made for the schedule.
TEST(HostedRotation, CopiesShareTheBinding) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  const sm::HostedRotation kept = sm::HostedRotation::redshiftSingleUser({.vpc = vpc});
  auto& secret = secretOf(*f.stack);
  auto& schedule = secret.addRotationSchedule("Rotation", {.hostedRotation = kept});
  ASSERT_EQ(kept.connections().securityGroups().size(), 1u);
  EXPECT_EQ(&kept.connections().securityGroups()[0]->node(), &schedule.node().findChild("SecurityGroup").node());
  // The security group comes before the rotation schedule's resource, as aws-cdk-lib makes them.
  std::vector<std::string> children;
  for (const auto* child : schedule.node().children()) children.push_back(std::string(child->node().id()));
  EXPECT_EQ(children, (std::vector<std::string>{"SecurityGroup", "Resource"}));
}

// The default excludeCharacters: the rotated secret's own when it is a Secret made here with some, else
// aws-cdk-lib's default set; an imported secret has none.
TEST(HostedRotation, ExcludeCharactersOfTheSecret) {
  datatest::Fixture f;
  auto& own =
      f.stack->make<sm::Secret>("Own", {.generateSecretString = sm::SecretStringGenerator{.excludeCharacters = "#"}});
  EXPECT_EQ(own.excludeCharacters(), std::optional<std::string>("#"));
  own.addRotationSchedule("Rotation", {.hostedRotation = sm::HostedRotation::mysqlSingleUser()});
  auto& imported = sm::Secret::fromSecretCompleteArn(
      *f.stack, "Imported", "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:other-AbCdEf");
  imported.addRotationSchedule("Rotation", {.hostedRotation = sm::HostedRotation::mysqlSingleUser()});
  const json t = datatest::synthTemplate(f.app);
  std::vector<std::string> excluded;
  for (const auto& [id, resource] : t["Resources"].items()) {
    if (resource["Type"] == "AWS::SecretsManager::RotationSchedule") {
      excluded.push_back(resource["Properties"]["HostedRotationLambda"]["ExcludeCharacters"].get<std::string>());
    }
  }
  EXPECT_EQ(excluded, (std::vector<std::string>{"#", " %+~`#$&*()|[]{}:;<>?!'/@\"\\"}));
  // Added once per hosted rotation: a list without repeats, as aws-cdk-lib writes it.
  EXPECT_EQ(t["Transform"], json::parse(R"(["AWS::SecretsManager-2024-09-16"])"));
}

}  // namespace hosted
}  // namespace
