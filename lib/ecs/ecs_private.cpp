#include "ecs/ecs_private.hpp"

#include "cdk/core/construct.hpp"

namespace cdk::ecs::detail {

bool featureFlag(const Construct& scope, std::string_view key) {
  const auto value = scope.node().tryGetContext(key);
  if (!value) return false;
  if (value->isBool()) return value->asBool();
  if (value->isString()) return value->asString() == "true";
  return false;
}

std::string childPath(const Construct& scope, std::string_view id) {
  const std::string& parent = scope.node().path();
  return parent.empty() ? std::string(id) : parent + "/" + std::string(id);
}

}  // namespace cdk::ecs::detail
