#include "cdk/secretsmanager/policy.hpp"

#include "cdk/cfn/secretsmanager.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/secretsmanager/secret.hpp"

namespace cdk::secretsmanager {

ResourcePolicy::ResourcePolicy(cdk::Construct& scope, std::string_view id, ResourcePolicyProps props)
    : cdk::Resource(scope, id) {
  if (!props.secret) {
    throw cdk::ConstructError(node().path(), "ResourcePolicy: secret is required; pass the secret the policy is for");
  }
  resource_ = &make<CfnResourcePolicy>(
      "Resource", CfnResourcePolicyProps{.resourcePolicy = document_.toValue(), .secretId = props.secret->secretArn()});
}

ResourcePolicy::~ResourcePolicy() = default;

}  // namespace cdk::secretsmanager
