// An inline policy attached to roles (aws-cdk-lib's iam.Policy): AWS::IAM::Policy.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"

namespace cdk::iam {

class CfnPolicy;
class IRole;

struct PolicyProps {
  /// The initial document; statements are added to it.
  std::optional<PolicyDocument> document{};
  /// Always synthesize the policy, and fail synthesis when it is empty or not attached. By default an empty
  /// or unattached policy renders no resource.
  bool force = false;
  /// PolicyName; default the policy's logical ID (its last 128 characters).
  std::optional<std::string> policyName{};
  /// Roles to attach the policy to.
  std::vector<cdk::Handle<IRole>> roles{};
  /// Statements added to the document.
  std::vector<PolicyStatement> statements{};
};

/// An identity policy attached to roles, rendered as AWS::IAM::Policy (child "Resource") with PolicyName,
/// PolicyDocument and Roles. As in aws-cdk-lib the resource is only synthesized when the policy has
/// statements and is attached, when `force` is set, or when its name was read (policyName()); otherwise it
/// renders nothing and is left out of other resources' DependsOn.
class CDKPP_API Policy : public cdk::Resource {
 public:
  using Props = PolicyProps;

  Policy(cdk::Construct& scope, std::string_view id, PolicyProps props = {});
  ~Policy() override;

  /// The policy name (the explicit one, or the logical ID rendered at synthesis). Reading it makes the
  /// policy synthesize even when empty (and then fail validation).
  cdk::Value policyName();
  /// The name as given in props, if any (does not count as a reference).
  const std::optional<std::string>& explicitPolicyName() const noexcept { return policyName_; }
  PolicyDocument document() const { return document_; }
  void addStatements(const std::vector<PolicyStatement>& statements);
  template <class... More>
  void addStatements(const PolicyStatement& first, const More&... more) {
    addStatements(std::vector<PolicyStatement>{first, static_cast<const PolicyStatement&>(more)...});
  }
  /// Attaches the policy to a role (also registers it with the role, which checks for a name clash).
  void attachToRole(IRole& role);
  const std::vector<IRole*>& roles() const noexcept { return roles_; }
  bool isAttached() const noexcept { return !roles_.empty(); }
  bool force() const noexcept { return force_; }
  /// Whether the AWS::IAM::Policy is rendered (see the class comment).
  bool shouldSynthesize() const;
  CfnPolicy& cfnPolicy() const noexcept { return *resource_; }

 private:
  std::vector<std::string> validatePolicy() const;

  PolicyDocument document_;
  std::optional<std::string> policyName_;
  bool force_;
  bool referenceTaken_ = false;
  std::vector<IRole*> roles_;
  CfnPolicy* resource_ = nullptr;
};

}  // namespace cdk::iam
