// Lambda rules (cdk-nag src/rules/lambda).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

constexpr std::string_view kFunction = "AWS::Lambda::Function";

R LambdaConcurrency(const RuleContext& c) {
  Js reserved = c.view.resolveIfPrimitive(c.property("ReservedConcurrentExecutions", As::Number));
  return R::of(!(reserved.nullish() || (reserved.isNumber() && reserved->get<double>() == 0)));
}

R LambdaDLQ(const RuleContext& c) {
  Js config = c.property("DeadLetterConfig");
  return R::of(!(config.nullish() || c.view.member(config, "TargetArn").nullish()));
}

R LambdaFunctionPublicAccessProhibited(const RuleContext& c) {
  return R::of(!(c.property("Principal", As::String).is("*") && c.property("PrincipalOrgID").undefined() &&
                 c.property("SourceAccount").undefined() && c.property("SourceArn").undefined()));
}

R LambdaInsideVPC(const RuleContext& c) {
  const View& v = c.view;
  Js config = c.property("VpcConfig");
  if (config.nullish()) return R::nonCompliant();
  const auto empty = [](Js list) {
    if (list.nullish()) return true;
    auto n = length(list);
    return n && *n == 0;
  };
  return R::of(!(empty(v.member(config, "SecurityGroupIds")) && empty(v.member(config, "SubnetIds"))));
}

const Rule kLambdaRules[] = {
    {"LambdaConcurrency", {kFunction}, LambdaConcurrency, "set ReservedConcurrentExecutions to a positive number."},
    {"LambdaDLQ", {kFunction}, LambdaDLQ, "give the function a dead-letter queue (DeadLetterConfig.TargetArn)."},
    {"LambdaFunctionPublicAccessProhibited",
     {"AWS::Lambda::Permission"},
     LambdaFunctionPublicAccessProhibited,
     "name the principal, or limit a \"*\" principal with SourceArn, SourceAccount or PrincipalOrgID."},
    {"LambdaInsideVPC", {kFunction}, LambdaInsideVPC, "run the function in a VPC (VpcConfig with subnets)."},
};

}  // namespace

std::span<const Rule> lambdaRules() { return kLambdaRules; }

}  // namespace cdk::compliance::detail
