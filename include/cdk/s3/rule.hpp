// Lifecycle rules of a bucket (aws-cdk-lib's s3.LifecycleRule, Transition, NoncurrentVersionTransition and
// StorageClass).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"

namespace cdk::s3 {

/// A storage class objects move to (aws-cdk-lib's StorageClass): the constants below, or any class S3
/// knows by its CloudFormation name.
class CDKPP_API StorageClass {
 public:
  /// "STANDARD_IA": at least 30 days after creation.
  static const StorageClass INFREQUENT_ACCESS;
  /// "ONEZONE_IA": at least 30 days after creation.
  static const StorageClass ONE_ZONE_INFREQUENT_ACCESS;
  static const StorageClass GLACIER;
  static const StorageClass GLACIER_INSTANT_RETRIEVAL;
  static const StorageClass DEEP_ARCHIVE;
  static const StorageClass INTELLIGENT_TIERING;

  /// Empty until set: a transition without a storage class is an error.
  StorageClass() = default;
  explicit StorageClass(std::string value) : value_(std::move(value)) {}

  const std::string& value() const noexcept { return value_; }
  const std::string& toString() const noexcept { return value_; }
  friend bool operator==(const StorageClass&, const StorageClass&) = default;

 private:
  std::string value_;
};

inline const StorageClass StorageClass::INFREQUENT_ACCESS{"STANDARD_IA"};
inline const StorageClass StorageClass::ONE_ZONE_INFREQUENT_ACCESS{"ONEZONE_IA"};
inline const StorageClass StorageClass::GLACIER{"GLACIER"};
inline const StorageClass StorageClass::GLACIER_INSTANT_RETRIEVAL{"GLACIER_IR"};
inline const StorageClass StorageClass::DEEP_ARCHIVE{"DEEP_ARCHIVE"};
inline const StorageClass StorageClass::INTELLIGENT_TIERING{"INTELLIGENT_TIERING"};

/// When current objects move to another storage class: exactly one of transitionAfter and transitionDate.
struct Transition {
  /// Required.
  StorageClass storageClass{};
  /// TransitionInDays (whole days).
  std::optional<cdk::Duration> transitionAfter{};
  /// TransitionDate ("2030-01-01T00:00:00Z"; aws-cdk-lib takes a Date).
  std::optional<std::chrono::sys_seconds> transitionDate{};
};

/// When noncurrent versions move to another storage class.
struct NoncurrentVersionTransition {
  /// NewerNoncurrentVersions: how many noncurrent versions stay in the current class.
  std::optional<int> noncurrentVersionsToRetain{};
  /// Required.
  StorageClass storageClass{};
  /// TransitionInDays after the object became noncurrent (required).
  std::optional<cdk::Duration> transitionAfter{};
};

/// One rule of the bucket's LifecycleConfiguration. A rule needs at least one action
/// (abortIncompleteMultipartUploadAfter, expiration, expirationDate, expiredObjectDeleteMarker,
/// noncurrentVersionExpiration, noncurrentVersionsToRetain, noncurrentVersionTransitions or transitions).
struct LifecycleRule {
  /// AbortIncompleteMultipartUpload.DaysAfterInitiation.
  std::optional<cdk::Duration> abortIncompleteMultipartUploadAfter{};
  /// Status "Enabled" or "Disabled".
  bool enabled = true;
  /// ExpirationInDays.
  std::optional<cdk::Duration> expiration{};
  /// ExpirationDate.
  std::optional<std::chrono::sys_seconds> expirationDate{};
  /// ExpiredObjectDeleteMarker; not with expiration, expirationDate or tagFilters.
  std::optional<bool> expiredObjectDeleteMarker{};
  /// Id of the rule.
  std::optional<std::string> id{};
  /// NoncurrentVersionExpiration.NoncurrentDays.
  std::optional<cdk::Duration> noncurrentVersionExpiration{};
  /// NoncurrentVersionExpiration.NewerNoncurrentVersions.
  std::optional<int> noncurrentVersionsToRetain{};
  std::vector<NoncurrentVersionTransition> noncurrentVersionTransitions{};
  /// ObjectSizeGreaterThan / ObjectSizeLessThan, in bytes.
  std::optional<std::int64_t> objectSizeGreaterThan{};
  std::optional<std::int64_t> objectSizeLessThan{};
  /// Prefix of the object keys the rule applies to.
  std::optional<std::string> prefix{};
  /// TagFilters: tag key and value, in this order.
  std::vector<std::pair<std::string, std::string>> tagFilters{};
  std::vector<Transition> transitions{};
};

}  // namespace cdk::s3
