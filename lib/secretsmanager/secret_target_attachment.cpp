#include "cdk/secretsmanager/secret_target_attachment.hpp"

#include "cdk/cfn/secretsmanager.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/feature_flags.hpp"

namespace cdk::secretsmanager {

constexpr auto kAttachmentTargetTypeNames = cdk::enumNames<AttachmentTargetType>({
    {AttachmentTargetType::RDS_DB_INSTANCE, "AWS::RDS::DBInstance"},
    {AttachmentTargetType::INSTANCE, "AWS::RDS::DBInstance"},
    {AttachmentTargetType::RDS_DB_CLUSTER, "AWS::RDS::DBCluster"},
    {AttachmentTargetType::CLUSTER, "AWS::RDS::DBCluster"},
    {AttachmentTargetType::RDS_DB_PROXY, "AWS::RDS::DBProxy"},
    {AttachmentTargetType::REDSHIFT_CLUSTER, "AWS::Redshift::Cluster"},
    {AttachmentTargetType::DOCDB_DB_INSTANCE, "AWS::DocDB::DBInstance"},
    {AttachmentTargetType::DOCDB_DB_CLUSTER, "AWS::DocDB::DBCluster"},
});
std::string_view toString(AttachmentTargetType type) noexcept { return cdk::nameOf(kAttachmentTargetTypeNames, type); }

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

iam::AddToResourcePolicyResult SecretTargetAttachment::addToResourcePolicy(const iam::PolicyStatement& statement) {
  if (cdk::FeatureFlags::of(*this).isEnabled(
          "@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments")) {
    return secret_->addToResourcePolicy(statement);
  }
  return SecretBase::addToResourcePolicy(statement);
}

}  // namespace cdk::secretsmanager
