// The text of schedule expressions, which aws-cdk-lib's events.Schedule and applicationautoscaling.Schedule
// (and the modules that take them) write alike: rate(...) and cron(...). Not installed.
#pragma once

#include <optional>
#include <string>

#include "cdk/core/duration.hpp"

namespace cdk::detail {

/// "rate(N days|hours|minutes)" in the largest unit that divides `duration`, "rate(1 day)" for one. The
/// caller has checked that it is positive and a whole number of minutes.
std::string rateExpression(const cdk::Duration& duration);

/// "cron(minute hour day month weekDay year)": unset fields are "*", but day is "?" when weekDay is given,
/// and weekDay is "?" when not. The caller has checked that day and weekDay are not both given.
std::string cronExpression(const std::optional<std::string>& minute, const std::optional<std::string>& hour,
                           const std::optional<std::string>& day, const std::optional<std::string>& month,
                           const std::optional<std::string>& weekDay, const std::optional<std::string>& year);

}  // namespace cdk::detail
