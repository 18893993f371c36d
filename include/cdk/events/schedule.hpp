// Schedule expressions (aws-cdk-lib's events.Schedule): cron(...), rate(...) or a given expression, as
// backup plan rules and event rules take them.
#pragma once

#include <optional>
#include <string>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"

namespace cdk::events {

/// The fields of a cron expression; unset ones are "*" (day: "?" when weekDay is set; weekDay: "?").
struct CronOptions {
  std::optional<std::string> day{};
  std::optional<std::string> hour{};
  std::optional<std::string> minute{};
  std::optional<std::string> month{};
  /// "MON", "MON-FRI", "SAT", ...; not together with day.
  std::optional<std::string> weekDay{};
  std::optional<std::string> year{};
};

class CDKPP_API Schedule {
 public:
  /// The expression as it is, e.g. "cron(0 12 ? * MON-FRI *)" or "rate(1 hour)".
  static Schedule expression(std::string expression);
  /// "rate(1 day)", "rate(12 hours)", "rate(90 minutes)". Throws cdk::Error for a duration of less than a
  /// minute or not a whole number of minutes.
  static Schedule rate(cdk::Duration duration);
  /// "cron(<minute> <hour> <day> <month> <weekDay> <year>)". Throws cdk::Error when both day and weekDay are given.
  static Schedule cron(const CronOptions& options);

  const std::string& expressionString() const noexcept { return expression_; }

 private:
  explicit Schedule(std::string expression) : expression_(std::move(expression)) {}
  std::string expression_;
};

}  // namespace cdk::events
