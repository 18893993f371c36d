// Bucket and BucketPolicy behaviour beyond the fixtures: the policy made on demand, grants and their
// dependables, feature flags, imported buckets, URLs, and idempotent rendering.
#include <gtest/gtest.h>

#include "cdk/cfn/s3.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/s3.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace iam = cdk::iam;
namespace s3 = cdk::s3;
using cdk::Value;
using cdk::assertions::Template;
using datatest::json;

struct BucketTest : ::testing::Test {
  datatest::Fixture f;
  iam::Role& role() {
    return f.stack->make<iam::Role>("Role",
                                    {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  }
  json synth() { return datatest::synthTemplate(f.app); }
};

TEST_F(BucketTest, PolicyIsMadeOnFirstStatement) {
  auto& bucket = f.stack->make<s3::Bucket>("Bucket");
  EXPECT_EQ(bucket.policy(), nullptr);
  EXPECT_EQ(bucket.node().tryFindChild("Policy"), nullptr);
  const auto result = bucket.addToResourcePolicy(iam::PolicyStatement(
      {.actions = {"s3:GetObject"}, .principals = {std::make_shared<iam::AnyPrincipal>()}, .resources = {"*"}}));
  EXPECT_TRUE(result.statementAdded);
  ASSERT_NE(bucket.policy(), nullptr);
  EXPECT_EQ(result.policyDependable, bucket.policy());
  EXPECT_EQ(bucket.node().tryFindChild("Policy"), static_cast<cdk::Construct*>(bucket.policy()));
  EXPECT_EQ(&bucket.policy()->bucket(), static_cast<s3::IBucket*>(&bucket));
  Template::fromStack(*f.stack).resourceCountIs("AWS::S3::BucketPolicy", 1);
}

TEST_F(BucketTest, GrantToAServiceGoesToTheBucketPolicyAndIsADependable) {
  auto& bucket = f.stack->make<s3::Bucket>("Bucket");
  const iam::Grant grant = bucket.grantRead(iam::ServicePrincipal("cloudfront.amazonaws.com"));
  EXPECT_TRUE(grant.success());
  EXPECT_FALSE(grant.principalStatement().has_value());
  ASSERT_TRUE(grant.resourceStatement().has_value());
  ASSERT_NE(bucket.policy(), nullptr);
  ASSERT_EQ(grant.dependables().size(), 1u);
  EXPECT_EQ(grant.dependables()[0], static_cast<const cdk::IDependable*>(bucket.policy()));
}

TEST_F(BucketTest, GrantToARoleStaysInTheRolePolicy) {
  auto& bucket = f.stack->make<s3::Bucket>("Bucket");
  auto& grantee = role();
  const iam::Grant grant = bucket.grantDelete(grantee, "tmp/*");
  EXPECT_TRUE(grant.principalStatement().has_value());
  EXPECT_EQ(bucket.policy(), nullptr);
  bucket.grantPutAcl(grantee, "acl/*");
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::IAM::Policy",
      Value::map({{"PolicyDocument",
                   Value::map({{"Statement",
                                Value::list({Value::map({{"Action", "s3:DeleteObject*"}}),
                                             Value::map({{"Action", Value::list({"s3:PutObjectAcl",
                                                                                 "s3:PutObjectVersionAcl"})}})})}})}}));
}

TEST(BucketFlags, LegacyPutActionsWhenGrantWriteWithoutAclIsOff) {
  datatest::Fixture f({.context = {{"@aws-cdk/aws-s3:grantWriteWithoutAcl", false}}});
  auto& bucket = f.stack->make<s3::Bucket>("Bucket");
  auto& role = f.stack->make<iam::Role>(
      "Role", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  bucket.grantPut(role);
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]["Statement"][0]["Action"],
            json::parse(R"(["s3:PutObject*", "s3:Abort*"])"));
}

TEST(BucketFlags, PublicAccessBlockedByDefaultFillsUnsetSettings) {
  datatest::Fixture f({.context = {{"@aws-cdk/aws-s3:publicAccessBlockedByDefault", true}}});
  f.stack->make<s3::Bucket>(
      "Bucket",
      {.blockPublicAccess = s3::BlockPublicAccess({.blockPublicAcls = false, .restrictPublicBuckets = false})});
  f.stack->make<s3::Bucket>("Unset");
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Resources"]["Bucket83908E77"]["Properties"]["PublicAccessBlockConfiguration"],
            json::parse(R"({"BlockPublicAcls": false, "BlockPublicPolicy": true, "IgnorePublicAcls": true,
                            "RestrictPublicBuckets": false})"));
  EXPECT_FALSE(t["Resources"]["UnsetB71159CD"].contains("Properties"));
}

