#include "cdk/core/cfn_condition.hpp"

namespace cdk {

CfnCondition::CfnCondition(Construct& scope, std::string_view id, CfnConditionProps props)
    : CfnElement(scope, id), props_(std::move(props)) {}

Value CfnCondition::toCloudFormation() const {
  return Value::map({{"Conditions", Value::map({{logicalId(), props_.expression.value_or(Value())}})}});
}

std::vector<std::string> CfnCondition::validateElement() const {
  if (!props_.expression || props_.expression->isNull()) {
    return {
        "CfnCondition has no expression; set it with Fn::conditionEquals, conditionAnd, conditionOr or conditionNot"};
  }
  return {};
}

}  // namespace cdk
