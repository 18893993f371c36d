// Patterns for template assertions (aws-cdk-lib's assertions.Match). A pattern is a cdk::Value whose
// literal parts must be found in the template and whose matchers (Match::...) decide the rest.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/export.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/value.hpp"

namespace cdk::assertions {

/// Where a match failed, and why; empty when it matched.
struct MatchFailure {
  std::string path;     ///< JSON-pointer-like location, e.g. "/Properties/Tags/0/Key"
  std::string message;  ///< what was expected and what was found
};

/// The outcome of matching a pattern against a value.
class CDKPP_API MatchResult {
 public:
  bool ok() const noexcept { return failures_.empty(); }
  const std::vector<MatchFailure>& failures() const noexcept { return failures_; }
  void fail(std::string path, std::string message) { failures_.push_back({std::move(path), std::move(message)}); }
  void merge(const MatchResult& other) {
    failures_.insert(failures_.end(), other.failures_.begin(), other.failures_.end());
  }
  /// One line per failure.
  std::string toString() const;

 private:
  std::vector<MatchFailure> failures_;
};

/// A matcher is a token inside a pattern; it cannot be rendered into a template.
class CDKPP_API Matcher : public IResolvable {
 public:
  virtual MatchResult test(const nlohmann::ordered_json& actual, const std::string& path) const = 0;
  nlohmann::ordered_json resolve(ResolveContext& context) const override;
};

class CDKPP_API Match {
 public:
  /// The keys of the pattern must be present with matching values; other keys are ignored. Nested literal
  /// maps match the same way; literal lists must match item by item.
  static Value objectLike(Value::Map pattern);
  /// Exactly these keys, with matching values.
  static Value objectEquals(Value::Map pattern);
  /// A list containing items matching the pattern's items, in this order (others may be in between).
  static Value arrayWith(Value::List pattern);
  /// A list of exactly these items.
  static Value arrayEquals(Value::List pattern);
  /// Exactly this value: nested maps must have exactly the same keys.
  static Value exact(Value pattern);
  /// The key must not be present.
  static Value absent();
  /// Any value, as long as the key is present.
  static Value anyValue();
  /// Anything the pattern does not match.
  static Value not_(Value pattern);
  /// A string matching an ECMAScript regular expression.
  static Value stringLikeRegexp(std::string_view pattern);
  /// A string holding JSON that matches the pattern.
  static Value serializedJson(Value pattern);
};

/// Matches `actual` against `pattern` (a literal value is matched like Match::objectLike for maps).
CDKPP_API MatchResult matchValue(const Value& pattern, const nlohmann::ordered_json& actual,
                                 const std::string& path = "");

}  // namespace cdk::assertions
