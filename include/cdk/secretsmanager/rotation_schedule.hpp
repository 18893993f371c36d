// The rotation schedule of a secret (aws-cdk-lib's secretsmanager.RotationSchedule and RotationScheduleOptions).
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/lambda/function.hpp"
#include "cdk/secretsmanager/hosted_rotation.hpp"

namespace cdk::secretsmanager {

class CfnRotationSchedule;
class ISecret;

/// How a secret is rotated (ISecret::addRotationSchedule): by a function (rotationLambda) or by a function Secrets
/// Manager creates from one of its templates (hostedRotation), exactly one of them.
struct RotationScheduleOptions {
  /// How long after a rotation the next one is due: RotationRules.ScheduleExpression "rate(...)", from 4 hours
  /// to 1000 days; default 30 days. Duration::days(0) turns automatic rotation off (no RotationRules).
  std::optional<cdk::Duration> automaticallyAfter{};
  /// A hosted rotation: HostedRotationLambda, and the AWS::SecretsManager transform in the stack. The secret must
  /// hold the JSON Secrets Manager's templates read ("engine", "host", "username", "password", "dbname", "port",
  /// "masterarn"), as an attached secret (Secret::attach) does.
  std::optional<HostedRotation> hostedRotation{};
  /// RotateImmediatelyOnUpdate: rotate as soon as the schedule is deployed; default the service's (true).
  std::optional<bool> rotateImmediatelyOnUpdate{};
  /// The function that rotates the secret: RotationLambdaARN.
  cdk::Handle<lambda::IFunction> rotationLambda{};
};

struct RotationScheduleProps {
  std::optional<cdk::Duration> automaticallyAfter{};
  std::optional<HostedRotation> hostedRotation{};
  std::optional<bool> rotateImmediatelyOnUpdate{};
  cdk::Handle<lambda::IFunction> rotationLambda{};
  /// The secret to rotate (required).
  cdk::Handle<ISecret> secret{};
};

/// AWS::SecretsManager::RotationSchedule (child "Resource") with SecretId, RotationLambdaARN or HostedRotationLambda,
/// and RotationRules; a hosted rotation in a VPC without security groups adds the child "SecurityGroup" before it.
/// Denies secretsmanager:DeleteSecret to the account root in the secret's resource policy, so that a secret under
/// rotation is not deleted by accident, as aws-cdk-lib does.
///
/// A function created in the app would also get the grants it needs to rotate the secret (invoke permission for
/// Secrets Manager, secret and key access); the functions cdkpp knows are imported ones, which aws-cdk-lib grants
/// nothing either.
class CDKPP_API RotationSchedule : public cdk::Resource {
 public:
  using Props = RotationScheduleProps;

  /// Throws cdk::ConstructError without a secret, with neither or both of rotationLambda and hostedRotation, for
  /// automaticallyAfter below 4 hours or above 1000 days, and for a hosted rotation's securityGroups without a vpc
  /// (aws-cdk-lib's messages).
  RotationSchedule(cdk::Construct& scope, std::string_view id, RotationScheduleProps props);
  ~RotationSchedule() override;

  CfnRotationSchedule& cfnRotationSchedule() const noexcept { return *resource_; }

 private:
  CfnRotationSchedule* resource_ = nullptr;
};

}  // namespace cdk::secretsmanager
