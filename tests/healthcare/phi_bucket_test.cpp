// PhiBucket: its defaults against aws-cdk-lib's template for the same composition (fixtures/healthcare-util.ts) and
// both HIPAA.Security judges, each prop, the access log policy flag, its errors, cfn-lint.
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/s3.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace healthcare = cdk::healthcare;
namespace s3 = cdk::s3;
using hctest::Fixture;
using hctest::json;

TEST(PhiBucket, DefaultsAreSecure) {
  Fixture f;
  auto& records = f.stack->make<healthcare::PhiBucket>("Records");
  const json actual = f.synth();
  hctest::expectSecureByDefault(actual, "healthcare-phi-bucket");
  EXPECT_NO_THROW(hctest::synthWithHipaaPack(f.app));
  EXPECT_EQ(records.bucket().node().path(), "TapStackdev/Records/Bucket");
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(records.key()).node().path(), "TapStackdev/Records/Key");
  EXPECT_EQ(records.accessLogsBucket().node().path(), "TapStackdev/Records/AccessLogs");
  EXPECT_EQ(records.replicaBucket().node().path(), "TapStackdev/Records/Replica");
  EXPECT_EQ(records.replicationRole().node().path(), "TapStackdev/Records/ReplicationRole");
  EXPECT_EQ(records.bucket().encryptionKey(), &records.key());
  EXPECT_EQ(records.profile().name, "prod");
}

TEST(PhiBucket, WhatTheDefaultsAre) {
  Fixture f;
  f.stack->make<healthcare::PhiBucket>("Records");
  const json t = f.synth();
  const json& bucket = t["Resources"]["RecordsBucket600C9C86"]["Properties"];
  EXPECT_EQ(bucket["VersioningConfiguration"], json::parse(R"({"Status": "Enabled"})"));
  EXPECT_EQ(bucket["PublicAccessBlockConfiguration"],
            json::parse(R"({"BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true,
                            "RestrictPublicBuckets": true})"));
  EXPECT_EQ(bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]
                  ["SSEAlgorithm"],
            "aws:kms");
  EXPECT_EQ(bucket["LifecycleConfiguration"], json::parse(R"({"Rules": [{"AbortIncompleteMultipartUpload":
      {"DaysAfterInitiation": 7}, "Status": "Enabled", "Transitions": [{"StorageClass": "STANDARD_IA",
      "TransitionInDays": 30}, {"StorageClass": "GLACIER", "TransitionInDays": 90}]}]})"));
  EXPECT_EQ(bucket["LoggingConfiguration"]["LogFilePrefix"], "Records/");
  EXPECT_EQ(bucket["ReplicationConfiguration"]["Rules"][0]["SourceSelectionCriteria"],
            json::parse(R"({"SseKmsEncryptedObjects": {"Status": "Enabled"}})"));
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::S3::Bucket").size(), 3u);
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::IAM::Policy"), std::vector<std::string>{});
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::IAM::ManagedPolicy").size(), 1u);
  // TLS 1.2 or later only, on every bucket.
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::S3::BucketPolicy")) {
    const json& statements = t["Resources"][id]["Properties"]["PolicyDocument"]["Statement"];
    EXPECT_EQ(statements[0]["Condition"], json::parse(R"({"Bool": {"aws:SecureTransport": "false"}})")) << id;
    EXPECT_EQ(statements[1]["Condition"], json::parse(R"({"NumericLessThan": {"s3:TlsVersion": 1.2}})")) << id;
  }
  EXPECT_EQ(hctest::acknowledgements(t),
            (std::vector<std::string>{
                "RecordsAccessLogsF62F3C98 HIPAA.Security-S3BucketReplicationEnabled: Server access log bucket: its "
                "log objects are versioned and retained, not replicated.",
                "RecordsReplica9C573120 HIPAA.Security-S3BucketReplicationEnabled: Replica destination of the PHI "
                "bucket: replicating the copy again would add a third copy."}));
}

