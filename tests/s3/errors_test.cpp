// Bad input: aws-cdk-lib's errors (messages and paths from tests/s3/fixtures/s3-error-*.error.txt, the programs
// of s3-errors.ts) and cdkpp's own checks, each a cdk::ConstructError naming the construct path and the remedy.
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/s3.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace kms = cdk::kms;
namespace s3 = cdk::s3;
using cdk::Duration;
using cdk::Stack;
using cdkpp_test::expectAwsError;
using cdkpp_test::expectBuildError;

TEST(S3Errors, EncryptionKeyNeedsKms) {
  expectAwsError("s3", "s3-error-key-with-s3-managed", [](Stack& s) {
    s.make<s3::Bucket>("Bucket",
                       {.encryption = s3::BucketEncryption::S3_MANAGED, .encryptionKey = s.make<kms::Key>("Key")});
  });
  expectAwsError("s3", "s3-error-key-with-kms-managed", [](Stack& s) {
    s.make<s3::Bucket>("Bucket",
                       {.encryption = s3::BucketEncryption::KMS_MANAGED, .encryptionKey = s.make<kms::Key>("Key")});
  });
}

TEST(S3Errors, BucketKeyNeedsEncryption) {
  expectAwsError("s3", "s3-error-bucket-key-unencrypted", [](Stack& s) {
    s.make<s3::Bucket>("Bucket", {.bucketKeyEnabled = true, .encryption = s3::BucketEncryption::UNENCRYPTED});
  });
}

TEST(S3Errors, LifecycleRules) {
  expectAwsError("s3", "s3-error-empty-lifecycle-rule",
                 [](Stack& s) { s.make<s3::Bucket>("Bucket", {.lifecycleRules = {{.id = "nothing"}}}); });
  expectAwsError("s3", "s3-error-delete-marker-with-expiration", [](Stack& s) {
    s.make<s3::Bucket>("Bucket",
                       {.lifecycleRules = {{.expiration = Duration::days(3), .expiredObjectDeleteMarker = true}}});
  });
  expectAwsError("s3", "s3-error-transition-without-time", [](Stack& s) {
    s.make<s3::Bucket>("Bucket", {.lifecycleRules = {{.transitions = {{.storageClass = s3::StorageClass::GLACIER}}}}});
  });
  expectAwsError("s3", "s3-error-transition-date-and-after", [](Stack& s) {
    using namespace std::chrono;
    s.make<s3::Bucket>("Bucket",
                       {.lifecycleRules = {{.transitions = {{.storageClass = s3::StorageClass::GLACIER,
                                                             .transitionAfter = Duration::days(30),
                                                             .transitionDate = sys_days{year{2030} / 1 / 1}}}}}});
  });
}

TEST(S3Errors, LifecycleRuleAddedLater) {
  expectBuildError(
      [](Stack& s) {
        s.make<s3::Bucket>("Bucket").addLifecycleRule({.expiredObjectDeleteMarker = true, .tagFilters = {{"a", "b"}}});
      },
      "TapStackdev/Bucket",
      "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters");
}

// aws-cdk-lib synthesizes these (tests/s3/fixtures/s3-transition-ia-early.template.json); S3 refuses them when
// the stack deploys, so cdkpp raises them at once.
TEST(S3Errors, InfrequentAccessBefore30Days) {
  expectBuildError(
      [](Stack& s) {
        s.make<s3::Bucket>("Bucket",
                           {.lifecycleRules = {{.transitions = {{.storageClass = s3::StorageClass::INFREQUENT_ACCESS,
                                                                 .transitionAfter = Duration::days(10)}}}}});
      },
      "TapStackdev/Bucket",
      "a lifecycle transition to STANDARD_IA after 10 days: S3 keeps objects at least 30 days in their storage "
      "class before STANDARD_IA or ONEZONE_IA");
  expectBuildError(
      [](Stack& s) {
        s.make<s3::Bucket>(
            "Bucket",
            {.lifecycleRules = {{.noncurrentVersionTransitions = {{.storageClass =
                                                                       s3::StorageClass::ONE_ZONE_INFREQUENT_ACCESS,
                                                                   .transitionAfter = Duration::days(29)}}}},
             .versioned = true});
      },
      "TapStackdev/Bucket", "a noncurrent version transition to ONEZONE_IA after 29 days");
  // 30 days and Glacier Instant Retrieval earlier are fine.
  datatest::Fixture f;
  f.stack->make<s3::Bucket>(
      "Bucket", {.lifecycleRules = {{.transitions = {{.storageClass = s3::StorageClass::INFREQUENT_ACCESS,
                                                      .transitionAfter = Duration::days(30)},
                                                     {.storageClass = s3::StorageClass::GLACIER_INSTANT_RETRIEVAL,
                                                      .transitionAfter = Duration::days(1)}}}}});
  EXPECT_NO_THROW(f.app.synth({.write = false}));
}

