// How policy statements are compared, merged and rendered: internals shared by the iam, kms, secretsmanager
// and logs modules (not installed).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/construct.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk {
class Stack;
}

namespace cdk::iam::detail {

using json = nlohmann::ordered_json;

/// A value computed from the stack it is rendered in (aws-cdk-lib's StackDependentToken).
cdk::Value stackDependent(std::function<cdk::Value(const cdk::Stack&)> producer, std::string hint);

/// The feature flag that makes policy documents merge and sort their statements.
inline constexpr std::string_view MINIMIZE_POLICIES_FLAG = "@aws-cdk/aws-iam:minimizePolicies";

/// True when two values are the same for an ordered set: equal, or references to the same attribute of the
/// same element.
bool sameValue(const cdk::Value& a, const cdk::Value& b);

/// A short text for messages.
std::string describe(const cdk::Value& value);
/// JSON of a value map for messages ({"StringEquals":{"a":"b"}}), tokens as ${Token[...]}.
std::string describe(const cdk::Value::Map& map);

/// Merges `add` into the conditions `into`: operators present in both merge their keys (new keys win).
/// Throws cdk::Error for a value that is not a map.
void addCondition(cdk::Value::Map& into, const std::string& key, const cdk::Value& value);

/// Marks a document as the DefaultPolicy of a Role: statements whose effect, sid, conditions and
/// action/resource/principal sets are equal to an earlier one's are dropped when it is rendered (what
/// aws-cdk-lib's splitLargePolicy aspect does).
void setMergeIfEqual(const PolicyDocument& document);

/// The statements in the form they are rendered (merged as the document's settings ask), for `scope`.
std::vector<PolicyStatement> effectiveStatements(const PolicyDocument& document, const cdk::Construct* scope);

/// The mergeStatements algorithm of aws-cdk-lib (private/merge-statements): with `combine` statements that
/// share two of {actions, resources, principals} merge; otherwise only set-equal statements merge.
std::vector<PolicyStatement> mergeStatements(const std::vector<PolicyStatement>& statements, bool combine);

/// A key used to compare principals for merging (their dedupe string, else their identity).
std::string principalKey(const PrincipalPtr& principal);

}  // namespace cdk::iam::detail
