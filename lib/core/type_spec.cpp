#include "cdk/core/type_spec.hpp"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "regex.hpp"

namespace cdk {
namespace {

std::size_t codePoints(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::optional<double> numericValue(const Value& v) {
  if (v.isNumber()) return v.asNumber();
  if (v.isString()) {
    const std::string& s = v.asString();
    double out = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty()) return out;
  }
  return std::nullopt;
}

std::string shortText(const Value& v) {
  std::string text = v.isString() ? "'" + v.asString() + "'" : v.toString();
  if (text.size() > 80) text = text.substr(0, 77) + "...";
  return text;
}

class Checker {
 public:
  Checker(const CfnSpecTable& table, CfnSpecCheck check, std::vector<std::string>& errors)
      : table_(table),
        shape_(check != CfnSpecCheck::Constraints),
        constraints_(check != CfnSpecCheck::Shape),
        errors_(errors) {}

  void object(const CfnTypeSpec& spec, const Value& value, const std::string& path) {
    if (value.isToken()) return;
    if (!value.isMap()) {
      if (shape_) fail(path, fmt::format("must be an object ({}), not {}", table_.str(spec.name), shortText(value)));
      return;
    }
    const auto properties = table_.propertiesOf(spec);
    for (const auto& prop : properties) {
      const std::string_view name = table_.str(prop.name);
      const Value* v = value.find(name);
      if (!v || v->isNull()) {
        if (prop.required && shape_) fail(join(path, name), "is required but missing; set it");
        continue;
      }
      check(prop, *v, join(path, name));
    }
    if (!spec.allowsAdditional && shape_) {
      for (const auto& [key, v] : value.asMap()) {
        bool known = false;
        for (const auto& prop : properties) known = known || table_.str(prop.name) == key;
        if (!known) {
          fail(join(path, key), fmt::format("is not a property of {}; check its spelling", table_.str(spec.name)));
        }
      }
    }
  }

 private:
  static std::string join(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
  }

  void fail(const std::string& path, const std::string& what) {
    errors_.push_back(fmt::format("property '{}' {}", path, what));
  }

