// Statistic names for metrics (aws-cdk-lib's cloudwatch.Stats).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/export.hpp"

namespace cdk::cloudwatch {

/// The statistics CloudWatch computes. Each function throws cdk::Error for a percentage outside 0 to 100.
class CDKPP_API Stats {
 public:
  static constexpr const char* SAMPLE_COUNT = "SampleCount";
  static constexpr const char* AVERAGE = "Average";
  static constexpr const char* SUM = "Sum";
  static constexpr const char* MINIMUM = "Minimum";
  static constexpr const char* MAXIMUM = "Maximum";
  /// Interquartile mean.
  static constexpr const char* IQM = "IQM";

  /// "p99", "p99.9".
  static std::string percentile(double percentile);
  static std::string p(double percentile) { return Stats::percentile(percentile); }
  /// "tm90" (one bound) or "TM(10%:90%)".
  static std::string trimmedMean(double p1, std::optional<double> p2 = std::nullopt);
  static std::string tm(double p1, std::optional<double> p2 = std::nullopt) { return trimmedMean(p1, p2); }
  /// "wm90" or "WM(10%:90%)".
  static std::string winsorizedMean(double p1, std::optional<double> p2 = std::nullopt);
  static std::string wm(double p1, std::optional<double> p2 = std::nullopt) { return winsorizedMean(p1, p2); }
  /// "tc90" or "TC(10%:90%)".
  static std::string trimmedCount(double p1, std::optional<double> p2 = std::nullopt);
  static std::string tc(double p1, std::optional<double> p2 = std::nullopt) { return trimmedCount(p1, p2); }
  /// "ts90" or "TS(10%:90%)".
  static std::string trimmedSum(double p1, std::optional<double> p2 = std::nullopt);
  static std::string ts(double p1, std::optional<double> p2 = std::nullopt) { return trimmedSum(p1, p2); }
  /// "PR(:v1)" or "PR(v1:v2)": the share of data points at most v1 (or between v1 and v2).
  static std::string percentileRank(double v1, std::optional<double> v2 = std::nullopt);
  static std::string pr(double v1, std::optional<double> v2 = std::nullopt) { return percentileRank(v1, v2); }
};

}  // namespace cdk::cloudwatch
