#include "cdk/lambda/function.hpp"

#include <string>
#include <utility>

#include "cdk/core/arn.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/stack.hpp"
#include "core/child_path.hpp"

namespace cdk::lambda {
namespace {

/// The account and region of a literal ARN (aws-cdk-lib's environmentFromArn); the stack's for a token.
cdk::ResourceProps environmentOf(const cdk::Value& arn) {
  cdk::ResourceProps props;
  if (!arn.isString()) return props;
  const cdk::ArnComponents parts = cdk::Arn::split(arn, cdk::ArnFormat::COLON_RESOURCE_NAME);
  if (parts.account && parts.account->isString()) props.account = parts.account->asString();
  if (parts.region && parts.region->isString()) props.region = parts.region->asString();
  return props;
}

/// A function defined elsewhere: no resource, so no permissions are ever added to it here.
class ImportedFunction final : public cdk::Resource, public virtual IFunction {
 public:
  ImportedFunction(cdk::Construct& scope, std::string_view id, cdk::Value functionArn)
      : cdk::Resource(scope, id, environmentOf(functionArn)),
        functionArn_(functionArn),
        // aws-cdk-lib's extractNameFromArn: the 7th field whatever the layout (a version or alias follows it).
        functionName_(cdk::Fn::select(6, cdk::Fn::split(":", functionArn))) {}

  cdk::Value functionArn() const override { return functionArn_; }
  cdk::Value functionName() const override { return functionName_; }
  const cdk::Node& permissionsNode() const override { return node(); }

 private:
  cdk::Value functionArn_;
  cdk::Value functionName_;
};

}  // namespace

IFunction& Function::fromFunctionArn(cdk::Construct& scope, std::string_view id, cdk::Value functionArn) {
  return fromFunctionAttributes(scope, id, {.functionArn = std::move(functionArn)});
}

IFunction& Function::fromFunctionName(cdk::Construct& scope, std::string_view id, std::string_view functionName) {
  cdk::Value arn = cdk::Stack::of(scope).formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                                    .resource = "function",
                                                    .resourceName = cdk::Value(std::string(functionName)),
                                                    .service = "lambda"});
  return fromFunctionAttributes(scope, id, {.functionArn = std::move(arn)});
}

IFunction& Function::fromFunctionAttributes(cdk::Construct& scope, std::string_view id, FunctionAttributes attributes) {
  if (!attributes.functionArn || attributes.functionArn->isNull()) {
    throw cdk::ConstructError(cdk::detail::childPath(scope, id),
                              "Function::fromFunctionAttributes needs functionArn: pass the ARN of the function");
  }
  return scope.make<ImportedFunction>(id, std::move(*attributes.functionArn));
}

}  // namespace cdk::lambda
