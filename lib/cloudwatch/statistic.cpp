#include "cloudwatch/statistic.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <system_error>

#include "core/text_scanner.hpp"

namespace cdk::cloudwatch::detail {

namespace {

using cdk::detail::isAsciiDigit;
using cdk::detail::toAsciiLower;

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (toAsciiLower(text[i]) != toAsciiLower(prefix[i])) return false;
  }
  return true;
}

double toDouble(std::string_view text) {
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

/// JavaScript's parseFloat on trimmed text: the longest decimal literal at the start, NaN when there is none.
double parseFloatPrefix(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  if (text.substr(i).starts_with("Infinity")) return text[0] == '-' ? -INFINITY : INFINITY;
  const std::size_t digitsStart = i;
  while (i < text.size() && isAsciiDigit(text[i])) ++i;
  bool digits = i > digitsStart;
  if (i < text.size() && text[i] == '.') {
    const std::size_t fraction = ++i;
    while (i < text.size() && isAsciiDigit(text[i])) ++i;
    digits = digits || i > fraction;
  }
  if (!digits) return NAN;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < text.size() && (text[j] == '+' || text[j] == '-')) ++j;
    const std::size_t exponent = j;
    while (j < text.size() && isAsciiDigit(text[j])) ++j;
    if (j > exponent) i = j;
  }
  std::string number(text.substr(0, i));
  if (!number.empty() && number[0] == '+') number.erase(0, 1);
  return std::strtod(number.c_str(), nullptr);
}

std::string_view trim(std::string_view text) {
  const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

/// ^<prefix>(\d+(?:\.\d+)?)$, case-insensitive, with a value from 0 to 100.
bool isSingleStatistic(std::string_view statistic, std::string_view prefix) {
  if (!startsWithIgnoringCase(statistic, prefix)) return false;
  const std::string_view number = statistic.substr(prefix.size());
  cdk::detail::TextScanner scanner(number);
  if (!scanner.take(isAsciiDigit)) return false;
  if (scanner.literal(".") && !scanner.take(isAsciiDigit)) return false;
  if (!scanner.atEnd()) return false;
  const double value = toDouble(number);
  return value >= 0 && value <= 100;
}

/// ^<prefix>\(([^)]+)\)$, case-insensitive, with a lower and an upper bound of which at least one is given,
/// both percentages or neither.
bool isRangeStatistic(std::string_view statistic, std::string_view prefix) {
  if (!startsWithIgnoringCase(statistic, prefix)) return false;
  std::string_view rest = statistic.substr(prefix.size());
  if (rest.size() < 3 || rest.front() != '(' || rest.back() != ')') return false;
  const std::string_view inner = rest.substr(1, rest.size() - 2);
  if (inner.find(')') != std::string_view::npos) return false;
  const std::size_t colon = inner.find(':');
  if (colon == std::string_view::npos) return false;
  const std::string_view lhs = inner.substr(0, colon);
  std::string_view rhs = inner.substr(colon + 1);
  rhs = rhs.substr(0, rhs.find(':'));  // "a:b:c" splits into three; the range is the first two
  struct Bound {
    bool failed = false;
    bool given = false;
    bool percent = false;
  };
  const auto parse = [](std::string_view text) {
    Bound bound;
    text = trim(text);
    if (text.empty()) return bound;
    bound.given = true;
    bound.percent = text.back() == '%';
    const double value = parseFloatPrefix(bound.percent ? text.substr(0, text.size() - 1) : text);
    bound.failed = std::isnan(value) || value < 0 || (bound.percent && value > 100);
    return bound;
  };
  const Bound lower = parse(lhs);
  const Bound upper = parse(rhs);
  if (lower.failed || upper.failed) return false;
  if (!lower.given && !upper.given) return false;
  if (lower.given && upper.given && lower.percent != upper.percent) return false;
  return true;
}

}  // namespace

ParsedStatistic parseStatistic(std::string_view statistic) {
  const std::string lowered = toAsciiLower(statistic);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> simple{{
      {"average", "Average"},
      {"avg", "Average"},
      {"minimum", "Minimum"},
      {"min", "Minimum"},
      {"maximum", "Maximum"},
      {"max", "Maximum"},
      {"samplecount", "SampleCount"},
      {"n", "SampleCount"},
      {"sum", "Sum"},
  }};
  for (const auto& [alias, name] : simple) {
    if (lowered == alias) return {StatisticKind::Simple, std::string(name)};
  }
  if (lowered == "iqm") return {StatisticKind::Extended, "IQM"};
  for (std::string_view prefix : {"p", "tm", "wm", "tc", "ts"}) {
    if (isSingleStatistic(statistic, prefix)) return {StatisticKind::Single, toAsciiLower(statistic)};
  }
  for (std::string_view prefix : {"PR", "TM", "WM", "TC", "TS"}) {
    if (isRangeStatistic(statistic, prefix)) return {StatisticKind::Range, cdk::detail::toAsciiUpper(statistic)};
  }
  return {StatisticKind::Unparseable, std::string(statistic)};
}

StatisticFields parseStatisticToFields(std::string_view statistic) {
  ParsedStatistic parsed = parseStatistic(statistic);
  if (parsed.kind == StatisticKind::Simple) return {.statistic = std::move(parsed.normalized)};
  return {.extendedStatistic = std::move(parsed.normalized)};
}

}  // namespace cdk::cloudwatch::detail
