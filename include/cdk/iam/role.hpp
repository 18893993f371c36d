// IAM roles (aws-cdk-lib's iam.IRole and iam.Role).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::iam {

class CfnRole;
class Policy;

/// A role, created here or imported: a principal that is also a resource of the tree (depend on it to wait
/// for the role and the policies below it).
class CDKPP_API IRole : public IPrincipal, public virtual cdk::IResource {
 public:
  /// This role (a construct of the tree).
  const cdk::IConstruct* principalConstruct() const noexcept override { return this; }
  /// { "Fn::GetAtt": [<role>, "Arn"] } for a role created here; the ARN for an imported one.
  virtual cdk::Value roleArn() const = 0;
  /// { "Ref": <role> } for a role created here; the name for an imported one.
  virtual cdk::Value roleName() const = 0;
  /// Attaches a managed policy (ignored when one with an equal ARN is attached already).
  virtual void addManagedPolicy(const IManagedPolicy& policy) = 0;
  /// Attaches an inline policy (a Policy construct). Throws cdk::ConstructError when another policy with
  /// the same name is attached.
  virtual void attachInlinePolicy(Policy& policy) = 0;
  /// Grants `grantee` the actions on this role (statement resource: roleArn()).
  virtual Grant grant(const IGrantable& grantee, const std::vector<std::string>& actions) const = 0;
  /// iam:PassRole on this role.
  virtual Grant grantPassRole(const IGrantable& grantee) const = 0;
  /// sts:AssumeRole on this role.
  virtual Grant grantAssumeRole(const IGrantable& grantee) const = 0;
};

struct RoleProps {
  /// The principal that may assume the role (required), e.g.
  /// std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com").
  PrincipalPtr assumedBy{};
  /// Description; an empty string counts as none. At most 1000 characters.
  std::optional<std::string> description{};
  /// External ids the trust policy requires (a condition on each of its statements).
  std::vector<std::string> externalIds{};
  /// Inline policies by name, rendered into the role's Policies property in this order.
  std::vector<std::pair<std::string, PolicyDocument>> inlinePolicies{};
  /// Managed policies attached to the role.
  std::vector<ManagedPolicyPtr> managedPolicies{};
  /// Between 1 and 12 hours; default CloudFormation's (1 hour).
  std::optional<cdk::Duration> maxSessionDuration{};
  /// "/" or "/<path>/"; default CloudFormation's ("/").
  std::optional<std::string> path{};
  ManagedPolicyPtr permissionsBoundary{};
  /// RoleName (1 to 64 of [A-Za-z0-9_+=,.@-]); default a name CloudFormation generates.
  std::optional<std::string> roleName{};
};

/// Options of Role::fromRoleArn.
struct FromRoleArnOptions {
  /// With addGrantsToResources, grants on resources of this stack go to the resource's policy.
  bool addGrantsToResources = false;
  /// The id of the Policy construct that collects the statements added to a mutable imported role.
  std::optional<std::string> defaultPolicyName{};
  /// `mutable` in aws-cdk-lib (a C++ keyword): when true, statements added to the role go into a Policy
  /// attached to it by name; when false they are dropped.
  bool mutable_ = true;
};

/// Options of Role::withoutPolicyUpdates.
struct WithoutPolicyUpdatesOptions {
  /// When true, grants on a resource that has a resource policy (a bucket, a key) go to that policy; when false
  /// they count as done and nothing is written anywhere.
  bool addGrantsToResources = false;
};

/// An IAM role (AWS::IAM::Role, child "Resource"). Statements added with addToPrincipalPolicy() (and the
/// grants of other constructs) go into an AWS::IAM::Policy child "DefaultPolicy", created on first use.
class CDKPP_API Role : public cdk::Resource, public virtual IRole {
 public:
  using Props = RoleProps;

  /// Throws cdk::ConstructError for a missing assumedBy, an invalid roleName, path, description or
  /// maxSessionDuration, with aws-cdk-lib's messages.
  Role(cdk::Construct& scope, std::string_view id, RoleProps props);
  ~Role() override;

  /// An existing role by ARN (a construct without resources).
  static IRole& fromRoleArn(cdk::Construct& scope, std::string_view id, cdk::Value roleArn,
                            FromRoleArnOptions options = {});
  /// An existing role of the stack's account by name.
  static IRole& fromRoleName(cdk::Construct& scope, std::string_view id, std::string_view roleName,
                             FromRoleArnOptions options = {});

  cdk::Value roleArn() const override;
  cdk::Value roleName() const override;
  /// { "Fn::GetAtt": [<role>, "RoleId"] }.
  cdk::Value roleId() const;
  /// The trust policy.
  PolicyDocument assumeRolePolicy() const { return assumeRolePolicy_; }
  /// This role as an IRole whose policies are never changed (aws-cdk-lib's ImmutableRole, the construct
  /// "ImmutableRole<id>" beside the role, without resources): statements and grants given to it are dropped,
  /// so no "DefaultPolicy" is created; the permissions are then given by managed policies attached to the role.
  /// Depending on it depends on the role. The same object on every call (the options of the first call hold).
  IRole& withoutPolicyUpdates(WithoutPolicyUpdatesOptions options = {});
  /// The "DefaultPolicy" child, once a statement was added; nullptr before.
  Policy* defaultPolicy() const noexcept { return defaultPolicy_; }
  CfnRole& cfnRole() const noexcept { return *resource_; }

  // IPrincipal: the role's ARN ({ "AWS": <roleArn> }), account of its stack.
  PrincipalPtr grantPrincipal() const override;
  PrincipalPolicyFragment policyFragment() const override;
  std::optional<cdk::Value> principalAccount() const override;
  /// Adds the statement to the "DefaultPolicy" child (created on the first call). Always succeeds.
  AddToPrincipalPolicyResult addToPrincipalPolicy(const PolicyStatement& statement) const override;
  std::string toString() const override;

  /// The same as addToPrincipalPolicy; true when the statement was added.
  bool addToPolicy(const PolicyStatement& statement);
  void addManagedPolicy(const IManagedPolicy& policy) override;
  void attachInlinePolicy(Policy& policy) override;
  Grant grant(const IGrantable& grantee, const std::vector<std::string>& actions) const override;
  Grant grantPassRole(const IGrantable& grantee) const override;
  Grant grantAssumeRole(const IGrantable& grantee) const override;

 private:
  std::vector<std::string> validateRole() const;

  PolicyDocument assumeRolePolicy_;
  std::vector<std::pair<std::string, PolicyDocument>> inlinePolicies_;
  std::vector<cdk::Value> managedPolicyArns_;
  std::vector<Policy*> attachedPolicies_;
  mutable Policy* defaultPolicy_ = nullptr;
  CfnRole* resource_ = nullptr;
  IRole* immutableRole_ = nullptr;
};

}  // namespace cdk::iam
