// The seed program's KMS key, alias, secret, attachment, task role and grants (as aws-cdk-lib renders them in
// ../shared/reference/seed-000-cdk/TapStackdev.template.json, copied to fixtures/seed-000.TapStackdev.template.json),
// built with the same construct ids. The ECS parts (execution role, log group) are made with the ids ECS uses.
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/logs.hpp"
#include "cdk/secretsmanager.hpp"
#include "sec_test_util.hpp"

namespace {

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace logs = cdk::logs;
namespace sm = cdk::secretsmanager;

/// Stands in for rds.DatabaseCluster: "Database" with its AWS::RDS::DBCluster as "Resource".
class FakeCluster : public cdk::Construct, public sm::ISecretAttachmentTarget {
 public:
  FakeCluster(cdk::Construct& scope, std::string_view id) : cdk::Construct(scope, id) {
    resource_ = &make<cdk::CfnResource>(
        "Resource", cdk::CfnResourceProps{.properties = cdk::Value::map({{"Engine", "aurora-postgresql"}}),
                                          .type = "AWS::RDS::DBCluster"});
  }
  sm::SecretAttachmentTargetProps asSecretAttachmentTarget() const override {
    return {.targetId = resource_->ref(), .targetType = sm::AttachmentTargetType::RDS_DB_CLUSTER};
  }

 private:
  cdk::CfnResource* resource_;
};

TEST(Seed, KeySecretRolesAndLogGroupMatchTheReference) {
  cdk::App app;
  cdk::Tags::of(app).add("Environment", "dev");
  cdk::Tags::of(app).add("Repository", "unknown");
  cdk::Tags::of(app).add("Author", "unknown");
  auto& stack = app.make<cdk::Stack>("TapStackdev",
                                     {.env = cdk::Environment{.region = "ap-southeast-1"}, .stackName = "TapStackdev"});

  auto& kmsKey = stack.make<kms::Key>(
      "KMSKey",
      {.alias = "healthcare-key-dev", .enableKeyRotation = true, .removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& databaseSecret = stack.make<sm::Secret>(
      "DatabaseSecret",
      {.encryptionKey = kmsKey,
       .generateSecretString = sm::SecretStringGenerator{.excludePunctuation = true,
                                                         .generateStringKey = "password",
                                                         .includeSpace = false,
                                                         .passwordLength = 32,
                                                         .secretStringTemplate = R"({"username":"dbadmin"})"},
       .secretName = "healthcare-db-dev"});
  // rds.DatabaseCluster with Credentials.fromSecret(databaseSecret) attaches the secret to the cluster.
  auto& database = stack.make<FakeCluster>("Database");
  databaseSecret.attach(database);

  auto& taskRole = stack.make<iam::Role>(
      "TaskRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  // ecs.FargateTaskDefinition "TaskDef": its execution role, then the container "app" with the awslogs driver.
  auto& taskDef = stack.make<cdk::Construct>("TaskDef");
  databaseSecret.grantRead(taskRole);
  auto& executionRole = taskDef.make<iam::Role>(
      "ExecutionRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  auto& container = taskDef.make<cdk::Construct>("app");
  auto& logGroup = container.make<logs::LogGroup>("LogGroup", {.retention = logs::RetentionDays::ONE_WEEK});
  logGroup.grantWrite(executionRole);

  const sectest::json actual = sectest::synthTemplate(app, "TapStackdev");
  const sectest::json expected = sectest::fixture("secretsmanager", "seed-000.TapStackdev");
  for (const char* id :
       {"KMSKeyBD866E3F", "KMSKeyAlias623A6BDB", "DatabaseSecret86DBB7B3", "DatabaseSecretAttachment9A63A3D4",
        "TaskRole30FC0FBB", "TaskRoleDefaultPolicy07FC53DE", "TaskDefExecutionRoleB4775C97",
        "TaskDefExecutionRoleDefaultPolicy0DBB737A", "TaskDefappLogGroupA2E94E99"}) {
    sectest::expectSameElement(actual, expected, "Resources", id);
  }
  // The password the cluster reads from the secret (DatabaseB269D8BB.MasterUserPassword in the reference).
  stack.make<cdk::CfnOutput>("Password", {.value = databaseSecret.secretValueFromJson("password")});
  const sectest::json withOutput = sectest::synthTemplate(app, "TapStackdev");
  EXPECT_EQ(withOutput["Outputs"]["Password"]["Value"],
            expected["Resources"]["DatabaseB269D8BB"]["Properties"]["MasterUserPassword"]);
  EXPECT_EQ(withOutput["Resources"], actual["Resources"]) << "a second synthesis renders the same resources";
}

TEST(Seed, SecretSeedFixture) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  auto& kmsKey = stack.make<kms::Key>(
      "KMSKey",
      {.alias = "healthcare-key-dev", .enableKeyRotation = true, .removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& databaseSecret = stack.make<sm::Secret>(
      "DatabaseSecret",
      {.encryptionKey = kmsKey,
       .generateSecretString = sm::SecretStringGenerator{.excludePunctuation = true,
                                                         .generateStringKey = "password",
                                                         .includeSpace = false,
                                                         .passwordLength = 32,
                                                         .secretStringTemplate = R"({"username":"dbadmin"})"},
       .secretName = "healthcare-db-dev"});
  auto& taskRole = stack.make<iam::Role>(
      "TaskRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  databaseSecret.grantRead(taskRole);
  sectest::expectMatchesFixture(sectest::synthTemplate(app, "TapStackdev"),
                                sectest::fixture("secretsmanager", "secret-seed"));
}

}  // namespace
