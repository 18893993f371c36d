#include "yaml_scalar.hpp"

#include "regex.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace cdk::detail {
namespace {

// PyYAML's implicit resolvers (resolver.py), i.e. YAML 1.1's types, plus what YAML 1.2's core schema adds.
// Compiled once, on first use: only YAML output and input ask. PCRE2 (regex.hpp), not std::regex: libstdc++
// compiled these five into automatons for 17 million instructions, a quarter of a sample that writes YAML.
struct Patterns {
  Regex bool11 = compiled("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  Regex float11 = compiled(R"([-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?)"
                           R"(|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))");
  Regex int11 = compiled(R"([-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)"
                         R"(|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)");
  Regex timestamp =
      compiled(R"([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2})"
               R"((?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)");
  // YAML 1.2 (core schema) numbers, and the one-letter booleans of the YAML 1.1 specification (PyYAML has none).
  Regex other = compiled(R"([-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[yYnN])");

  static Regex compiled(std::string_view pattern) {
    std::string error;
    std::optional<Regex> regex = Regex::compile(pattern, Regex::Anchoring::WholeText, &error);
    if (!regex) throw std::logic_error("a YAML scalar pattern does not compile: " + error);
    return std::move(*regex);
  }
};

const Patterns& patterns() {
  static const Patterns compiled;
  return compiled;
}

/// Text that is not UTF-8 (PCRE2 refuses to judge it) is a string: the writer and the reader refuse it anyway.
bool matches(std::string_view text, const Regex& pattern) { return pattern.match(text) == PatternMatch::Matches; }

/// Only scalars starting with one of these can be anything but a string.
bool mayBeTyped(std::string_view text) {
  if (text.empty()) return true;
  static constexpr std::string_view kFirst = "0123456789+-.~nNyYtTfFoO<=";
  return kFirst.find(text.front()) != std::string_view::npos;
}

std::string withoutUnderscores(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '_') out += c;
  }
  return out;
}

/// Base-60 digits "1:30:15" (or with a fraction in the last one) as a double.
double sexagesimal(std::string_view digits) {
  double value = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t colon = digits.find(':', start);
    const std::string_view part = digits.substr(start, colon == std::string_view::npos ? colon : colon - start);
    double number = 0;
    std::from_chars(part.data(), part.data() + part.size(), number);
    value = value * 60 + number;
    if (colon == std::string_view::npos) return value;
    start = colon + 1;
  }
}

YamlNumber integral(double value) {
  if (std::fabs(value) < 9.2e18 && std::trunc(value) == value) return static_cast<std::int64_t>(value);
  return value;
}

std::optional<YamlNumber> intValue(std::string_view text) {
  std::string digits = withoutUnderscores(text);
  bool negative = false;
  std::string_view rest = digits;
  if (!rest.empty() && (rest.front() == '-' || rest.front() == '+')) {
    negative = rest.front() == '-';
    rest.remove_prefix(1);
  }
  if (rest.find(':') != std::string_view::npos) {
    const double value = sexagesimal(rest);
    return integral(negative ? -value : value);
  }
  int base = 10;
  if (rest.starts_with("0b")) {
    base = 2;
    rest.remove_prefix(2);
  } else if (rest.starts_with("0x")) {
    base = 16;
    rest.remove_prefix(2);
  } else if (rest.size() > 1 && rest.front() == '0') {
    base = 8;
  }
  std::uint64_t magnitude = 0;
  auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), magnitude, base);
  (void)end;
  if (error == std::errc() && magnitude <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    const auto value = static_cast<std::int64_t>(magnitude);
    return negative ? -value : value;
  }
  // Too large for 64 bits: the nearest double, as JSON readers do.
  double value = 0;
  for (char c : rest) {
    const int digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    value = value * base + digit;
  }
  return negative ? -value : value;
}

std::optional<YamlNumber> floatValue(std::string_view text) {
  std::string digits = withoutUnderscores(text);
  if (digits.find("inf") != std::string::npos || digits.find("Inf") != std::string::npos ||
      digits.find("INF") != std::string::npos || digits.find("nan") != std::string::npos ||
      digits.find("NaN") != std::string::npos || digits.find("NAN") != std::string::npos) {
    return std::nullopt;
  }
  std::string_view rest = digits;
  bool negative = false;
  if (!rest.empty() && (rest.front() == '-' || rest.front() == '+')) {
    negative = rest.front() == '-';
    rest.remove_prefix(1);
  }
  double value = 0;
  if (rest.find(':') != std::string_view::npos) {
    value = sexagesimal(rest);
  } else {
    std::string normal(rest);
    if (!normal.empty() && normal.front() == '.') normal.insert(normal.begin(), '0');
    std::from_chars(normal.data(), normal.data() + normal.size(), value);
  }
  return negative ? -value : value;
}

}  // namespace

YamlScalar classifyPlainScalar(std::string_view text) {
  if (!mayBeTyped(text)) return YamlScalar::String;
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return YamlScalar::Null;
  if (text == "<<") return YamlScalar::Merge;
  if (text == "=") return YamlScalar::Value;
  const Patterns& p = patterns();
  if (matches(text, p.bool11)) return YamlScalar::Bool;
  if (matches(text, p.int11)) return YamlScalar::Int;
  if (matches(text, p.float11)) return YamlScalar::Float;
  if (matches(text, p.timestamp)) return YamlScalar::Timestamp;
  return YamlScalar::String;
}

bool needsQuotes(std::string_view text) {
  if (!mayBeTyped(text)) return false;
  return classifyPlainScalar(text) != YamlScalar::String || matches(text, patterns().other);
}

std::optional<YamlNumber> plainScalarValue(std::string_view text, YamlScalar kind) {
  switch (kind) {
    case YamlScalar::Bool: {
      const char first = static_cast<char>(text.front() | 0x20);
      return YamlNumber(first == 'y' || first == 't' || text == "on" || text == "On" || text == "ON");
    }
    case YamlScalar::Int: return intValue(text);
    case YamlScalar::Float: return floatValue(text);
    default: return std::nullopt;
  }
}

}  // namespace cdk::detail
