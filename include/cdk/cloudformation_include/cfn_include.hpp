// An existing CloudFormation template brought into the construct tree (aws-cdk-lib's CfnInclude), to change and
// extend in C++: every resource becomes the typed L1 object of its type (AWS::Serverless::Application the
// hand-written sam::CfnApplication; a CfnResource for types the L1 layer does not have), with its logical ID, and
// the parameters, conditions, mappings and outputs their Cfn elements.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class CfnCondition;
class CfnMapping;
class CfnOutput;
class CfnParameter;
}  // namespace cdk

namespace cdk::cloudformation_include {

struct CfnIncludeProps {
  /// Values for parameters of the template: each Ref to one (and ${Name} in Fn::Sub) becomes the value, and the
  /// parameter leaves the template. Naming a parameter the template does not have is an error.
  Value::Map parameters{};
  /// Keep the template's logical IDs (default). false: logical IDs are made from the construct paths, as for
  /// any construct (for a construct that includes the same template more than once).
  bool preserveLogicalIds = true;
  /// The template, JSON or YAML (short or long forms). Nested more than 128 levels deep or holding more than a
  /// million values, it is refused (cdk::TemplateError).
  std::string templateFile{};
};

/// Includes the template `templateFile` below this construct, as aws-cdk-lib does: resources, parameters (but
/// those replaced by `parameters`) and outputs get the template's logical ID as construct id; mappings,
/// conditions and outputs sit in the scopes "$Mappings", "$Conditions" and "$Ouputs" (sic, as aws-cdk-lib spells
/// it). Intrinsic functions become Values that refer to the included elements (so references are tracked, and
/// follow a changed logical ID), resource attributes (DependsOn, Condition, DeletionPolicy, UpdateReplacePolicy,
/// CreationPolicy, UpdatePolicy, Metadata, Version, Description) their cfnOptions(); a property the typed L1
/// props cannot hold (an intrinsic where the schema wants an object, a property the schema does not list) is
/// kept as a property override. Values get the types the L1 class's schema gives their properties, as aws-cdk-lib
/// converts them (1024 -> "1024" for a string, "3" -> 3 for a number, "true" -> true for a boolean); values its
/// constraints do not allow (EvaluationPeriods 0 below a minimum of 1) are kept with a warning, as aws-cdk-lib
/// keeps them. Resources are created in the order aws-cdk-lib creates them: each after the resources its
/// properties refer to. The other sections (AWSTemplateFormatVersion, Description, Metadata, Transform, Rules,
/// Hooks) are rendered by this element.
///
/// A template that cannot be used throws cdk::TemplateError naming the file, the JSON pointer of the place
/// (/Resources/Vpc/Properties/VpcId) and what is wrong: a Ref or Fn::Sub to nothing, a GetAtt of an attribute
/// the resource type does not have, resources that refer to each other in a cycle, an intrinsic function of
/// the wrong shape, an unknown function, YAML or JSON that does not parse, a boolean property that is a string
/// other than "true" or "false".
class CDKPP_API CfnInclude : public CfnElement {
 public:
  using Props = CfnIncludeProps;

  CfnInclude(Construct& scope, std::string_view id, Props props);
  ~CfnInclude() override;

  /// The resource with this logical ID in the template (throws ConstructError, listing them, when there is none).
  CfnResource& getResource(std::string_view logicalId) const;
  /// The same, as its L1 class (`getResource<ec2::CfnVPC>("Vpc")`); throws ConstructError naming both types when
  /// the resource is of another type.
  template <class T>
  T& getResource(std::string_view logicalId) const {
    CfnResource& resource = getResource(logicalId);
    if (auto* typed = dynamic_cast<T*>(&resource)) return *typed;
    wrongType(logicalId, resource, T::CFN_RESOURCE_TYPE_NAME);
  }
  CfnParameter& getParameter(std::string_view parameterName) const;
  CfnCondition& getCondition(std::string_view conditionName) const;
  CfnMapping& getMapping(std::string_view mappingName) const;
  CfnOutput& getOutput(std::string_view logicalId) const;

  const std::string& templateFile() const noexcept { return templateFile_; }

  /// The template's sections that are not elements of their own (AWSTemplateFormatVersion, Description,
  /// Metadata, Transform, Rules, Hooks, ...).
  Value toCloudFormation() const override;

 private:
  class Parser;
  template <class T>
  using ByName = std::map<std::string, T*, std::less<>>;

  template <class T>
  T& find(const ByName<T>& elements, std::string_view kind, std::string_view name) const;
  [[noreturn]] void wrongType(std::string_view logicalId, const CfnResource& resource,
                              std::string_view expectedType) const;

  std::string templateFile_;
  ByName<CfnResource> resources_;
  ByName<CfnParameter> parameters_;
  ByName<CfnCondition> conditions_;
  ByName<CfnMapping> mappings_;
  ByName<CfnOutput> outputs_;
  Value::Map sections_;
};

}  // namespace cdk::cloudformation_include
