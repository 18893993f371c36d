// Helpers of the generated L1 classes (include/cdk/cfn/*): render typed props into a property map in the
// CloudFormation names. Internal: included by the generated sources only.
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/cfn_tag.hpp"
#include "cdk/core/value.hpp"

namespace cdk::detail {

inline Value renderField(const Value& value) { return value; }
inline Value renderField(const ValueList& list) { return list.toValue(); }
inline Value renderField(const CfnTag& tag) {
  Value::Map map;
  map.reserve(2);
  if (!tag.key.isNull()) map.emplace_back("Key", tag.key);
  if (!tag.value.isNull()) map.emplace_back("Value", tag.value);
  return Value(std::move(map));
}
/// A nested property type: its generated `toValue` (found by argument-dependent lookup).
template <class T>
  requires requires(const T& t) {
    { toValue(t) } -> std::same_as<Value>;
  }
Value renderField(const T& nested) {
  return toValue(nested);
}
template <class T>
Value renderField(const std::vector<T>& items);
template <class T>
Value renderField(const std::vector<std::pair<std::string, T>>& entries);

template <class T>
Value renderField(const std::vector<T>& items) {
  Value::List out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(renderField(item));
  return Value(std::move(out));
}

template <class T>
Value renderField(const std::vector<std::pair<std::string, T>>& entries) {
  Value::Map out;
  out.reserve(entries.size());
  for (const auto& [key, item] : entries) out.emplace_back(key, renderField(item));
  return Value(std::move(out));
}

/// Adds `name: field` to a property map when the field is set (a null Value counts as unset).
template <class T>
void put(Value::Map& out, std::string_view name, const std::optional<T>& field) {
  if (!field) return;
  if constexpr (std::same_as<T, Value>) {
    if (field->isNull()) return;
  }
  out.emplace_back(std::string(name), renderField(*field));
}

}  // namespace cdk::detail
