#include "cdk/iam/role.hpp"

#include <fmt/format.h>

#include "cdk/cfn/iam.hpp"
#include "cdk/core/arn.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/policy.hpp"
#include "core/text_scanner.hpp"
#include "policy_merging.hpp"

namespace cdk::iam {

namespace {

/// A non-owning pointer to a principal that lives in the construct tree.
PrincipalPtr treePrincipal(const IPrincipal& principal) { return PrincipalPtr(PrincipalPtr(), &principal); }

void validateRolePath(const cdk::Construct& scope, const std::optional<std::string>& path) {
  if (!path) return;
  if (path->empty() || path->size() > 512) {
    throw cdk::ConstructError(
        scope.node().path(), fmt::format("Role path must be between 1 and 512 characters. The provided role path is {} "
                                         "characters.",
                                         path->size()));
  }
  const auto printable = [](char c) {
    return static_cast<unsigned char>(c) >= 0x21 && static_cast<unsigned char>(c) <= 0x7F;
  };
  const std::string_view inner = path->size() >= 2 ? std::string_view(*path).substr(1, path->size() - 2) : "";
  const bool valid = *path == "/" || (path->size() >= 3 && path->front() == '/' && path->back() == '/' &&
                                      cdk::detail::allOf(inner, printable));
  if (!valid) {
    throw cdk::ConstructError(
        scope.node().path(),
        fmt::format("Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by "
                    "slashes. Valid characters are unicode characters in [\\u0021-\\u007F]. However, {} is provided.",
                    *path));
  }
}

/// The policy names of attached policies are compared as aws-cdk-lib does: reading them counts as a reference.
bool sameName(Policy& a, Policy& b) {
  cdk::Value na = a.policyName();
  cdk::Value nb = b.policyName();
  return na.isString() && nb.isString() && na.asString() == nb.asString();
}

Grant grantOnRole(const IRole& role, const IGrantable& grantee, const std::vector<std::string>& actions) {
  return Grant::addToPrincipal({.actions = actions, .grantee = grantee, .resourceArns = {role.roleArn()}});
}

// ------------------------------------------------------------------------------------------------ imported role

class ImportedRole final : public cdk::Resource, public virtual IRole {
 public:
  /// `arn` is the split roleArn: its account (when not empty) is the principal's account.
  ImportedRole(cdk::Construct& scope, std::string_view id, cdk::Value roleArn, const cdk::ArnComponents& arn,
               cdk::Value roleName, FromRoleArnOptions options)
      : cdk::Resource(scope, id),
        roleArn_(std::move(roleArn)),
        roleName_(std::move(roleName)),
        options_(std::move(options)) {
    if (arn.account && !(arn.account->isString() && arn.account->asString().empty())) account_ = *arn.account;
  }

  cdk::Value roleArn() const override { return roleArn_; }
  cdk::Value roleName() const override { return roleName_; }
  PrincipalPtr grantPrincipal() const override { return treePrincipal(*this); }
  PrincipalPolicyFragment policyFragment() const override { return {.principalJson = {{"AWS", {roleArn_}}}}; }
  std::optional<cdk::Value> principalAccount() const override { return account_; }
  AddToPrincipalPolicyResult addToPrincipalPolicy(const PolicyStatement& statement) const override {
    if (!options_.mutable_) return {};
    auto& self = const_cast<ImportedRole&>(*this);
    if (!policy_) {
      policy_ = &self.make<Policy>(options_.defaultPolicyName.value_or("Policy"));
      policy_->attachToRole(self);
    }
    policy_->addStatements({statement});
    return {.policyDependable = policy_, .statementAdded = true};
  }
  std::string toString() const override { return node().path(); }
  void addManagedPolicy(const IManagedPolicy&) override {}
  void attachInlinePolicy(Policy& policy) override {
    if (!options_.mutable_) return;
    for (Policy* p : attached_) {
      if (p == &policy) return;
    }
    attached_.push_back(&policy);
    policy.attachToRole(*this);
  }
  Grant grant(const IGrantable& grantee, const std::vector<std::string>& actions) const override {
    return grantOnRole(*this, grantee, actions);
  }
  Grant grantPassRole(const IGrantable& grantee) const override { return grant(grantee, {"iam:PassRole"}); }
  Grant grantAssumeRole(const IGrantable& grantee) const override { return grant(grantee, {"sts:AssumeRole"}); }

