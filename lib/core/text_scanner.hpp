// A left-to-right scanner for the small, fixed text formats the L2 layer checks (CIDRs, ids, ARN suffixes,
// action names). std::regex would do, but libstdc++ compiles each pattern at run time at a cost of up to a
// million instructions, more than a whole stack's synthesis spends elsewhere; these formats need no backtracking.
// Character classes are ASCII only and independent of the C++ locale. Internal to the library.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace cdk::detail {

constexpr bool isAsciiDigit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool isAsciiLower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool isAsciiUpper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool isAsciiAlnum(char c) noexcept { return isAsciiDigit(c) || isAsciiLower(c) || isAsciiUpper(c); }
constexpr bool isLowerHexDigit(char c) noexcept { return isAsciiDigit(c) || (c >= 'a' && c <= 'f'); }
constexpr char toAsciiLower(char c) noexcept { return isAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char toAsciiUpper(char c) noexcept { return isAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

/// `text` with its ASCII letters in lower case (JavaScript's toLowerCase() on the ASCII identifiers it is used for).
inline std::string toAsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = toAsciiLower(c);
  return out;
}

/// `text` with its ASCII letters in upper case.
inline std::string toAsciiUpper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = toAsciiUpper(c);
  return out;
}

/// True when every character of `text` satisfies `predicate` (true for empty text).
template <class Predicate>
constexpr bool allOf(std::string_view text, Predicate predicate) {
  for (char c : text) {
    if (!predicate(c)) return false;
  }
  return true;
}

class TextScanner {
 public:
  static constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max();

  constexpr explicit TextScanner(std::string_view text) noexcept : text_(text) {}

  /// Consumes up to `max` characters satisfying `predicate`; true when at least `min` were consumed (on false,
  /// nothing is consumed).
  template <class Predicate>
  constexpr bool take(Predicate predicate, std::size_t min = 1, std::size_t max = kUnbounded) {
    std::size_t n = 0;
    while (n < max && pos_ + n < text_.size() && predicate(text_[pos_ + n])) ++n;
    if (n < min) return false;
    pos_ += n;
    return true;
  }

  /// Consumes `literal` when the text continues with it.
  constexpr bool literal(std::string_view literal) noexcept {
    if (text_.substr(pos_).starts_with(literal)) {
      pos_ += literal.size();
      return true;
    }
    return false;
  }

  constexpr bool atEnd() const noexcept { return pos_ == text_.size(); }
  constexpr std::size_t position() const noexcept { return pos_; }
  constexpr std::string_view rest() const noexcept { return text_.substr(pos_); }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace cdk::detail
