// A template output, optionally exported (aws-cdk-lib's CfnOutput).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class CfnCondition;

struct CfnOutputProps {
  const CfnCondition* condition = nullptr;
  std::optional<Value> description{};
  /// The export name; other stacks read it with Fn::ImportValue. Unique per account and region.
  std::optional<Value> exportName{};
  /// The output's logical ID, when it must differ from the construct id.
  std::optional<std::string> key{};
  Value value{};
};

class CDKPP_API CfnOutput : public CfnElement {
 public:
  using Props = CfnOutputProps;
  CfnOutput(Construct& scope, std::string_view id, CfnOutputProps props);

  const Value& value() const noexcept { return props_.value; }
  void setValue(Value value) { props_.value = std::move(value); }
  const std::optional<Value>& exportName() const noexcept { return props_.exportName; }
  void setExportName(Value exportName) { props_.exportName = std::move(exportName); }
  const std::optional<Value>& description() const noexcept { return props_.description; }
  /// { "Fn::ImportValue": <export name> }; the output must have an export name.
  Value importValue() const;

  Value toCloudFormation() const override;
  std::vector<std::string> validateElement() const override;

 private:
  CfnOutputProps props_;
};

}  // namespace cdk