TEST(S3Errors, TransitionsNeedAStorageClassAndTime) {
  expectBuildError(
      [](Stack& s) {
        s.make<s3::Bucket>("Bucket", {.lifecycleRules = {{.transitions = {{.transitionAfter = Duration::days(40)}}}}});
      },
      "TapStackdev/Bucket", "a lifecycle rule transition has no storageClass");
  expectBuildError(
      [](Stack& s) {
        s.make<s3::Bucket>(
            "Bucket",
            {.lifecycleRules = {{.noncurrentVersionTransitions = {{.storageClass = s3::StorageClass::GLACIER}}}}});
      },
      "TapStackdev/Bucket", "a noncurrent version transition has no transitionAfter");
}

TEST(S3Errors, AccessLogsToKmsManagedBucketItself) {
  expectAwsError("s3", "s3-error-kms-managed-log-target", [](Stack& s) {
    s.make<s3::Bucket>("Bucket", {.encryption = s3::BucketEncryption::KMS_MANAGED, .serverAccessLogsPrefix = "logs/"});
  });
}

TEST(S3Errors, MinimumTlsNeedsEnforceSsl) {
  expectAwsError("s3", "s3-error-tls-without-enforce-ssl",
                 [](Stack& s) { s.make<s3::Bucket>("Bucket", {.minimumTLSVersion = 1.2}); });
}

TEST(S3Errors, BucketNames) {
  expectAwsError("s3", "s3-error-bucket-name",
                 [](Stack& s) { s.make<s3::Bucket>("Bucket", {.bucketName = "Bad_Name..x"}); });
  EXPECT_EQ(s3::Bucket::bucketNameErrors("ab"),
            std::vector<std::string>{"Bucket name must be at least 3 and no more than 63 characters"});
  EXPECT_EQ(s3::Bucket::bucketNameErrors("192.168.5.4"),
            std::vector<std::string>{"Bucket name must not resemble an IP address"});
  EXPECT_EQ(s3::Bucket::bucketNameErrors("my-bucket.-x"),
            std::vector<std::string>{"Bucket name must not have dash next to period, or period next to dash, or "
                                     "consecutive periods (offset: 9)"});
  EXPECT_TRUE(s3::Bucket::bucketNameErrors("health-platform-uploads-dev").empty());
  EXPECT_TRUE(s3::Bucket::bucketNameErrors("Legacy_Bucket", true).empty());
  // A token is not checked.
  datatest::Fixture f;
  auto& param = f.stack->make<cdk::CfnParameter>("Name");
  EXPECT_NO_THROW(f.stack->make<s3::Bucket>("Bucket", {.bucketName = param.valueAsString()}));
}

TEST(S3Errors, ImportedBucketNeedsANameOrArn) {
  expectAwsError("s3", "s3-error-imported-without-name",
                 [](Stack& s) { s3::Bucket::fromBucketAttributes(s, "Imported", {}); });
  expectBuildError([](Stack& s) { s3::Bucket::fromBucketArn(s, "Imported", "not-an-arn"); }, "TapStackdev/Imported",
                   "ARNs must start with \"arn:\" and have at least 6 components: not-an-arn");
  expectBuildError([](Stack& s) { s3::Bucket::fromBucketName(s, "Imported", "a"); }, "TapStackdev/Imported",
                   "Invalid S3 bucket name (value: a)");
}

TEST(S3Errors, AutoDeleteObjects) {
  expectAwsError("s3", "s3-error-auto-delete-without-destroy",
                 [](Stack& s) { s.make<s3::Bucket>("Bucket", {.autoDeleteObjects = true}); });
  expectBuildError(
      [](Stack& s) {
        s.make<s3::Bucket>("Bucket", {.autoDeleteObjects = true, .removalPolicy = cdk::RemovalPolicy::DESTROY});
      },
      "TapStackdev/Bucket", "autoDeleteObjects needs aws-cdk-lib's Custom::S3AutoDeleteObjects");
}

TEST(S3Errors, PublicReadAccess) {
  expectAwsError("s3", "s3-error-public-read-blocked",
                 [](Stack& s) { s.make<s3::Bucket>("Bucket", {.publicReadAccess = true}); });
  expectBuildError(
      [](Stack& s) {
        s.make<s3::Bucket>("Bucket", {.blockPublicAccess = s3::BlockPublicAccess::BLOCK_ALL, .publicReadAccess = true});
      },
      "TapStackdev/Bucket", "Cannot grant public access when 'blockPublicPolicy' is enabled");
}

