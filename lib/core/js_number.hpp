// Numbers as JavaScript reads and writes them: aws-cdk-lib builds strings with String(x) (alarm descriptions,
// statistics, error messages) and converts the values of an included template with parseFloat, and cdkpp must
// give the same text. Internal to the library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cdk::detail {

/// Number.prototype.toString, String(x): 80, 1.5, 0.000001, 1e-7, 1e+21, -Infinity, NaN.
std::string jsNumber(double x);

/// parseFloat: the number at the start of `text`, after white space ("12abc" -> 12, " .5e1" -> 5,
/// "-Infinity"); nullopt where JavaScript gives NaN (no number at the start: "abc", "", "0x" is 0 though).
std::optional<double> jsParseFloat(std::string_view text);

}  // namespace cdk::detail
