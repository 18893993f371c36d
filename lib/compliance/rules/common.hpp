// What the rule files share: the names they use, and the checks several cdk-nag rules repeat.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../rule.hpp"

namespace cdk::compliance::detail::rules {

using R = RuleResult;

/// `node.prop` of a string property before resolution, lower-cased: an intrinsic is a token string
/// ("${Token[TOKEN.n]}"), which contains none of the words rules look for. A TypeError for undefined.
std::string rawLower(Js raw);

/// `a === b` where b is a property read without Stack.resolve: an intrinsic there is a token string, equal to
/// nothing else.
bool strictEqualsRaw(Js resolvedOrLiteral, Js raw);

/// cdk-nag's isMatchingSelection of the *InBackupPlan rules: a BackupSelection whose resources name the logical
/// ID (`<id>(?![\w])`), or, with `namePattern`, match it too.
bool inBackupPlan(const RuleContext& c, std::string_view logicalIdPattern, const std::string* namePattern = nullptr);

}  // namespace cdk::compliance::detail::rules