TEST_F(BucketTest, DsseEncryptionMakesAKeyWithoutRotation) {
  auto& bucket = f.stack->make<s3::Bucket>("Bucket", {.encryption = s3::BucketEncryption::DSSE});
  ASSERT_NE(bucket.encryptionKey(), nullptr);
  const json t = synth();
  EXPECT_FALSE(t["Resources"]["BucketKey7E4AEAB8"]["Properties"].contains("EnableKeyRotation"));
  EXPECT_EQ(t["Resources"]["BucketKey7E4AEAB8"]["Properties"]["Description"], "Created by TapStackdev/Bucket");
  EXPECT_EQ(t["Resources"]["Bucket83908E77"]["Properties"]["BucketEncryption"],
            json::parse(R"({"ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {
              "KMSMasterKeyID": {"Fn::GetAtt": ["BucketKey7E4AEAB8", "Arn"]}, "SSEAlgorithm": "aws:kms:dsse"}}]})"));
}

TEST_F(BucketTest, AccelerationAclAndPublicRead) {
  f.stack->make<s3::Bucket>("Bucket", {.accessControl = s3::BucketAccessControl::BUCKET_OWNER_FULL_CONTROL,
                                       .blockPublicAccess = s3::BlockPublicAccess::BLOCK_ACLS_ONLY,
                                       .publicReadAccess = true,
                                       .transferAcceleration = true});
  const json t = synth();
  const json& props = t["Resources"]["Bucket83908E77"]["Properties"];
  EXPECT_EQ(props["AccelerateConfiguration"], json::parse(R"({"AccelerationStatus": "Enabled"})"));
  EXPECT_EQ(props["AccessControl"], "BucketOwnerFullControl");
  EXPECT_FALSE(props.contains("OwnershipControls"));  // this ACL needs no object ownership
  EXPECT_EQ(t["Resources"]["BucketPolicyE9A3008A"]["Properties"]["PolicyDocument"]["Statement"],
            json::parse(R"([{"Action": "s3:GetObject", "Effect": "Allow", "Principal": {"AWS": "*"},
              "Resource": {"Fn::Join": ["", [{"Fn::GetAtt": ["Bucket83908E77", "Arn"]}, "/*"]]}}])"));
}

TEST_F(BucketTest, UrlsJoinWithOneSlash) {
  auto& bucket = f.stack->make<s3::Bucket>("Bucket");
  EXPECT_EQ(f.stack->resolve(bucket.s3UrlForObject("/a/b.txt")),
            json::parse(R"({"Fn::Join": ["", ["s3://", {"Ref": "Bucket83908E77"}, "/a/b.txt"]]})"));
  EXPECT_EQ(f.stack->resolve(bucket.s3UrlForObject()),
            json::parse(R"({"Fn::Join": ["", ["s3://", {"Ref": "Bucket83908E77"}]]})"));
  EXPECT_EQ(f.stack->resolve(bucket.virtualHostedUrlForObject(std::nullopt, {.regional = false})),
            json::parse(R"({"Fn::Join": ["", ["https://", {"Fn::GetAtt": ["Bucket83908E77", "DomainName"]}]]})"));
  auto& imported = s3::Bucket::fromBucketName(*f.stack, "Imported", "assets");
  EXPECT_EQ(f.stack->resolve(imported.s3UrlForObject("/x")), json("s3://assets/x"));
  EXPECT_EQ(f.stack->resolve(imported.urlForObject()),
            json::parse(R"({"Fn::Join": ["", ["https://s3.ap-southeast-1.", {"Ref": "AWS::URLSuffix"}, "/assets"]]})"));
}

TEST_F(BucketTest, ImportedBucketHasNoPolicyOfItsOwn) {
  auto& imported = s3::Bucket::fromBucketArn(*f.stack, "Imported", "arn:aws:s3:::logs-bucket");
  EXPECT_EQ(f.stack->resolve(imported.bucketName()), json("logs-bucket"));
  EXPECT_FALSE(imported.addToResourcePolicy(iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"*"}}))
                   .statementAdded);
  EXPECT_EQ(imported.policy(), nullptr);
  EXPECT_EQ(imported.encryptionKey(), nullptr);
  EXPECT_FALSE(imported.isWebsite());
  // A grant to a service cannot reach an imported bucket's policy: nothing is written (aws-cdk-lib's Grant still
  // reports success, as its resource statement is set).
  imported.grantRead(iam::ServicePrincipal("cloudfront.amazonaws.com"));
  EXPECT_EQ(imported.policy(), nullptr);
  EXPECT_FALSE(synth().contains("Resources"));
}

TEST_F(BucketTest, ImportedBucketWebsiteEndpoints) {
  auto& newer = s3::Bucket::fromBucketAttributes(*f.stack, "Newer", {.bucketName = "site", .region = "ap-southeast-3"});
  EXPECT_EQ(f.stack->resolve(newer.bucketWebsiteUrl()), json("http://site.s3-website.ap-southeast-3.amazonaws.com"));
  EXPECT_EQ(f.stack->resolve(newer.bucketWebsiteDomainName()), json("site.s3-website.ap-southeast-3.amazonaws.com"));
  auto& china = s3::Bucket::fromBucketAttributes(*f.stack, "China", {.bucketName = "site", .region = "cn-north-1"});
  EXPECT_EQ(f.stack->resolve(china.bucketDomainName()), json("site.s3.amazonaws.com.cn"));
  auto& forced =
      s3::Bucket::fromBucketAttributes(*f.stack, "Forced", {.bucketName = "site", .bucketWebsiteNewUrlFormat = true});
  EXPECT_EQ(f.stack->resolve(forced.bucketWebsiteUrl()), json("http://site.s3-website.ap-southeast-1.amazonaws.com"));
  auto& given = s3::Bucket::fromBucketAttributes(*f.stack, "Given",
                                                 {.bucketName = "site", .bucketWebsiteUrl = "http://example.com/x"});
  // A literal URL splits at once (as aws-cdk-lib's Fn.select and Fn.split do).
  EXPECT_EQ(f.stack->resolve(given.bucketWebsiteDomainName()), json("example.com"));
}

TEST(BucketImport, WebsiteOfAnImportInAnEnvironmentAgnosticStackIsAnError) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Agnostic");
  auto& bucket = s3::Bucket::fromBucketName(stack, "Imported", "site");
  // The domain names use the stack's tokens; only the website endpoint needs a regional fact.
  EXPECT_EQ(stack.resolve(bucket.bucketRegionalDomainName()),
            json::parse(R"({"Fn::Join": ["", ["site.s3.", {"Ref": "AWS::Region"}, ".", {"Ref": "AWS::URLSuffix"}]]})"));
  EXPECT_THROW_MSG(bucket.bucketWebsiteUrl(), cdk::ConstructError,
                   "Agnostic/Imported: the website endpoint of an imported bucket in a region unknown at synthesis");
}

TEST_F(BucketTest, ImportedBucketFromATokenArn) {
  auto& param = f.stack->make<cdk::CfnParameter>("BucketArn");
  auto& imported = s3::Bucket::fromBucketArn(*f.stack, "Imported", param.valueAsString());
  EXPECT_EQ(f.stack->resolve(imported.bucketName()),
            json::parse(R"({"Fn::Select": [0, {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":",
              {"Ref": "BucketArn"}]}]}]}]})"));
}

