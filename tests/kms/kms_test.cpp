// kms: keys, aliases, grants and the via-service principal.
#include <gtest/gtest.h>

#include "cdk/cfn/kms.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "sec_test_util.hpp"

namespace {

namespace iam = cdk::iam;
namespace kms = cdk::kms;
using cdk::Value;
using json = nlohmann::ordered_json;

const char* kRootStatement =
    R"({"Action":"kms:*","Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}},"Resource":"*"})";

TEST(KmsFixtures, Keys) {
  cdk::App app;
  auto& stack =
      app.make<cdk::Stack>("KmsKeys", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  stack.make<kms::Key>("Plain");
  auto& k2 = stack.make<kms::Key>("Described", {.alias = "alias/already-prefixed",
                                                .description = "my key",
                                                .enableKeyRotation = false,
                                                .enabled = true,
                                                .pendingWindow = cdk::Duration::days(7),
                                                .removalPolicy = cdk::RemovalPolicy::DESTROY});
  k2.addAlias("second");
  k2.addAlias("alias/third");
  auto& role =
      stack.make<iam::Role>("User", {.assumedBy = std::make_shared<iam::ServicePrincipal>("lambda.amazonaws.com")});
  auto& k3 = stack.make<kms::Key>("Granted", {.alias = "granted", .enableKeyRotation = true});
  k3.grantEncryptDecrypt(role);
  k3.grantDecrypt(role);
  k3.grantEncrypt(iam::ServicePrincipal("logs.amazonaws.com"));
  k3.grant(iam::AccountPrincipal("222222222222"), {"kms:DescribeKey"});
  stack.make<cdk::CfnOutput>("Arn", {.value = k3.keyArn()});
  stack.make<cdk::CfnOutput>("Id", {.value = k3.keyId()});
  sectest::expectMatchesFixture(sectest::synthTemplate(app, "KmsKeys"), sectest::fixture("kms", "kms-keys"));
}

TEST(KmsKey, Defaults) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& key = stack.make<kms::Key>("K");
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(t["Resources"]["K485CC42E"].dump(),
            std::string(R"({"Type":"AWS::KMS::Key","Properties":{"KeyPolicy":{"Statement":[)") + kRootStatement +
                R"(],"Version":"2012-10-17"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"})");
  EXPECT_EQ(key.keyArn().toString(), "${Token[S/K/Resource.Arn]}");
  EXPECT_EQ(key.keyId().toString(), "${Token[S/K/Resource.Ref]}");
}

TEST(KmsKey, Options) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto admin = std::make_shared<iam::ArnPrincipal>("arn:aws:iam::1:role/admin");
  stack.make<kms::Key>("K", {.admins = {admin},
                             .keySpec = kms::KeySpec::RSA_2048,
                             .keyUsage = kms::KeyUsage::SIGN_VERIFY,
                             .multiRegion = true,
                             .removalPolicy = cdk::RemovalPolicy::RETAIN_ON_UPDATE_OR_DELETE});
  auto& rotated = stack.make<kms::Key>("R", {.rotationPeriod = cdk::Duration::days(100)});
  json t = sectest::synthTemplate(app, "S");
  const json& k = t["Resources"]["K485CC42E"];
  EXPECT_EQ(k["Properties"]["KeySpec"], "RSA_2048");
  EXPECT_EQ(k["Properties"]["KeyUsage"], "SIGN_VERIFY");
  EXPECT_EQ(k["Properties"]["MultiRegion"], true);
  EXPECT_EQ(k["UpdateReplacePolicy"], "Retain");
  EXPECT_EQ(k["DeletionPolicy"], "RetainExceptOnCreate");
  ASSERT_EQ(k["Properties"]["KeyPolicy"]["Statement"].size(), 2u);
  const json& adminStatement = k["Properties"]["KeyPolicy"]["Statement"][1];
  EXPECT_EQ(adminStatement["Action"].size(), 14u);
  EXPECT_EQ(adminStatement["Action"][0], "kms:Create*");
  EXPECT_EQ(adminStatement["Principal"].dump(), R"({"AWS":"arn:aws:iam::1:role/admin"})");
  EXPECT_EQ(adminStatement["Resource"], "*");
  const json& r = t["Resources"][rotated.cfnKey().logicalId()]["Properties"];
  EXPECT_EQ(r["EnableKeyRotation"], true);
  EXPECT_EQ(r["RotationPeriodInDays"], 100);
}

