// Who a policy is about (aws-cdk-lib's iam.IGrantable, iam.IPrincipal and the principal classes).
//
// Principals are values: props and statements hold them as `iam::PrincipalPtr` (a shared pointer to a
// const principal), e.g. `.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")`.
// Constructs that are principals (iam::Role) are used by reference wherever a grantee is asked for
// (`secret.grantRead(role)`), and give a pointer to themselves with `grantPrincipal()`
// (`.principals = {role.grantPrincipal()}`); such a pointer does not own the construct, the tree does.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class IConstruct;
class IDependable;
}  // namespace cdk

namespace cdk::iam {

class IPrincipal;
class PolicyDocument;
class PolicyStatement;

/// A principal held by a statement, a trust policy or a props struct.
using PrincipalPtr = std::shared_ptr<const IPrincipal>;

/// The principal part of a statement: `principalJson` maps a principal type ("AWS", "Service",
/// "Federated", "CanonicalUser", or "LiteralString" for a literal `"*"`) to its values, in insertion order;
/// `conditions` are added to every statement the principal is used in (operator -> {key: value}).
struct PrincipalPolicyFragment {
  cdk::Value::Map conditions{};
  std::vector<std::pair<std::string, std::vector<cdk::Value>>> principalJson{};
};

/// What IPrincipal::addToPrincipalPolicy did: whether the principal took the statement into one of its
/// identity policies, and the policy construct the statement ended up in (depend on it to be sure the
/// permission exists). The dependable belongs to the construct tree; it outlives the synthesis.
struct AddToPrincipalPolicyResult {
  const cdk::IDependable* policyDependable = nullptr;
  bool statementAdded = false;
};

/// Something that can be granted permissions (aws-cdk-lib's IGrantable): a principal, or a construct that
/// has one (a role, a task definition, a function...).
class CDKPP_API IGrantable {
 public:
  virtual ~IGrantable() = default;
  /// The principal permissions are granted to. Never null.
  virtual PrincipalPtr grantPrincipal() const = 0;
};

/// A principal: the "who" of a policy statement (aws-cdk-lib's IPrincipal).
class CDKPP_API IPrincipal : public IGrantable {
 public:
  /// The action used in trust policies to let this principal assume a role ("sts:AssumeRole").
  virtual std::string assumeRoleAction() const { return "sts:AssumeRole"; }
  /// How the principal is written in a statement's "Principal" (and the conditions it brings).
  virtual PrincipalPolicyFragment policyFragment() const = 0;
  /// The account the principal belongs to, when known (a literal or a token such as { "Ref":
  /// "AWS::AccountId" }). Grants use it to decide whether a resource policy is needed.
  virtual std::optional<cdk::Value> principalAccount() const { return std::nullopt; }
  /// The construct this principal is when it belongs to the tree (a role), nullptr for principal values:
  /// grants across stacks need its stack (aws-cdk-lib tests Construct.isConstruct(principal)).
  virtual const cdk::IConstruct* principalConstruct() const noexcept { return nullptr; }
  /// Adds a statement to an identity policy of the principal (a role's "DefaultPolicy"); principals
  /// without identity policies (services, accounts, ARNs) return statementAdded = false. A principal is
  /// a value, so this is const; a Role changes its policy construct, which the construct tree owns.
  virtual AddToPrincipalPolicyResult addToPrincipalPolicy(const PolicyStatement& statement) const = 0;
  /// Adds what lets this principal assume a role to the role's trust policy: by default one statement
  /// { Action: assumeRoleAction(), Principal: this }. CompositePrincipal adds one statement per member.
  virtual void addToAssumeRolePolicy(PolicyDocument& document) const;
  /// A readable form for messages, e.g. "ServicePrincipal(ecs-tasks.amazonaws.com)".
  virtual std::string toString() const = 0;
  /// A string that is equal for principals that render the same (used to merge statements).
  virtual std::string dedupeString() const;
};

/// Base of the principal values: no identity policy, and `grantPrincipal()` is the principal itself.
class CDKPP_API PrincipalBase : public IPrincipal, public std::enable_shared_from_this<PrincipalBase> {
 public:
  /// The principal itself (shared when it is held by a shared_ptr, else a copy).
  PrincipalPtr grantPrincipal() const override;
  AddToPrincipalPolicyResult addToPrincipalPolicy(const PolicyStatement& statement) const override;
  /// This principal with extra conditions (operator -> {key: value}), merged into its own.
  PrincipalPtr withConditions(cdk::Value::Map conditions) const;

