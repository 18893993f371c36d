// How metrics are rendered in alarms and graphs (aws-cdk-lib's private metric-util.ts, rendering.ts and
// env-tokens.ts). Internal to the library.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/value.hpp"

namespace cdk::cloudwatch::detail {

/// A key that is the same for two metrics exactly when they are the same metric (namespace, name,
/// dimensions, statistic, period, region, account; or expression and the keys of the metrics it uses).
std::string metricKey(const IMetric& metric);

/// The metrics of a graph or an alarm, each once, with the metrics that math expressions use after them.
class MetricSet {
 public:
  struct Entry {
    AnyMetric metric{};
    /// 1 for the metrics given, 2 for those their expressions use, ...
    int level = 1;
    std::optional<std::string> id{};
    /// "left"/"right" for graphs, "primary" for the alarm's own metric; empty for the metrics used.
    std::string tag{};
  };

  /// Throws cdk::Error when one id names two different metrics.
  void addTopLevel(const std::string& tag, const std::vector<AnyMetric>& metrics);
  const std::vector<Entry>& entries() const noexcept { return entries_; }

 private:
  void addOne(const AnyMetric& metric, int level, const std::string& tag, const std::optional<std::string>& id);

  std::vector<Entry> entries_;
  std::map<std::string, std::size_t> byId_;
  std::map<std::string, std::size_t> byKey_;
};

/// The "metrics" list of a metric widget: one array per metric ([namespace, name, dimension name, value,
/// ..., options] or [options] for an expression).
std::vector<cdk::Value> allMetricsGraphJson(const std::vector<AnyMetric>& left, const std::vector<AnyMetric>& right);

/// The region or account, left out of a stack whose concrete region (account) is the same.
cdk::Value regionIfDifferentFromStack(const std::string& region);
cdk::Value accountIfDifferentFromStack(const std::string& account);

/// Sets `key` in a map, keeping the position of an existing entry (as assigning a JavaScript property does).
void setKey(cdk::Value::Map& map, const std::string& key, cdk::Value value);

}  // namespace cdk::cloudwatch::detail