TEST(KmsKey, ExplicitPolicyReplacesTheDefault) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  iam::PolicyDocument policy(
      {.statements = {iam::PolicyStatement({.actions = {"kms:Decrypt"},
                                            .principals = {std::make_shared<iam::ArnPrincipal>("arn:aws:iam::1:root")},
                                            .resources = {"*"}})}});
  stack.make<kms::Key>("K", {.policy = policy});
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(t["Resources"]["K485CC42E"]["Properties"]["KeyPolicy"]["Statement"].size(), 1u);
  EXPECT_EQ(t["Resources"]["K485CC42E"]["Properties"]["KeyPolicy"]["Statement"][0]["Action"], "kms:Decrypt");
}

TEST(KmsKey, ViaServicePrincipal) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& key = stack.make<kms::Key>("K");
  iam::Grant grant = key.grantDecrypt(kms::ViaServicePrincipal(
      "sqs.us-east-1.amazonaws.com",
      std::make_shared<iam::ArnPrincipal>("arn:1")->withConditions({{"StringEquals", Value::map({{"a", "b"}})}})));
  EXPECT_TRUE(grant.success());
  EXPECT_FALSE(grant.principalStatement());
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(
      t["Resources"]["K485CC42E"]["Properties"]["KeyPolicy"]["Statement"][1].dump(),
      R"({"Action":"kms:Decrypt","Condition":{"StringEquals":{"kms:ViaService":"sqs.us-east-1.amazonaws.com","a":"b"}},"Effect":"Allow","Principal":{"AWS":"arn:1"},"Resource":"*"})");
}

TEST(KmsKey, ImportedKey) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  kms::IKey& key = kms::Key::fromKeyArn(stack, "K", "arn:aws:kms:us-east-1:111111111111:key/abcd-1234");
  EXPECT_EQ(key.keyId(), Value("abcd-1234"));
  EXPECT_FALSE(key.addToResourcePolicy(iam::PolicyStatement({.actions = {"kms:*"}})).statementAdded);
  EXPECT_THROW_MSG(
      key.addToResourcePolicy(iam::PolicyStatement({.actions = {"kms:*"}}), false), cdk::ConstructError,
      "Unable to add statement to IAM resource policy for KMS key: arn:aws:kms:us-east-1:111111111111:key/abcd-1234");
  // The key's account (from the ARN) is not known to be the role's: the statement goes to the role's policy and
  // the grant also tries the key policy (which an imported key does not have), as aws-cdk-lib does.
  auto& role = stack.make<iam::Role>("R", {.assumedBy = std::make_shared<iam::ServicePrincipal>("lambda")});
  iam::Grant grant = key.grantDecrypt(role);
  EXPECT_TRUE(grant.resourceStatement());
  EXPECT_TRUE(grant.dependables().empty());
  ASSERT_NE(role.defaultPolicy(), nullptr);
  EXPECT_EQ(role.defaultPolicy()->document().statementCount(), 1u);
  EXPECT_THROW_MSG(kms::Key::fromKeyArn(stack, "Bad", "not-an-arn"), cdk::ConstructError,
                   "KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: "
                   "'not-an-arn'");
}

