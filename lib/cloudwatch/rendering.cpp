#include "cloudwatch/rendering.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/errors.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/stack.hpp"

namespace cdk::cloudwatch::detail {

namespace {

/// Resolves to the value, or to nothing in a stack whose concrete region (or account) equals it.
class StackDependentToken final : public cdk::IResolvable {
 public:
  StackDependentToken(std::string value, bool region) : value_(std::move(value)), region_(region) {}
  nlohmann::ordered_json resolve(cdk::ResolveContext& context) const override {
    const cdk::Stack& stack = context.stack();
    const auto& concrete = region_ ? stack.concreteRegion() : stack.concreteAccount();
    if (concrete && *concrete == value_) return nlohmann::ordered_json(nlohmann::ordered_json::value_t::discarded);
    return value_;
  }
  std::string toString() const override { return value_; }

 private:
  std::string value_;
  bool region_;
};

/// A metric array whose options object, when every option resolved to nothing, is dropped.
class DropEmptyObjectAtTheEnd final : public cdk::IResolvable {
 public:
  explicit DropEmptyObjectAtTheEnd(cdk::Value list) : list_(std::move(list)) {}
  nlohmann::ordered_json resolve(cdk::ResolveContext& context) const override {
    nlohmann::ordered_json out = context.resolve(list_);
    if (out.is_array() && !out.empty() && out.back().is_object()) {
      const auto& last = out.back();
      const bool empty = std::all_of(last.begin(), last.end(), [](const auto& item) { return item.is_null(); });
      if (empty) out.erase(out.end() - 1);
    }
    return out;
  }
  std::string toString() const override { return list_.toString(); }

 private:
  cdk::Value list_;
};

cdk::Value metricGraphJson(const IMetric& metric, const std::string& yAxis, const std::optional<std::string>& id) {
  const MetricConfig config = metric.toMetricConfig();
  cdk::Value::List ret;
  cdk::Value::Map options = config.renderingProperties;
  if (config.metricStat) {
    const MetricStatConfig& stat = *config.metricStat;
    ret.emplace_back(stat.namespace_);
    ret.emplace_back(stat.metricName);
    for (const auto& dimension : stat.dimensions) {
      ret.emplace_back(dimension.name);
      ret.push_back(dimension.value);
    }
    if (stat.accountOverride) {
      setKey(options, "accountId", *stat.accountOverride);
    } else if (stat.account) {
      setKey(options, "accountId", accountIfDifferentFromStack(*stat.account));
    }
    if (stat.regionOverride) {
      setKey(options, "region", *stat.regionOverride);
    } else if (stat.region) {
      setKey(options, "region", regionIfDifferentFromStack(*stat.region));
    }
    if (stat.period.toSeconds() != 300) setKey(options, "period", stat.period.toSeconds());
    if (!stat.statistic.empty() && stat.statistic != "Average") setKey(options, "stat", stat.statistic);
  } else if (config.mathExpression) {
    const MathExpressionConfig& expression = *config.mathExpression;
    setKey(options, "expression", expression.expression);
    if (expression.searchAccount) setKey(options, "accountId", accountIfDifferentFromStack(*expression.searchAccount));
    if (expression.searchRegion) setKey(options, "region", regionIfDifferentFromStack(*expression.searchRegion));
    if (expression.period != 300) setKey(options, "period", expression.period);
  }
  if (yAxis.empty()) setKey(options, "visible", false);
  if (yAxis != "left") setKey(options, "yAxis", yAxis.empty() ? cdk::Value() : cdk::Value(yAxis));
  if (id) setKey(options, "id", *id);
  const auto find = [&options](std::string_view key) -> const cdk::Value* {
    for (const auto& [k, v] : options) {
      if (k == key) return &v;
    }
    return nullptr;
  };
  const cdk::Value* visible = find("visible");
  const cdk::Value* expression = find("expression");
  const cdk::Value* label = find("label");
  const bool hidden = visible && visible->isBool() && !visible->asBool();
  const bool hasLabel = label && label->isString() && !label->asString().empty();
  if (!hidden && expression && expression->isString() && !expression->asString().empty() && !hasLabel) {
    // An expression without label shows the expression; an explicit "" shows only the series' labels.
    const bool emptyLabel = label && label->isString() && label->asString().empty();
    setKey(options, "label", emptyLabel ? cdk::Value() : cdk::Value(metric.toString()));
  }
  cdk::Value::Map rendered;
  for (auto& [key, value] : options) {
    if (!value.isNull()) rendered.emplace_back(key, std::move(value));
  }
  if (!rendered.empty()) ret.emplace_back(std::move(rendered));
  return cdk::Value(std::make_shared<DropEmptyObjectAtTheEnd>(cdk::Value(std::move(ret))));
}

}  // namespace

void setKey(cdk::Value::Map& map, const std::string& key, cdk::Value value) {
  for (auto& [k, v] : map) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  map.emplace_back(key, std::move(value));
}

std::string metricKey(const IMetric& metric) {
  const MetricConfig config = metric.toMetricConfig();
  std::vector<std::string> parts;
  if (config.mathExpression) {
    const MathExpressionConfig& expression = *config.mathExpression;
    parts.push_back(expression.expression);
    std::vector<std::pair<std::string, const IMetric*>> sorted;
    for (const auto& [id, used] : expression.usingMetrics) sorted.emplace_back(id, used.get());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [id, used] : sorted) {
      parts.push_back(id);
      parts.push_back(metricKey(*used));
    }
    if (expression.searchRegion) parts.push_back(*expression.searchRegion);
    if (expression.searchAccount) parts.push_back(*expression.searchAccount);
  }
  if (config.metricStat) {
    const MetricStatConfig& stat = *config.metricStat;
    parts.push_back(stat.namespace_);
    parts.push_back(stat.metricName);
    for (const auto& dimension : stat.dimensions) {
      parts.push_back(dimension.name);
      parts.push_back(dimension.value.toString());
    }
    if (!stat.statistic.empty()) parts.push_back(stat.statistic);
    parts.push_back(std::to_string(stat.period.toSeconds()));
    if (stat.region) parts.push_back(*stat.region);
    if (stat.account) parts.push_back(*stat.account);
  }
  return fmt::format("{}", fmt::join(parts, "|"));
}

