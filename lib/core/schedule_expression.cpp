#include "schedule_expression.hpp"

#include <cstdint>

#include <fmt/format.h>

namespace cdk::detail {
namespace {

std::string rate(std::int64_t interval, const char* singular) {
  return interval == 1 ? fmt::format("rate(1 {})", singular) : fmt::format("rate({} {}s)", interval, singular);
}

}  // namespace

std::string rateExpression(const cdk::Duration& duration) {
  constexpr std::int64_t kDay = 86'400'000;
  constexpr std::int64_t kHour = 3'600'000;
  const std::int64_t ms = duration.toMilliseconds();
  if (ms % kDay == 0) return rate(ms / kDay, "day");
  if (ms % kHour == 0) return rate(ms / kHour, "hour");
  return rate(duration.toMinutes(), "minute");
}

std::string cronExpression(const std::optional<std::string>& minute, const std::optional<std::string>& hour,
                           const std::optional<std::string>& day, const std::optional<std::string>& month,
                           const std::optional<std::string>& weekDay, const std::optional<std::string>& year) {
  return fmt::format("cron({} {} {} {} {} {})", minute.value_or("*"), hour.value_or("*"),
                     day.value_or(weekDay ? "?" : "*"), month.value_or("*"), weekDay.value_or("?"), year.value_or("*"));
}

}  // namespace cdk::detail
