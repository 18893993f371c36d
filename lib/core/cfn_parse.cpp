#include "cdk/core/cfn_parse.hpp"

namespace cdk::detail {

PropertyReader::PropertyReader(const Value& value) noexcept : map_(value.isMap() ? &value.asMap() : nullptr) {
  if (map_) taken_.assign(map_->size(), false);
  fits_ = map_ != nullptr;
}

PropertyReader::PropertyReader(const Value& value, Value::Map& extra) noexcept
    : map_(value.isMap() ? &value.asMap() : nullptr), extra_(&extra) {
  if (map_) taken_.assign(map_->size(), false);
}

void PropertyReader::take(std::string_view name, std::optional<Value>& field) { take<Value>(name, field); }
void PropertyReader::take(std::string_view name, std::optional<ValueList>& field) { take<ValueList>(name, field); }
void PropertyReader::take(std::string_view name, std::optional<Value::Map>& field) { take<Value::Map>(name, field); }
void PropertyReader::take(std::string_view name, std::optional<CfnTag>& field) { take<CfnTag>(name, field); }
void PropertyReader::take(std::string_view name, std::optional<std::vector<CfnTag>>& field) {
  take<std::vector<CfnTag>>(name, field);
}

const Value* PropertyReader::next(std::string_view name) {
  if (!map_) return nullptr;
  for (std::size_t i = 0; i < map_->size(); ++i) {
    if (!taken_[i] && (*map_)[i].first == name) {
      taken_[i] = true;
      return &(*map_)[i].second;
    }
  }
  return nullptr;
}

void PropertyReader::reject(std::string_view name, const Value& value) {
  if (extra_) {
    extra_->emplace_back(std::string(name), value);
  } else {
    fits_ = false;
  }
}

bool PropertyReader::finish() {
  if (!map_) return extra_ != nullptr;
  for (std::size_t i = 0; i < map_->size(); ++i) {
    if (!taken_[i]) reject((*map_)[i].first, (*map_)[i].second);
  }
  return extra_ ? true : fits_;
}

// The renderer leaves out null values, so a null does not fit a field: it stays in the template as it is.
bool PropertyReader::read(const Value& value, Value& out) {
  if (value.isNull()) return false;
  out = value;
  return true;
}

bool PropertyReader::read(const Value& value, ValueList& out) {
  if (value.isList()) {
    out = ValueList(value.asList());
    return true;
  }
  if (value.isToken()) {
    out = ValueList::ofToken(value);  // e.g. !Ref of a List<...> parameter, !GetAZs, !If of two lists
    return true;
  }
  return false;
}

bool PropertyReader::read(const Value& value, Value::Map& out) {
  if (!value.isMap()) return false;
  out = value.asMap();
  return true;
}

bool PropertyReader::read(const Value& value, CfnTag& out) {
  if (!value.isMap()) return false;
  for (const auto& [key, item] : value.asMap()) {
    if (item.isNull()) return false;
    if (key == "Key" && out.key.isNull()) {
      out.key = item;
    } else if (key == "Value" && out.value.isNull()) {
      out.value = item;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace cdk::detail
