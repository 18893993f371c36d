// PhiBucket: an S3 bucket for protected health information, secure by default.
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/healthcare/environment_profile.hpp"

namespace cdk::iam {
class Role;
}
namespace cdk::kms {
class IKey;
}
namespace cdk::s3 {
class Bucket;
class IBucket;
}  // namespace cdk::s3

namespace cdk::healthcare {

struct PhiBucketProps {
  /// Incomplete multipart uploads are removed this long after they started (at least a day).
  cdk::Duration abortIncompleteUploadsAfter = cdk::Duration::days(7);
  /// BucketName (a physical name); default a name CloudFormation generates.
  std::optional<cdk::Value> bucketName{};
  /// The key of the objects (and of the access logs and the replica this pattern creates); default a new key with
  /// rotation, the child "Key".
  cdk::Handle<kms::IKey> encryptionKey{};
  /// Objects move to S3 Glacier Flexible Retrieval this long after creation: at least 30 days after
  /// infrequentAccessAfter (S3's minimum stay in Standard-IA).
  cdk::Duration glacierAfter = cdk::Duration::days(90);
  /// Objects move to S3 Standard-IA this long after creation (at least 30 days, S3's minimum).
  cdk::Duration infrequentAccessAfter = cdk::Duration::days(30);
  /// Default the prod preset; its removalPolicy applies to the buckets and key (SNAPSHOT: retained).
  EnvironmentProfile profile{};
  /// Where the objects are replicated to (a versioned bucket, in another region for disaster recovery); default a
  /// new bucket, the child "Replica", as secure as this one.
  cdk::Handle<s3::IBucket> replicationDestination{};
  /// The key the replicas are encrypted with; default the destination's key (or this pattern's for its replica).
  cdk::Handle<kms::IKey> replicationKey{};
  /// Where the server access logs go; default a new bucket, the child "AccessLogs". The logs of this pattern's
  /// buckets are under "<id>/" and "<id>Replica/".
  cdk::Handle<s3::IBucket> serverAccessLogsBucket{};
};

/// An S3 bucket for PHI: encrypted with a customer key, versioned, public access blocked, requests over TLS 1.2 or
/// later only, server access logs to a log bucket, replicated (objects encrypted with KMS included) to a replica,
/// and a lifecycle that moves objects to Standard-IA after 30 days and to Glacier after 90 and removes incomplete
/// uploads after 7. Replication runs as a role whose permissions are a customer managed policy. Access logs are
/// delivered under a bucket policy statement (the context flag "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy" is
/// set on this construct), never by the legacy LogDeliveryWrite ACL.
///
/// Children: "Key" (unless given), "AccessLogs" (unless given), "Replica" (unless given), "ReplicationRole",
/// "Bucket" and "ReplicationPolicy". The log and replica buckets it creates are as secure as the bucket and
/// acknowledge HIPAA.Security-S3BucketReplicationEnabled: a log bucket and a replica are not replicated again.
///
/// Bad props throw cdk::ConstructError with the construct path and what to change.
class CDKPP_API PhiBucket : public cdk::Construct {
 public:
  using Props = PhiBucketProps;
  PhiBucket(cdk::Construct& scope, std::string_view id, PhiBucketProps props = {});
  ~PhiBucket() override;

  s3::Bucket& bucket() const noexcept { return *bucket_; }
  kms::IKey& key() const noexcept { return *key_; }
  s3::IBucket& accessLogsBucket() const noexcept { return *accessLogsBucket_; }
  s3::IBucket& replicaBucket() const noexcept { return *replicaBucket_; }
  iam::Role& replicationRole() const noexcept { return *replicationRole_; }
  const EnvironmentProfile& profile() const noexcept { return profile_; }

 private:
  EnvironmentProfile profile_;
  kms::IKey* key_ = nullptr;
  s3::IBucket* accessLogsBucket_ = nullptr;
  s3::IBucket* replicaBucket_ = nullptr;
  iam::Role* replicationRole_ = nullptr;
  s3::Bucket* bucket_ = nullptr;
};

}  // namespace cdk::healthcare
