// The resource policy of a secret (aws-cdk-lib's secretsmanager.ResourcePolicy).
#pragma once

#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/iam/policy_document.hpp"

namespace cdk::secretsmanager {

class CfnResourcePolicy;
class ISecret;

struct ResourcePolicyProps {
  /// The secret (required).
  cdk::Handle<ISecret> secret{};
};

/// AWS::SecretsManager::ResourcePolicy (child "Resource") with ResourcePolicy and SecretId. Made by
/// ISecret::addToResourcePolicy as the secret's child "Policy".
class CDKPP_API ResourcePolicy : public cdk::Resource {
 public:
  using Props = ResourcePolicyProps;

  ResourcePolicy(cdk::Construct& scope, std::string_view id, ResourcePolicyProps props);
  ~ResourcePolicy() override;

  /// The policy document (statements added later appear in it).
  iam::PolicyDocument document() const { return document_; }
  CfnResourcePolicy& cfnResourcePolicy() const noexcept { return *resource_; }

 private:
  iam::PolicyDocument document_;
  CfnResourcePolicy* resource_ = nullptr;
};

}  // namespace cdk::secretsmanager
