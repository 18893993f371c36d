// Statistic strings as aws-cdk-lib parses them (its private statistic.ts): simple statistics and their
// aliases, percentiles and the other single-bound statistics ("p99", "tm90"), and ranges ("TM(10%:90%)").
// Internal to the library.
#pragma once

#include <string>
#include <string_view>

#include "core/js_number.hpp"

namespace cdk::cloudwatch::detail {

enum class StatisticKind { Simple, Extended, Single, Range, Unparseable };

struct ParsedStatistic {
  StatisticKind kind = StatisticKind::Unparseable;
  /// The normalized form: "Average", "IQM", "p99" (lower case), "TM(10%:90%)" (upper case), or the input.
  std::string normalized{};
};

ParsedStatistic parseStatistic(std::string_view statistic);

/// The fields an alarm renders: Statistic for the simple ones, ExtendedStatistic for the others.
struct StatisticFields {
  std::string statistic{};
  std::string extendedStatistic{};
};
StatisticFields parseStatisticToFields(std::string_view statistic);

using cdk::detail::jsNumber;

}  // namespace cdk::cloudwatch::detail
