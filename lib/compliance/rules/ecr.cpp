// ECR rules (cdk-nag src/rules/ecr).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

/// cdk-nag's checkStatement: no Allow statement names a principal with a "*".
bool checkStatement(const View& v, Js policyText) {
  if (policyText.nullish() || v.optionalMember(policyText, "Statement").nullish()) return true;
  for (Js statement : v.iterate(v.optionalMember(policyText, "Statement"))) {
    if (looseEquals(v.member(statement, "Effect"), "Allow")) {
      Js principal = v.member(statement, "Principal");
      const std::string text = truthy(principal) ? v.stringify(principal) : std::string();
      if (text.find('*') != std::string::npos) return false;
    }
  }
  return true;
}

R ECROpenAccess(const RuleContext& c) {
  const bool registry = c.resource.type == "AWS::ECR::RegistryPolicy";
  return R::of(checkStatement(c.view, c.property(registry ? "PolicyText" : "RepositoryPolicyText")));
}

const Rule kEcrRules[] = {
    {"ECROpenAccess",
     {"AWS::ECR::RegistryPolicy", "AWS::ECR::Repository"},
     ECROpenAccess,
     "name the accounts or roles that may use the repository instead of a \"*\" principal."},
};

}  // namespace

std::span<const Rule> ecrRules() { return kEcrRules; }

}  // namespace cdk::compliance::detail
