#include "cdk/secretsmanager/rotation_schedule.hpp"

#include <string>

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
  if (!props.rotationLambda) {
    throw cdk::ConstructError(node().path(),
                              "One of `rotationLambda` or `hostedRotation` must be specified: pass the rotation "
                              "function as rotationLambda (cdkpp has no hosted rotation)");
  }
  const std::optional<std::string> expression = scheduleExpression(*this, props.automaticallyAfter);
  CfnRotationScheduleProps cfn{
      .rotateImmediatelyOnUpdate =
          props.rotateImmediatelyOnUpdate ? std::optional<cdk::Value>(*props.rotateImmediatelyOnUpdate) : std::nullopt,
      .rotationLambdaArn = props.rotationLambda->functionArn(),
      .secretId = props.secret->secretArn()};
  if (expression) cfn.rotationRules = CfnRotationSchedule::RotationRulesProperty{.scheduleExpression = *expression};
  resource_ = &make<CfnRotationSchedule>("Resource", std::move(cfn));
  props.secret->denyAccountRootDelete();
}

RotationSchedule::~RotationSchedule() = default;

}  // namespace cdk::secretsmanager
