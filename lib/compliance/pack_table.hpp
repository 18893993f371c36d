// The rules a pack applies, as its cdk-nag source lists them: id suffix, rule, level, info and explanation.
#pragma once

#include <span>
#include <string_view>

#include "cdk/compliance/nag_pack.hpp"

namespace cdk::compliance::detail {

struct PackRuleEntry {
  std::string_view suffix;  ///< cdk-nag's ruleSuffixOverride, else the rule's name
  std::string_view rule;    ///< the rule (rule.hpp's registry)
  NagMessageLevel level;
  std::string_view info;
  std::string_view explanation;
};

struct PackTable {
  std::span<const PackRuleEntry> entries;
};

struct Rule;

/// A rule of a pack: the rule and its index in the pack's rules.
struct RuleEntry {
  const Rule* rule;
  std::size_t index;
};

}  // namespace cdk::compliance::detail
