#include "cdk/core/cfn_parameter.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cdk/core/cfn_reference.hpp"
#include "regex.hpp"

namespace cdk {
namespace {

std::string quoted(const Value& v) { return v.isString() ? "'" + v.asString() + "'" : v.toString(); }

bool isKnownType(std::string_view type) {
  return type == "String" || type == "Number" || type == "List<Number>" || type == "CommaDelimitedList" ||
         type.starts_with("AWS::") || type.starts_with("List<AWS::");
}

}  // namespace

CfnParameter::CfnParameter(Construct& scope, std::string_view id, CfnParameterProps props)
    : CfnElement(scope, id), props_(std::move(props)) {}

Value CfnParameter::ref() const { return CfnReference::forRef(*this); }

ValueList CfnParameter::valueAsList() const { return ValueList::ofToken(ref()); }

Value CfnParameter::toCloudFormation() const {
  Value::Map body;
  body.emplace_back("Type", props_.type);
  if (props_.defaultValue) body.emplace_back("Default", *props_.defaultValue);
  if (props_.allowedPattern) body.emplace_back("AllowedPattern", *props_.allowedPattern);
  if (!props_.allowedValues.empty()) body.emplace_back("AllowedValues", Value(props_.allowedValues));
  if (props_.constraintDescription) body.emplace_back("ConstraintDescription", *props_.constraintDescription);
  if (props_.description) body.emplace_back("Description", *props_.description);
  if (props_.maxLength) body.emplace_back("MaxLength", *props_.maxLength);
  if (props_.maxValue) body.emplace_back("MaxValue", *props_.maxValue);
  if (props_.minLength) body.emplace_back("MinLength", *props_.minLength);
  if (props_.minValue) body.emplace_back("MinValue", *props_.minValue);
  if (props_.noEcho) body.emplace_back("NoEcho", true);
  return Value::map({{"Parameters", Value::map({{logicalId(), Value(std::move(body))}})}});
}

std::vector<std::string> CfnParameter::validateElement() const {
  std::vector<std::string> errors;
  if (!isKnownType(props_.type)) {
    errors.push_back(
        fmt::format("parameter type '{}' is not a CloudFormation parameter type; use String, Number, "
                    "List<Number>, CommaDelimitedList or an AWS-specific type",
                    props_.type));
  }
  if (props_.minLength && props_.maxLength && *props_.minLength > *props_.maxLength) {
    errors.push_back(fmt::format("minLength {} is greater than maxLength {}", *props_.minLength, *props_.maxLength));
  }
  if (props_.minValue && props_.maxValue && *props_.minValue > *props_.maxValue) {
    errors.push_back(fmt::format("minValue {} is greater than maxValue {}", *props_.minValue, *props_.maxValue));
  }
  if (props_.defaultValue && !props_.defaultValue->isUnresolved()) {
    const Value& def = *props_.defaultValue;
    if (!props_.allowedValues.empty() &&
        std::find(props_.allowedValues.begin(), props_.allowedValues.end(), def) == props_.allowedValues.end()) {
      std::string allowed;
      for (const auto& v : props_.allowedValues) allowed += (allowed.empty() ? "" : ", ") + quoted(v);
      errors.push_back(fmt::format("default {} is not one of the allowed values ({}); set defaultValue to one of them",
                                   quoted(def), allowed));
    }
    if (props_.type == "Number" && !def.isNumber()) {
      errors.push_back(fmt::format("default {} of a Number parameter is not a number; give a number", quoted(def)));
    }
    if (def.isString()) {
      const std::string& text = def.asString();
      if (props_.maxLength && static_cast<int>(text.size()) > *props_.maxLength) {
        errors.push_back(fmt::format("default '{}' is longer than maxLength {}", text, *props_.maxLength));
      }
      if (props_.minLength && static_cast<int>(text.size()) < *props_.minLength) {
        errors.push_back(fmt::format("default '{}' is shorter than minLength {}", text, *props_.minLength));
      }
      if (props_.allowedPattern) {
        std::string why;
        if (auto regex = detail::Regex::compile(*props_.allowedPattern, detail::Regex::Anchoring::WholeText, &why)) {
          if (regex->match(text) == detail::PatternMatch::DoesNotMatch) {
            errors.push_back(
                fmt::format("default '{}' does not match allowedPattern '{}'", text, *props_.allowedPattern));
          }
        } else {
          errors.push_back(
              fmt::format("allowedPattern '{}' is not a valid regular expression ({})", *props_.allowedPattern, why));
        }
      }
    }
    if (def.isNumber()) {
      if (props_.maxValue && def.asNumber() > *props_.maxValue) {
        errors.push_back(fmt::format("default {} is above maxValue {}", def.toString(), *props_.maxValue));
      }
      if (props_.minValue && def.asNumber() < *props_.minValue) {
        errors.push_back(fmt::format("default {} is below minValue {}", def.toString(), *props_.minValue));
      }
    }
  }
  return errors;
}

}  // namespace cdk
