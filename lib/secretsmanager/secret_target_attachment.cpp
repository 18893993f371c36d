#include "cdk/secretsmanager/secret_target_attachment.hpp"

#include "cdk/cfn/secretsmanager.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::secretsmanager {

std::string_view toString(AttachmentTargetType type) noexcept {
  switch (type) {
    case AttachmentTargetType::RDS_DB_INSTANCE:
    case AttachmentTargetType::INSTANCE: return "AWS::RDS::DBInstance";
    case AttachmentTargetType::RDS_DB_CLUSTER:
    case AttachmentTargetType::CLUSTER: return "AWS::RDS::DBCluster";
    case AttachmentTargetType::RDS_DB_PROXY: return "AWS::RDS::DBProxy";
    case AttachmentTargetType::REDSHIFT_CLUSTER: return "AWS::Redshift::Cluster";
    case AttachmentTargetType::DOCDB_DB_INSTANCE: return "AWS::DocDB::DBInstance";
    case AttachmentTargetType::DOCDB_DB_CLUSTER: return "AWS::DocDB::DBCluster";
  }
  return "AWS::RDS::DBInstance";
}

namespace {

ISecret& requireSecret(const cdk::Construct& scope, const SecretTargetAttachmentProps& props) {
  if (!props.secret) {
    throw cdk::ConstructError(scope.node().path(),
                              "SecretTargetAttachment: secret is required; pass the secret to attach");
  }
  if (!props.target) {
    throw cdk::ConstructError(scope.node().path(),
                              "SecretTargetAttachment: target is required; pass the database (or other target)");
  }
  return *props.secret;
}

}  // namespace

SecretTargetAttachment::SecretTargetAttachment(cdk::Construct& scope, std::string_view id,
                                               SecretTargetAttachmentProps props)
    : SecretBase(scope, id), secret_(&requireSecret(scope, props)) {
  const SecretAttachmentTargetProps target = props.target->asSecretAttachmentTarget();
  resource_ = &make<CfnSecretTargetAttachment>(
      "Resource",
      CfnSecretTargetAttachmentProps{.secretId = secret_->secretArn(),
                                     .targetId = target.targetId,
                                     .targetType = std::string(secretsmanager::toString(target.targetType))});
}

SecretTargetAttachment::~SecretTargetAttachment() = default;

cdk::Value SecretTargetAttachment::secretArn() const { return resource_->ref(); }

}  // namespace cdk::secretsmanager
