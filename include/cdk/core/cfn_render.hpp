// Helpers of the generated L1 classes (include/cdk/cfn/*): render typed props into a property map in the
// CloudFormation names. Internal: included by the generated sources only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/cfn_tag.hpp"
#include "cdk/core/value.hpp"

// The generated sources call put() once per property; keeping the common cases out of line (once per
// translation unit) instead of inlined at every call keeps them small and quick to compile.
#if defined(__GNUC__)
#  define CDKPP_DETAIL_NOINLINE [[gnu::noinline]]
#else
#  define CDKPP_DETAIL_NOINLINE
#endif

namespace cdk::detail {

CDKPP_DETAIL_NOINLINE inline Value renderField(const CfnTag& tag) {
  Value::Map map;
  map.reserve(2);
  if (!tag.key.isNull()) map.emplace_back("Key", tag.key);
  if (!tag.value.isNull()) map.emplace_back("Value", tag.value);
  return Value(std::move(map));
}
inline Value renderField(const Value& value) { return value; }
inline Value renderField(const ValueList& list) { return list.toValue(); }
/// A nested property type: its generated `toValue` (found by argument-dependent lookup).
template <class T>
Value renderField(const T& nested) {
  return toValue(nested);
}

/// Adds `name: field` to a property map when the field is set (a null Value counts as unset).
CDKPP_DETAIL_NOINLINE inline void put(Value::Map& out, std::string_view name, const std::optional<Value>& field) {
  if (field && !field->isNull()) out.emplace_back(std::string(name), *field);
}
CDKPP_DETAIL_NOINLINE inline void put(Value::Map& out, std::string_view name, const std::optional<ValueList>& field) {
  if (field) out.emplace_back(std::string(name), field->toValue());
}
CDKPP_DETAIL_NOINLINE inline void put(Value::Map& out, std::string_view name, const std::optional<Value::Map>& field) {
  if (field) out.emplace_back(std::string(name), Value(*field));
}
/// A nested property type.
template <class T>
void put(Value::Map& out, std::string_view name, const std::optional<T>& field) {
  if (field) out.emplace_back(std::string(name), renderField(*field));
}
/// A list of nested property types (or of tags).
template <class T>
void put(Value::Map& out, std::string_view name, const std::optional<std::vector<T>>& field) {
  if (!field) return;
  Value::List list;
  list.reserve(field->size());
  for (const auto& item : *field) list.push_back(renderField(item));
  out.emplace_back(std::string(name), Value(std::move(list)));
}
/// A map of nested property types.
template <class T>
void put(Value::Map& out, std::string_view name, const std::optional<std::vector<std::pair<std::string, T>>>& field) {
  if (!field) return;
  Value::Map map;
  map.reserve(field->size());
  for (const auto& [key, item] : *field) map.emplace_back(key, renderField(item));
  out.emplace_back(std::string(name), Value(std::move(map)));
}

}  // namespace cdk::detail

#undef CDKPP_DETAIL_NOINLINE
