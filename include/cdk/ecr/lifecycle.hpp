// Lifecycle rules of a repository (aws-cdk-lib's ecr.LifecycleRule and TagStatus).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"

namespace cdk::ecr {

/// Which images a rule selects: "any", "tagged" or "untagged".
enum class TagStatus { ANY, TAGGED, UNTAGGED };

/// "any", "tagged", "untagged".
CDKPP_API std::string_view toString(TagStatus status) noexcept;

/// One rule of the repository's lifecycle policy: expire images beyond a count (maxImageCount) or older than
/// an age (maxImageAge), exactly one of the two.
struct LifecycleRule {
  std::optional<std::string> description{};
  /// sinceImagePushed, in whole days.
  std::optional<cdk::Duration> maxImageAge{};
  /// imageCountMoreThan.
  std::optional<int> maxImageCount{};
  /// Default: after the rules with a priority, in the order added; the ANY rule last.
  std::optional<int> rulePriority{};
  /// Tag patterns with up to four '*' (TAGGED rules only; not with tagPrefixList).
  std::vector<std::string> tagPatternList{};
  /// Tag prefixes (TAGGED rules only).
  std::vector<std::string> tagPrefixList{};
  /// Default TAGGED when tagPrefixList or tagPatternList is given, else ANY.
  std::optional<TagStatus> tagStatus{};
};

}  // namespace cdk::ecr
