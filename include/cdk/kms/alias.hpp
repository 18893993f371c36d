// KMS key aliases (aws-cdk-lib's kms.IAlias and kms.Alias).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/kms/key.hpp"

namespace cdk::kms {

class CfnAlias;

/// An alias, usable wherever a key is: grants and policy statements go to the target key.
class CDKPP_API IAlias : public virtual IKey {
 public:
  /// "alias/<name>".
  virtual cdk::Value aliasName() const = 0;
  virtual IKey& aliasTargetKey() const = 0;
};

struct AliasProps {
  /// The name; "alias/" is prepended when missing. Must not start with "alias/aws/" and must match
  /// [a-zA-Z0-9:/_-]{1,256} (required).
  cdk::Value aliasName{};
  /// Default: no DeletionPolicy (CloudFormation deletes the alias).
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  /// The key the alias points to (required).
  cdk::Handle<IKey> targetKey{};
};

/// AWS::KMS::Alias (child "Resource") with AliasName and TargetKeyId (the key's ARN).
class CDKPP_API Alias : public cdk::Resource, public virtual IAlias {
 public:
  using Props = AliasProps;

  /// Throws cdk::ConstructError with the path of `scope` for an invalid name, as aws-cdk-lib does.
  Alias(cdk::Construct& scope, std::string_view id, AliasProps props);
  ~Alias() override;

  /// The name with "alias/" prepended when missing; throws cdk::ConstructError (path of `scope`) when it is
  /// not a valid alias name.
  static cdk::Value normalizeAliasName(const cdk::Construct& scope, const cdk::Value& aliasName);

  cdk::Value aliasName() const override { return aliasName_; }
  IKey& aliasTargetKey() const override { return *targetKey_; }
  /// arn:<partition>:kms:<region>:<account>:alias/<name>.
  cdk::Value keyArn() const override;
  /// The alias name.
  cdk::Value keyId() const override { return aliasName_; }
  CfnAlias& cfnAlias() const noexcept { return *resource_; }

  Alias& addAlias(std::string_view aliasName) override;
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement) override;
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement, bool allowNoOp) override;
  iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) override;
  iam::Grant grantDecrypt(const iam::IGrantable& grantee) override;
  iam::Grant grantEncrypt(const iam::IGrantable& grantee) override;
  iam::Grant grantEncryptDecrypt(const iam::IGrantable& grantee) override;
  iam::Grant grantSign(const iam::IGrantable& grantee) override;
  iam::Grant grantVerify(const iam::IGrantable& grantee) override;
  iam::Grant grantSignVerify(const iam::IGrantable& grantee) override;
  iam::Grant grantGenerateMac(const iam::IGrantable& grantee) override;
  iam::Grant grantVerifyMac(const iam::IGrantable& grantee) override;

 private:
  cdk::Value aliasName_;
  IKey* targetKey_;
  CfnAlias* resource_ = nullptr;
};

}  // namespace cdk::kms
