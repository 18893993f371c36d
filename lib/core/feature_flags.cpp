#include "cdk/core/feature_flags.hpp"

#include "cdk/core/construct.hpp"

namespace cdk {

bool FeatureFlags::isEnabled(std::string_view flag) const {
  const auto value = scope_->node().tryGetContext(flag);
  if (!value) return false;
  if (value->isBool()) return value->asBool();
  if (value->isString()) return value->asString() == "true";
  return false;
}

}  // namespace cdk
