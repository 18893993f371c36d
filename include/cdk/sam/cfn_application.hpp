// The L1 class of AWS::Serverless::Application (aws-cdk-lib's sam.CfnApplication): an application of the
// Serverless Application Repository, deployed as a nested stack by the SAM transform.
//
// Written by hand in the shape of the generated L1 classes (cdk/cfn/<service>.hpp): the SAM resource types are
// not CloudFormation registry types, so the registry schemas the generator reads do not have them.
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::sam {

/// The nested property types of CfnApplication (AWS::Serverless::Application).
struct CDKPP_API CfnApplicationPropertyTypes {
  /// AWS::Serverless::Application.ApplicationLocation: an application of the Serverless Application Repository.
  struct ApplicationLocationProperty {
    /// ApplicationId (required): the ARN of the application.
    std::optional<cdk::Value> applicationId{};
    /// SemanticVersion (required): the version of the application.
    std::optional<cdk::Value> semanticVersion{};
  };
};

/// The properties of CfnApplication (AWS::Serverless::Application), in the order of their CloudFormation names.
struct CfnApplicationProps {
  /// Location (required): the application, toValue(CfnApplication::ApplicationLocationProperty{...}), or the
  /// S3 URL of a packaged template (SAM takes either, so the property is an untyped value).
  std::optional<cdk::Value> location{};
  /// NotificationArns: SNS topics the nested stack's events go to.
  std::optional<cdk::ValueList> notificationArns{};
  /// Parameters: the values of the application's template parameters.
  std::optional<cdk::Value::Map> parameters{};
  /// Tags: a map of tag names to values (tags of the stack and Tags::of(...) are added).
  std::optional<cdk::Value::Map> tags{};
  /// TimeoutInMinutes: how long CloudFormation waits for the nested stack.
  std::optional<cdk::Value> timeoutInMinutes{};
};

/// An application of the AWS Serverless Application Repository.
/// CloudFormation resource type AWS::Serverless::Application (a SAM type); tags: Tags (MAP).
/// Creating one adds the SAM transform to its stack, as aws-cdk-lib does.
class CDKPP_API CfnApplication : public cdk::CfnResource, public CfnApplicationPropertyTypes {
 public:
  using Props = CfnApplicationProps;
  static constexpr std::string_view CFN_RESOURCE_TYPE_NAME = "AWS::Serverless::Application";
  /// The transform that expands SAM resource types.
  static constexpr std::string_view REQUIRED_TRANSFORM = "AWS::Serverless-2016-10-31";

  CfnApplication(cdk::Construct& scope, std::string_view id, Props props = {});

  Props& props() noexcept { return props_; }
  const Props& props() const noexcept { return props_; }
  // The outputs of the application's template are read with getAtt("Outputs.<name>").

 protected:
  cdk::Value renderProperties() const override;

 private:
  Props props_;
};

CDKPP_API cdk::Value toValue(const CfnApplication::ApplicationLocationProperty& value);

namespace detail {
/// A CfnApplication from the Properties of an included template's AWS::Serverless::Application, under `scope` with
/// construct id `id`: what cloudformation_include::CfnInclude calls for the type, as it calls the generated
/// include<Class> factories of the other types (what the typed props cannot hold is left in `extra`).
CDKPP_API cdk::CfnResource& includeCfnApplication(cdk::Construct& scope, std::string_view id,
                                                  const cdk::Value& properties, cdk::Value::Map& extra);
}  // namespace detail

}  // namespace cdk::sam
