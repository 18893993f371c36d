#include "cdk/core/cfn_output.hpp"

#include <fmt/format.h>

#include "cdk/core/cfn_condition.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "intrinsics.hpp"

namespace cdk {

CfnOutput::CfnOutput(Construct& scope, std::string_view id, CfnOutputProps props)
    : CfnElement(scope, id), props_(std::move(props)) {
  if (props_.key) overrideLogicalId(*props_.key);
}

Value CfnOutput::importValue() const {
  if (!props_.exportName) {
    throw ConstructError(node().path(), "importValue() needs an export name; set exportName on this CfnOutput");
  }
  return Fn::importValue(*props_.exportName);
}

Value CfnOutput::toCloudFormation() const {
  Value::Map body;
  if (props_.description) body.emplace_back("Description", *props_.description);
  body.emplace_back("Value", props_.value);
  if (props_.exportName) body.emplace_back("Export", Value::map({{"Name", *props_.exportName}}));
  if (props_.condition)
    body.emplace_back("Condition", Value(std::make_shared<detail::LogicalIdToken>(*props_.condition)));
  return Value::map({{"Outputs", Value::map({{logicalId(), Value(std::move(body))}})}});
}

std::vector<std::string> CfnOutput::validateElement() const {
  std::vector<std::string> errors;
  if (props_.value.isNull()) errors.emplace_back("CfnOutput has no value; set .value");
  if (props_.exportName && props_.exportName->isString()) {
    const std::string& name = props_.exportName->asString();
    if (name.empty()) errors.emplace_back("export name is empty; give a name or leave exportName unset");
    if (name.size() > 255) {
      errors.push_back(fmt::format("export name '{}...' has {} characters; CloudFormation allows at most 255",
                                   name.substr(0, 40), name.size()));
    }
  }
  if (props_.description && props_.description->isString() && props_.description->asString().size() > 1024) {
    errors.emplace_back("description has more than 1024 characters, the most an output description can have");
  }
  return errors;
}

}  // namespace cdk
