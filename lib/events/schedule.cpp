#include "cdk/events/schedule.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk::events {

namespace {

std::string makeRate(std::int64_t interval, const char* singular) {
  return interval == 1 ? fmt::format("rate(1 {})", singular) : fmt::format("rate({} {}s)", interval, singular);
}

}  // namespace

Schedule Schedule::expression(std::string expression) { return Schedule(std::move(expression)); }

Schedule Schedule::rate(cdk::Duration duration) {
  const std::int64_t millis = duration.toMilliseconds();
  if (millis < 60'000) throw cdk::Error("Duration cannot be 0: give a rate of at least one minute");
  if (millis % 86'400'000 == 0) return Schedule(makeRate(millis / 86'400'000, "day"));
  if (millis % 3'600'000 == 0) return Schedule(makeRate(millis / 3'600'000, "hour"));
  return Schedule(makeRate(duration.toMinutes(), "minute"));
}

Schedule Schedule::cron(const CronOptions& options) {
  if (options.weekDay && options.day) {
    throw cdk::Error("Cannot supply both 'day' and 'weekDay', use at most one");
  }
  const auto field = [](const std::optional<std::string>& value, const char* fallback) {
    return value ? *value : std::string(fallback);
  };
  return Schedule(fmt::format("cron({} {} {} {} {} {})", field(options.minute, "*"), field(options.hour, "*"),
                              field(options.day, options.weekDay ? "?" : "*"), field(options.month, "*"),
                              field(options.weekDay, "?"), field(options.year, "*")));
}

}  // namespace cdk::events
