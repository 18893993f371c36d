// A statement of an IAM policy (aws-cdk-lib's iam.PolicyStatement).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::iam {

enum class Effect { ALLOW, DENY };

/// "Allow" / "Deny".
CDKPP_API std::string_view toString(Effect effect) noexcept;

struct PolicyStatementProps {
  /// Actions ("s3:GetObject", "kms:*", "*"); validated as aws-cdk-lib does.
  std::vector<std::string> actions{};
  /// Conditions: operator -> { key: value }, e.g. {{"StringEquals", cdk::Value::map({{"aws:SourceAccount", x}})}}.
  cdk::Value::Map conditions{};
  Effect effect = Effect::ALLOW;
  std::vector<std::string> notActions{};
  std::vector<PrincipalPtr> notPrincipals{};
  std::vector<cdk::Value> notResources{};
  std::vector<PrincipalPtr> principals{};
  /// Resource ARNs (literals or tokens such as a role's roleArn()); "*" for all.
  std::vector<cdk::Value> resources{};
  std::optional<std::string> sid{};
};

/// A policy statement. A PolicyStatement is a handle, as the object is in aws-cdk-lib: copies share one
/// statement, so a statement added to a policy can still be changed (grants add conditions to the
/// statement they return). `copy()` makes an independent statement.
///
/// Actions, resources and principals are ordered sets (the first occurrence is kept). Errors (an invalid
/// action, mixing 'Actions' and 'NotActions', principals with different conditions, changing a frozen
/// statement) throw cdk::Error with aws-cdk-lib's messages.
class CDKPP_API PolicyStatement {
 public:
  PolicyStatement(PolicyStatementProps props = {});

  /// Reads a statement in policy JSON ({ "Action": ..., "Effect": ..., "Resource": ..., ... }); throws
  /// cdk::Error ("Incorrect Policy Statement: ...") when it has no action.
  static PolicyStatement fromJson(const cdk::Value& json);

  // -------------------------------------------------------------------------------------- actions
  void addActions(const std::vector<std::string>& actions);
  void addNotActions(const std::vector<std::string>& notActions);
  std::vector<std::string> actions() const;
  std::vector<std::string> notActions() const;

  // -------------------------------------------------------------------------------------- principals
  void addPrincipals(const std::vector<PrincipalPtr>& principals);
  void addNotPrincipals(const std::vector<PrincipalPtr>& notPrincipals);
  void addAwsAccountPrincipal(cdk::Value accountId);
  void addArnPrincipal(cdk::Value arn);
  void addServicePrincipal(std::string service, ServicePrincipalOpts opts = {});
  void addFederatedPrincipal(cdk::Value federated, cdk::Value::Map conditions);
  void addAccountRootPrincipal();
  void addCanonicalUserPrincipal(cdk::Value canonicalUserId);
  void addAnyPrincipal();
  bool hasPrincipal() const;
  std::vector<PrincipalPtr> principals() const;
  std::vector<PrincipalPtr> notPrincipals() const;

  // -------------------------------------------------------------------------------------- resources
  void addResources(const std::vector<cdk::Value>& arns);
  void addNotResources(const std::vector<cdk::Value>& arns);
  /// Adds the resource "*".
  void addAllResources();
  bool hasResource() const;
  std::vector<cdk::Value> resources() const;
  std::vector<cdk::Value> notResources() const;

  // -------------------------------------------------------------------------------------- conditions
  /// Adds a condition under an operator; keys already under the operator are replaced, others kept.
  /// Throws cdk::Error when `value` is not a map ("A Condition should be represented as a map of operator
  /// to value").
  void addCondition(const std::string& key, cdk::Value value);
  void addConditions(const cdk::Value::Map& conditions);
  /// { "StringEquals": { "sts:ExternalId": accountId } }.
  void addAccountCondition(cdk::Value accountId);
  /// { "StringEquals": { "aws:SourceAccount": accountId } }.
  void addSourceAccountCondition(cdk::Value accountId);
  /// { "ArnEquals": { "aws:SourceArn": arn } }.
  void addSourceArnCondition(cdk::Value arn);
  cdk::Value::Map conditions() const;

  // -------------------------------------------------------------------------------------- the rest
  const std::optional<std::string>& sid() const;
  void setSid(std::optional<std::string> sid);
  Effect effect() const;
  void setEffect(Effect effect);

  /// An independent statement with the same content, with the fields set in `overrides` replaced (fields
  /// left empty in `overrides` are copied from this statement).
  PolicyStatement copy(const PolicyStatementProps& overrides = {}) const;

  /// The statement in policy JSON, unresolved, keys in aws-cdk-lib's order (Action, NotAction, Condition,
  /// Effect, Principal, NotPrincipal, Resource, NotResource, Sid); single-element lists as scalars, empty
  /// parts left out.
  cdk::Value toStatementJson() const;
  /// "PolicyStatement(...)": a short description for messages.
  std::string toString() const;

  /// Problems of the statement in any policy / a resource-based policy / a trust policy / an identity
  /// policy, with aws-cdk-lib's messages (empty when there are none).
  std::vector<std::string> validateForAnyPolicy() const;
  std::vector<std::string> validateForResourcePolicy(bool skipResourceValidation = false) const;
  std::vector<std::string> validateForTrustPolicy() const;
  std::vector<std::string> validateForIdentityPolicy() const;

  /// Forbids further changes (each throws cdk::Error, "<method>: freeze() has been called on this
  /// PolicyStatement previously, so it can no longer be modified").
  PolicyStatement& freeze();
  bool frozen() const;

  /// True when both handles refer to the same statement.
  friend bool operator==(const PolicyStatement& a, const PolicyStatement& b) noexcept { return a.state_ == b.state_; }
  /// Identity of the shared statement (stable while any handle exists).
  const void* id() const noexcept { return state_.get(); }

  struct State;

 private:
  std::shared_ptr<State> state_;
};

}  // namespace cdk::iam