TEST(KmsAlias, Names) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& key = stack.make<kms::Key>("K");
  auto& alias = stack.make<kms::Alias>(
      "A", {.aliasName = "standalone", .removalPolicy = cdk::RemovalPolicy::DESTROY, .targetKey = key});
  EXPECT_EQ(alias.aliasName(), Value("alias/standalone"));
  EXPECT_EQ(&alias.aliasTargetKey(), &key);
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(
      t["Resources"][alias.cfnAlias().logicalId()].dump(),
      R"({"Type":"AWS::KMS::Alias","Properties":{"AliasName":"alias/standalone","TargetKeyId":{"Fn::GetAtt":["K485CC42E","Arn"]}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"})");
}

TEST(KmsKey, BadInput) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  EXPECT_THROW_MSG(s.make<kms::Key>("K1", {.pendingWindow = cdk::Duration::days(3)}), cdk::ConstructError,
                   "S/K1: 'pendingWindow' value must between 7 and 30 days. Received: 3");
  EXPECT_THROW_MSG(s.make<kms::Key>("K2", {.pendingWindow = cdk::Duration::days(31)}), cdk::ConstructError,
                   "'pendingWindow' value must between 7 and 30 days. Received: 31");
  EXPECT_THROW_MSG(s.make<kms::Key>("K3", {.alias = "alias/"}), cdk::ConstructError,
                   "S/K3: Alias must include a value after \"alias/\": alias/");
  EXPECT_THROW_MSG(s.make<kms::Key>("K4", {.alias = "alias/aws/foo"}), cdk::ConstructError,
                   "Alias cannot start with alias/aws/: alias/aws/foo");
  EXPECT_THROW_MSG(s.make<kms::Key>("K5", {.alias = "aws/foo"}), cdk::ConstructError,
                   "Alias cannot start with alias/aws/: alias/aws/foo");
  EXPECT_THROW_MSG(s.make<kms::Key>("K6", {.alias = "bad name!"}), cdk::ConstructError,
                   "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-");
  auto& k7 = s.make<kms::Key>("K7", {.alias = "a"});
  k7.addAlias("b");
  EXPECT_THROW(k7.addAlias("b"), cdk::ConstructError);
  EXPECT_THROW_MSG(s.make<kms::Key>("K8", {.rotationPeriod = cdk::Duration::days(30)}), cdk::ConstructError,
                   "'rotationPeriod' value must between 90 and 2650 days. Received: 30");
  EXPECT_THROW_MSG(s.make<kms::Key>("K9", {.enableKeyRotation = false, .rotationPeriod = cdk::Duration::days(100)}),
                   cdk::ConstructError, "'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled");
  EXPECT_THROW_MSG(s.make<kms::Key>("K10", {.enableKeyRotation = true,
                                            .keySpec = kms::KeySpec::RSA_2048,
                                            .keyUsage = kms::KeyUsage::SIGN_VERIFY}),
                   cdk::ConstructError, "key rotation cannot be enabled on asymmetric keys");
  EXPECT_THROW_MSG(s.make<kms::Key>("K11", {.enableKeyRotation = true,
                                            .keySpec = kms::KeySpec::HMAC_256,
                                            .keyUsage = kms::KeyUsage::GENERATE_VERIFY_MAC}),
                   cdk::ConstructError, "key rotation cannot be enabled on HMAC keys");
  EXPECT_THROW_MSG(s.make<kms::Key>("K12", {.keySpec = kms::KeySpec::ECC_NIST_P256}), cdk::ConstructError,
                   "key spec 'ECC_NIST_P256' is not valid with usage 'ENCRYPT_DECRYPT'");
  EXPECT_THROW_MSG(s.make<kms::Key>("K13", {.trustAccountIdentities = false}), cdk::ConstructError,
                   "`trustAccountIdentities` cannot be false if the @aws-cdk/aws-kms:defaultKeyPolicies feature flag "
                   "is set");
}

TEST(KmsKey, KeyPolicyStatementsNeedAPrincipal) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& k = s.make<kms::Key>("K");
  k.addToResourcePolicy(iam::PolicyStatement({.actions = {"kms:*"}, .resources = {"*"}}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "S/K: A PolicyStatement used in a resource-based policy must specify at least one IAM principal.");
}

}  // namespace
