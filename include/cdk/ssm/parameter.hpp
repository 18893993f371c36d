// SSM parameters (aws-cdk-lib's ssm.StringParameter, IParameter, IStringParameter and their enums).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/grant.hpp"

namespace cdk::ssm {

class CfnParameter;

/// Standard (4 KB), Advanced (8 KB, policies) or Intelligent-Tiering.
enum class ParameterTier { ADVANCED, INTELLIGENT_TIERING, STANDARD };
/// What the value is: text, or an AMI id that SSM checks.
enum class ParameterDataType { TEXT, AWS_EC2_IMAGE };
/// The CloudFormation type of a parameter value, for valueForTypedStringParameter-style lookups.
enum class ParameterValueType { STRING };

/// "Advanced", "Intelligent-Tiering", "Standard"; "text", "aws:ec2:image"; "String".
CDKPP_API std::string_view toString(ParameterTier tier) noexcept;
CDKPP_API std::string_view toString(ParameterDataType dataType) noexcept;
CDKPP_API std::string_view toString(ParameterValueType valueType) noexcept;

/// A parameter, created here or imported.
class CDKPP_API IParameter : public virtual cdk::IResource {
 public:
  virtual cdk::Value parameterArn() const = 0;
  virtual cdk::Value parameterName() const = 0;
  virtual cdk::Value parameterType() const = 0;
  /// ssm:DescribeParameters, GetParameters, GetParameter and GetParameterHistory on the parameter.
  virtual iam::Grant grantRead(const iam::IGrantable& grantee) const = 0;
  /// ssm:PutParameter on the parameter.
  virtual iam::Grant grantWrite(const iam::IGrantable& grantee) const = 0;
};

/// A String parameter.
class CDKPP_API IStringParameter : public virtual IParameter {
 public:
  /// The value: { "Fn::GetAtt": [<parameter>, "Value"] } for a parameter created here; for an imported one a
  /// template parameter of type AWS::SSM::Parameter::Value<String> or a {{resolve:ssm:...}} reference.
  virtual cdk::Value stringValue() const = 0;
};

struct StringParameterProps {
  /// A regular expression (JavaScript syntax) the value must match; checked at synthesis for literal values.
  std::optional<std::string> allowedPattern{};
  std::optional<ParameterDataType> dataType{};
  /// At most 1024 characters.
  std::optional<std::string> description{};
  /// Letters, digits and . - _ /; a name with '/' must start with one. Default a name CloudFormation generates.
  std::optional<std::string> parameterName{};
  /// Whether the name has no '/' (needed only when the name is a token).
  std::optional<bool> simpleName{};
  /// Required: the value.
  cdk::Value stringValue{};
  /// Default: SSM's (Standard).
  std::optional<ParameterTier> tier{};
};

/// What StringParameter::fromStringParameterAttributes takes.
struct StringParameterAttributes {
  /// Use a {{resolve:ssm:...}} reference instead of a template parameter.
  bool forceDynamicReference = false;
  /// Required.
  std::string parameterName{};
  std::optional<bool> simpleName{};
  /// A version: the value is the {{resolve:ssm:<name>:<version>}} reference of that version.
  std::optional<int> version{};
};

/// A String parameter: the child "Resource" (AWS::SSM::Parameter, Type String).
class CDKPP_API StringParameter : public cdk::Resource, public virtual IStringParameter {
 public:
  using Props = StringParameterProps;

  /// Throws cdk::ConstructError for a literal value that does not match allowedPattern, a name longer than
  /// 2048 characters or with other characters, a name with '/' that does not start with one, and a
  /// description longer than 1024 characters.
  StringParameter(cdk::Construct& scope, std::string_view id, StringParameterProps props);
  ~StringParameter() override;

  /// The value of a parameter that exists outside this app, read when the stack is deployed: a template
  /// parameter of type AWS::SSM::Parameter::Value<String> (one per name in the stack, the child
  /// "SsmParameterValue:<name>:C96584B6-F00A-464E-AD19-53AFF4B05118" of the stack and its ".Parameter"), or
  /// with a version the {{resolve:ssm:<name>:<version>}} reference.
  static cdk::Value valueForStringParameter(cdk::Construct& scope, std::string_view parameterName,
                                            std::optional<int> version = std::nullopt);
  /// A parameter that exists outside this app.
  static IStringParameter& fromStringParameterAttributes(cdk::Construct& scope, std::string_view id,
                                                         StringParameterAttributes attributes);
  static IStringParameter& fromStringParameterName(cdk::Construct& scope, std::string_view id,
                                                   std::string parameterName);

  cdk::Value parameterArn() const override { return parameterArn_; }
  /// { "Ref": <parameter> }.
  cdk::Value parameterName() const override;
  cdk::Value parameterType() const override;
  cdk::Value stringValue() const override;
  iam::Grant grantRead(const iam::IGrantable& grantee) const override;
  iam::Grant grantWrite(const iam::IGrantable& grantee) const override;

  CfnParameter& cfnParameter() const noexcept { return *resource_; }

 private:
  CfnParameter* resource_ = nullptr;
  cdk::Value parameterArn_;
};

}  // namespace cdk::ssm
