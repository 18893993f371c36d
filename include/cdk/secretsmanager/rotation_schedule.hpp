// The rotation schedule of a secret (aws-cdk-lib's secretsmanager.RotationSchedule and RotationScheduleOptions).
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/lambda/function.hpp"

namespace cdk::secretsmanager {

class CfnRotationSchedule;
class ISecret;

/// How a secret is rotated (ISecret::addRotationSchedule).
struct RotationScheduleOptions {
  /// How long after a rotation the next one is due: RotationRules.ScheduleExpression "rate(...)", from 4 hours
  /// to 1000 days; default 30 days. Duration::days(0) turns automatic rotation off (no RotationRules).
  std::optional<cdk::Duration> automaticallyAfter{};
  /// RotateImmediatelyOnUpdate: rotate as soon as the schedule is deployed; default the service's (true).
  std::optional<bool> rotateImmediatelyOnUpdate{};
  /// The function that rotates the secret (required): RotationLambdaARN. aws-cdk-lib's other choice, a hosted
  /// rotation (`hostedRotation`), is not part of cdkpp.
  cdk::Handle<lambda::IFunction> rotationLambda{};
};

struct RotationScheduleProps {
  std::optional<cdk::Duration> automaticallyAfter{};
  std::optional<bool> rotateImmediatelyOnUpdate{};
  cdk::Handle<lambda::IFunction> rotationLambda{};
  /// The secret to rotate (required).
  cdk::Handle<ISecret> secret{};
};

/// AWS::SecretsManager::RotationSchedule (child "Resource") with SecretId, RotationLambdaARN and RotationRules.
/// Denies secretsmanager:DeleteSecret to the account root in the secret's resource policy, so that a secret under
/// rotation is not deleted by accident, as aws-cdk-lib does.
///
/// A function created in the app would also get the grants it needs to rotate the secret (invoke permission for
/// Secrets Manager, secret and key access); the functions cdkpp knows are imported ones, which aws-cdk-lib grants
/// nothing either.
class CDKPP_API RotationSchedule : public cdk::Resource {
 public:
  using Props = RotationScheduleProps;

  /// Throws cdk::ConstructError without a secret or a rotation function, and for automaticallyAfter below
  /// 4 hours or above 1000 days (aws-cdk-lib's messages).
  RotationSchedule(cdk::Construct& scope, std::string_view id, RotationScheduleProps props);
  ~RotationSchedule() override;

  CfnRotationSchedule& cfnRotationSchedule() const noexcept { return *resource_; }

 private:
  CfnRotationSchedule* resource_ = nullptr;
};

}  // namespace cdk::secretsmanager
