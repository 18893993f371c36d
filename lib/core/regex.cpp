#include "regex.hpp"

#include <array>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include <pcre2.h>  // PCRE2_CODE_UNIT_WIDTH=8 comes with the PCRE2::pcre2-8 target

namespace cdk::detail {
namespace {

/// Backtracking budget of one match: far above what an honest value needs, far below what a pathological
/// expression could take.
constexpr std::uint32_t kMatchLimit = 1'000'000;
constexpr std::uint32_t kDepthLimit = 10'000;

struct MatchDataDeleter {
  void operator()(pcre2_match_data* data) const noexcept { pcre2_match_data_free(data); }
};
struct MatchContextDeleter {
  void operator()(pcre2_match_context* context) const noexcept { pcre2_match_context_free(context); }
};

}  // namespace

std::optional<Regex> Regex::compile(std::string_view pattern, Anchoring anchoring, std::string* error) {
  // UTF: expressions and values are UTF-8. ALT_BSUX: \uXXXX as in ECMAScript, which schemas use.
  std::uint32_t options = PCRE2_UTF | PCRE2_ALT_BSUX;
  if (anchoring == Anchoring::WholeText) options |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
  int code = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* compiled =
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options, &code, &offset, nullptr);
  if (!compiled) {
    if (error) {
      std::array<PCRE2_UCHAR, 256> text{};
      pcre2_get_error_message(code, text.data(), text.size());
      *error = std::string(reinterpret_cast<const char*>(text.data())) + " at offset " + std::to_string(offset);
    }
    return std::nullopt;
  }
  return Regex(std::shared_ptr<pcre2_code>(compiled, pcre2_code_free));
}

PatternMatch Regex::match(std::string_view text) const {
  // One ovector pair is enough to know whether it matched; per thread, so that concurrent Apps do not share it.
  thread_local std::unique_ptr<pcre2_match_data, MatchDataDeleter> data(pcre2_match_data_create(1, nullptr));
  thread_local std::unique_ptr<pcre2_match_context, MatchContextDeleter> context([] {
    pcre2_match_context* c = pcre2_match_context_create(nullptr);
    if (c) {
      pcre2_set_match_limit(c, kMatchLimit);
      pcre2_set_depth_limit(c, kDepthLimit);
    }
    return c;
  }());
  if (!data || !context) return PatternMatch::NotJudged;
  const int rc =
      pcre2_match(code_.get(), reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, data.get(), context.get());
  if (rc >= 0) return PatternMatch::Matches;
  if (rc == PCRE2_ERROR_NOMATCH) return PatternMatch::DoesNotMatch;
  return PatternMatch::NotJudged;  // limits, or text that is not UTF-8 (reported on its own elsewhere)
}

PatternMatch matchSchemaPattern(std::string_view pattern, std::string_view text) {
  // Compiled once per process, by the address of the pattern's text (null: it does not compile here).
  static std::shared_mutex mutex;
  static std::unordered_map<const char*, std::optional<Regex>> cache;
  const std::optional<Regex>* regex = nullptr;
  {
    std::shared_lock lock(mutex);
    if (auto it = cache.find(pattern.data()); it != cache.end()) regex = &it->second;
  }
  if (!regex) {
    std::optional<Regex> compiled = Regex::compile(pattern, Regex::Anchoring::Search);
    std::unique_lock lock(mutex);
    regex = &cache.try_emplace(pattern.data(), std::move(compiled)).first->second;
  }
  return *regex ? (*regex)->match(text) : PatternMatch::NotJudged;
}

}  // namespace cdk::detail
