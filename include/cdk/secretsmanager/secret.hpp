// Secrets Manager secrets (aws-cdk-lib's secretsmanager.ISecret and secretsmanager.Secret).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/secretsmanager/rotation_schedule.hpp"

namespace cdk::kms {
class IKey;
}

namespace cdk::secretsmanager {

class CfnSecret;
class ISecretAttachmentTarget;
class ResourcePolicy;
class SecretTargetAttachment;

/// A secret, created here or imported.
class CDKPP_API ISecret : public virtual iam::IResourceWithPolicy {
 public:
  /// The key the secret is encrypted with; nullptr for the AWS managed key.
  virtual kms::IKey* encryptionKey() const = 0;
  /// The ARN ({ "Ref": <secret> } for a secret created here).
  virtual cdk::Value secretArn() const = 0;
  /// The complete ARN (with the random suffix), when known: the ARN of a secret created here.
  virtual std::optional<cdk::Value> secretFullArn() const = 0;
  /// The name, recovered from the ARN with Fn::Select/Fn::Split for a secret created here.
  virtual cdk::Value secretName() const = 0;
  /// The ARN used in policy statements: secretFullArn() in the secret's own account and region, otherwise
  /// "<secretArn>-??????" (rendered in the stack that uses it).
  virtual cdk::Value arnForPolicies() const = 0;
  /// The whole secret string: "{{resolve:secretsmanager:<arn>:SecretString:::}}".
  virtual cdk::Value secretValue() const = 0;
  /// One field of the JSON secret: "{{resolve:secretsmanager:<arn>:SecretString:<jsonField>::}}".
  virtual cdk::Value secretValueFromJson(std::string_view jsonField) const = 0;
  /// secretsmanager:GetSecretValue and secretsmanager:DescribeSecret, to the grantee's policy (or the
  /// secret's resource policy for grantees of another account). With versionStages, the identity statement
  /// gets { "ForAnyValue:StringEquals": { "secretsmanager:VersionStage": [...] } }. When the secret has an
  /// encryption key, the key policy also gets kms:Decrypt for the grantee via Secrets Manager.
  virtual iam::Grant grantRead(const iam::IGrantable& grantee,
                               std::optional<std::vector<std::string>> versionStages = std::nullopt) = 0;
  /// secretsmanager:PutSecretValue, UpdateSecret and UpdateSecretVersionStage (and kms:Encrypt... on the
  /// encryption key via Secrets Manager).
  virtual iam::Grant grantWrite(const iam::IGrantable& grantee) = 0;
  /// Attaches the secret to a database (or another target): the child "Attachment", an
  /// AWS::SecretsManager::SecretTargetAttachment, which is itself a secret (use it in place of this one).
  /// Throws cdk::ConstructError when the secret is attached already.
  virtual SecretTargetAttachment& attach(const ISecretAttachmentTarget& target) = 0;
  /// Denies secretsmanager:DeleteSecret to the account root in the resource policy.
  virtual void denyAccountRootDelete() = 0;
  /// Rotates the secret with a function or a hosted rotation: a RotationSchedule as the child `id`.
  virtual RotationSchedule& addRotationSchedule(std::string_view id, RotationScheduleOptions options) = 0;
};

/// How Secrets Manager generates the secret string (the GenerateSecretString property).
struct SecretStringGenerator {
  /// Characters not to use, e.g. "\"@/\\".
  std::optional<std::string> excludeCharacters{};
  std::optional<bool> excludeLowercase{};
  std::optional<bool> excludeNumbers{};
  std::optional<bool> excludePunctuation{};
  std::optional<bool> excludeUppercase{};
  /// The JSON key the generated password is stored under (with secretStringTemplate).
  std::optional<std::string> generateStringKey{};
  std::optional<bool> includeSpace{};
  std::optional<int> passwordLength{};
  std::optional<bool> requireEachIncludedType{};
  /// A JSON object the generated password is added to, e.g. R"({"username":"dbadmin"})" (with
  /// generateStringKey).
  std::optional<std::string> secretStringTemplate{};
};

/// A region the secret is replicated to.
struct ReplicaRegion {
  /// The key in that region; default the AWS managed key.
  cdk::Handle<kms::IKey> encryptionKey{};
  std::string region{};
};

struct SecretProps {
  std::optional<std::string> description{};
  /// KmsKeyId (the key's ARN). The key policy gets the statements that let Secrets Manager use the key on
  /// behalf of the account.
  cdk::Handle<kms::IKey> encryptionKey{};
  /// How to generate the value. When no value is given at all, GenerateSecretString is rendered as {}.
  std::optional<SecretStringGenerator> generateSecretString{};
  /// Default DESTROY (DeletionPolicy and UpdateReplacePolicy "Delete"), as aws-cdk-lib does.
  cdk::RemovalPolicy removalPolicy = cdk::RemovalPolicy::DESTROY;
  std::vector<ReplicaRegion> replicaRegions{};
  /// Name; default a name CloudFormation generates.
  std::optional<std::string> secretName{};
  /// A JSON object value: { key: value } (values may be tokens or SecretValue results).
  std::vector<std::pair<std::string, cdk::Value>> secretObjectValue{};
  /// The value itself (e.g. cdk::SecretValue::unsafePlainText(...) or a reference); ends up in the template.
  std::optional<cdk::Value> secretStringValue{};
};

/// How to refer to an existing secret (Secret::fromSecretAttributes).
struct SecretAttributes {
  cdk::Handle<kms::IKey> encryptionKey{};
  /// The complete ARN (with the 6-character suffix Secrets Manager adds).
  std::optional<cdk::Value> secretCompleteArn{};
  /// The ARN without the suffix.
  std::optional<cdk::Value> secretPartialArn{};
};

/// What created, attached and imported secrets share: values, grants, the resource policy, attachments.
class CDKPP_API SecretBase : public cdk::Resource, public virtual ISecret {
 public:
  ~SecretBase() override;

