// Feature flags read from context (aws-cdk-lib's FeatureFlags): `FeatureFlags::of(scope).isEnabled(flag)`.
#pragma once

#include <string_view>

#include "cdk/core/export.hpp"

namespace cdk {

class IConstruct;

class CDKPP_API FeatureFlags {
 public:
  /// The flags as seen from `scope` (context set on it or any construct above it, usually the App).
  static FeatureFlags of(const IConstruct& scope) noexcept { return FeatureFlags(scope); }
  /// True when the flag is set to true, or to the string "true" (context given on the command line is text).
  /// A flag that is not set is off, except the few that aws-cdk-lib v2 treats as on when cdk.json does not
  /// set them (its CURRENT_VERSION_FLAG_DEFAULTS, e.g. "@aws-cdk/pipelines:reduceStageRoleTrustScope").
  bool isEnabled(std::string_view flag) const;

 private:
  explicit FeatureFlags(const IConstruct& scope) noexcept : scope_(&scope) {}
  const IConstruct* scope_;
};

}  // namespace cdk
