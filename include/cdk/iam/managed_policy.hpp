// Managed policies (aws-cdk-lib's iam.IManagedPolicy and iam.ManagedPolicy).
#pragma once

#include <memory>
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

class CfnManagedPolicy;
class IRole;

/// A managed policy, referred to by its ARN. A construct, as in aws-cdk-lib (IManagedPolicyRef extends
/// IConstruct); the AWS managed policies of fromAwsManagedPolicyName are detached ones, outside any tree.
class CDKPP_API IManagedPolicy : public virtual cdk::IConstruct {
 public:
  virtual cdk::Value managedPolicyArn() const = 0;
};

/// A managed policy held by props (RoleProps::managedPolicies). The policies of
/// ManagedPolicy::fromAwsManagedPolicyName are values; the others are constructs of the tree, which the
/// pointer does not own.
using ManagedPolicyPtr = std::shared_ptr<const IManagedPolicy>;

struct ManagedPolicyProps {
  /// Description; default "" (rendered, as aws-cdk-lib renders it).
  std::optional<std::string> description{};
  /// The initial document; statements are added to it.
  std::optional<PolicyDocument> document{};
  /// ManagedPolicyName; default a name CloudFormation generates.
  std::optional<std::string> managedPolicyName{};
  /// Path; default "/" (rendered, as aws-cdk-lib renders it).
  std::optional<std::string> path{};
  /// Roles the policy is attached to.
  std::vector<cdk::Handle<IRole>> roles{};
  std::vector<PolicyStatement> statements{};
};

/// A customer managed policy (AWS::IAM::ManagedPolicy, child "Resource").
class CDKPP_API ManagedPolicy : public cdk::Resource, public virtual IManagedPolicy {
 public:
  using Props = ManagedPolicyProps;

  ManagedPolicy(cdk::Construct& scope, std::string_view id, ManagedPolicyProps props = {});
  ~ManagedPolicy() override;

  /// An AWS managed policy by name, e.g. "service-role/AmazonECSTaskExecutionRolePolicy":
  /// arn:<partition>:iam::aws:policy/<name> (no construct).
  static ManagedPolicyPtr fromAwsManagedPolicyName(std::string_view managedPolicyName);
  /// A managed policy by ARN, used as it is (an imported construct without resources).
  static ManagedPolicyPtr fromManagedPolicyArn(cdk::Construct& scope, std::string_view id, cdk::Value managedPolicyArn);
  /// A customer managed policy of the stack's account by name: arn:<partition>:iam::<account>:policy/<name>.
  static ManagedPolicyPtr fromManagedPolicyName(cdk::Construct& scope, std::string_view id,
                                                std::string_view managedPolicyName);

  /// { "Ref": <policy> } (the ARN).
  cdk::Value managedPolicyArn() const override;
  /// A pointer to this construct for props (does not own it).
  ManagedPolicyPtr ptr() const;
  PolicyDocument document() const { return document_; }
  void addStatements(const std::vector<PolicyStatement>& statements);
  void attachToRole(IRole& role);
  CfnManagedPolicy& cfnManagedPolicy() const noexcept { return *resource_; }

 private:
  PolicyDocument document_;
  std::vector<IRole*> roles_;
  CfnManagedPolicy* resource_ = nullptr;
};

}  // namespace cdk::iam
