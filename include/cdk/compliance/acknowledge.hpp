// Acknowledging a compliance rule where an architecture needs what it flags (cdk-nag's suppressions; aws-cdk-lib's
// Validations.of(c).acknowledge). The acknowledgement covers the construct and everything below it, and is
// written into the template of each resource there as Metadata.cdk_nag.rules_to_suppress [{id, reason}], so that
// cdk-nag run over the template reads it too and an auditor sees every exception where it lives.
#pragma once

#include <string>
#include <vector>

#include "cdk/core/export.hpp"

namespace cdk {
class Construct;
}

namespace cdk::compliance {

struct Acknowledgement {
  /// Findings of a rule that names them ("LogExport::postgresql", "Action::s3:*", "Resource::<Bucket.Arn>/*"):
  /// the acknowledgement covers these findings only, each written as "<id>[<finding>]", which is how cdk-nag 3
  /// matches a finding. Empty: the rule itself.
  std::vector<std::string> appliesTo{};
  /// The rule: "HIPAA.Security-RDSMultiAZSupport", "AwsSolutions-IAM5".
  std::string id{};
  /// Why the rule does not apply here, at least 10 characters (as cdk-nag requires).
  std::string reason{};
};

/// Acknowledges a rule on `scope` and everything below it. Throws ConstructError for an empty id or a reason
/// under 10 characters. A pack reports an acknowledgement of one of its rules that no resource below `scope`
/// breaks as a warning (a stale acknowledgement).
CDKPP_API void acknowledge(Construct& scope, Acknowledgement acknowledgement);

}  // namespace cdk::compliance
