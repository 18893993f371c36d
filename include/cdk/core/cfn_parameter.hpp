// A template parameter (aws-cdk-lib's CfnParameter); its value is a Ref usable anywhere a Value is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

struct CfnParameterProps {
  std::optional<std::string> allowedPattern{};
  std::vector<Value> allowedValues{};
  std::optional<std::string> constraintDescription{};
  /// "default" in CloudFormation (a C++ keyword).
  std::optional<Value> defaultValue{};
  std::optional<std::string> description{};
  std::optional<int> maxLength{};
  std::optional<double> maxValue{};
  std::optional<int> minLength{};
  std::optional<double> minValue{};
  bool noEcho = false;
  /// String, Number, List<Number>, CommaDelimitedList, AWS::EC2::VPC::Id, AWS::SSM::Parameter::Value<...>.
  std::string type = "String";
};

class CDKPP_API CfnParameter : public CfnElement {
 public:
  using Props = CfnParameterProps;
  CfnParameter(Construct& scope, std::string_view id, CfnParameterProps props = {});

  /// { "Ref": <logical id> }.
  Value ref() const;
  Value value() const { return ref(); }
  Value valueAsString() const { return ref(); }
  Value valueAsNumber() const { return ref(); }
  /// For list types (List<...>, CommaDelimitedList): a token standing for the whole list.
  ValueList valueAsList() const;
  const CfnParameterProps& props() const noexcept { return props_; }

  Value toCloudFormation() const override;
  std::vector<std::string> validateElement() const override;

 private:
  CfnParameterProps props_;
};

}  // namespace cdk
