#include "cdk/applicationautoscaling/schedule.hpp"

#include <utility>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "cdk/core/annotations.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::applicationautoscaling {
namespace {

std::string makeRate(std::int64_t interval, std::string_view singular) {
  return interval == 1 ? fmt::format("rate(1 {})", singular) : fmt::format("rate({} {}s)", interval, singular);
}

}  // namespace

Schedule Schedule::expression(std::string expression) { return Schedule(std::move(expression)); }

Schedule Schedule::rate(cdk::Duration duration) {
  const std::int64_t ms = duration.toMilliseconds();
  if (ms == 0) throw cdk::Error("Duration cannot be 0: give the rate a positive duration, e.g. Duration::hours(1)");
  if (ms < 0) throw cdk::Error(fmt::format("a rate must be positive, got {} ms", ms));
  // The largest unit that divides the duration: days, then hours, then minutes (which must divide it).
  constexpr std::int64_t DAY = 86'400'000;
  constexpr std::int64_t HOUR = 3'600'000;
  if (ms % DAY == 0) return Schedule(makeRate(ms / DAY, "day"));
  if (ms % HOUR == 0) return Schedule(makeRate(ms / HOUR, "hour"));
  return Schedule(makeRate(duration.toMinutes(), "minute"));
}

Schedule Schedule::at(std::chrono::sys_seconds moment) {
  return Schedule(fmt::format("at({:%Y-%m-%dT%H:%M:%S})", moment));
}

Schedule Schedule::cron(CronOptions options) {
  if (options.weekDay && options.day) {
    throw cdk::Error("Cannot supply both 'day' and 'weekDay', use at most one");
  }
  const std::string minute = options.minute.value_or("*");
  const std::string hour = options.hour.value_or("*");
  const std::string month = options.month.value_or("*");
  const std::string year = options.year.value_or("*");
  const std::string day = options.day.value_or(options.weekDay ? "?" : "*");
  const std::string weekDay = options.weekDay.value_or("?");
  return Schedule(fmt::format("cron({} {} {} {} {} {})", minute, hour, day, month, weekDay, year),
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
