// secretsmanager: secrets, grants, resource policies, attachments and imports.
#include <gtest/gtest.h>

#include "cdk/cfn/secretsmanager.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/secretsmanager.hpp"
#include "sec_test_util.hpp"

namespace {

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace sm = cdk::secretsmanager;
using cdk::Value;
using json = nlohmann::ordered_json;

class Target : public sm::ISecretAttachmentTarget {
 public:
  sm::SecretAttachmentTargetProps asSecretAttachmentTarget() const override {
    return {.targetId = "my-cluster-id", .targetType = sm::AttachmentTargetType::RDS_DB_CLUSTER};
  }
};

TEST(SecretFixtures, Variants) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Secrets");
  auto& bare = stack.make<sm::Secret>("Bare");
  auto& key = stack.make<kms::Key>("Key", {.removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& s = stack.make<sm::Secret>(
      "Db", {.description = "database credentials",
             .encryptionKey = key,
             .generateSecretString = sm::SecretStringGenerator{.excludeCharacters = "\"@/\\",
                                                               .generateStringKey = "password",
                                                               .passwordLength = 20,
                                                               .secretStringTemplate = R"({"username":"admin"})"},
             .removalPolicy = cdk::RemovalPolicy::RETAIN,
             .secretName = "db-credentials"});
  auto& role = stack.make<iam::Role>("Reader",
                                     {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  s.grantRead(role);
  s.grantWrite(role);
  bare.grantRead(role, std::vector<std::string>{"AWSCURRENT"});
  Target target;
  s.attach(target);
  stack.make<cdk::CfnOutput>("Password", {.value = s.secretValueFromJson("password")});
  stack.make<cdk::CfnOutput>("Whole", {.value = bare.secretValue()});
  stack.make<cdk::CfnOutput>("SecretArn", {.value = s.secretArn()});
  stack.make<cdk::CfnOutput>("SecretName", {.value = s.secretName()});
  stack.make<cdk::CfnOutput>("BareName", {.value = bare.secretName()});
  stack.make<cdk::CfnOutput>("FullArn", {.value = *s.secretFullArn()});
  sectest::expectMatchesFixture(sectest::synthTemplate(app, "Secrets"),
                                sectest::fixture("secretsmanager", "secret-variants"));
}

TEST(Secret, ValueSources) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& plain = stack.make<sm::Secret>("Plain", {.secretStringValue = cdk::SecretValue::unsafePlainText("hello")});
  auto& other = stack.make<cdk::CfnResource>("Other", {.type = "AWS::SNS::Topic"});
  auto& object = stack.make<sm::Secret>("Object", {.secretObjectValue = {{"user", "admin"}, {"topic", other.ref()}}});
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(t["Resources"][plain.cfnSecret().logicalId()]["Properties"].dump(), R"({"SecretString":"hello"})");
  EXPECT_EQ(t["Resources"][object.cfnSecret().logicalId()]["Properties"]["SecretString"].dump(),
            R"({"Fn::Join":["",["{\"user\":\"admin\",\"topic\":\"",{"Ref":"Other"},"\"}"]]})");
}

TEST(Secret, ReplicaRegions) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& key = stack.make<kms::Key>("K");
  auto& secret = stack.make<sm::Secret>("Sec", {.replicaRegions = {{.region = "eu-west-1"}}});
  secret.addReplicaRegion("eu-central-1", &key);
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(t["Resources"][secret.cfnSecret().logicalId()]["Properties"]["ReplicaRegions"].dump(),
            R"([{"Region":"eu-west-1"},{"KmsKeyId":{"Fn::GetAtt":["K485CC42E","Arn"]},"Region":"eu-central-1"}])");
  EXPECT_THROW_MSG(secret.addReplicaRegion("us-east-1"), cdk::ConstructError,
                   "S/Sec: Cannot add the region where this stack is deployed as a replica region.");
}

TEST(Secret, ResourcePolicyForServicePrincipals) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& secret = stack.make<sm::Secret>("Sec");
  iam::Grant grant = secret.grantRead(iam::ServicePrincipal("lambda.amazonaws.com"));
  EXPECT_TRUE(grant.success());
  ASSERT_TRUE(grant.resourceStatement());
  ASSERT_NE(secret.policy(), nullptr);
  secret.denyAccountRootDelete();
  json t = sectest::synthTemplate(app, "S");
  const std::string secretId = secret.cfnSecret().logicalId();
  const json& policy = t["Resources"][secret.policy()->cfnResourcePolicy().logicalId()];
  EXPECT_EQ(policy["Type"], "AWS::SecretsManager::ResourcePolicy");
  EXPECT_EQ(policy["Properties"]["SecretId"].dump(), R"({"Ref":")" + secretId + R"("})");
  EXPECT_EQ(policy["Properties"]["ResourcePolicy"]["Statement"].size(), 2u);
  EXPECT_EQ(
      policy["Properties"]["ResourcePolicy"]["Statement"][0].dump(),
      R"({"Action":["secretsmanager:GetSecretValue","secretsmanager:DescribeSecret"],"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Resource":{"Ref":")" +
          secretId + R"("}})");
  EXPECT_EQ(policy["Properties"]["ResourcePolicy"]["Statement"][1]["Effect"], "Deny");
}

