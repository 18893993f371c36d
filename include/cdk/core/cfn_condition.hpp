// A template condition (aws-cdk-lib's CfnCondition), built from Fn::conditionEquals/And/Or/Not.
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

struct CfnConditionProps {
  std::optional<Value> expression{};
};

class CDKPP_API CfnCondition : public CfnElement {
 public:
  using Props = CfnConditionProps;
  CfnCondition(Construct& scope, std::string_view id, CfnConditionProps props = {});

  const std::optional<Value>& expression() const noexcept { return props_.expression; }
  void setExpression(Value expression) { props_.expression = std::move(expression); }

  Value toCloudFormation() const override;
  std::vector<std::string> validateElement() const override;

 private:
  CfnConditionProps props_;
};

}  // namespace cdk