TEST_F(BucketTest, StandaloneBucketPolicyIsNotTheBucketsOwn) {
  auto& bucket = f.stack->make<s3::Bucket>("Bucket");
  auto& policy = f.stack->make<s3::BucketPolicy>("Policy", {.bucket = bucket});
  policy.document().addStatements(iam::PolicyStatement(
      {.actions = {"s3:GetObject"}, .principals = {std::make_shared<iam::AnyPrincipal>()}, .resources = {"*"}}));
  EXPECT_EQ(bucket.policy(), nullptr);
  const json t = synth();
  EXPECT_EQ(t["Resources"]["Policy23B91518"]["Properties"]["Bucket"], json::parse(R"({"Ref": "Bucket83908E77"})"));
  EXPECT_FALSE(t["Resources"]["Policy23B91518"].contains("DeletionPolicy"));
  EXPECT_EQ(&policy.bucket(), static_cast<s3::IBucket*>(&bucket));
}

TEST_F(BucketTest, LifecycleRuleAddedAfterConstruction) {
  auto& bucket = f.stack->make<s3::Bucket>(
      "Bucket",
      {.transitionDefaultMinimumObjectSize = s3::TransitionDefaultMinimumObjectSize::ALL_STORAGE_CLASSES_128_K});
  EXPECT_FALSE(synth()["Resources"]["Bucket83908E77"].contains("Properties"));
  using namespace std::chrono;
  bucket.addLifecycleRule({.expirationDate = sys_days{year{2031} / 3 / 4} + hours{5}});
  EXPECT_EQ(synth()["Resources"]["Bucket83908E77"]["Properties"]["LifecycleConfiguration"],
            json::parse(R"({"Rules": [{"ExpirationDate": "2031-03-04T05:00:00Z", "Status": "Enabled"}],
                            "TransitionDefaultMinimumObjectSize": "all_storage_classes_128K"})"));
}

TEST_F(BucketTest, RenderingIsIdempotent) {
  auto& logs = f.stack->make<s3::Bucket>("Logs");
  auto& bucket = f.stack->make<s3::Bucket>("Bucket", {.enforceSSL = true, .serverAccessLogsBucket = logs});
  bucket.grantReadWrite(role());
  EXPECT_EQ(synth(), synth());
}

}  // namespace
