#include "cdk/secretsmanager/rotation_schedule.hpp"

#include <string>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/secretsmanager.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/events/schedule.hpp"
#include "cdk/secretsmanager/secret.hpp"

namespace cdk::secretsmanager {
namespace {

/// RotationRules.ScheduleExpression, or nothing when automaticallyAfter is zero (rotation turned off).
std::optional<std::string> scheduleExpression(const cdk::Construct& scope,
                                              const std::optional<cdk::Duration>& automaticallyAfter) {
  if (!automaticallyAfter) return events::Schedule::rate(cdk::Duration::days(30)).expressionString();
  const std::int64_t millis = automaticallyAfter->toMilliseconds();
  if (millis <= 0) return std::nullopt;
  if (millis < cdk::Duration::hours(4).toMilliseconds()) {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("automaticallyAfter must not be smaller than 4 hours, got {} hours",
                                          automaticallyAfter->toHours()));
  }
  if (millis > cdk::Duration::days(1000).toMilliseconds()) {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("automaticallyAfter must not be greater than 1000 days, got {} days",
                                          automaticallyAfter->toDays()));
  }
  return events::Schedule::rate(*automaticallyAfter).expressionString();
}

}  // namespace

RotationSchedule::RotationSchedule(cdk::Construct& scope, std::string_view id, RotationScheduleProps props)
    : cdk::Resource(scope, id) {
  if (!props.secret) {
    throw cdk::ConstructError(node().path(), "RotationSchedule: secret is required; pass the secret to rotate");
  }
  if (static_cast<bool>(props.rotationLambda) == props.hostedRotation.has_value()) {
    throw cdk::ConstructError(node().path(),
                              fmt::format("One of `rotationLambda` or `hostedRotation` must be specified. {}",
                                          props.rotationLambda ? "Pass only one of them"
                                                               : "Pass the rotation function as rotationLambda, or a "
                                                                 "HostedRotation (e.g. "
                                                                 "HostedRotation::postgreSqlSingleUser()) as "
                                                                 "hostedRotation"));
  }
  const std::optional<std::string> expression = scheduleExpression(*this, props.automaticallyAfter);
  CfnRotationScheduleProps cfn{
      .rotateImmediatelyOnUpdate =
          props.rotateImmediatelyOnUpdate ? std::optional<cdk::Value>(*props.rotateImmediatelyOnUpdate) : std::nullopt,
      .secretId = props.secret->secretArn()};
  if (props.rotationLambda) cfn.rotationLambdaArn = props.rotationLambda->functionArn();
  // Bound before the L1 resource is made, as aws-cdk-lib evaluates its props: the security group comes first.
  if (props.hostedRotation) {
    HostedRotationLambdaConfig hosted = props.hostedRotation->bind(*props.secret, *this);
    cfn.hostedRotationLambda = CfnRotationSchedule::HostedRotationLambdaProperty{
        .excludeCharacters = std::move(hosted.excludeCharacters),
        .kmsKeyArn = std::move(hosted.kmsKeyArn),
        .masterSecretArn = std::move(hosted.masterSecretArn),
        .masterSecretKmsKeyArn = std::move(hosted.masterSecretKmsKeyArn),
        .rotationLambdaName = std::move(hosted.rotationLambdaName),
        .rotationType = std::move(hosted.rotationType),
        .vpcSecurityGroupIds = std::move(hosted.vpcSecurityGroupIds),
        .vpcSubnetIds = std::move(hosted.vpcSubnetIds)};
  }
  if (expression) cfn.rotationRules = CfnRotationSchedule::RotationRulesProperty{.scheduleExpression = *expression};
  resource_ = &make<CfnRotationSchedule>("Resource", std::move(cfn));
  props.secret->denyAccountRootDelete();
}

RotationSchedule::~RotationSchedule() = default;

}  // namespace cdk::secretsmanager