TEST(Secret, ImportedSecrets) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  sm::ISecret& complete = sm::Secret::fromSecretCompleteArn(
      stack, "Complete", "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf");
  EXPECT_EQ(complete.secretName(), Value("db"));
  ASSERT_TRUE(complete.secretFullArn());
  sm::ISecret& partial =
      sm::Secret::fromSecretPartialArn(stack, "Partial", "arn:aws:secretsmanager:us-east-1:111111111111:secret:db");
  EXPECT_FALSE(partial.secretFullArn());
  sm::ISecret& named = sm::Secret::fromSecretNameV2(stack, "Named", "my-secret");
  EXPECT_EQ(named.secretName(), Value("my-secret"));
  auto& role = stack.make<iam::Role>("R", {.assumedBy = std::make_shared<iam::ServicePrincipal>("lambda")});
  partial.grantRead(role);
  named.grantRead(role);
  json t = sectest::synthTemplate(app, "S");
  const json& statements = t["Resources"]["RDefaultPolicy0707467B"]["Properties"]["PolicyDocument"]["Statement"];
  EXPECT_EQ(statements[0]["Resource"], "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-??????");
  EXPECT_EQ(
      statements[1]["Resource"].dump(),
      R"({"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":secretsmanager:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":secret:my-secret-??????"]]})");
  EXPECT_THROW_MSG(sm::Secret::fromSecretCompleteArn(stack, "Bad", "arn:aws:secretsmanager:us-east-1:1:secret:db"),
                   cdk::ConstructError,
                   "`secretCompleteArn` does not appear to be complete; missing 6-character suffix");
}

TEST(Secret, BadInput) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  EXPECT_THROW_MSG(
      s.make<sm::Secret>("S1", {.generateSecretString = sm::SecretStringGenerator{.secretStringTemplate = "{}"}}),
      cdk::ConstructError, "S/S1: `secretStringTemplate` and `generateStringKey` must be specified together.");
  EXPECT_THROW_MSG(
      s.make<sm::Secret>("S2", {.generateSecretString = sm::SecretStringGenerator{.generateStringKey = "p"}}),
      cdk::ConstructError, "`secretStringTemplate` and `generateStringKey` must be specified together.");
  EXPECT_THROW_MSG(s.make<sm::Secret>("S3", {.generateSecretString = sm::SecretStringGenerator{},
                                             .secretStringValue = cdk::SecretValue::unsafePlainText("x")}),
                   cdk::ConstructError,
                   "Cannot specify more than one of `generateSecretString`, `secretStringValue`, `secretObjectValue`, "
                   "and `secretStringBeta1`.");
  auto& secret = s.make<sm::Secret>("S4");
  Target target;
  secret.attach(target);
  EXPECT_THROW_MSG(secret.attach(target), cdk::ConstructError, "S/S4: Secret is already attached to a target.");
}

TEST(Secret, CrossAccountGrantNeedsAKey) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& secret = s.make<sm::Secret>("Sec");
  EXPECT_THROW_MSG(secret.grantRead(iam::AccountPrincipal("222222222222")), cdk::ConstructError,
                   "S/Sec: KMS Key must be provided for cross account access to Secret");
}

TEST(Secret, AttachmentIsASecret) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& key = stack.make<kms::Key>("K");
  auto& secret = stack.make<sm::Secret>("Sec", {.encryptionKey = key, .secretName = "a-b-c"});
  Target target;
  sm::SecretTargetAttachment& attachment = secret.attach(target);
  EXPECT_EQ(attachment.node().path(), "S/Sec/Attachment");
  EXPECT_EQ(attachment.encryptionKey(), &key);
  EXPECT_EQ(attachment.secretArn().toString(), "${Token[S/Sec/Attachment/Resource.Ref]}");
  stack.make<cdk::CfnOutput>("Name", {.value = secret.secretName()});
  json t = sectest::synthTemplate(app, "S");
  // Three "-" separated segments in the name: three Fn::Select parts.
  EXPECT_EQ(t["Outputs"]["Name"]["Value"]["Fn::Join"][1].size(), 3u);
}

}  // namespace
