// A principal using a key through an AWS service (aws-cdk-lib's kms.ViaServicePrincipal).
#pragma once

#include <string>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::kms {

/// `basePrincipal` (default any principal), only when the request comes through `serviceName`: the base
/// principal's fragment with the condition { "StringEquals": { "kms:ViaService": serviceName } } (before
/// the base's own StringEquals conditions). It has no identity policy and no account, so grants to it
/// always go to the key policy.
class CDKPP_API ViaServicePrincipal : public iam::PrincipalBase {
 public:
  explicit ViaServicePrincipal(cdk::Value serviceName, iam::PrincipalPtr basePrincipal = nullptr);

  const cdk::Value& serviceName() const noexcept { return serviceName_; }
  const iam::PrincipalPtr& basePrincipal() const noexcept { return basePrincipal_; }

  iam::PrincipalPolicyFragment policyFragment() const override;
  std::string toString() const override;
  std::string dedupeString() const override;

 protected:
  iam::PrincipalPtr copy() const override;

 private:
  cdk::Value serviceName_;
  iam::PrincipalPtr basePrincipal_;
};

}  // namespace cdk::kms