 protected:
  /// A copy of this principal, as a shared pointer.
  virtual PrincipalPtr copy() const = 0;
};

/// Options of ServicePrincipal.
struct ServicePrincipalOpts {
  /// Conditions added to every statement this principal is used in.
  cdk::Value::Map conditions{};
};

/// An AWS service ("ecs-tasks.amazonaws.com"): { "Service": "<name>" }. A short name ("ecs-tasks") or a
/// name with a partition suffix (".amazonaws.com.cn", ".c2s.ic.gov", ".sc2s.sgov.gov") becomes
/// "<name>.amazonaws.com", as aws-cdk-lib writes it; other names are used as they are.
class CDKPP_API ServicePrincipal : public PrincipalBase {
 public:
  explicit ServicePrincipal(std::string service, ServicePrincipalOpts opts = {});
  explicit ServicePrincipal(const char* service, ServicePrincipalOpts opts = {})
      : ServicePrincipal(std::string(service), std::move(opts)) {}
  /// A service whose name holds a token, as aws-cdk-lib's `new ServicePrincipal(`logs.${stack.region}.amazonaws.com`)`
  /// where the region is a token: rendered as given (Fn::Join ...). A literal string is the string constructor's.
  explicit ServicePrincipal(cdk::Value service, ServicePrincipalOpts opts = {});
  /// The name a service principal renders as ("ecs-tasks" -> "ecs-tasks.amazonaws.com").
  static std::string servicePrincipalName(std::string_view service);
  const std::string& service() const noexcept { return service_; }

  PrincipalPolicyFragment policyFragment() const override;
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;

 private:
  std::string service_;
  /// The name when it holds a token (service_ is then its description).
  std::optional<cdk::Value> serviceToken_;
  ServicePrincipalOpts opts_;
};

/// A principal by ARN: { "AWS": <arn> }.
class CDKPP_API ArnPrincipal : public PrincipalBase {
 public:
  explicit ArnPrincipal(cdk::Value arn);
  const cdk::Value& arn() const noexcept { return arn_; }

  PrincipalPolicyFragment policyFragment() const override;
  std::string toString() const override;
  std::string dedupeString() const override;

 protected:
  PrincipalPtr copy() const override;

 private:
  cdk::Value arn_;
};

/// The root of an account: { "AWS": "arn:<partition>:iam::<account>:root" }, the partition of the stack
/// the statement is rendered in. Throws cdk::Error when the account is neither a string nor a token.
class CDKPP_API AccountPrincipal : public ArnPrincipal {
 public:
  explicit AccountPrincipal(cdk::Value accountId);
  const cdk::Value& accountId() const noexcept { return accountId_; }

  std::optional<cdk::Value> principalAccount() const override { return accountId_; }
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;

 private:
  cdk::Value accountId_;
};

/// The root of the account of the stack the statement is rendered in.
class CDKPP_API AccountRootPrincipal : public AccountPrincipal {
 public:
  AccountRootPrincipal();
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;
};

/// Any principal: { "AWS": "*" }.
class CDKPP_API AnyPrincipal : public ArnPrincipal {
 public:
  AnyPrincipal();
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;
};

/// A literal "*" principal: "Principal": "*".
class CDKPP_API StarPrincipal : public PrincipalBase {
 public:
  StarPrincipal() = default;
  PrincipalPolicyFragment policyFragment() const override;
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;
};

/// Any principal of an AWS Organization: { "AWS": "*" } with the condition
/// { "StringEquals": { "aws:PrincipalOrgID": <organizationId> } }.
class CDKPP_API OrganizationPrincipal : public PrincipalBase {
 public:
  explicit OrganizationPrincipal(std::string organizationId);
  const std::string& organizationId() const noexcept { return organizationId_; }
  PrincipalPolicyFragment policyFragment() const override;
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;