  cdk::Value arnForPolicies() const override;
  cdk::Value secretValue() const override;
  cdk::Value secretValueFromJson(std::string_view jsonField) const override;
  iam::Grant grantRead(const iam::IGrantable& grantee,
                       std::optional<std::vector<std::string>> versionStages = std::nullopt) override;
  iam::Grant grantWrite(const iam::IGrantable& grantee) override;
  /// Adds the statement to the resource policy, the child "Policy" (created on first use).
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement) override;
  SecretTargetAttachment& attach(const ISecretAttachmentTarget& target) override;
  void denyAccountRootDelete() override;
  RotationSchedule& addRotationSchedule(std::string_view id, RotationScheduleOptions options) override;
  /// The resource policy, once a statement was added.
  ResourcePolicy* policy() const noexcept { return policy_; }

 protected:
  SecretBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props = {});
  /// Whether a resource policy child is made on demand (false for imported secrets).
  virtual bool autoCreatePolicy() const { return true; }

 private:
  ResourcePolicy* policy_ = nullptr;
};

/// A secret (AWS::SecretsManager::Secret, child "Resource").
class CDKPP_API Secret : public SecretBase {
 public:
  using Props = SecretProps;

  /// Throws cdk::ConstructError when secretStringTemplate and generateStringKey are not given together,
  /// when more than one kind of value is given, or when a replica region is the stack's own region.
  Secret(cdk::Construct& scope, std::string_view id, SecretProps props = {});
  ~Secret() override;

  static ISecret& fromSecretCompleteArn(cdk::Construct& scope, std::string_view id, cdk::Value secretCompleteArn);
  static ISecret& fromSecretPartialArn(cdk::Construct& scope, std::string_view id, cdk::Value secretPartialArn);
  /// A secret of the stack's account and region by name (its ARN is "<...>:secret:<name>" without suffix).
  static ISecret& fromSecretNameV2(cdk::Construct& scope, std::string_view id, std::string_view secretName);
  static ISecret& fromSecretAttributes(cdk::Construct& scope, std::string_view id, SecretAttributes attributes);

  kms::IKey* encryptionKey() const override { return encryptionKey_; }
  cdk::Value secretArn() const override;
  std::optional<cdk::Value> secretFullArn() const override { return secretArn(); }
  cdk::Value secretName() const override;
  /// The excludeCharacters of generateSecretString (hosted rotations keep them out of new passwords too).
  const std::optional<std::string>& excludeCharacters() const noexcept { return excludeCharacters_; }
  /// Adds a replica region. Throws cdk::ConstructError for the stack's own (concrete) region.
  void addReplicaRegion(std::string_view region, kms::IKey* encryptionKey = nullptr);
  CfnSecret& cfnSecret() const noexcept { return *resource_; }

 private:
  kms::IKey* encryptionKey_ = nullptr;
  std::optional<std::string> excludeCharacters_;
  std::optional<std::string> secretNameProp_;
  std::vector<std::pair<std::string, kms::IKey*>> replicaRegions_;
  CfnSecret* resource_ = nullptr;
};

}  // namespace cdk::secretsmanager