void MetricSet::addTopLevel(const std::string& tag, const std::vector<AnyMetric>& metrics) {
  for (const auto& metric : metrics) addOne(metric, 1, tag, std::nullopt);
}

void MetricSet::addOne(const AnyMetric& metric, int level, const std::string& tag,
                       const std::optional<std::string>& id) {
  const std::string key = metricKey(*metric);
  std::optional<std::size_t> existing;
  if (id) {
    if (auto it = byId_.find(*id); it != byId_.end()) {
      existing = it->second;
      if (metricKey(*entries_[*existing].metric) != key) {
        throw cdk::Error(fmt::format(
            "Cannot have two different metrics share the same id ('{}') in one Alarm or Graph. Rename one of them.",
            *id));
      }
    }
  }
  if (!existing) {
    if (auto it = byKey_.find(key); it != byKey_.end()) {
      existing = it->second;
      // The same metric under two ids is two entries.
      if (entries_[*existing].id && id) existing.reset();
    }
  }
  std::size_t index = 0;
  if (existing) {
    index = *existing;
  } else {
    index = entries_.size();
    entries_.push_back({.metric = metric, .level = level});
    byKey_[key] = index;
  }
  if (!entries_[index].id && id) {
    entries_[index].id = id;
    byId_[*id] = index;
  }
  if (entries_[index].tag.empty() && !tag.empty()) entries_[index].tag = tag;
  const MetricConfig config = metric->toMetricConfig();
  if (config.mathExpression) {
    for (const auto& [subId, sub] : config.mathExpression->usingMetrics) addOne(sub, level + 1, "", subId);
  }
}

std::vector<cdk::Value> allMetricsGraphJson(const std::vector<AnyMetric>& left, const std::vector<AnyMetric>& right) {
  MetricSet set;
  set.addTopLevel("left", left);
  set.addTopLevel("right", right);
  std::vector<cdk::Value> out;
  for (const auto& entry : set.entries()) out.push_back(metricGraphJson(*entry.metric, entry.tag, entry.id));
  return out;
}

cdk::Value regionIfDifferentFromStack(const std::string& region) {
  return cdk::Value(std::make_shared<StackDependentToken>(region, true));
}

cdk::Value accountIfDifferentFromStack(const std::string& account) {
  return cdk::Value(std::make_shared<StackDependentToken>(account, false));
}

}  // namespace cdk::cloudwatch::detail
