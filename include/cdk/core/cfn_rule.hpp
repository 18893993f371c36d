// A template rule (aws-cdk-lib's CfnRule): assertions on the parameter values that CloudFormation checks before it
// creates or updates the stack.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

/// One assertion of a rule: a condition on parameter values (Fn::conditionContains, conditionEquals, ...) and the
/// message CloudFormation shows when it does not hold.
struct CfnRuleAssertion {
  /// "Assert" in CloudFormation. (The assert() macro of <cassert> only expands before a parenthesis.)
  Value assert{};
  std::string assertDescription{};
};

struct CfnRuleProps {
  /// The assertions; CloudFormation needs at least one (addAssertion adds more).
  std::vector<CfnRuleAssertion> assertions{};
  /// When set, the assertions apply only when this condition holds.
  std::optional<Value> ruleCondition{};
};

class CDKPP_API CfnRule : public CfnElement {
 public:
  using Props = CfnRuleProps;
  CfnRule(Construct& scope, std::string_view id, CfnRuleProps props = {});

  /// Adds an assertion, after those given in the props.
  void addAssertion(Value condition, std::string description);
  const CfnRuleProps& props() const noexcept { return props_; }

  Value toCloudFormation() const override;
  std::vector<std::string> validateElement() const override;

 private:
  CfnRuleProps props_;
};

}  // namespace cdk
