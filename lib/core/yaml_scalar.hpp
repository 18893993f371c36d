// What YAML readers make of a plain (unquoted) scalar. yaml-cpp leaves scalars untyped, so the template
// writer asks this whether a string needs quotes, and the template reader how to type a plain scalar.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

namespace cdk::detail {

/// The type YAML 1.1's implicit resolvers (PyYAML's, which cfn-lint uses) give a plain scalar.
enum class YamlScalar : std::uint8_t { String, Null, Bool, Int, Float, Timestamp, Merge, Value };

YamlScalar classifyPlainScalar(std::string_view text);

/// True when `text` written as a plain scalar would not read back as that string: YAML 1.1 (PyYAML,
/// CloudFormation) or 1.2 (yaml-cpp, other tools) would take it for a null, boolean, number, date, merge key
/// or value key. Syntax (": ", "#", a leading "*") is yaml-cpp's to judge.
bool needsQuotes(std::string_view text);

/// The value of a plain scalar `classifyPlainScalar` calls Bool, Int or Float (YAML 1.1: "yes" is true,
/// "0x1F" 31, "017" 15, "1_000" 1000, "1:30" 90). Integers too large for 64 bits come back as doubles;
/// nullopt for .inf and .nan, which no template can hold.
using YamlNumber = std::variant<bool, std::int64_t, double>;
std::optional<YamlNumber> plainScalarValue(std::string_view text, YamlScalar kind);

}  // namespace cdk::detail
