#include "cdk/core/cfn_rule.hpp"

#include <fmt/format.h>

namespace cdk {

CfnRule::CfnRule(Construct& scope, std::string_view id, CfnRuleProps props)
    : CfnElement(scope, id), props_(std::move(props)) {}

void CfnRule::addAssertion(Value condition, std::string description) {
  props_.assertions.push_back({.assert = std::move(condition), .assertDescription = std::move(description)});
}

Value CfnRule::toCloudFormation() const {
  // Keys in aws-cdk-lib's order: RuleCondition, then Assertions (each Assert, AssertDescription).
  Value::Map body;
  if (props_.ruleCondition) body.emplace_back("RuleCondition", *props_.ruleCondition);
  if (!props_.assertions.empty()) {
    Value::List assertions;
    assertions.reserve(props_.assertions.size());
    for (const auto& a : props_.assertions) {
      assertions.push_back(Value::map({{"Assert", a.assert}, {"AssertDescription", a.assertDescription}}));
    }
    body.emplace_back("Assertions", Value(std::move(assertions)));
  }
  return Value::map({{"Rules", Value::map({{logicalId(), Value(std::move(body))}})}});
}

std::vector<std::string> CfnRule::validateElement() const {
  std::vector<std::string> errors;
  if (props_.assertions.empty()) {
    errors.emplace_back(
        "the rule has no assertions, and CloudFormation needs at least one; pass assertions or call "
        "addAssertion()");
  }
  for (std::size_t i = 0; i < props_.assertions.size(); ++i) {
    if (props_.assertions[i].assert.isNull()) {
      errors.push_back(
          fmt::format("assertion {} has no condition; set it with Fn::conditionContains, "
                      "conditionEquals, conditionNot, ...",
                      i + 1));
    }
  }
  return errors;
}

}  // namespace cdk
