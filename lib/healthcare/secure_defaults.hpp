// What the healthcare patterns share: checking a profile, the reason a weakened default must carry, the key
// policy that lets CloudWatch Logs use a key, and removal policies for resources that keep no snapshot.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/construct.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/healthcare/environment_profile.hpp"

namespace cdk::kms {
class IKey;
}

namespace cdk::healthcare::detail {

/// Throws cdk::ConstructError at `scope` listing the profile's problems, when it has any.
void checkProfile(const cdk::Construct& scope, const EnvironmentProfile& profile);

/// A secure default turned off: what was turned off (e.g. "multiAz is false"), the prop that must say why and
/// what turning it back on means. Returns the reason; throws cdk::ConstructError at `scope` when the reason is
/// missing or under 10 characters (cdk-nag's minimum for an acknowledgement).
const std::string& requireReason(const cdk::Construct& scope, const std::optional<std::string>& reason,
                                 std::string_view weakened, std::string_view reasonProp, std::string_view remedy);

/// SNAPSHOT becomes RETAIN: keys, log groups and buckets keep no snapshot (CloudFormation refuses the policy).
cdk::RemovalPolicy withoutSnapshot(cdk::RemovalPolicy policy) noexcept;

/// Adds to the key's policy the statement CloudWatch Logs needs to encrypt the account's log groups of the stack's
/// region with it (an imported key's policy is left as it is).
void allowCloudWatchLogs(kms::IKey& key);

}  // namespace cdk::healthcare::detail
