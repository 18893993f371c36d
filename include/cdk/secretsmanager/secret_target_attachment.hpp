// A secret attached to a database (aws-cdk-lib's secretsmanager.SecretTargetAttachment,
// ISecretAttachmentTarget and AttachmentTargetType).
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/secretsmanager/secret.hpp"

namespace cdk::secretsmanager {

class CfnSecretTargetAttachment;

/// The kinds of target a secret can be attached to (the TargetType property).
enum class AttachmentTargetType {
  RDS_DB_INSTANCE,    ///< AWS::RDS::DBInstance
  INSTANCE,           ///< AWS::RDS::DBInstance (deprecated name)
  RDS_DB_CLUSTER,     ///< AWS::RDS::DBCluster
  CLUSTER,            ///< AWS::RDS::DBCluster (deprecated name)
  RDS_DB_PROXY,       ///< AWS::RDS::DBProxy
  REDSHIFT_CLUSTER,   ///< AWS::Redshift::Cluster
  DOCDB_DB_INSTANCE,  ///< AWS::DocDB::DBInstance
  DOCDB_DB_CLUSTER,   ///< AWS::DocDB::DBCluster
};

/// The CloudFormation type name of a target type ("AWS::RDS::DBCluster", ...).
CDKPP_API std::string_view toString(AttachmentTargetType type) noexcept;

/// What a target tells the attachment about itself.
struct SecretAttachmentTargetProps {
  /// The id of the target, e.g. { "Ref": <cluster> }.
  cdk::Value targetId{};
  AttachmentTargetType targetType = AttachmentTargetType::RDS_DB_INSTANCE;
};

/// Something a secret can be attached to (a database cluster or instance, a proxy...).
class CDKPP_API ISecretAttachmentTarget {
 public:
  virtual ~ISecretAttachmentTarget() = default;
  virtual SecretAttachmentTargetProps asSecretAttachmentTarget() const = 0;
};

struct SecretTargetAttachmentProps {
  /// The secret to attach (required).
  cdk::Handle<ISecret> secret{};
  /// The target (required).
  cdk::Handle<const ISecretAttachmentTarget> target{};
};

/// AWS::SecretsManager::SecretTargetAttachment (child "Resource") with SecretId, TargetId and TargetType.
/// It is a secret itself: its ARN is { "Ref": <attachment> }, and it has the secret's name and key.
class CDKPP_API SecretTargetAttachment : public SecretBase {
 public:
  using Props = SecretTargetAttachmentProps;

  SecretTargetAttachment(cdk::Construct& scope, std::string_view id, SecretTargetAttachmentProps props);
  ~SecretTargetAttachment() override;

  kms::IKey* encryptionKey() const override { return secret_->encryptionKey(); }
  /// { "Ref": <attachment> }.
  cdk::Value secretArn() const override;
  std::optional<cdk::Value> secretFullArn() const override { return secretArn(); }
  cdk::Value secretName() const override { return secret_->secretName(); }
  /// { "Ref": <attachment> }.
  cdk::Value secretTargetAttachmentSecretArn() const { return secretArn(); }
  ISecret& secret() const noexcept { return *secret_; }
  /// With the feature flag "@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments"
  /// the statement goes to the attached secret's resource policy; without it (aws-cdk-lib's default) to a
  /// resource policy of the attachment, its child "Policy".
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement) override;
  CfnSecretTargetAttachment& cfnSecretTargetAttachment() const noexcept { return *resource_; }

 private:
  ISecret* secret_;
  CfnSecretTargetAttachment* resource_ = nullptr;
};

}  // namespace cdk::secretsmanager
