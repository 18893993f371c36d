// The scaling steps of a step scaling policy, normalized as aws-cdk-lib's aws-autoscaling-common does
// (normalizeIntervals, findAlarmThresholds): sorted, bounds completed from the neighbours, gaps and zero
// changes made "no change", at most one of those. Internal to the library.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cdk/applicationautoscaling/step_scaling_policy.hpp"

namespace cdk::applicationautoscaling::detail {

/// One interval while it is normalized. `keys` keeps the order in which JavaScript would hold the fields of
/// the object ('l'ower, 'u'pper, 'c'hange): aws-cdk-lib's errors print intervals with JSON.stringify, and the
/// messages here are the same text.
struct Interval {
  std::optional<double> lower{};
  std::optional<double> upper{};
  /// nullopt: no change (a gap between the steps, or a change of 0).
  std::optional<double> change{};
  std::string keys{};
};

/// The intervals from 0 to infinity without holes. Throws cdk::Error with aws-cdk-lib's messages for an
/// interval without bounds, bounds that cannot be completed, overlapping intervals and more than one
/// no-change interval. A change of 0 counts as no change unless `changesAreAbsolute` (EXACT_CAPACITY).
std::vector<Interval> normalizeIntervals(const std::vector<ScalingInterval>& steps, bool changesAreAbsolute);

/// The intervals whose bound is the threshold of the lower and of the upper alarm.
struct AlarmThresholds {
  std::optional<std::size_t> lowerAlarmIntervalIndex{};
  std::optional<std::size_t> upperAlarmIntervalIndex{};
};
AlarmThresholds findAlarmThresholds(const std::vector<Interval>& intervals);

}  // namespace cdk::applicationautoscaling::detail
