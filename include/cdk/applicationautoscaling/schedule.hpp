// When a scheduled scaling action runs (aws-cdk-lib's applicationautoscaling.Schedule and CronOptions).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"

namespace cdk {
class Construct;
}

namespace cdk::applicationautoscaling {

/// The fields of a cron expression; unset ones are "*" ("?" for the day when weekDay is given, and for
/// weekDay otherwise).
struct CronOptions {
  std::optional<std::string> day{};
  std::optional<std::string> hour{};
  std::optional<std::string> minute{};
  std::optional<std::string> month{};
  std::optional<std::string> weekDay{};
  std::optional<std::string> year{};
};

/// A schedule expression: cron(...), rate(...) or at(...).
class CDKPP_API Schedule {
 public:
  /// An expression as it is, e.g. "cron(0 12 * * ? *)".
  static Schedule expression(std::string expression);
  /// "rate(N days|hours|minutes)", in the largest whole unit. Throws cdk::Error for a zero duration or one
  /// that is not a whole number of minutes.
  static Schedule rate(cdk::Duration duration);
  /// "at(yyyy-mm-ddThh:mm:ss)", in UTC.
  static Schedule at(std::chrono::sys_seconds moment);
  /// "cron(minute hour day month weekDay year)". Throws cdk::Error when both day and weekDay are given.
  static Schedule cron(CronOptions options);

  const std::string& expressionString() const noexcept { return expression_; }
  /// Called when the schedule is used by `scope`: a cron without a minute warns there (it runs every minute).
  void bind(cdk::Construct& scope) const;

 private:
  explicit Schedule(std::string expression, bool everyMinuteWarning = false)
      : expression_(std::move(expression)), everyMinuteWarning_(everyMinuteWarning) {}
  std::string expression_;
  bool everyMinuteWarning_ = false;
};

}  // namespace cdk::applicationautoscaling
