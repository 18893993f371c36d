// Lambda functions (aws-cdk-lib's lambda.IFunction and the imports of lambda.Function).
//
// cdkpp does not create Lambda functions yet: the functions it knows are imported ones, such as the rotation
// function of a Serverless Application Repository application (secretsmanager::SecretRotation).
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class Node;
}

namespace cdk::lambda {

/// A Lambda function, created here or imported.
class CDKPP_API IFunction : public virtual cdk::IResource {
 public:
  /// The ARN of the function.
  virtual cdk::Value functionArn() const = 0;
  /// The name of the function.
  virtual cdk::Value functionName() const = 0;
  /// Where the function's permissions are added. Its default child is the function's resource for a function
  /// created here; an imported function has none, and aws-cdk-lib (and cdkpp) then grant it nothing.
  virtual const cdk::Node& permissionsNode() const = 0;
};

/// How to refer to an existing function (Function::fromFunctionAttributes). aws-cdk-lib's other attributes (role,
/// security group, sameEnvironment, ...) serve grants and connections of the function, which cdkpp does not have.
struct FunctionAttributes {
  /// The ARN of the function (required); with a version or alias it refers to that.
  std::optional<cdk::Value> functionArn{};
};

/// The imports of aws-cdk-lib's lambda.Function.
class CDKPP_API Function {
 public:
  Function() = delete;

  /// A function by its ARN: its name is the 7th field of the ARN (Fn::Select over Fn::Split for a token).
  static IFunction& fromFunctionArn(cdk::Construct& scope, std::string_view id, cdk::Value functionArn);
  /// A function of the stack's account and region by name.
  static IFunction& fromFunctionName(cdk::Construct& scope, std::string_view id, std::string_view functionName);
  /// A function from its attributes. Throws cdk::ConstructError without functionArn.
  static IFunction& fromFunctionAttributes(cdk::Construct& scope, std::string_view id, FunctionAttributes attributes);
};

}  // namespace cdk::lambda