  void check(const CfnPropertySpec& spec, const Value& value, const std::string& path) {
    if (value.isToken()) return;  // references are not judged by a type they cannot know
    switch (spec.type) {
      case CfnValueType::Any: return;
      case CfnValueType::Json:
        if (!value.isMap() && !value.isList() && !value.isString() && shape_) {
          fail(path, fmt::format("must be a JSON object, not {}", shortText(value)));
        }
        return;
      case CfnValueType::String: {
        if (!value.isString()) {
          if (shape_) fail(path, fmt::format("must be a string, not {}", shortText(value)));
          return;
        }
        if (!constraints_) return;
        const std::string& s = value.asString();
        // A dynamic reference ({{resolve:secretsmanager:...}}, {{resolve:ssm:...}}) is replaced by CloudFormation at
        // deployment: what it resolves to must meet the constraints, which cannot be known here.
        if (s.find("{{resolve:") != std::string::npos) return;
        const auto allowedValues = table_.allowedValuesOf(spec);
        if (!allowedValues.empty()) {
          bool allowed = false;
          for (auto a : allowedValues) allowed = allowed || table_.str(a) == s;
          if (!allowed) {
            std::string list;
            for (auto a : allowedValues) list += (list.empty() ? "" : ", ") + std::string(table_.str(a));
            fail(path, fmt::format("is '{}', which is not one of the allowed values: {}", s, list));
          }
        }
        const std::size_t n = codePoints(s);
        if (spec.maxLength && n > *spec.maxLength) {
          fail(path, fmt::format("has {} characters, more than the maximum of {}", n, *spec.maxLength));
        }
        if (spec.minLength && n < *spec.minLength) {
          fail(path, fmt::format("has {} characters, fewer than the minimum of {}", n, *spec.minLength));
        }
        if (spec.pattern.size != 0) {
          const std::string_view pattern = table_.str(spec.pattern);
          if (detail::matchSchemaPattern(pattern, s) == detail::PatternMatch::DoesNotMatch) {
            fail(path, fmt::format("is {}, which does not match the pattern {} that CloudFormation requires of it; "
                                   "change the value to match",
                                   shortText(value), pattern));
          }
        }
        return;
      }
      case CfnValueType::Integer:
      case CfnValueType::Number: {
        auto n = numericValue(value);
        const bool whole = n && std::isfinite(*n) && *n == std::trunc(*n);
        if (!n || (spec.type == CfnValueType::Integer && !whole)) {
          // A number that is not whole where the schema has an integer is a constraint: aws-cdk-lib's L1 types
          // have only numbers.
          if (n ? constraints_ : shape_) {
            fail(path, fmt::format("must be {}, not {}", spec.type == CfnValueType::Integer ? "an integer" : "a number",
                                   shortText(value)));
          }
          return;
        }
        if (!constraints_) return;
        if (spec.minimum && *n < *spec.minimum)
          fail(path, fmt::format("is {}, below the minimum of {}", *n, *spec.minimum));
        if (spec.maximum && *n > *spec.maximum)
          fail(path, fmt::format("is {}, above the maximum of {}", *n, *spec.maximum));
        if (spec.allowedValueCount != 0) {
          bool allowed = false;
          for (auto allowedValue : table_.allowedValuesOf(spec)) {
            const std::string_view a = table_.str(allowedValue);
            double d = 0;
            auto [p, ec] = std::from_chars(a.data(), a.data() + a.size(), d);
            allowed = allowed || (ec == std::errc() && d == *n);
          }
          if (!allowed) fail(path, fmt::format("is {}, which is not one of the allowed values", *n));
        }
        return;
      }
      case CfnValueType::Boolean:
        if (!value.isBool() && !(value.isString() && (value.asString() == "true" || value.asString() == "false")) &&
            shape_) {
          fail(path, fmt::format("must be true or false, not {}", shortText(value)));
        }
        return;
      case CfnValueType::Object:
        if (spec.objectType < table_.types.size()) object(table_.types[spec.objectType], value, path);
        return;
      case CfnValueType::Array: {
        if (!value.isList()) {
          if (shape_) fail(path, fmt::format("must be a list, not {}", shortText(value)));
          return;
        }
        if (spec.items >= table_.properties.size()) return;
        const CfnPropertySpec& items = table_.properties[spec.items];
        const auto& list = value.asList();
        for (std::size_t i = 0; i < list.size(); ++i) check(items, list[i], fmt::format("{}[{}]", path, i));
        return;
      }
      case CfnValueType::Map: {
        if (!value.isMap()) {
          if (shape_) fail(path, fmt::format("must be a map, not {}", shortText(value)));
          return;
        }
        if (spec.items >= table_.properties.size()) return;
        const CfnPropertySpec& items = table_.properties[spec.items];
        for (const auto& [key, v] : value.asMap()) check(items, v, join(path, key));
        return;
      }
    }
  }

  const CfnSpecTable& table_;
  const bool shape_;
  const bool constraints_;
  std::vector<std::string>& errors_;
};

}  // namespace

std::vector<std::string_view> CfnResourceTypeInfo::attributes() const {
  std::vector<std::string_view> names;
  if (!specs) return names;
  names.reserve(attributeCount);
  for (CfnSpecString name : specs->strings.subspan(firstAttribute, attributeCount)) names.push_back(specs->str(name));
  return names;
}

std::vector<std::string> validateAgainstSpec(const CfnSpecTable& table, const CfnTypeSpec& spec,
                                             const Value& properties, CfnSpecCheck check) {
  std::vector<std::string> errors;
  Checker checker(table, check, errors);
  checker.object(spec, properties.isNull() ? Value(Value::Map{}) : properties, "");
  return errors;
}

}  // namespace cdk
