#include "cdk/core/cfn_parse.hpp"

#include <cmath>

#include <fmt/format.h>

#include "js_number.hpp"

namespace cdk::detail {
namespace {

/// convertToSchemaTypes: walks a value and its spec together, knowing the JSON pointer of the place for errors.
class SchemaTypes {
 public:
  explicit SchemaTypes(const CfnSpecTable& table) : table_(table) {}

  void object(const CfnTypeSpec& spec, Value& value) {
    if (!value.isMap()) return;  // a token (an object made by a function), or a value of another shape
    const auto properties = table_.propertiesOf(spec);
    for (auto& [name, item] : value.asMap()) {
      for (const CfnPropertySpec& property : properties) {
        if (table_.str(property.name) != name) continue;
        const std::size_t length = enter(name);
        convert(property, item);
        pointer_.resize(length);
        break;
      }
    }
  }

 private:
  std::size_t enter(std::string_view key) {
    const std::size_t length = pointer_.size();
    pointer_ += '/';
    for (char c : key) {
      if (c == '~') {
        pointer_ += "~0";
      } else if (c == '/') {
        pointer_ += "~1";
      } else {
        pointer_ += c;
      }
    }
    return length;
  }

  /// A number: an integer when it is a whole one (JavaScript has one kind of number; 3, not 3.0).
  static Value number(double d) {
    if (d == std::trunc(d) && std::fabs(d) < 9.2e18) return Value(static_cast<std::int64_t>(d));
    return Value(d);
  }

  void convert(const CfnPropertySpec& spec, Value& value) {
    if (value.isToken() || value.isNull()) return;
    switch (spec.type) {
      case CfnValueType::String:  // FromCloudFormation.getString
        if (value.isInteger()) {
          value = Value(std::to_string(value.asInteger()));
        } else if (value.isNumber()) {
          value = Value(jsNumber(value.asNumber()));
        } else if (value.isBool()) {
          value = Value(value.asBool() ? "true" : "false");
        }
        return;
      case CfnValueType::Integer:
      case CfnValueType::Number:  // FromCloudFormation.getNumber
        if (value.isString()) {
          if (auto parsed = jsParseFloat(value.asString())) value = number(*parsed);
        }
        return;
      case CfnValueType::Boolean:  // FromCloudFormation.getBoolean
        if (value.isString()) {
          const std::string& text = value.asString();
          if (text != "true" && text != "false") {
            throw PropertyValueError(pointer_,
                                     fmt::format("Expected 'true' or 'false' for boolean value, got: '{}'", text));
          }
          value = Value(text == "true");
        }
        return;
      case CfnValueType::Object:
        if (spec.objectType < table_.types.size()) object(table_.types[spec.objectType], value);
        return;
      case CfnValueType::Array:
        if (value.isList() && spec.items < table_.properties.size()) {
          auto& items = value.asList();
          for (std::size_t i = 0; i < items.size(); ++i) {
            const std::size_t length = enter(std::to_string(i));
            convert(table_.properties[spec.items], items[i]);
            pointer_.resize(length);
          }
        }
        return;
      case CfnValueType::Map:
        if (value.isMap() && spec.items < table_.properties.size()) {
          for (auto& [key, item] : value.asMap()) {
            const std::size_t length = enter(key);
            convert(table_.properties[spec.items], item);
            pointer_.resize(length);
          }
        }
        return;
      case CfnValueType::Any:   // a union of types, or no type
      case CfnValueType::Json:  // FromCloudFormation.getAny
        return;
    }
  }

  const CfnSpecTable& table_;
  std::string pointer_;
};

}  // namespace

PropertyValueError::PropertyValueError(std::string pointer, const std::string& message)
    : Error(message), pointer_(std::move(pointer)) {}

Value convertToSchemaTypes(const CfnSpecTable& table, const CfnTypeSpec& spec, Value properties) {
  SchemaTypes(table).object(spec, properties);
  return properties;
}

PropertyReader::PropertyReader(const Value& value) noexcept : map_(value.isMap() ? &value.asMap() : nullptr) {
  if (map_) taken_.assign(map_->size(), false);
  fits_ = map_ != nullptr;
}

PropertyReader::PropertyReader(const Value& value, Value::Map& extra, const CfnResourceTypeInfo* types)
    : extra_(&extra) {
  const CfnTypeSpec* spec = types ? types->typeSpec() : nullptr;
  if (spec) converted_ = convertToSchemaTypes(*types->specs, *spec, value);
  const Value& properties = spec ? converted_ : value;
  map_ = properties.isMap() ? &properties.asMap() : nullptr;
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