 private:
  std::string organizationId_;
};

/// A canonical user id (for S3): { "CanonicalUser": <id> }.
class CDKPP_API CanonicalUserPrincipal : public PrincipalBase {
 public:
  explicit CanonicalUserPrincipal(cdk::Value canonicalUserId);
  PrincipalPolicyFragment policyFragment() const override;
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;

 private:
  cdk::Value canonicalUserId_;
};

/// A federated identity provider: { "Federated": <federated> }, assumed with `assumeRoleAction`.
class CDKPP_API FederatedPrincipal : public PrincipalBase {
 public:
  FederatedPrincipal(cdk::Value federated, cdk::Value::Map conditions = {},
                     std::string assumeRoleAction = "sts:AssumeRole");
  const cdk::Value& federated() const noexcept { return federated_; }
  std::string assumeRoleAction() const override { return assumeRoleAction_; }
  PrincipalPolicyFragment policyFragment() const override;
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;

 private:
  cdk::Value federated_;
  cdk::Value::Map conditions_;
  std::string assumeRoleAction_;
};

/// A web identity provider (Cognito, Google, an OIDC provider...): a FederatedPrincipal assumed with
/// "sts:AssumeRoleWithWebIdentity".
class CDKPP_API WebIdentityPrincipal : public FederatedPrincipal {
 public:
  explicit WebIdentityPrincipal(cdk::Value identityProvider, cdk::Value::Map conditions = {});
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;
};

/// Another principal with extra conditions (aws-cdk-lib's PrincipalWithConditions, made by
/// PrincipalBase::withConditions). Conditions under an operator both have are merged (the new ones win).
class CDKPP_API PrincipalWithConditions : public PrincipalBase {
 public:
  PrincipalWithConditions(PrincipalPtr principal, cdk::Value::Map conditions);
  /// Adds a condition (operator -> {key: value}); throws cdk::Error when the value is not a map.
  void addCondition(const std::string& key, cdk::Value value);
  cdk::Value::Map conditions() const;

  std::string assumeRoleAction() const override { return principal_->assumeRoleAction(); }
  PrincipalPolicyFragment policyFragment() const override;
  std::optional<cdk::Value> principalAccount() const override { return principal_->principalAccount(); }
  AddToPrincipalPolicyResult addToPrincipalPolicy(const PolicyStatement& statement) const override;
  std::string toString() const override;

 protected:
  PrincipalPtr copy() const override;

 private:
  PrincipalPtr principal_;
  cdk::Value::Map additionalConditions_;
};

/// Several principals as one (aws-cdk-lib's CompositePrincipal). Its members must have no conditions. In a
/// statement the members merge into one "Principal" ({ "AWS": [...], "Service": [...] }); in a trust
/// policy each member gets a statement of its own.
class CDKPP_API CompositePrincipal : public PrincipalBase {
 public:
  explicit CompositePrincipal(std::vector<PrincipalPtr> principals);
  /// Adds members; throws cdk::Error for a member with conditions.
  CompositePrincipal& addPrincipals(std::vector<PrincipalPtr> principals);
  const std::vector<PrincipalPtr>& principals() const noexcept { return principals_; }

  /// The assume-role action of the members when they all agree; throws cdk::Error otherwise.
  std::string assumeRoleAction() const override;
  PrincipalPolicyFragment policyFragment() const override;
  void addToAssumeRolePolicy(PolicyDocument& document) const override;
  std::string toString() const override;
  std::string dedupeString() const override;

 protected:
  PrincipalPtr copy() const override;

 private:
  std::vector<PrincipalPtr> principals_;
};

}  // namespace cdk::iam