 private:
  cdk::Value roleArn_;
  cdk::Value roleName_;
  std::optional<cdk::Value> account_;
  FromRoleArnOptions options_;
  mutable Policy* policy_ = nullptr;
  std::vector<Policy*> attached_;
};

// ------------------------------------------------------------------------------------------------ immutable role

/// aws-cdk-lib's ImmutableRole: the role's identity without the power to change its policies.
class ImmutableRole final : public cdk::Resource, public virtual IRole {
 public:
  ImmutableRole(cdk::Construct& scope, std::string_view id, Role& role, bool addGrantsToResources)
      : cdk::Resource(scope, id), role_(role), addGrantsToResources_(addGrantsToResources) {
    node().setDefaultChild(role.node().defaultChild());
  }

  cdk::Value roleArn() const override { return role_.roleArn(); }
  cdk::Value roleName() const override { return role_.roleName(); }
  PrincipalPtr grantPrincipal() const override { return treePrincipal(*this); }
  PrincipalPolicyFragment policyFragment() const override { return role_.policyFragment(); }
  std::optional<cdk::Value> principalAccount() const override { return role_.principalAccount(); }
  /// Pretends success (so grants stop here) unless grants should go to the resources' policies.
  AddToPrincipalPolicyResult addToPrincipalPolicy(const PolicyStatement&) const override {
    return {.policyDependable = &nothing_, .statementAdded = !addGrantsToResources_};
  }
  std::string toString() const override { return node().path(); }
  void addManagedPolicy(const IManagedPolicy&) override {}
  void attachInlinePolicy(Policy&) override {}
  Grant grant(const IGrantable& grantee, const std::vector<std::string>& actions) const override {
    return role_.grant(grantee, actions);
  }
  Grant grantPassRole(const IGrantable& grantee) const override { return role_.grantPassRole(grantee); }
  Grant grantAssumeRole(const IGrantable& grantee) const override { return role_.grantAssumeRole(grantee); }
  /// Depending on this depends on the role.
  std::vector<const cdk::Construct*> dependencyRoots() const override { return {&role_}; }