TEST(S3Errors, AccessControlAndOwnership) {
  expectBuildError(
      [](Stack& s) {
        s.make<s3::Bucket>("Bucket", {.accessControl = s3::BucketAccessControl::PUBLIC_READ,
                                      .objectOwnership = s3::ObjectOwnership::BUCKET_OWNER_ENFORCED});
      },
      "TapStackdev/Bucket", "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"PublicRead\"");
  // The log target's ACL is already another one.
  expectBuildError(
      [](Stack& s) {
        auto& logs = s.make<s3::Bucket>("Logs", {.accessControl = s3::BucketAccessControl::PRIVATE});
        s.make<s3::Bucket>("Bucket", {.serverAccessLogsBucket = logs});
      },
      "TapStackdev/Logs", "Cannot enable log delivery to this bucket because the bucket's ACL has been set");
  // ACL log delivery to a bucket that enforces bucket ownership.
  expectBuildError(
      [](Stack& s) {
        auto& logs = s.make<s3::Bucket>("Logs", {.objectOwnership = s3::ObjectOwnership::BUCKET_OWNER_ENFORCED});
        s.make<s3::Bucket>("Bucket", {.serverAccessLogsBucket = logs});
      },
      "TapStackdev/Logs", "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"LogDeliveryWrite\"");
}

TEST(S3Errors, BucketPolicyNeedsABucket) {
  expectBuildError([](Stack& s) { s.make<s3::BucketPolicy>("Policy", s3::BucketPolicyProps{}); }, "TapStackdev/Policy",
                   "BucketPolicy needs a bucket");
}

TEST(S3Errors, InvalidPolicyStatementFailsSynthesis) {
  // A statement without a principal in the bucket policy: aws-cdk-lib's validateForResourcePolicy.
  expectBuildError(
      [](Stack& s) {
        auto& bucket = s.make<s3::Bucket>("Bucket");
        bucket.addToResourcePolicy(cdk::iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"*"}}));
      },
      "TapStackdev/Bucket",
      "A PolicyStatement used in a resource-based policy must specify at least one IAM principal");
}

TEST(S3Errors, ReplicationRules) {
  const auto replica = [](Stack& s) -> s3::Bucket& { return s.make<s3::Bucket>("Replica", {.versioned = true}); };
  expectAwsError("s3", "s3-error-replication-role-without-rules", [](Stack& s) {
    s.make<s3::Bucket>("Bucket",
                       {.replicationRole = s.make<cdk::iam::Role>(
                            "Role", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("s3.amazonaws.com")})});
  });
  expectAwsError("s3", "s3-error-replication-unversioned",
                 [&](Stack& s) { s.make<s3::Bucket>("Bucket", {.replicationRules = {{.destination = replica(s)}}}); });
  expectAwsError("s3", "s3-error-replication-priority", [&](Stack& s) {
    auto& r = replica(s);
    s.make<s3::Bucket>(
        "Bucket", {.replicationRules = {{.destination = r, .priority = 1}, {.destination = r}}, .versioned = true});
  });
  expectAwsError("s3", "s3-error-replication-time-without-metrics", [&](Stack& s) {
    s.make<s3::Bucket>("Bucket",
                       {.replicationRules = {{.destination = replica(s),
                                              .replicationTimeControl = s3::ReplicationTimeValue::FIFTEEN_MINUTES}},
                        .versioned = true});
  });
  expectAwsError("s3", "s3-error-replication-delete-markers-with-tags", [&](Stack& s) {
    s.make<s3::Bucket>("Bucket", {.replicationRules = {{.deleteMarkerReplication = true,
                                                        .destination = replica(s),
                                                        .filter = s3::Filter{.tags = {{"a", "b"}}}}},
                                  .versioned = true});
  });
  expectAwsError("s3", "s3-error-replication-owner-same-account", [&](Stack& s) {
    s.make<s3::Bucket>("Bucket", {.replicationRules = {{.accessControlTransition = true, .destination = replica(s)}},
                                  .versioned = true});
  });
  expectBuildError([](Stack& s) { s.make<s3::Bucket>("Bucket", {.replicationRules = {{}}, .versioned = true}); },
                   "TapStackdev/Bucket",
                   "a replication rule has no destination: give each rule the bucket it copies to");
  expectBuildError(
      [&](Stack& s) {
        s.make<s3::Bucket>("Bucket").grantReplicationPermission(
            s.make<cdk::iam::Role>("Role",
                                   {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("s3.amazonaws.com")}),
            {});
      },
      "TapStackdev/Bucket", "At least one destination bucket must be specified in the destinations array");
}

}  // namespace
