// What happens to a resource when it leaves the stack or is replaced (aws-cdk-lib's RemovalPolicy).
#pragma once

#include <optional>

namespace cdk {

enum class RemovalPolicy {
  DESTROY,                     ///< DeletionPolicy/UpdateReplacePolicy: Delete
  RETAIN,                      ///< Retain
  SNAPSHOT,                    ///< Snapshot (only for types that support snapshots)
  RETAIN_ON_UPDATE_OR_DELETE,  ///< DeletionPolicy RetainExceptOnCreate, UpdateReplacePolicy Retain
};

struct RemovalPolicyOptions {
  bool applyToUpdateReplacePolicy = true;
  /// Used when the policy passed is unset.
  std::optional<RemovalPolicy> defaultPolicy{};
};

/// The values of the DeletionPolicy and UpdateReplacePolicy attributes.
enum class CfnDeletionPolicy { DELETE, RETAIN, SNAPSHOT, RETAIN_EXCEPT_ON_CREATE };

}  // namespace cdk
