#include "cdk/iam/grant.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "policy_merging.hpp"

namespace cdk::iam {

namespace {

std::string describeGrant(const IGrantable& grantee, const std::vector<std::string>& actions,
                          const std::vector<cdk::Value>& resourceArns) {
  std::string a;
  for (std::size_t i = 0; i < actions.size(); ++i) a += (i ? "," : "") + actions[i];
  std::string r;
  for (std::size_t i = 0; i < resourceArns.size(); ++i) r += (i ? "," : "") + detail::describe(resourceArns[i]);
  return fmt::format("Permissions for '{}' to call '{}' on '{}'", grantee.grantPrincipal()->toString(), a, r);
}

const IGrantable& requireGrantee(const cdk::Handle<const IGrantable>& grantee) {
  if (!grantee) throw cdk::Error("Grant: grantee is required; pass the principal or construct to grant permissions to");
  return *grantee;
}

/// Whether the resource's account and the principal's are the same (or both unknown), as aws-cdk-lib's
/// Token.compareStrings decides: two literals must be equal; two tokens count as the same.
bool sameAccount(const cdk::Value& resourceAccount, const std::optional<cdk::Value>& principalAccount) {
  if (!principalAccount) return false;
  const bool a = resourceAccount.isUnresolved();
  const bool b = principalAccount->isUnresolved();
  if (a && b) return true;
  if (a != b) return false;
  return resourceAccount == *principalAccount;
}

}  // namespace

Grant Grant::addToPrincipal(const GrantOnPrincipalOptions& options) {
  const IGrantable& grantee = requireGrantee(options.grantee);
  PolicyStatement statement(
      {.actions = options.actions, .conditions = options.conditions, .resources = options.resourceArns});
  Grant grant;
  grant.description_ = describeGrant(grantee, options.actions, options.resourceArns);
  AddToPrincipalPolicyResult added = grantee.grantPrincipal()->addToPrincipalPolicy(statement);
  if (!added.statementAdded) return grant;
  if (!added.policyDependable) {
    throw cdk::Error("Contract violation: when Principal returns statementAdded=true, it should return a dependable");
  }
  grant.principalStatement_ = statement;
  grant.principalStatements_.push_back(statement);
  grant.dependables_.push_back(added.policyDependable);
  return grant;
}

Grant Grant::addToPrincipalOrResource(const GrantWithResourceOptions& options) {
  const IGrantable& grantee = requireGrantee(options.grantee);
  if (!options.resource) throw cdk::Error("Grant: resource is required; pass the resource the permissions are on");
  Grant result = addToPrincipal({.actions = options.actions,
                                 .conditions = options.conditions,
                                 .grantee = options.grantee,
                                 .resourceArns = options.resourceArns});
  const PrincipalPtr principal = grantee.grantPrincipal();
  if (result.success() && sameAccount(options.resource->env().account, principal->principalAccount())) return result;

  PolicyStatement statement(
      {.actions = options.actions,
       .conditions = options.conditions,
       .principals = {principal},
       .resources = options.resourceSelfArns.empty() ? options.resourceArns : options.resourceSelfArns});
  AddToResourcePolicyResult added = options.resource->addToResourcePolicy(statement);
  Grant grant;
  grant.description_ = result.description_;
  grant.resourceStatement_ = statement;
  grant.resourceStatements_.push_back(statement);
  if (added.statementAdded) {
    grant.dependables_.push_back(added.policyDependable ? added.policyDependable : options.resource.get());
  }
  return grant;
}

Grant Grant::addToPrincipalAndResource(const GrantOnPrincipalAndResourceOptions& options) {
  const IGrantable& grantee = requireGrantee(options.grantee);
  if (!options.resource) throw cdk::Error("Grant: resource is required; pass the resource the permissions are on");
  Grant result = addToPrincipal({.actions = options.actions,
                                 .conditions = options.conditions,
                                 .grantee = options.grantee,
                                 .resourceArns = options.resourceArns});
  PolicyStatement statement(
      {.actions = options.actions,
       .conditions = options.conditions,
       .principals = {options.resourcePolicyPrincipal ? options.resourcePolicyPrincipal : grantee.grantPrincipal()},
       .resources = options.resourceSelfArns.empty() ? options.resourceArns : options.resourceSelfArns});
  AddToResourcePolicyResult added = options.resource->addToResourcePolicy(statement);
  // As aws-cdk-lib: the principal statement is the resource-policy statement, the resource statement the
  // (absent) resource statement of the principal grant.
  Grant grant;
  grant.description_ = result.description_;
  grant.principalStatement_ = statement;
  grant.principalStatements_.push_back(statement);
  grant.resourceStatement_ = result.resourceStatement_;
  if (result.resourceStatement_) grant.resourceStatements_.push_back(*result.resourceStatement_);
  grant.dependables_ = result.dependables_;
  if (added.statementAdded) {
    grant.dependables_.push_back(added.policyDependable ? added.policyDependable : options.resource.get());
  }
  return grant;
}

Grant Grant::addStatementToResourcePolicy(IResourceWithPolicy& resource, const PolicyStatement& statement) {
  AddToResourcePolicyResult added = resource.addToResourcePolicy(statement);
  Grant grant;
  grant.description_ = "Statement " + statement.toString();
  grant.resourceStatement_ = statement;
  grant.resourceStatements_.push_back(statement);
  if (added.statementAdded) {
    grant.dependables_.push_back(added.policyDependable ? added.policyDependable : &resource);
  }
  return grant;
}

Grant Grant::drop(const IGrantable& grantee, std::string_view intent) {
  Grant grant;
  grant.description_ = describeGrant(grantee, {}, {}) + " (" + std::string(intent) + ")";
  return grant;
}

void Grant::assertSuccess() const {
  if (!success()) throw cdk::Error(description_ + " could not be added on either identity or resource policy.");
}

void Grant::applyBeforeOne(cdk::Construct& construct) const {
  for (const cdk::IDependable* d : dependables_) construct.node().addDependency(*d);
}

Grant Grant::combine(const Grant& other) const {
  Grant grant;
  grant.description_ = description_;
  grant.principalStatements_ = principalStatements_;
  grant.principalStatements_.insert(grant.principalStatements_.end(), other.principalStatements_.begin(),
                                    other.principalStatements_.end());
  grant.resourceStatements_ = resourceStatements_;
  grant.resourceStatements_.insert(grant.resourceStatements_.end(), other.resourceStatements_.begin(),
                                   other.resourceStatements_.end());
  if (!grant.principalStatements_.empty()) grant.principalStatement_ = grant.principalStatements_.front();
  if (!grant.resourceStatements_.empty()) grant.resourceStatement_ = grant.resourceStatements_.front();
  grant.dependables_ = dependables_;
  grant.dependables_.insert(grant.dependables_.end(), other.dependables_.begin(), other.dependables_.end());
  return grant;
}

std::vector<const cdk::Construct*> Grant::dependencyRoots() const {
  std::vector<const cdk::Construct*> roots;
  for (const cdk::IDependable* d : dependables_) {
    for (const cdk::Construct* c : d->dependencyRoots()) {
      if (std::find(roots.begin(), roots.end(), c) == roots.end()) roots.push_back(c);
    }
  }
  return roots;
}

}  // namespace cdk::iam