TEST(PhiBucket, ProfilesAndProps) {
  Fixture f;
  f.stack->make<healthcare::PhiBucket>("Dev", {.profile = healthcare::EnvironmentProfile::dev()});
  auto& key = f.stack->make<cdk::kms::Key>("Key", {.enableKeyRotation = true});
  auto& replicaKey = f.stack->make<cdk::kms::Key>("ReplicaKey", {.enableKeyRotation = true});
  auto& shared = f.stack->make<healthcare::PhiBucket>("Shared");
  auto& replica = f.stack->make<s3::Bucket>("Replica", {.encryptionKey = replicaKey, .versioned = true});
  auto& uploads =
      f.stack->make<healthcare::PhiBucket>("Uploads", {.abortIncompleteUploadsAfter = cdk::Duration::days(1),
                                                       .bucketName = "clinic-uploads-prod",
                                                       .encryptionKey = key,
                                                       .glacierAfter = cdk::Duration::days(180),
                                                       .infrequentAccessAfter = cdk::Duration::days(60),
                                                       .replicationDestination = replica,
                                                       .serverAccessLogsBucket = shared.accessLogsBucket()});
  const json t = f.synth();
  hctest::expectMatchesFixture(t, hctest::fixture("healthcare-phi-bucket-options"));
  // The program's own plain replica bucket is the only one with findings.
  const std::vector<std::string> plainReplica{"HIPAA.Security-S3BucketLoggingEnabled ReplicaDDFB2A87",
                                              "HIPAA.Security-S3BucketPublicReadProhibited ReplicaDDFB2A87",
                                              "HIPAA.Security-S3BucketPublicWriteProhibited ReplicaDDFB2A87",
                                              "HIPAA.Security-S3BucketReplicationEnabled ReplicaDDFB2A87",
                                              "HIPAA.Security-S3BucketSSLRequestsOnly ReplicaDDFB2A87"};
  auto ours = hctest::hipaaErrors(t);
  std::sort(ours.begin(), ours.end());
  EXPECT_EQ(ours, plainReplica);
  EXPECT_EQ(hctest::judgeErrors("healthcare-phi-bucket-options"), plainReplica);
  EXPECT_EQ(&uploads.replicaBucket(), static_cast<s3::IBucket*>(&replica));
  EXPECT_EQ(&uploads.accessLogsBucket(), &shared.accessLogsBucket());
  EXPECT_EQ(uploads.node().tryFindChild("AccessLogs"), nullptr);
  EXPECT_EQ(uploads.node().tryFindChild("Replica"), nullptr);
  EXPECT_EQ(uploads.node().tryFindChild("Key"), nullptr);
}

TEST(PhiBucket, AccessLogsByBucketPolicyWhateverTheAppSays) {
  for (const bool flag : {false, true}) {
    Fixture f({.context = {{"@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", flag}}});
    f.stack->make<healthcare::PhiBucket>("Records");
    hctest::expectMatchesFixture(f.synth(), hctest::fixture("healthcare-phi-bucket"));
  }
}

TEST(PhiBucket, Errors) {
  const auto throws = [](healthcare::PhiBucketProps props, const std::string& message) {
    hctest::expectPropsError<healthcare::PhiBucket>("Records", std::move(props), message);
  };
  throws({.infrequentAccessAfter = cdk::Duration::days(10)},
         "infrequentAccessAfter is 10 days; S3 moves objects to Standard-IA 30 days after creation at the earliest: "
         "give 30 days or more");
  throws({.glacierAfter = cdk::Duration::days(45)},
         "glacierAfter is 45 days, but objects stay in Standard-IA 30 days at least: give 60 days or more "
         "(infrequentAccessAfter + 30)");
  throws({.abortIncompleteUploadsAfter = cdk::Duration::hours(2)},
         "abortIncompleteUploadsAfter is under a day; give whole days, at least 1");
  auto profile = healthcare::EnvironmentProfile::dev();
  profile.singleAzReason.reset();
  throws({.profile = profile}, "profile 'dev': multiAz is false without singleAzReason");
}

TEST(PhiBucket, CfnLintClean) {
  if (!cdkpp_test::haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  hctest::LintFixture defaults;
  defaults.stack->make<healthcare::PhiBucket>("Records");
  hctest::LintFixture dev;
  dev.stack->make<healthcare::PhiBucket>("Records", {.profile = healthcare::EnvironmentProfile::dev()});
  cdkpp_test::expectCfnLintClean({{"phi-bucket", defaults.synth()}, {"phi-bucket-dev", dev.synth()}});
}

}  // namespace