 private:
  Role& role_;
  bool addGrantsToResources_;
  cdk::DependencyGroup nothing_;
};

}  // namespace

// ------------------------------------------------------------------------------------------------ Role

Role::Role(cdk::Construct& scope, std::string_view id, RoleProps props)
    : cdk::Resource(scope, id,
                    {.physicalName = props.roleName ? std::optional<cdk::Value>(*props.roleName) : std::nullopt}) {
  if (props.roleName) {
    const auto allowed = [](char c) {
      return cdk::detail::isAsciiAlnum(c) || std::string_view("_+=,.@-").find(c) != std::string_view::npos;
    };
    if (props.roleName->empty() || props.roleName->size() > 64 || !cdk::detail::allOf(*props.roleName, allowed)) {
      throw cdk::ConstructError(node().path(),
                                "Invalid roleName. The name must be a string of characters consisting of upper and "
                                "lowercase alphanumeric characters with no spaces. You can also include any of the "
                                "following characters: _+=,.@-. Length must be between 1 and 64 characters.");
    }
  }
  if (!props.assumedBy) {
    throw cdk::ConstructError(node().path(),
                              "assumedBy is required: pass the principal that may assume the role, e.g. "
                              "std::make_shared<iam::ServicePrincipal>(\"ecs-tasks.amazonaws.com\")");
  }

  // The trust policy; with external ids every statement requires one of them.
  props.assumedBy->addToAssumeRolePolicy(assumeRolePolicy_);
  if (!props.externalIds.empty()) {
    cdk::Value ids = props.externalIds.size() == 1
                         ? cdk::Value(props.externalIds.front())
                         : cdk::Value(cdk::Value::List(props.externalIds.begin(), props.externalIds.end()));
    for (auto& statement : assumeRolePolicy_.statements()) {
      statement.addCondition("StringEquals", cdk::Value::map({{"sts:ExternalId", ids}}));
    }
  }

  for (const auto& policy : props.managedPolicies) {
    if (!policy) throw cdk::ConstructError(node().path(), "managedPolicies: a managed policy is null; pass policies");
    managedPolicyArns_.push_back(policy->managedPolicyArn());
  }
  inlinePolicies_ = std::move(props.inlinePolicies);

  std::optional<std::int64_t> maxSessionDuration;
  if (props.maxSessionDuration) {
    maxSessionDuration = props.maxSessionDuration->toMilliseconds() / 1000;
    if (*maxSessionDuration < 3600 || *maxSessionDuration > 43200) {
      throw cdk::ConstructError(node().path(),
                                fmt::format("maxSessionDuration is set to {}, but must be >= 3600sec (1hr) "
                                            "and <= 43200sec (12hrs)",
                                            *maxSessionDuration));
    }
  }
  std::optional<std::string> description;
  if (props.description && !props.description->empty()) description = props.description;
  if (description && description->size() > 1000) {
    throw cdk::ConstructError(node().path(), "Role description must be no longer than 1000 characters.");
  }
  validateRolePath(*this, props.path);

  CfnRoleProps cfn;
  cfn.assumeRolePolicyDocument = assumeRolePolicy_.toValue();
  if (description) cfn.description = *description;
  cfn.managedPolicyArns = cdk::ValueList::ofToken(cdk::Lazy::any(
      [this] {
        // Unique by rendered value, as aws-cdk-lib's UniqueStringSet (compared here before rendering).
        cdk::Value::List arns;
        for (const auto& arn : managedPolicyArns_) {
          bool seen = false;
          for (const auto& a : arns) seen = seen || detail::sameValue(a, arn);
          if (!seen) arns.push_back(arn);
        }
        return cdk::Value(std::move(arns));
      },
      {.omitEmptyArray = true}));
  if (maxSessionDuration) cfn.maxSessionDuration = *maxSessionDuration;
  if (props.path) cfn.path = *props.path;
  if (props.permissionsBoundary) cfn.permissionsBoundary = props.permissionsBoundary->managedPolicyArn();
  if (!inlinePolicies_.empty()) {
    std::vector<CfnRole::PolicyProperty> policies;
    for (const auto& [name, document] : inlinePolicies_) {
      policies.push_back({.policyDocument = document.toValue(), .policyName = name});
    }
    cfn.policies = std::move(policies);
  }
  if (props.roleName) cfn.roleName = *props.roleName;
  resource_ = &make<CfnRole>("Resource", std::move(cfn));

  node().addValidation([this] { return validateRole(); });
}

Role::~Role() = default;

namespace {

cdk::ArnComponents splitRoleArn(const cdk::Construct& scope, const cdk::Value& roleArn) {
  try {
    return cdk::Arn::split(roleArn, cdk::ArnFormat::SLASH_RESOURCE_NAME);
  } catch (const cdk::ConstructError&) {
    throw;
  } catch (const cdk::Error& e) {
    throw cdk::ConstructError(scope.node().path(), fmt::format("Role::fromRoleArn: {}", e.what()));
  }
}

}  // namespace

IRole& Role::fromRoleArn(cdk::Construct& scope, std::string_view id, cdk::Value roleArn, FromRoleArnOptions options) {
  const cdk::ArnComponents arn = splitRoleArn(scope, roleArn);
  if (!arn.resourceName) {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("Role::fromRoleArn: '{}' names no role; give an ARN of the form "
                                          "arn:<partition>:iam::<account>:role/<name>",
                                          roleArn.toString()));
  }
  // As aws-cdk-lib: service roles have paths (role/service-role/<name>), the name is the last part.
  cdk::Value roleName = *arn.resourceName;
  if (roleName.isString()) {
    const std::string& resourceName = roleName.asString();
    roleName = resourceName.substr(resourceName.rfind('/') + 1);
  }
  return scope.make<ImportedRole>(id, std::move(roleArn), arn, std::move(roleName), std::move(options));
}

