#include "cdk/events/schedule.hpp"

#include <utility>

#include "cdk/core/errors.hpp"
#include "core/schedule_expression.hpp"

namespace cdk::events {

Schedule Schedule::expression(std::string expression) { return Schedule(std::move(expression)); }

Schedule Schedule::rate(cdk::Duration duration) {
  const std::int64_t millis = duration.toMilliseconds();
  if (millis < 60'000) throw cdk::Error("Duration cannot be 0: give a rate of at least one minute");
  return Schedule(cdk::detail::rateExpression(duration));
}

Schedule Schedule::cron(const CronOptions& options) {
  if (options.weekDay && options.day) {
    throw cdk::Error("Cannot supply both 'day' and 'weekDay', use at most one");
  }
  return Schedule(cdk::detail::cronExpression(options.minute, options.hour, options.day, options.month, options.weekDay,
                                              options.year));
}

}  // namespace cdk::events
