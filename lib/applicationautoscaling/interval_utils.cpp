#include "applicationautoscaling/interval_utils.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cdk/core/errors.hpp"
#include "core/js_number.hpp"

namespace cdk::applicationautoscaling::detail {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Sets a field as `{...interval, field: value}` does: a new field goes last, an existing one keeps its place.
void set(Interval& interval, char key, std::optional<double> value) {
  if (interval.keys.find(key) == std::string::npos) interval.keys += key;
  switch (key) {
    case 'l': interval.lower = value; break;
    case 'u': interval.upper = value; break;
    default: interval.change = value;
  }
}

/// JSON.stringify of the interval: fields in their order, undefined ones left out, infinity as null.
std::string json(const Interval& interval) {
  std::vector<std::string> fields;
  for (char key : interval.keys) {
    const auto& value = key == 'l' ? interval.lower : key == 'u' ? interval.upper : interval.change;
    if (!value) continue;
    const char* name = key == 'l' ? "lower" : key == 'u' ? "upper" : "change";
    fields.push_back(fmt::format("\"{}\":{}", name, std::isfinite(*value) ? cdk::detail::jsNumber(*value) : "null"));
  }
  return fmt::format("{{{}}}", fmt::join(fields, ","));
}

/// The interval as the user wrote it: the fields in the order aws-cdk-lib declares them (lower, upper,
/// change), so that a C++ port of a TypeScript program that writes them in that order gets its messages.
Interval fromStep(const ScalingInterval& step) {
  Interval interval;
  if (step.lower) set(interval, 'l', *step.lower);
  if (step.upper) set(interval, 'u', *step.upper);
  set(interval, 'c', step.change);
  return interval;
}

/// Gives an interval without an upper bound the lower bound of the next one, and the reverse; true when
/// something changed.
bool propagateBounds(std::vector<Interval>& intervals) {
  bool changed = false;
  for (std::size_t i = 0; i + 1 < intervals.size(); ++i) {
    if (intervals[i].upper && !intervals[i + 1].lower) {
      set(intervals[i + 1], 'l', intervals[i].upper);
      changed = true;
    }
  }
  for (std::size_t i = intervals.size() - 1; i >= 1; --i) {
    if (intervals[i].lower && !intervals[i - 1].upper) {
      set(intervals[i - 1], 'u', intervals[i].lower);
      changed = true;
    }
  }
  return changed;
}

std::vector<Interval> orderAndCompleteIntervals(const std::vector<ScalingInterval>& steps) {
  if (steps.size() < 2) throw cdk::Error("Require at least 2 intervals");
  std::vector<Interval> intervals;
  for (const auto& step : steps) {
    intervals.push_back(fromStep(step));
    if (!step.lower && !step.upper) {
      throw cdk::Error(fmt::format("Must supply at least one of 'upper' or 'lower', got: {}", json(intervals.back())));
    }
  }
  // JavaScript's sort is stable.
  std::ranges::stable_sort(intervals, std::less<>{}, [](const Interval& x) { return x.lower ? *x.lower : *x.upper; });
  while (propagateBounds(intervals)) {
  }
  if (!intervals.front().lower) set(intervals.front(), 'l', 0.0);
  if (!intervals.back().upper) set(intervals.back(), 'u', kInfinity);
  for (const auto& interval : intervals) {
    if (!interval.lower || !interval.upper) {
      throw cdk::Error(fmt::format("Could not determine the lower and upper bounds for {}", json(interval)));
    }
  }
  for (std::size_t i = 0; i + 1 < intervals.size(); ++i) {
    const auto& a = intervals[i];
    const auto& b = intervals[i + 1];
    if (*a.lower < *b.upper && *a.upper > *b.lower) {
      throw cdk::Error(fmt::format("Two intervals overlap: {} and {}", json(a), json(b)));
    }
  }
  return intervals;
}

/// A no-change interval for every range no step covers.
void makeGapsUndefined(std::vector<Interval>& intervals) {
  auto gap = [](double lower, double upper) { return Interval{.lower = lower, .upper = upper, .keys = "luc"}; };
  if (*intervals.front().lower != 0) intervals.insert(intervals.begin(), gap(0, *intervals.front().lower));
  if (*intervals.back().upper != kInfinity) intervals.push_back(gap(*intervals.back().upper, kInfinity));
  for (std::size_t i = 1; i < intervals.size();) {
    if (*intervals[i - 1].upper < *intervals[i].lower) {
      intervals.insert(intervals.begin() + static_cast<std::ptrdiff_t>(i),
                       gap(*intervals[i - 1].upper, *intervals[i].lower));
    } else {
      ++i;
    }
  }
}

void makeZerosUndefined(std::vector<Interval>& intervals) {
  for (auto& interval : intervals) {
    if (interval.change && *interval.change == 0) set(interval, 'c', std::nullopt);
  }
}

/// Neighbouring no-change intervals become one.
void combineUndefineds(std::vector<Interval>& intervals) {
  for (std::size_t i = 0; i + 1 < intervals.size();) {
    if (!intervals[i].change && !intervals[i + 1].change) {
      set(intervals[i], 'u', intervals[i + 1].upper);
      intervals.erase(intervals.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    } else {
      ++i;
    }
  }
}

void validateAtMostOneUndefined(const std::vector<Interval>& intervals) {
  std::vector<std::string> undefined;
  for (const auto& interval : intervals) {
    if (!interval.change) undefined.push_back(json(interval));
  }
  if (undefined.size() > 1) {
    throw cdk::Error(fmt::format("Can have at most one no-change interval, got [{}]", fmt::join(undefined, ",")));
  }
}

}  // namespace

std::vector<Interval> normalizeIntervals(const std::vector<ScalingInterval>& steps, bool changesAreAbsolute) {
  auto intervals = orderAndCompleteIntervals(steps);
  makeGapsUndefined(intervals);
  if (!changesAreAbsolute) makeZerosUndefined(intervals);
  combineUndefineds(intervals);
  validateAtMostOneUndefined(intervals);
  return intervals;
}

AlarmThresholds findAlarmThresholds(const std::vector<Interval>& intervals) {
  const auto gap = std::ranges::find_if(intervals, [](const Interval& x) { return !x.change; });
  if (gap != intervals.end()) {
    const auto index = static_cast<std::size_t>(gap - intervals.begin());
    AlarmThresholds thresholds;
    if (index > 0) thresholds.lowerAlarmIntervalIndex = index - 1;
    if (index + 1 < intervals.size()) thresholds.upperAlarmIntervalIndex = index + 1;
    return thresholds;
  }
  if (intervals.size() == 1) return {.upperAlarmIntervalIndex = 0};
  const std::size_t middle = intervals.size() / 2;
  return {.lowerAlarmIntervalIndex = middle - 1, .upperAlarmIntervalIndex = middle};
}

}  // namespace cdk::applicationautoscaling::detail
