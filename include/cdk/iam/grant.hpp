// Permissions given to a grantee (aws-cdk-lib's iam.Grant) and resources with a resource policy.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/dependable.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk {
class Construct;
}

namespace cdk::iam {

/// What addToResourcePolicy did: whether the statement was added, and the construct of the policy it went
/// into (owned by the construct tree).
struct AddToResourcePolicyResult {
  const cdk::IDependable* policyDependable = nullptr;
  bool statementAdded = false;
};

/// A resource with a resource policy (aws-cdk-lib's IResourceWithPolicy): a key, a secret, a log group...
/// As a resource it is a construct: grants depend on it when the statement went into its own policy.
class CDKPP_API IResourceWithPolicy : public virtual cdk::IResource {
 public:
  /// Adds a statement to the resource policy (created on first use where the resource has one on demand).
  /// Resources that cannot have a policy (imported ones) return statementAdded = false.
  virtual AddToResourcePolicyResult addToResourcePolicy(const PolicyStatement& statement) = 0;
};

/// Options of Grant::addToPrincipal.
struct GrantOnPrincipalOptions {
  std::vector<std::string> actions{};
  cdk::Value::Map conditions{};
  /// Who gets the permissions (required).
  cdk::Handle<const IGrantable> grantee{};
  std::vector<cdk::Value> resourceArns{};
};

/// Options of Grant::addToPrincipalOrResource.
struct GrantWithResourceOptions {
  std::vector<std::string> actions{};
  cdk::Value::Map conditions{};
  cdk::Handle<const IGrantable> grantee{};
  /// The resource whose policy gets the statement when the grantee's own policy cannot (required).
  cdk::Handle<IResourceWithPolicy> resource{};
  std::vector<cdk::Value> resourceArns{};
  /// The resources named in the resource policy statement (default resourceArns), e.g. "*" for a key.
  std::vector<cdk::Value> resourceSelfArns{};
};

/// Options of Grant::addToPrincipalAndResource.
struct GrantOnPrincipalAndResourceOptions {
  std::vector<std::string> actions{};
  cdk::Value::Map conditions{};
  cdk::Handle<const IGrantable> grantee{};
  cdk::Handle<IResourceWithPolicy> resource{};
  std::vector<cdk::Value> resourceArns{};
  /// The principal in the resource policy statement (default the grantee's principal).
  PrincipalPtr resourcePolicyPrincipal{};
  std::vector<cdk::Value> resourceSelfArns{};
};

/// The result of a grant: the statements added, and the policies they went into. A Grant is a dependable
/// (depending on it waits for those policies); it refers to constructs of the tree, so it may be copied and
/// kept freely, but when it is passed to `node().addDependency()` the Grant object itself must outlive the
/// synthesis — `applyBefore()` has no such condition.
class CDKPP_API Grant : public cdk::IDependable {
 public:
  /// Adds a statement to the grantee's identity policy; when the grantee has none, or belongs to another
  /// account than the resource, also (instead) a statement with the grantee as principal to the resource
  /// policy.
  static Grant addToPrincipalOrResource(const GrantWithResourceOptions& options);
  /// Adds a statement to the grantee's identity policy only (the grant fails when it has none).
  static Grant addToPrincipal(const GrantOnPrincipalOptions& options);
  /// Adds statements to both the identity policy and the resource policy.
  static Grant addToPrincipalAndResource(const GrantOnPrincipalAndResourceOptions& options);
  /// Adds `statement` to the resource policy only.
  static Grant addStatementToResourcePolicy(IResourceWithPolicy& resource, const PolicyStatement& statement);
  /// A grant that does nothing (for imported resources whose permissions are managed elsewhere).
  static Grant drop(const IGrantable& grantee, std::string_view intent);

  /// The statement added to the grantee's policy, if any.
  const std::optional<PolicyStatement>& principalStatement() const noexcept { return principalStatement_; }
  const std::vector<PolicyStatement>& principalStatements() const noexcept { return principalStatements_; }
  /// The statement added to the resource policy, if any.
  const std::optional<PolicyStatement>& resourceStatement() const noexcept { return resourceStatement_; }
  const std::vector<PolicyStatement>& resourceStatements() const noexcept { return resourceStatements_; }

  /// True when a statement was added somewhere.
  bool success() const noexcept { return principalStatement_.has_value() || resourceStatement_.has_value(); }
  /// Throws cdk::Error ("Permissions for '<grantee>' to call '<actions>' on '<resources>' could not be added
  /// on either identity or resource policy.") when nothing was added.
  void assertSuccess() const;
  /// Makes each construct depend on the policies this grant added to.
  template <class... Cs>
  void applyBefore(cdk::Construct& first, Cs&... more) const {
    applyBeforeOne(first);
    (applyBeforeOne(static_cast<cdk::Construct&>(more)), ...);
  }
  /// Both grants as one.
  Grant combine(const Grant& other) const;

  std::vector<const cdk::Construct*> dependencyRoots() const override;
  /// The policy constructs (or resources) this grant added to.
  const std::vector<const cdk::IDependable*>& dependables() const noexcept { return dependables_; }

 private:
  Grant() = default;
  void applyBeforeOne(cdk::Construct& construct) const;

  std::optional<PolicyStatement> principalStatement_;
  std::vector<PolicyStatement> principalStatements_;
  std::optional<PolicyStatement> resourceStatement_;
  std::vector<PolicyStatement> resourceStatements_;
  std::vector<const cdk::IDependable*> dependables_;
  std::string description_;
};

}  // namespace cdk::iam
