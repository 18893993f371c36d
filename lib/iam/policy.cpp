#include "cdk/iam/policy.hpp"

#include <fmt/format.h>

#include "cdk/cfn/iam.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/iam/role.hpp"

namespace cdk::iam {

namespace {

constexpr std::size_t kMaxPolicyNameLength = 128;

/// The AWS::IAM::Policy of a Policy: renders nothing when the policy should not be synthesized (aws-cdk-lib's
/// CfnResource.shouldSynthesize).
class PolicyResource final : public CfnPolicy {
 public:
  PolicyResource(cdk::Construct& scope, std::string_view id, CfnPolicyProps props, const Policy& owner)
      : CfnPolicy(scope, id, std::move(props)), owner_(&owner) {}

  cdk::Value toCloudFormation() const override {
    if (!owner_->shouldSynthesize()) return cdk::Value(cdk::Value::Map{});
    return CfnPolicy::toCloudFormation();
  }
  std::vector<std::string> validateFragment(const cdk::Value& fragment) const override {
    if (!owner_->shouldSynthesize()) return {};
    return CfnPolicy::validateFragment(fragment);
  }

 private:
  const Policy* owner_;
};

}  // namespace

Policy::Policy(cdk::Construct& scope, std::string_view id, PolicyProps props)
    : cdk::Resource(scope, id),
      document_(props.document ? *props.document : PolicyDocument()),
      policyName_(std::move(props.policyName)),
      force_(props.force) {
  PolicyResource* resource = nullptr;
  cdk::Value name;
  if (policyName_) {
    name = *policyName_;
  } else {
    name = cdk::Lazy::string([this] {
      const std::string& logicalId = resource_->logicalId();
      return logicalId.size() > kMaxPolicyNameLength ? logicalId.substr(logicalId.size() - kMaxPolicyNameLength)
                                                     : logicalId;
    });
  }
  resource = &make<PolicyResource>("Resource",
                                   CfnPolicyProps{.policyDocument = document_.toValue(),
                                                  .policyName = name,
                                                  .roles = cdk::ValueList::ofToken(cdk::Lazy::any(
                                                      [this] {
                                                        cdk::Value::List names;
                                                        for (IRole* role : roles_) names.push_back(role->roleName());
                                                        return cdk::Value(std::move(names));
                                                      },
                                                      {.omitEmptyArray = true}))},
                                   *this);
  resource_ = resource;

  for (const auto& role : props.roles) {
    if (!role) throw cdk::ConstructError(node().path(), "roles: a role handle is empty; pass the roles to attach to");
    attachToRole(*role);
  }
  addStatements(props.statements);
  node().addValidation([this] { return validatePolicy(); });
}

Policy::~Policy() = default;

cdk::Value Policy::policyName() {
  referenceTaken_ = true;
  if (policyName_) return *policyName_;
  return resource_->props().policyName.value_or(cdk::Value());
}

void Policy::addStatements(const std::vector<PolicyStatement>& statements) { document_.addStatements(statements); }

void Policy::attachToRole(IRole& role) {
  for (IRole* r : roles_) {
    if (r == &role) return;
  }
  roles_.push_back(&role);
  role.attachInlinePolicy(*this);
}

bool Policy::shouldSynthesize() const { return force_ || referenceTaken_ || (!document_.isEmpty() && isAttached()); }

std::vector<std::string> Policy::validatePolicy() const {
  std::vector<std::string> errors;
  const bool empty = document_.isEmpty();
  if (empty) {
    if (force_) errors.emplace_back("Policy created with force=true is empty. You must add statements to the policy");
    if (!force_ && referenceTaken_) {
      errors.emplace_back("This Policy has been referenced by a resource, so it must contain at least one statement.");
    }
  }
  if (!isAttached()) {
    if (force_) {
      errors.emplace_back(
          "Policy created with force=true must be attached to at least one principal: user, group or role");
    }
    if (!force_ && referenceTaken_) {
      errors.emplace_back(
          "This Policy has been referenced by a resource, so it must be attached to at least one user, group or role.");
    }
  }
  auto statementErrors = document_.validateForIdentityPolicy();
  errors.insert(errors.end(), statementErrors.begin(), statementErrors.end());
  return errors;
}

}  // namespace cdk::iam
