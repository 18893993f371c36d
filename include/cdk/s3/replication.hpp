// Replication rules of a bucket (aws-cdk-lib's s3.ReplicationRule, s3.ReplicationTimeValue, s3.Filter and the props
// of grantReplicationPermission).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/s3/rule.hpp"

namespace cdk::kms {
class IKey;
}

namespace cdk::s3 {

class IBucket;

/// A time of S3 Replication Time Control, or of its metrics' event threshold.
class CDKPP_API ReplicationTimeValue {
 public:
  /// 15 minutes, the only value S3 accepts.
  static const ReplicationTimeValue FIFTEEN_MINUTES;
  explicit ReplicationTimeValue(int minutes) : minutes_(minutes) {}
  int minutes() const noexcept { return minutes_; }

 private:
  int minutes_;
};

inline const ReplicationTimeValue ReplicationTimeValue::FIFTEEN_MINUTES{15};

/// Which objects a replication rule copies: a key prefix and tags (both must match).
struct Filter {
  std::optional<std::string> prefix{};
  /// Tag key and value, in this order.
  std::vector<std::pair<std::string, std::string>> tags{};
};

/// One rule of the bucket's ReplicationConfiguration.
struct ReplicationRule {
  /// Change the replicas' owner to the destination bucket's account (cross-account replication only).
  bool accessControlTransition = false;
  /// Replicate delete markers (not with a tag filter).
  bool deleteMarkerReplication = false;
  /// The bucket the objects are copied to (required); its versioning must be on.
  cdk::Handle<IBucket> destination{};
  /// Default every object (Filter.Prefix "").
  std::optional<Filter> filter{};
  std::optional<std::string> id{};
  /// The key the replicas are encrypted with (EncryptionConfiguration.ReplicaKmsKeyID).
  cdk::Handle<kms::IKey> kmsKey{};
  /// Replication metrics (needs replicationTimeControl for an event threshold).
  std::optional<ReplicationTimeValue> metrics{};
  /// Required when there is more than one rule.
  std::optional<int> priority{};
  /// Replicate changes made to the replicas back (SourceSelectionCriteria.ReplicaModifications).
  std::optional<bool> replicaModifications{};
  /// S3 Replication Time Control (needs metrics).
  std::optional<ReplicationTimeValue> replicationTimeControl{};
  /// Replicate objects encrypted with KMS (SourceSelectionCriteria.SseKmsEncryptedObjects).
  std::optional<bool> sseKmsEncryptedObjects{};
  /// The replicas' storage class; default the source object's.
  std::optional<StorageClass> storageClass{};
};

/// A destination of grantReplicationPermission.
struct GrantReplicationPermissionDestinationProps {
  cdk::Handle<IBucket> bucket{};
  /// The destination's key: the grantee may encrypt with it.
  cdk::Handle<kms::IKey> encryptionKey{};
};

/// What grantReplicationPermission grants: at least one destination.
struct GrantReplicationPermissionProps {
  std::vector<GrantReplicationPermissionDestinationProps> destinations{};
  /// The source's key (aws-cdk-lib reads the bucket's own key instead; kept for programs that pass it).
  cdk::Handle<kms::IKey> sourceDecryptionKey{};
};

}  // namespace cdk::s3
