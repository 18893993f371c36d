#include "js_number.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace cdk::detail {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// The length of the JavaScript white space (StrWhiteSpaceChar: ASCII, no-break and other Unicode spaces, line
/// and paragraph separators, the byte order mark) at the start of `s`, in UTF-8; 0 when there is none.
std::size_t whiteSpaceAt(std::string_view s) {
  constexpr std::string_view kSpaces[] = {
      "\t",           "\n",           "\v",           "\f",           "\r",           " ",
      "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82", "\xE2\x80\x83",
      "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89",
      "\xE2\x80\x8A", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80",
      "\xEF\xBB\xBF"};
  for (std::string_view space : kSpaces) {
    if (s.starts_with(space)) return space.size();
  }
  return 0;
}

}  // namespace

std::string jsNumber(double x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x < 0 ? "-Infinity" : "Infinity";
  if (x == 0) return "0";  // -0 too
  std::string out = x < 0 ? "-" : "";
  // ECMA-262 Number::toString: the shortest digits d1..dk that read back as |x|, and n with |x| = 0.d1..dk * 10^n.
  std::array<char, 32> buffer{};
  const auto end =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::fabs(x), std::chars_format::scientific).ptr;
  const std::string_view scientific(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
  const std::size_t e = scientific.find('e');
  std::string digits(scientific.substr(0, e));
  if (digits.size() > 1) digits.erase(1, 1);  // the point after the first digit
  int exponent = 0;
  const std::string_view exponentText = scientific.substr(e + 1);
  std::from_chars(exponentText.data() + (exponentText.front() == '+' ? 1 : 0),
                  exponentText.data() + exponentText.size(), exponent);
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;
  if (k <= n && n <= 21) return out + digits + std::string(static_cast<std::size_t>(n - k), '0');
  if (0 < n && n <= 21) return out + digits.substr(0, static_cast<std::size_t>(n)) + "." + digits.substr(n);
  if (-6 < n && n <= 0) return out + "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  out += digits.substr(0, 1);
  if (k > 1) out += "." + digits.substr(1);
  return out + "e" + (n > 0 ? "+" : "-") + std::to_string(std::abs(n - 1));
}

std::optional<double> jsParseFloat(std::string_view text) {
  while (const std::size_t space = whiteSpaceAt(text)) text.remove_prefix(space);
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  const double sign = negative ? -1.0 : 1.0;
  if (text.starts_with("Infinity")) return sign * std::numeric_limits<double>::infinity();
  // The longest prefix that is a StrUnsignedDecimalLiteral: digits, a point, digits (one digit at least), and an
  // exponent when digits follow its sign.
  std::size_t i = 0;
  std::size_t digitCount = 0;
  int leadingFractionZeros = 0;  // for the magnitude of a number out of double's range
  int integerDigits = 0;
  bool significant = false;
  while (i < text.size() && isDigit(text[i])) {
    significant = significant || text[i] != '0';
    integerDigits += significant ? 1 : 0;
    ++i;
    ++digitCount;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && isDigit(text[i])) {
      if (!significant && text[i] == '0') ++leadingFractionZeros;
      significant = significant || text[i] != '0';
      ++i;
      ++digitCount;
    }
  }
  if (digitCount == 0) return std::nullopt;
  long long exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    std::size_t j = i + 1;
    const bool negativeExponent = j < text.size() && text[j] == '-';
    if (j < text.size() && (text[j] == '+' || text[j] == '-')) ++j;
    if (j < text.size() && isDigit(text[j])) {
      while (j < text.size() && isDigit(text[j])) {
        if (exponent < 1'000'000) exponent = exponent * 10 + (text[j] - '0');
        ++j;
      }
      if (negativeExponent) exponent = -exponent;
      i = j;
    }
  }
  double value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + i, value, std::chars_format::general);
  if (ec == std::errc::result_out_of_range) {
    // Beyond double's range: JavaScript reads Infinity, or 0 below the smallest number.
    const long long magnitude = exponent + (integerDigits > 0 ? integerDigits : -leadingFractionZeros);
    value = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  } else if (ec != std::errc()) {
    return std::nullopt;
  }
  (void)ptr;
  return sign * value;
}

}  // namespace cdk::detail
