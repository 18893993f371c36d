#include "cdk/iam/managed_policy.hpp"

#include "cdk/cfn/iam.hpp"
#include "cdk/core/aws.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/role.hpp"

namespace cdk::iam {

namespace {

/// An AWS managed policy: a value, not part of any tree. As aws-cdk-lib's DetachedConstruct it is a
/// construct of its own, the root of a tree of one, so there is no stack to find or to depend on.
class AwsManagedPolicy final : public cdk::Construct, public virtual IManagedPolicy {
 public:
  explicit AwsManagedPolicy(cdk::Value arn) : cdk::Construct(RootTag{}, "AwsManagedPolicy"), arn_(std::move(arn)) {}
  cdk::Value managedPolicyArn() const override { return arn_; }

 private:
  cdk::Value arn_;
};

/// An imported managed policy: a construct without resources.
class ImportedManagedPolicy final : public cdk::Resource, public virtual IManagedPolicy {
 public:
  ImportedManagedPolicy(cdk::Construct& scope, std::string_view id, cdk::Value arn)
      : cdk::Resource(scope, id), arn_(std::move(arn)) {}
  cdk::Value managedPolicyArn() const override { return arn_; }

 private:
  cdk::Value arn_;
};

}  // namespace

ManagedPolicy::ManagedPolicy(cdk::Construct& scope, std::string_view id, ManagedPolicyProps props)
    : cdk::Resource(scope, id), document_(props.document ? *props.document : PolicyDocument()) {
  CfnManagedPolicyProps cfn;
  // aws-cdk-lib always renders both: `description || ""` and `path || "/"`.
  cfn.description = props.description.value_or("");
  if (props.managedPolicyName) cfn.managedPolicyName = *props.managedPolicyName;
  cfn.path = props.path.value_or("/");
  cfn.policyDocument = document_.toValue();
  cfn.roles = cdk::ValueList::ofToken(cdk::Lazy::any(
      [this] {
        cdk::Value::List names;
        for (IRole* role : roles_) names.push_back(role->roleName());
        return cdk::Value(std::move(names));
      },
      {.omitEmptyArray = true}));
  resource_ = &make<CfnManagedPolicy>("Resource", std::move(cfn));
  for (const auto& role : props.roles) {
    if (!role) throw cdk::ConstructError(node().path(), "roles: a role handle is empty; pass the roles to attach to");
    attachToRole(*role);
  }
  addStatements(props.statements);
  node().addValidation([this] {
    std::vector<std::string> errors;
    if (document_.isEmpty()) errors.emplace_back("Managed Policy is empty. You must add statements to the policy");
    auto e = document_.validateForIdentityPolicy();
    errors.insert(errors.end(), e.begin(), e.end());
    return errors;
  });
}

ManagedPolicy::~ManagedPolicy() = default;

ManagedPolicyPtr ManagedPolicy::fromAwsManagedPolicyName(std::string_view managedPolicyName) {
  return std::make_shared<AwsManagedPolicy>(cdk::Value("arn:") + cdk::Aws::PARTITION + ":iam::aws:policy/" +
                                            std::string(managedPolicyName));
}

ManagedPolicyPtr ManagedPolicy::fromManagedPolicyArn(cdk::Construct& scope, std::string_view id,
                                                     cdk::Value managedPolicyArn) {
  auto& imported = scope.make<ImportedManagedPolicy>(id, std::move(managedPolicyArn));
  return ManagedPolicyPtr(ManagedPolicyPtr(), &imported);
}

ManagedPolicyPtr ManagedPolicy::fromManagedPolicyName(cdk::Construct& scope, std::string_view id,
                                                      std::string_view managedPolicyName) {
  cdk::Stack& stack = cdk::Stack::of(scope);
  cdk::Value arn = stack.formatArn({.region = cdk::Value(""),
                                    .resource = "policy",
                                    .resourceName = cdk::Value(std::string(managedPolicyName)),
                                    .service = "iam"});
  auto& imported = scope.make<ImportedManagedPolicy>(id, std::move(arn));
  return ManagedPolicyPtr(ManagedPolicyPtr(), &imported);
}

cdk::Value ManagedPolicy::managedPolicyArn() const { return resource_->ref(); }

ManagedPolicyPtr ManagedPolicy::ptr() const { return ManagedPolicyPtr(ManagedPolicyPtr(), this); }

void ManagedPolicy::addStatements(const std::vector<PolicyStatement>& statements) {
  document_.addStatements(statements);
}

void ManagedPolicy::attachToRole(IRole& role) {
  for (IRole* r : roles_) {
    if (r == &role) return;
  }
  roles_.push_back(&role);
}

}  // namespace cdk::iam
