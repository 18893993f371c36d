// Regular expressions of CloudFormation: schema `pattern`s (JSON-schema style, with lookarounds and Unicode
// classes) and parameters' AllowedPattern. PCRE2 runs them with match limits and without recursion on the
// stack, so no value or expression can make a check run away (libstdc++'s std::regex recurses per character).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct pcre2_real_code_8;

namespace cdk::detail {

enum class PatternMatch {
  Matches,
  DoesNotMatch,
  NotJudged,  ///< the expression does not compile here, or the match hit its limits
};

class Regex {
 public:
  enum class Anchoring {
    Search,     ///< anywhere in the text (JSON schema's `pattern`: anchors are the expression's own)
    WholeText,  ///< the whole text (CloudFormation's AllowedPattern)
  };

  /// The compiled expression, or nullopt with `error` set to PCRE2's reason.
  static std::optional<Regex> compile(std::string_view pattern, Anchoring anchoring, std::string* error = nullptr);

  PatternMatch match(std::string_view text) const;

 private:
  explicit Regex(std::shared_ptr<pcre2_real_code_8> code) : code_(std::move(code)) {}
  std::shared_ptr<pcre2_real_code_8> code_;  ///< PCRE2's compiled form, freed with pcre2_code_free
};

/// `text` against a schema pattern. `pattern` must outlive the process (the schema tables' text does): each is
/// compiled once, cached by its address.
PatternMatch matchSchemaPattern(std::string_view pattern, std::string_view text);

}  // namespace cdk::detail
