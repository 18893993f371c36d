#include "cdk/applicationautoscaling/schedule.hpp"

#include <utility>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "cdk/core/annotations.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "core/schedule_expression.hpp"

namespace cdk::applicationautoscaling {

Schedule Schedule::expression(std::string expression) { return Schedule(std::move(expression)); }

Schedule Schedule::rate(cdk::Duration duration) {
  const std::int64_t ms = duration.toMilliseconds();
  if (ms == 0) throw cdk::Error("Duration cannot be 0: give the rate a positive duration, e.g. Duration::hours(1)");
  if (ms < 0) throw cdk::Error(fmt::format("a rate must be positive, got {} ms", ms));
  return Schedule(cdk::detail::rateExpression(duration));
}

Schedule Schedule::at(std::chrono::sys_seconds moment) {
  return Schedule(fmt::format("at({:%Y-%m-%dT%H:%M:%S})", moment));
}

Schedule Schedule::cron(CronOptions options) {
  if (options.weekDay && options.day) {
    throw cdk::Error("Cannot supply both 'day' and 'weekDay', use at most one");
  }
  return Schedule(cdk::detail::cronExpression(options.minute, options.hour, options.day, options.month, options.weekDay,
                                              options.year),
                  !options.minute || options.minute->empty());
}

void Schedule::bind(cdk::Construct& scope) const {
  if (!everyMinuteWarning_) return;
  cdk::Annotations::of(scope).addWarningV2(
      "@aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute",
      "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what "
      "you intend, or 'minute: 0' to run once per hour instead.");
}

}  // namespace cdk::applicationautoscaling
