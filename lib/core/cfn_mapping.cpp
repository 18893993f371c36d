#include "cdk/core/cfn_mapping.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "intrinsics.hpp"

namespace cdk {

CfnMapping::CfnMapping(Construct& scope, std::string_view id, CfnMappingProps props)
    : CfnElement(scope, id), props_(std::move(props)) {}

void CfnMapping::setValue(std::string_view key1, std::string_view key2, Value value) {
  for (auto& [k, inner] : props_.mapping) {
    if (k == key1) {
      inner.set(key2, std::move(value));
      return;
    }
  }
  props_.mapping.emplace_back(std::string(key1), Value::map({{std::string(key2), std::move(value)}}));
}

Value CfnMapping::findInMap(const Value& key1, const Value& key2) const {
  if (key1.isString()) {
    const Value* inner = nullptr;
    for (const auto& [k, v] : props_.mapping) {
      if (k == key1.asString()) inner = &v;
    }
    if (!inner) {
      throw ConstructError(node().path(), fmt::format("mapping has no top-level key '{}'", key1.asString()));
    }
    if (key2.isString() && !inner->find(key2.asString())) {
      throw ConstructError(node().path(),
                           fmt::format("mapping has no key '{}' under '{}'", key2.asString(), key1.asString()));
    }
  }
  return Fn::findInMap(Value(std::make_shared<detail::LogicalIdToken>(*this)), key1, key2);
}

Value CfnMapping::toCloudFormation() const {
  return Value::map({{"Mappings", Value::map({{logicalId(), Value(props_.mapping)}})}});
}

std::vector<std::string> CfnMapping::validateElement() const {
  std::vector<std::string> errors;
  if (props_.mapping.empty()) errors.emplace_back("mapping is empty; give it at least one top-level key");
  for (const auto& [key, inner] : props_.mapping) {
    if (!inner.isMap() || inner.asMap().empty()) {
      errors.push_back(fmt::format("mapping key '{}' must hold a non-empty map of second-level keys to values", key));
    }
  }
  return errors;
}

}  // namespace cdk
