// KMS keys (aws-cdk-lib's kms.IKey and kms.Key).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::kms {

class Alias;
class CfnKey;

/// A KMS key, created here or imported.
class CDKPP_API IKey : public virtual iam::IResourceWithPolicy {
 public:
  /// { "Fn::GetAtt": [<key>, "Arn"] } for a key created here.
  virtual cdk::Value keyArn() const = 0;
  /// { "Ref": <key> } for a key created here.
  virtual cdk::Value keyId() const = 0;
  /// Adds an alias ("alias/" is prepended when missing): the child "Alias" for the first one, "Alias" +
  /// the name for later ones.
  virtual Alias& addAlias(std::string_view aliasName) = 0;
  using iam::IResourceWithPolicy::addToResourcePolicy;
  /// Adds a statement to the key policy. With allowNoOp = false, a key without a policy (imported) throws
  /// cdk::ConstructError instead of returning statementAdded = false.
  virtual iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement, bool allowNoOp) = 0;
  /// Grants the actions on this key: to the grantee's identity policy when it has one in the key's account
  /// (resource: keyArn()), otherwise to the key policy (principal: the grantee, resource: "*").
  virtual iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) = 0;
  /// kms:Decrypt.
  virtual iam::Grant grantDecrypt(const iam::IGrantable& grantee) = 0;
  /// kms:Encrypt, kms:ReEncrypt*, kms:GenerateDataKey*.
  virtual iam::Grant grantEncrypt(const iam::IGrantable& grantee) = 0;
  /// kms:Decrypt, kms:Encrypt, kms:ReEncrypt*, kms:GenerateDataKey*.
  virtual iam::Grant grantEncryptDecrypt(const iam::IGrantable& grantee) = 0;
  /// kms:Sign.
  virtual iam::Grant grantSign(const iam::IGrantable& grantee) = 0;
  /// kms:Verify.
  virtual iam::Grant grantVerify(const iam::IGrantable& grantee) = 0;
  /// kms:Sign, kms:Verify.
  virtual iam::Grant grantSignVerify(const iam::IGrantable& grantee) = 0;
  /// kms:GenerateMac.
  virtual iam::Grant grantGenerateMac(const iam::IGrantable& grantee) = 0;
  /// kms:VerifyMac.
  virtual iam::Grant grantVerifyMac(const iam::IGrantable& grantee) = 0;
};

enum class KeySpec {
  SYMMETRIC_DEFAULT,
  RSA_2048,
  RSA_3072,
  RSA_4096,
  ECC_NIST_P256,
  ECC_NIST_P384,
  ECC_NIST_P521,
  ECC_SECG_P256K1,
  HMAC_224,
  HMAC_256,
  HMAC_384,
  HMAC_512,
  SM2,
  ML_DSA_44,
  ML_DSA_65,
  ML_DSA_87,
  ECC_NIST_EDWARDS25519,
};
enum class KeyUsage { ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT };

/// The CloudFormation names ("SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", ...).
CDKPP_API std::string_view toString(KeySpec spec) noexcept;
CDKPP_API std::string_view toString(KeyUsage usage) noexcept;

struct KeyProps {
  /// Principals given the key administration actions (kms:Create*, kms:Describe*, ...).
  std::vector<iam::PrincipalPtr> admins{};
  /// An alias for the key ("alias/" is prepended when missing), the child "Alias".
  std::optional<std::string> alias{};
  std::optional<std::string> description{};
  /// EnableKeyRotation, rendered as given (also false); true when only rotationPeriod is set.
  std::optional<bool> enableKeyRotation{};
  std::optional<bool> enabled{};
  /// KeySpec; rendered only when set (CloudFormation's default is SYMMETRIC_DEFAULT).
  std::optional<KeySpec> keySpec{};
  /// KeyUsage; rendered only when set (CloudFormation's default is ENCRYPT_DECRYPT).
  std::optional<KeyUsage> keyUsage{};
  std::optional<bool> multiRegion{};
  /// PendingWindowInDays: 7 to 30 days.
  std::optional<cdk::Duration> pendingWindow{};
  /// The key policy. Default: one statement giving the account root "kms:*"; a policy given here replaces
  /// that statement.
  std::optional<iam::PolicyDocument> policy{};
  /// Default RETAIN (DeletionPolicy and UpdateReplacePolicy "Retain").
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  /// RotationPeriodInDays: 90 to 2560 days.
  std::optional<cdk::Duration> rotationPeriod{};
  /// Kept for programs ported from older aws-cdk-lib versions: only true (the default) is accepted, as the
  /// "@aws-cdk/aws-kms:defaultKeyPolicies" behaviour is always on.
  std::optional<bool> trustAccountIdentities{};
};

/// What created and imported keys share: grants and aliases.
class CDKPP_API KeyBase : public cdk::Resource, public virtual IKey {
 public:
  ~KeyBase() override;

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

 protected:
  KeyBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props = {});
  /// The key policy; nullopt for an imported key.
  virtual std::optional<iam::PolicyDocument> keyPolicy() const = 0;

 private:
  std::vector<Alias*> aliases_;
};

class CDKPP_API Key : public KeyBase {
 public:
  using Props = KeyProps;

  /// Throws cdk::ConstructError for invalid combinations (key spec and usage, rotation of asymmetric or
  /// HMAC keys, rotation period, pending window, alias names), with aws-cdk-lib's messages.
  Key(cdk::Construct& scope, std::string_view id, KeyProps props = {});
  ~Key() override;

  /// An existing key by ARN (a construct without resources; its policy cannot be changed).
  static IKey& fromKeyArn(cdk::Construct& scope, std::string_view id, cdk::Value keyArn);

  cdk::Value keyArn() const override;
  cdk::Value keyId() const override;
  /// The administration actions (kms:Create*, kms:Describe*, ..., kms:CancelKeyDeletion).
  iam::Grant grantAdmin(const iam::IGrantable& grantee);
  CfnKey& cfnKey() const noexcept { return *resource_; }
  /// The key policy (statements added later appear in it).
  iam::PolicyDocument policy() const { return policy_; }

 protected:
  std::optional<iam::PolicyDocument> keyPolicy() const override { return policy_; }

 private:
  iam::PolicyDocument policy_;
  CfnKey* resource_ = nullptr;
};

}  // namespace cdk::kms