IRole& Role::fromRoleName(cdk::Construct& scope, std::string_view id, std::string_view roleName,
                          FromRoleArnOptions options) {
  cdk::Stack& stack = cdk::Stack::of(scope);
  cdk::Value arn = stack.formatArn({.region = cdk::Value(""),
                                    .resource = "role",
                                    .resourceName = cdk::Value(std::string(roleName)),
                                    .service = "iam"});
  const cdk::ArnComponents components = splitRoleArn(scope, arn);
  return scope.make<ImportedRole>(id, std::move(arn), components, cdk::Value(std::string(roleName)),
                                  std::move(options));
}

cdk::Value Role::roleArn() const { return resource_->attrArn(); }
cdk::Value Role::roleName() const { return resource_->ref(); }
cdk::Value Role::roleId() const { return resource_->attrRoleId(); }

PrincipalPtr Role::grantPrincipal() const { return treePrincipal(*this); }

PrincipalPolicyFragment Role::policyFragment() const { return {.principalJson = {{"AWS", {roleArn()}}}}; }

std::optional<cdk::Value> Role::principalAccount() const { return env().account; }

AddToPrincipalPolicyResult Role::addToPrincipalPolicy(const PolicyStatement& statement) const {
  // A Role is never a const object (the tree creates it); adding to its policy changes the tree, not the
  // principal.
  auto& self = const_cast<Role&>(*this);
  if (!defaultPolicy_) {
    defaultPolicy_ = &self.make<Policy>("DefaultPolicy");
    detail::setMergeIfEqual(defaultPolicy_->document());
    self.attachInlinePolicy(*defaultPolicy_);
  }
  defaultPolicy_->addStatements({statement});
  return {.policyDependable = defaultPolicy_, .statementAdded = true};
}

std::string Role::toString() const { return node().path(); }

IRole& Role::withoutPolicyUpdates(WithoutPolicyUpdatesOptions options) {
  if (!immutableRole_) {
    cdk::Construct& scope = *node().scope();
    immutableRole_ = &scope.make<ImmutableRole>("ImmutableRole" + node().id(), *this, options.addGrantsToResources);
  }
  return *immutableRole_;
}

bool Role::addToPolicy(const PolicyStatement& statement) { return addToPrincipalPolicy(statement).statementAdded; }

void Role::addManagedPolicy(const IManagedPolicy& policy) {
  cdk::Value arn = policy.managedPolicyArn();
  for (const auto& existing : managedPolicyArns_) {
    if (detail::sameValue(existing, arn)) return;
  }
  managedPolicyArns_.push_back(std::move(arn));
}

void Role::attachInlinePolicy(Policy& policy) {
  bool attached = false;
  for (Policy* p : attachedPolicies_) attached = attached || p == &policy;
  if (!attached) {
    for (Policy* p : attachedPolicies_) {
      if (sameName(*p, policy)) {
        throw cdk::ConstructError(policy.node().path(), fmt::format("A policy named \"{}\" is already attached",
                                                                    policy.policyName().toString()));
      }
    }
    attachedPolicies_.push_back(&policy);
  }
  policy.attachToRole(*this);
}

Grant Role::grant(const IGrantable& grantee, const std::vector<std::string>& actions) const {
  return grantOnRole(*this, grantee, actions);
}

Grant Role::grantPassRole(const IGrantable& grantee) const { return grant(grantee, {"iam:PassRole"}); }

Grant Role::grantAssumeRole(const IGrantable& grantee) const { return grant(grantee, {"sts:AssumeRole"}); }

std::vector<std::string> Role::validateRole() const {
  std::vector<std::string> errors = assumeRolePolicy_.validateForTrustPolicy();
  for (const auto& [name, document] : inlinePolicies_) {
    auto e = document.validateForIdentityPolicy();
    errors.insert(errors.end(), e.begin(), e.end());
  }
  return errors;
}

}  // namespace cdk::iam
