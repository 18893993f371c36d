#include "cdk/cloudwatch/stats.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cloudwatch/statistic.hpp"

namespace cdk::cloudwatch {

namespace {

void assertPercentage(std::optional<double> x) {
  if (x && (*x < 0 || *x > 100)) {
    throw cdk::Error(fmt::format("Expecting a percentage, got: {}. Give a number from 0 to 100", detail::jsNumber(*x)));
  }
}

std::string boundaryPercentileStat(const char* oneBoundary, const char* twoBoundaries, double p1,
                                   std::optional<double> p2) {
  assertPercentage(p1);
  assertPercentage(p2);
  if (p2) return fmt::format("{}({}%:{}%)", twoBoundaries, detail::jsNumber(p1), detail::jsNumber(*p2));
  return fmt::format("{}{}", oneBoundary, detail::jsNumber(p1));
}

}  // namespace

std::string Stats::percentile(double percentile) {
  assertPercentage(percentile);
  return "p" + detail::jsNumber(percentile);
}

std::string Stats::trimmedMean(double p1, std::optional<double> p2) {
  return boundaryPercentileStat("tm", "TM", p1, p2);
}

std::string Stats::winsorizedMean(double p1, std::optional<double> p2) {
  return boundaryPercentileStat("wm", "WM", p1, p2);
}

std::string Stats::trimmedCount(double p1, std::optional<double> p2) {
  return boundaryPercentileStat("tc", "TC", p1, p2);
}

std::string Stats::trimmedSum(double p1, std::optional<double> p2) {
  return boundaryPercentileStat("ts", "TS", p1, p2);
}

std::string Stats::percentileRank(double v1, std::optional<double> v2) {
  if (v2) return fmt::format("PR({}:{})", detail::jsNumber(v1), detail::jsNumber(*v2));
  return fmt::format("PR(:{})", detail::jsNumber(v1));
}

}  // namespace cdk::cloudwatch
