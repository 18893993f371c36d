#include "cdk/healthcare/phi_bucket.hpp"

#include <fmt/format.h>

#include "cdk/cfn/s3.hpp"
#include "cdk/compliance/acknowledge.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/s3/bucket.hpp"
#include "healthcare/secure_defaults.hpp"

namespace cdk::healthcare {

namespace {

void validate(const cdk::Construct& scope, const PhiBucketProps& props) {
  const std::string path = scope.node().path();
  detail::checkProfile(scope, props.profile);
  const auto days = [](const cdk::Duration& d) { return d.toMilliseconds() / 86'400'000; };
  if (days(props.infrequentAccessAfter) < 30) {
    throw cdk::ConstructError(path, fmt::format("infrequentAccessAfter is {} days; S3 moves objects to Standard-IA 30 "
                                                "days after creation at the earliest: give 30 days or more",
                                                days(props.infrequentAccessAfter)));
  }
  if (days(props.glacierAfter) < days(props.infrequentAccessAfter) + 30) {
    throw cdk::ConstructError(
        path, fmt::format("glacierAfter is {} days, but objects stay in Standard-IA 30 days at least: give {} days or "
                          "more (infrequentAccessAfter + 30)",
                          days(props.glacierAfter), days(props.infrequentAccessAfter) + 30));
  }
  if (days(props.abortIncompleteUploadsAfter) < 1) {
    throw cdk::ConstructError(path, "abortIncompleteUploadsAfter is under a day; give whole days, at least 1");
  }
}

}  // namespace

PhiBucket::PhiBucket(cdk::Construct& scope, std::string_view id, PhiBucketProps props)
    : cdk::Construct(scope, id), profile_(props.profile) {
  // Server access logs are delivered by a bucket policy statement, not the legacy LogDeliveryWrite ACL (cfn-lint
  // W3045), whatever the app's flag says: the flag is set for the constructs below this one only.
  node().setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
  validate(*this, props);
  const cdk::RemovalPolicy removalPolicy = detail::withoutSnapshot(profile_.removalPolicy);

  key_ = props.encryptionKey.get();
  if (!key_) {
    key_ = &make<kms::Key>(
        "Key", {.description = "PHI of " + node().path(), .enableKeyRotation = true, .removalPolicy = removalPolicy});
  }
  const std::vector<s3::LifecycleRule> lifecycleRules{
      {.abortIncompleteMultipartUploadAfter = props.abortIncompleteUploadsAfter,
       .transitions = {
           {.storageClass = s3::StorageClass::INFREQUENT_ACCESS, .transitionAfter = props.infrequentAccessAfter},
           {.storageClass = s3::StorageClass::GLACIER, .transitionAfter = props.glacierAfter}}}};
  // What every bucket of the pattern is: private, TLS only, versioned, encrypted with the key.
  const auto secure = [&](s3::BucketProps bucket) {
    bucket.blockPublicAccess = s3::BlockPublicAccess::BLOCK_ALL;
    bucket.encryptionKey = *key_;
    bucket.enforceSSL = true;
    bucket.lifecycleRules = lifecycleRules;
    bucket.minimumTLSVersion = 1.2;
    bucket.removalPolicy = removalPolicy;
    bucket.versioned = true;
    return bucket;
  };

  accessLogsBucket_ = props.serverAccessLogsBucket.get();
  if (!accessLogsBucket_) {
    auto& logs = make<s3::Bucket>("AccessLogs", secure({}));
    compliance::acknowledge(
        logs.cfnBucket(),
        {.id = "HIPAA.Security-S3BucketReplicationEnabled",
         .reason = "Server access log bucket: its log objects are versioned and retained, not replicated."});
    accessLogsBucket_ = &logs;
  }

  kms::IKey* replicationKey = props.replicationKey.get();
  replicaBucket_ = props.replicationDestination.get();
  if (replicaBucket_) {
    if (!replicationKey) replicationKey = replicaBucket_->encryptionKey();
  } else {
    auto& replica = make<s3::Bucket>("Replica", secure({.serverAccessLogsBucket = *accessLogsBucket_,
                                                        .serverAccessLogsPrefix = std::string(id) + "Replica/"}));
    compliance::acknowledge(
        replica.cfnBucket(),
        {.id = "HIPAA.Security-S3BucketReplicationEnabled",
         .reason = "Replica destination of the PHI bucket: replicating the copy again would add a third copy."});
    replicaBucket_ = &replica;
    if (!replicationKey) replicationKey = key_;
  }

  // Replication runs as a role whose permissions are a managed policy (HIPAA.Security-IAMNoInlinePolicy flags the
  // DefaultPolicy of the role the bucket would make): what grantReplicationPermission grants.
  replicationRole_ =
      &make<iam::Role>("ReplicationRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("s3.amazonaws.com")});
  s3::ReplicationRule rule{.destination = *replicaBucket_, .sseKmsEncryptedObjects = true};
  if (replicationKey) rule.kmsKey = *replicationKey;
  bucket_ = &make<s3::Bucket>("Bucket", secure({.bucketName = props.bucketName,
                                                .replicationRole = *replicationRole_,
                                                .replicationRules = {rule},
                                                .serverAccessLogsBucket = *accessLogsBucket_,
                                                .serverAccessLogsPrefix = std::string(id) + "/"}));
  std::vector<iam::PolicyStatement> statements{
      iam::PolicyStatement(
          {.actions = {"s3:GetReplicationConfiguration", "s3:ListBucket"}, .resources = {bucket_->bucketArn()}}),
      iam::PolicyStatement(
          {.actions = {"s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"},
           .resources = {bucket_->arnForObjects("*")}}),
      iam::PolicyStatement({.actions = {"s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags",
                                        "s3:ObjectOwnerOverrideToBucketOwner"},
                            .resources = {replicaBucket_->arnForObjects("*")}})};
  if (replicationKey) {
    statements.push_back(iam::PolicyStatement({.actions = {"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"},
                                               .resources = {replicationKey->keyArn()}}));
  }
  statements.push_back(iam::PolicyStatement({.actions = {"kms:Decrypt"}, .resources = {key_->keyArn()}}));
  make<iam::ManagedPolicy>("ReplicationPolicy", {.roles = {*replicationRole_}, .statements = std::move(statements)});
}

PhiBucket::~PhiBucket() = default;

}  // namespace cdk::healthcare
