// Whole templates and annotations compared with aws-cdk-lib 2.276's output for the same programs
// (tests/s3/fixtures/*.ts, each ported line by line below), and cfn-lint over all of them.
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/s3.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace s3 = cdk::s3;
using cdk::CfnOutput;
using cdk::Duration;
using cdk::Stack;
using cdkpp_test::Scenario;

iam::Role& taskRole(Stack& stack, std::string_view id = "Role") {
  return stack.make<iam::Role>(id, {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
}

const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all{
      {"s3-defaults",
       [](Stack& stack) {
         auto& bucket = stack.make<s3::Bucket>("Bucket");
         stack.make<CfnOutput>("Name", {.value = bucket.bucketName()});
         stack.make<CfnOutput>("Arn", {.value = bucket.bucketArn()});
         stack.make<CfnOutput>("DomainName", {.value = bucket.bucketDomainName()});
         stack.make<CfnOutput>("RegionalDomainName", {.value = bucket.bucketRegionalDomainName()});
         stack.make<CfnOutput>("DualStackDomainName", {.value = bucket.bucketDualStackDomainName()});
         stack.make<CfnOutput>("WebsiteUrl", {.value = bucket.bucketWebsiteUrl()});
         stack.make<CfnOutput>("WebsiteDomainName", {.value = bucket.bucketWebsiteDomainName()});
         stack.make<CfnOutput>("ObjectsArn", {.value = bucket.arnForObjects("uploads/*")});
         stack.make<CfnOutput>("UrlForObject", {.value = bucket.urlForObject("index.html")});
         stack.make<CfnOutput>("S3Url", {.value = bucket.s3UrlForObject("index.html")});
         stack.make<CfnOutput>("VirtualHostedUrl", {.value = bucket.virtualHostedUrlForObject("index.html")});
       }},
      {"s3-encryption",
       [](Stack& stack) {
         stack.make<s3::Bucket>("S3Managed",
                                {.bucketKeyEnabled = true, .encryption = s3::BucketEncryption::S3_MANAGED});
         auto& own = stack.make<s3::Bucket>("KmsOwnKey", {.encryption = s3::BucketEncryption::KMS});
         auto& key = stack.make<kms::Key>("Key", {.enableKeyRotation = true});
         auto& given = stack.make<s3::Bucket>(
             "KmsGivenKey", {.bucketKeyEnabled = true, .encryption = s3::BucketEncryption::KMS, .encryptionKey = key});
         stack.make<s3::Bucket>("KeyOnly", {.encryptionKey = key});
         stack.make<s3::Bucket>("KmsManaged", {.encryption = s3::BucketEncryption::KMS_MANAGED});
         auto& role = taskRole(stack);
         own.grantRead(role);
         given.grantReadWrite(role);
       }},
      {"s3-options",
       [](Stack& stack) {
         stack.make<s3::Bucket>("Bucket", {.blockPublicAccess = s3::BlockPublicAccess::BLOCK_ALL,
                                           .bucketName = "tap-uploads-dev",
                                           .enforceSSL = true,
                                           .objectOwnership = s3::ObjectOwnership::BUCKET_OWNER_ENFORCED,
                                           .removalPolicy = cdk::RemovalPolicy::DESTROY,
                                           .versioned = true});
         stack.make<s3::Bucket>("Partial",
                                {.blockPublicAccess = s3::BlockPublicAccess({.blockPublicAcls = true,
                                                                             .blockPublicPolicy = false,
                                                                             .ignorePublicAcls = true,
                                                                             .restrictPublicBuckets = false}),
                                 .enforceSSL = true,
                                 .minimumTLSVersion = 1.2,
                                 .objectOwnership = s3::ObjectOwnership::BUCKET_OWNER_PREFERRED,
                                 .removalPolicy = cdk::RemovalPolicy::RETAIN_ON_UPDATE_OR_DELETE});
         stack.make<s3::Bucket>("AclsOnly",
                                {.blockPublicAccess = s3::BlockPublicAccess::BLOCK_ACLS_ONLY, .versioned = false});
       }},
      {"s3-lifecycle",
       [](Stack& stack) {
         auto& bucket = stack.make<s3::Bucket>(
             "Bucket",
             {.lifecycleRules = {{.abortIncompleteMultipartUploadAfter = Duration::days(7),
                                  .id = "tiering",
                                  .transitions = {{.storageClass = s3::StorageClass::INFREQUENT_ACCESS,
                                                   .transitionAfter = Duration::days(30)},
                                                  {.storageClass = s3::StorageClass::GLACIER,
                                                   .transitionAfter = Duration::days(90)}}},
                                 {.expiration = Duration::days(365),
                                  .noncurrentVersionExpiration = Duration::days(30),
                                  .noncurrentVersionsToRetain = 3,
                                  .noncurrentVersionTransitions = {{.noncurrentVersionsToRetain = 2,
                                                                    .storageClass =
                                                                        s3::StorageClass::GLACIER_INSTANT_RETRIEVAL,
                                                                    .transitionAfter = Duration::days(10)},
                                                                   {.storageClass = s3::StorageClass::DEEP_ARCHIVE,
                                                                    .transitionAfter = Duration::days(180)}},
                                  .prefix = "tmp/"},
                                 {.enabled = false,
                                  .expiration = Duration::days(30),
                                  .tagFilters = {{"team", "a"}, {"stage", "dev"}}},
                                 {.expiredObjectDeleteMarker = true}},
              .versioned = true});
         bucket.addLifecycleRule({.objectSizeGreaterThan = 1024,
                                  .transitions = {{.storageClass = s3::StorageClass::ONE_ZONE_INFREQUENT_ACCESS,
                                                   .transitionAfter = Duration::days(45)}}});
         stack.make<s3::Bucket>("Expiring", {.lifecycleRules = {{.expiration = Duration::days(1)}},
                                             .transitionDefaultMinimumObjectSize =
                                                 s3::TransitionDefaultMinimumObjectSize::VARIES_BY_STORAGE_CLASS});
       }},
      {"s3-access-logs",
       [](Stack& stack) {
         auto& logs = stack.make<s3::Bucket>("Logs", {.encryption = s3::BucketEncryption::S3_MANAGED});
         stack.make<s3::Bucket>("Data", {.serverAccessLogsBucket = logs, .serverAccessLogsPrefix = "data/"});
         stack.make<s3::Bucket>("Second", {.encryption = s3::BucketEncryption::KMS, .serverAccessLogsBucket = logs});
         stack.make<s3::Bucket>("SelfLogging", {.serverAccessLogsPrefix = "self/"});
         auto& imported = s3::Bucket::fromBucketName(stack, "Imported", "central-access-logs");
         stack.make<s3::Bucket>("ToImported", {.serverAccessLogsBucket = imported, .serverAccessLogsPrefix = "tap/"});
       },
       {},
       {{"W3045", "log delivery without the bucket-policy flag uses the LogDeliveryWrite ACL, as aws-cdk-lib does"}}},
      {"s3-access-logs-policy",
       [](Stack& stack) {
         auto& logs = stack.make<s3::Bucket>("Logs", {.enforceSSL = true});
         stack.make<s3::Bucket>("Data", {.serverAccessLogsBucket = logs, .serverAccessLogsPrefix = "data/"});
         stack.make<s3::Bucket>("NoPrefix", {.serverAccessLogsBucket = logs});
         stack.make<s3::Bucket>("SelfLogging", {.serverAccessLogsPrefix = "self/"});
       },
       {{"@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true}}},
      {"s3-grants",
       [](Stack& stack) {
         auto& bucket = stack.make<s3::Bucket>("Bucket");
         auto& role = taskRole(stack);
         bucket.grantRead(role);
         bucket.grantWrite(role, "uploads/*");
         bucket.grantPut(role, "incoming/*");
         auto& other = stack.make<s3::Bucket>("Other");
         other.grantReadWrite(role);
         other.grantRead(iam::ServicePrincipal("cloudfront.amazonaws.com"));
         other.addToResourcePolicy(iam::PolicyStatement({.actions = {"s3:GetObject"},
                                                         .principals = {std::make_shared<iam::AccountRootPrincipal>()},
                                                         .resources = {other.arnForObjects("public/*")}}));
         auto& byName = s3::Bucket::fromBucketName(stack, "ByName", "existing-bucket");
         byName.grantRead(role);
         auto& byArn = s3::Bucket::fromBucketArn(stack, "ByArn", "arn:aws:s3:::archive-bucket");
         byArn.grantWrite(role);
         const auto r =
             byName.addToResourcePolicy(iam::PolicyStatement({.actions = {"s3:GetObject"},
                                                              .principals = {std::make_shared<iam::AnyPrincipal>()},
                                                              .resources = {byName.arnForObjects("*")}}));
         stack.make<CfnOutput>("ImportedPolicyAdded", {.value = r.statementAdded ? "true" : "false"});
         stack.make<CfnOutput>("ByNameArn", {.value = byName.bucketArn()});
         stack.make<CfnOutput>("ByNameDomain", {.value = byName.bucketDomainName()});
         stack.make<CfnOutput>("ByNameRegionalDomain", {.value = byName.bucketRegionalDomainName()});
         stack.make<CfnOutput>("ByArnName", {.value = byArn.bucketName()});
         stack.make<CfnOutput>("ByNameWebsiteUrl", {.value = byName.bucketWebsiteUrl()});
       }},
      {"s3-bucket-policy",
       [](Stack& stack) {
         auto& bucket = stack.make<s3::Bucket>("Bucket");
         auto& policy =
             stack.make<s3::BucketPolicy>("Policy", {.bucket = bucket, .removalPolicy = cdk::RemovalPolicy::RETAIN});
         policy.document().addStatements(iam::PolicyStatement({.actions = {"s3:DeleteObject"},
                                                               .effect = iam::Effect::DENY,
                                                               .principals = {std::make_shared<iam::AnyPrincipal>()},
                                                               .resources = {bucket.arnForObjects("*")}}));
         auto& imported = s3::Bucket::fromBucketName(stack, "Imported", "shared-bucket");
         auto& importedPolicy = stack.make<s3::BucketPolicy>("ImportedPolicy", {.bucket = imported});
         importedPolicy.document().addStatements(
             iam::PolicyStatement({.actions = {"s3:GetObject"},
                                   .principals = {std::make_shared<iam::AccountRootPrincipal>()},
                                   .resources = {imported.arnForObjects("*")}}));
       }},
      {"s3-seed-buckets",
       [](Stack& stack) {
         const std::string env = "dev";
         auto dataBucket = [&](std::string_view id, const std::string& name) -> s3::Bucket& {
           return stack.make<s3::Bucket>(
               id, {.blockPublicAccess = s3::BlockPublicAccess::BLOCK_ALL,
                    .bucketName = "health-platform-" + name + "-" + env,
                    .encryption = s3::BucketEncryption::S3_MANAGED,
                    .enforceSSL = true,
                    .lifecycleRules = {{.abortIncompleteMultipartUploadAfter = Duration::days(7),
                                        .id = "transition-and-cleanup",
                                        .transitions = {{.storageClass = s3::StorageClass::INFREQUENT_ACCESS,
                                                         .transitionAfter = Duration::days(30)},
                                                        {.storageClass = s3::StorageClass::GLACIER,
                                                         .transitionAfter = Duration::days(90)}}}},
                    .removalPolicy = cdk::RemovalPolicy::RETAIN,
                    .versioned = true});
         };
         auto& uploads = dataBucket("UploadsBucket", "uploads");
         dataBucket("StaticAssetsBucket", "static-assets");
         dataBucket("BackupsBucket", "backups");
         auto& albLogs =
             stack.make<s3::Bucket>("AlbLogsBucket", {.blockPublicAccess = s3::BlockPublicAccess::BLOCK_ALL,
                                                      .encryption = s3::BucketEncryption::S3_MANAGED,
                                                      .enforceSSL = true,
                                                      .lifecycleRules = {{.expiration = Duration::days(90)}},
                                                      .objectOwnership = s3::ObjectOwnership::BUCKET_OWNER_PREFERRED});
         const std::string prefix = "alb";
         const auto logs = std::make_shared<iam::ServicePrincipal>("delivery.logs.amazonaws.com");
         const cdk::Value logsKeys = cdk::Value(prefix + "/AWSLogs/") + stack.account() + cdk::Value("/*");
         albLogs.addToResourcePolicy(
             iam::PolicyStatement({.actions = {"s3:PutObject"},
                                   .principals = {std::make_shared<iam::AccountPrincipal>("114774131450")},
                                   .resources = {albLogs.arnForObjects(logsKeys)}}));
         albLogs.addToResourcePolicy(iam::PolicyStatement(
             {.actions = {"s3:PutObject"},
              .conditions = {{"StringEquals", cdk::Value::map({{"s3:x-amz-acl", "bucket-owner-full-control"}})}},
              .principals = {logs},
              .resources = {albLogs.arnForObjects(logsKeys)}}));
         albLogs.addToResourcePolicy(iam::PolicyStatement(
             {.actions = {"s3:GetBucketAcl"}, .principals = {logs}, .resources = {albLogs.bucketArn()}}));
         auto& role = taskRole(stack, "TaskRole");
         uploads.grantReadWrite(role);
         stack.make<CfnOutput>("UploadsBucketName",
                               {.exportName = env + "-uploads-bucket", .value = uploads.bucketName()});
         stack.make<CfnOutput>("AlbLogsBucketName", {.value = albLogs.bucketName()});
       }},
      {"s3-replication",
       [](Stack& stack) {
         auto& key = stack.make<kms::Key>("Key", {.removalPolicy = cdk::RemovalPolicy::DESTROY});
         auto& replica = stack.make<s3::Bucket>(
             "Replica", {.encryptionKey = key, .removalPolicy = cdk::RemovalPolicy::DESTROY, .versioned = true});
         stack.make<s3::Bucket>(
             "Source", {.encryptionKey = key,
                        .removalPolicy = cdk::RemovalPolicy::DESTROY,
                        .replicationRules = {{.deleteMarkerReplication = true,
                                              .destination = replica,
                                              .id = "everything",
                                              .kmsKey = key,
                                              .metrics = s3::ReplicationTimeValue::FIFTEEN_MINUTES,
                                              .priority = 1,
                                              .replicaModifications = true,
                                              .replicationTimeControl = s3::ReplicationTimeValue::FIFTEEN_MINUTES,
                                              .sseKmsEncryptedObjects = true,
                                              .storageClass = s3::StorageClass::INFREQUENT_ACCESS},
                                             {.destination = replica,
                                              .filter = s3::Filter{.prefix = "reports/", .tags = {{"class", "phi"}}},
                                              .priority = 2}},
                        .versioned = true});
         auto& role =
             stack.make<iam::Role>("Role", {.assumedBy = std::make_shared<iam::ServicePrincipal>("s3.amazonaws.com")});
         stack.make<s3::Bucket>(
             "WithRole",
             {.removalPolicy = cdk::RemovalPolicy::DESTROY,
              .replicationRole = role,
              .replicationRules = {{.destination = replica, .metrics = s3::ReplicationTimeValue::FIFTEEN_MINUTES}},
              .versioned = true});
         auto& other = s3::Bucket::fromBucketAttributes(stack, "Other",
                                                        {.account = "222222222222", .bucketName = "other-replica"});
         stack.make<s3::Bucket>("CrossAccount", {.removalPolicy = cdk::RemovalPolicy::DESTROY,
                                                 .replicationRole = role,
                                                 .replicationRules = {{.accessControlTransition = true,
                                                                       .destination = other,
                                                                       .sseKmsEncryptedObjects = false}},
                                                 .versioned = true});
       }},
      {"s3-replication-unique-role",
       [](Stack& stack) {
         auto& replica =
             stack.make<s3::Bucket>("Replica", {.removalPolicy = cdk::RemovalPolicy::DESTROY, .versioned = true});
         stack.make<s3::Bucket>("Source", {.removalPolicy = cdk::RemovalPolicy::DESTROY,
                                           .replicationRules = {{.destination = replica}},
                                           .versioned = true});
       },
       {{"@aws-cdk/aws-s3:setUniqueReplicationRoleName", true}}},
  };
  return all;
}

class S3Fixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(S3Fixtures, MatchesAwsCdkLib) {
  if (GetParam().name == "s3-lifecycle") return;  // below, with its one documented difference
  cdkpp_test::expectScenarioMatchesFixture("s3", GetParam());
}

// ObjectSizeGreaterThan is a string in the resource schema; aws-cdk-lib writes the number 1024 (CloudFormation
// converts it, its own validation plugin warns with W9003). cdkpp writes "1024": the same deployed rule.
TEST(S3FixturesWithDifference, LifecycleObjectSizeIsAString) {
  const Scenario& scenario =
      *std::find_if(scenarios().begin(), scenarios().end(), [](const Scenario& s) { return s.name == "s3-lifecycle"; });
  datatest::Fixture f;
  const auto actual = cdkpp_test::synthScenario(scenario, f);
  auto expected = datatest::fixture("s3", "s3-lifecycle");
  auto& size = expected["Resources"]["Bucket83908E77"]["Properties"]["LifecycleConfiguration"]["Rules"][4]
                       ["ObjectSizeGreaterThan"];
  ASSERT_EQ(size, 1024);
  size = "1024";
  cdkpp_test::expectMatchesFixture(actual, expected);
  cdkpp_test::expectFixtureAnnotations(f.app, "s3", "s3-lifecycle");
}

INSTANTIATE_TEST_SUITE_P(Programs, S3Fixtures, ::testing::ValuesIn(scenarios()), cdkpp_test::scenarioTestName);

TEST(S3Lint, EveryFixtureTemplatePassesCfnLint) { cdkpp_test::expectScenariosPassCfnLint(scenarios()); }

}  // namespace
