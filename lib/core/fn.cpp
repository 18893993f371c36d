#include "cdk/core/fn.hpp"

#include <fmt/format.h>

#include "cdk/core/cfn_condition.hpp"
#include "cdk/core/errors.hpp"
#include "intrinsics.hpp"

namespace cdk::Fn {
namespace {

Value intrinsic(std::string name, Value args) {
  return Value(std::make_shared<detail::Intrinsic>(std::move(name), std::move(args)));
}

Value grouped(const char* name, std::vector<Value> conditions) {
  if (conditions.empty()) throw Error(fmt::format("{} needs at least one condition", name));
  while (conditions.size() > 1) {
    // CloudFormation accepts 2 to 10 conditions per Fn::And / Fn::Or: nest larger sets in groups of 10.
    std::vector<Value> next;
    for (std::size_t i = 0; i < conditions.size(); i += 10) {
      const std::size_t end = std::min(conditions.size(), i + 10);
      if (end - i == 1) {
        next.push_back(conditions[i]);
      } else {
        next.push_back(intrinsic(name, Value::List(conditions.begin() + static_cast<std::ptrdiff_t>(i),
                                                   conditions.begin() + static_cast<std::ptrdiff_t>(end))));
      }
    }
    conditions = std::move(next);
  }
  return conditions.front();
}

}  // namespace

Value ref(std::string_view logicalName) { return intrinsic("Ref", std::string(logicalName)); }

Value getAtt(std::string_view logicalNameOfResource, std::string_view attributeName) {
  return intrinsic("Fn::GetAtt", Value::list({std::string(logicalNameOfResource), std::string(attributeName)}));
}

Value join(std::string_view delimiter, ValueList listOfValues) {
  if (listOfValues.isToken()) {
    return Value(std::make_shared<detail::FnJoin>(std::string(delimiter), listOfValues.toValue().asToken()));
  }
  if (listOfValues.empty()) throw Error("Fn::join needs at least one value to join");
  bool literal = true;
  for (const auto& item : listOfValues) literal = literal && !item.isUnresolved();
  if (literal) {
    std::string text;
    bool first = true;
    for (const auto& item : listOfValues) {
      if (!first) text += delimiter;
      first = false;
      if (!detail::appendScalarText(item, text)) {
        throw Error(fmt::format("Fn::join can only join strings and numbers, got {}", item.toString()));
      }
    }
    return Value(std::move(text));
  }
  return Value(std::make_shared<detail::FnJoin>(std::string(delimiter), std::move(listOfValues.items())));
}

Value sub(std::string_view body, Value::Map variables) {
  if (variables.empty()) return intrinsic("Fn::Sub", std::string(body));
  return intrinsic("Fn::Sub", Value::list({std::string(body), Value(std::move(variables))}));
}

Value select(int index, ValueList array) {
  if (index < 0) throw Error(fmt::format("Fn::select needs an index of 0 or more, got {}", index));
  if (!array.isToken()) {
    bool literal = true;
    for (const auto& item : array) literal = literal && !item.isUnresolved();
    if (literal) {
      if (static_cast<std::size_t>(index) >= array.size()) {
        throw Error(fmt::format("Fn::select index {} is out of range for a list of {} items", index, array.size()));
      }
      return array.items()[static_cast<std::size_t>(index)];
    }
  }
  return intrinsic("Fn::Select", Value::list({index, array.toValue()}));
}

Value split(std::string_view delimiter, Value source) {
  if (source.isString()) {
    Value::List parts;
    const std::string& text = source.asString();
    if (delimiter.empty()) throw Error("Fn::split needs a non-empty delimiter");
    std::size_t start = 0;
    while (true) {
      const std::size_t at = text.find(delimiter, start);
      parts.emplace_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
      if (at == std::string::npos) break;
      start = at + delimiter.size();
    }
    return Value(std::move(parts));
  }
  return intrinsic("Fn::Split", Value::list({std::string(delimiter), std::move(source)}));
}

Value getAzs(Value region) { return intrinsic("Fn::GetAZs", std::move(region)); }

Value importValue(Value sharedValueToImport) { return intrinsic("Fn::ImportValue", std::move(sharedValueToImport)); }

Value base64(Value data) { return intrinsic("Fn::Base64", std::move(data)); }

Value cidr(Value ipBlock, Value count, Value sizeMask) {
  return intrinsic("Fn::Cidr", Value::list({std::move(ipBlock), std::move(count), std::move(sizeMask)}));
}

Value findInMap(Value mapName, Value topLevelKey, Value secondLevelKey) {
  return intrinsic("Fn::FindInMap",
                   Value::list({std::move(mapName), std::move(topLevelKey), std::move(secondLevelKey)}));
}

Value conditionIf(std::string_view conditionId, Value valueIfTrue, Value valueIfFalse) {
  return intrinsic("Fn::If", Value::list({std::string(conditionId), std::move(valueIfTrue), std::move(valueIfFalse)}));
}

Value conditionIf(const CfnCondition& condition, Value valueIfTrue, Value valueIfFalse) {
  return intrinsic("Fn::If", Value::list({Value(std::make_shared<detail::LogicalIdToken>(condition)),
                                          std::move(valueIfTrue), std::move(valueIfFalse)}));
}

Value conditionEquals(Value lhs, Value rhs) {
  return intrinsic("Fn::Equals", Value::list({std::move(lhs), std::move(rhs)}));
}

Value conditionAnd(std::vector<Value> conditions) { return grouped("Fn::And", std::move(conditions)); }

Value conditionOr(std::vector<Value> conditions) { return grouped("Fn::Or", std::move(conditions)); }

Value conditionNot(Value condition) { return intrinsic("Fn::Not", Value::list({std::move(condition)})); }

Value condition(const CfnCondition& condition) {
  return intrinsic("Condition", Value(std::make_shared<detail::LogicalIdToken>(condition)));
}

namespace {

Value stringList(std::vector<std::string> strings) {
  Value::List list;
  list.reserve(strings.size());
  for (auto& s : strings) list.emplace_back(std::move(s));
  return Value(std::move(list));
}

}  // namespace

Value conditionContains(std::vector<std::string> listOfStrings, Value value) {
  return intrinsic("Fn::Contains", Value::list({stringList(std::move(listOfStrings)), std::move(value)}));
}

Value conditionEachMemberEquals(std::vector<std::string> listOfStrings, Value value) {
  return intrinsic("Fn::EachMemberEquals", Value::list({stringList(std::move(listOfStrings)), std::move(value)}));
}

Value conditionEachMemberIn(std::vector<std::string> stringsToCheck, std::vector<std::string> stringsToMatch) {
  return intrinsic("Fn::EachMemberIn",
                   Value::list({stringList(std::move(stringsToCheck)), stringList(std::move(stringsToMatch))}));
}

Value transform(std::string_view macroName, Value::Map parameters) {
  return intrinsic("Fn::Transform",
                   Value::map({{"Name", std::string(macroName)}, {"Parameters", Value(std::move(parameters))}}));
}

}  // namespace cdk::Fn
