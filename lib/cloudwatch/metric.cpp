#include "cdk/cloudwatch/metric.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "cdk/cloudwatch/alarm.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/grant.hpp"
#include "cloudwatch/rendering.hpp"
#include "cloudwatch/statistic.hpp"
#include "core/text_scanner.hpp"

namespace cdk::cloudwatch {

constexpr auto kUnitNames = cdk::enumNames<Unit>({
    {Unit::SECONDS, "Seconds"},
    {Unit::MICROSECONDS, "Microseconds"},
    {Unit::MILLISECONDS, "Milliseconds"},
    {Unit::BYTES, "Bytes"},
    {Unit::KILOBYTES, "Kilobytes"},
    {Unit::MEGABYTES, "Megabytes"},
    {Unit::GIGABYTES, "Gigabytes"},
    {Unit::TERABYTES, "Terabytes"},
    {Unit::BITS, "Bits"},
    {Unit::KILOBITS, "Kilobits"},
    {Unit::MEGABITS, "Megabits"},
    {Unit::GIGABITS, "Gigabits"},
    {Unit::TERABITS, "Terabits"},
    {Unit::PERCENT, "Percent"},
    {Unit::COUNT, "Count"},
    {Unit::BYTES_PER_SECOND, "Bytes/Second"},
    {Unit::KILOBYTES_PER_SECOND, "Kilobytes/Second"},
    {Unit::MEGABYTES_PER_SECOND, "Megabytes/Second"},
    {Unit::GIGABYTES_PER_SECOND, "Gigabytes/Second"},
    {Unit::TERABYTES_PER_SECOND, "Terabytes/Second"},
    {Unit::BITS_PER_SECOND, "Bits/Second"},
    {Unit::KILOBITS_PER_SECOND, "Kilobits/Second"},
    {Unit::MEGABITS_PER_SECOND, "Megabits/Second"},
    {Unit::GIGABITS_PER_SECOND, "Gigabits/Second"},
    {Unit::TERABITS_PER_SECOND, "Terabits/Second"},
    {Unit::COUNT_PER_SECOND, "Count/Second"},
    {Unit::NONE, "None"},
});
std::string_view toString(Unit unit) noexcept { return cdk::nameOf(kUnitNames, unit); }

namespace {

/// Characters of a string as JavaScript counts them (UTF-16 code units).
std::size_t jsLength(const std::string& text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    n += c >= 0xF0 ? 2 : 1;            // characters beyond the BMP are two code units
  }
  return n;
}

cdk::Duration validPeriod(const std::optional<cdk::Duration>& period) {
  const cdk::Duration value = period.value_or(cdk::Duration::minutes(5));
  const std::int64_t seconds = value.toSeconds();
  if (seconds != 1 && seconds != 5 && seconds != 10 && seconds != 30 && seconds % 60 != 0) {
    throw cdk::Error(fmt::format(
        "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received {}: use one of those periods", seconds));
  }
  return value;
}

/// The dimensions, a later value for the same name replacing the earlier one in its place; throws for more
/// than 30 or names and literal values outside 1 to 255 characters.
DimensionsMap validDimensions(DimensionsMap dimensions) {
  DimensionsMap out;
  for (auto& [name, value] : dimensions) {
    auto it = std::find_if(out.begin(), out.end(), [&name](const auto& d) { return d.first == name; });
    if (it != out.end()) {
      it->second = std::move(value);
    } else {
      out.emplace_back(std::move(name), std::move(value));
    }
  }
  if (out.size() > 30) {
    throw cdk::Error(fmt::format("The maximum number of dimensions is 30, received {}: keep at most 30", out.size()));
  }
  for (const auto& [name, value] : out) {
    if (value.isNull()) {
      throw cdk::Error(
          fmt::format("Dimension value of 'undefined' is invalid for key: {}. Give the dimension a value", name));
    }
    if (jsLength(name) < 1 || jsLength(name) > 255) {
      throw cdk::Error(
          fmt::format("Dimension name must be at least 1 and no more than 255 characters; received {}", name));
    }
    if (value.isString() && (jsLength(value.asString()) < 1 || jsLength(value.asString()) > 255)) {
      throw cdk::Error(fmt::format("Dimension value must be at least 1 and no more than 255 characters; received {}",
                                   value.asString()));
    }
  }
  return out;
}

/// ^[a-z][a-zA-Z0-9_]*$
bool validVariableName(std::string_view name) {
  if (name.empty() || !cdk::detail::isAsciiLower(name.front())) return false;
  return cdk::detail::allOf(name.substr(1), [](char c) { return cdk::detail::isAsciiAlnum(c) || c == '_'; });
}

/// The identifiers an expression uses: words that start with a lowercase letter, outside ${Token[...]} and
/// quoted strings.
std::vector<std::string> identifiersIn(std::string_view expression) {
  std::string text;
  for (std::size_t i = 0; i < expression.size();) {
    if (expression.substr(i).starts_with("${Token[")) {
      const std::size_t close = expression.find(']', i + 8);
      if (close != std::string_view::npos && close > i + 8 && close + 1 < expression.size() &&
          expression[close + 1] == '}') {
        i = close + 2;
        continue;
      }
    }
    text += expression[i++];
  }
  std::string stripped;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      const std::size_t close = text.find(c, i + 1);
      if (close != std::string::npos) {
        i = close + 1;
        continue;
      }
    }
    stripped += c;
    ++i;
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < stripped.size();) {
    if (!cdk::detail::isAsciiLower(stripped[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < stripped.size() && (cdk::detail::isAsciiAlnum(stripped[end]) || stripped[end] == '_')) ++end;
    out.emplace_back(stripped.substr(i, end - i));
    i = end;
  }
  return out;
}

/// \b(INSIGHT_RULE_METRIC|SELECT|SEARCH|METRICS)\b in the upper-cased expression: expressions that name
/// metrics in other ways than by variables.
bool usesOtherMetrics(std::string_view expression) {
  std::string upper(expression);
  for (char& c : upper) c = cdk::detail::isAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
  const auto isWord = [](char c) { return cdk::detail::isAsciiAlnum(c) || c == '_'; };
  for (std::string_view word : {"INSIGHT_RULE_METRIC", "SELECT", "SEARCH", "METRICS"}) {
    for (std::size_t at = upper.find(word); at != std::string::npos; at = upper.find(word, at + 1)) {
      const bool startOk = at == 0 || !isWord(upper[at - 1]);
      const std::size_t end = at + word.size();
      const bool endOk = end == upper.size() || !isWord(upper[end]);
      if (startOk && endOk) return true;
    }
  }
  return false;
}

void addWarning(MetricWarnings& warnings, const std::string& id, std::string message) {
  for (auto& [key, text] : warnings) {
    if (key == id) {
      text = std::move(message);
      return;
    }
  }
  warnings.emplace_back(id, std::move(message));
}

template <class T>
std::optional<T> either(const std::optional<T>& changed, const std::optional<T>& current) {
  return changed ? changed : current;
}

}  // namespace

// --- Metric ---------------------------------------------------------------------------------------------

Metric::Metric(MetricProps props)
    : metricNamespace_(std::move(props.namespace_)),
      metricName_(std::move(props.metricName)),
      dimensions_(validDimensions(std::move(props.dimensionsMap))),
      period_(validPeriod(props.period)),
      label_(std::move(props.label)),
      color_(std::move(props.color)),
      id_(std::move(props.id)),
      visible_(props.visible),
      unit_(props.unit),
      accountOverride_(std::move(props.account)),
      regionOverride_(std::move(props.region)),
      stackAccount_(std::move(props.stackAccount)),
      stackRegion_(std::move(props.stackRegion)) {
  const std::string given = props.statistic && !props.statistic->empty() ? *props.statistic : "Average";
  detail::ParsedStatistic parsed = detail::parseStatistic(given);
  if (parsed.kind == detail::StatisticKind::Unparseable) {
    // A statistic this library does not know may be a new one: warn, do not refuse.
    const std::string label = label_ && !label_->empty() ? fmt::format(", label \"{}\"", *label_) : "";
    addWarning(warnings_, "CloudWatch:Alarm:UnrecognizedStatistic",
               fmt::format("Unrecognized statistic \"{}\" for metric with namespace \"{}\"{} and metric name \"{}\". "
                           "Preferably use the `aws_cloudwatch.Stats` helper class to specify a statistic. You can "
                           "ignore this warning if your statistic is valid but not yet supported by the "
                           "`aws_cloudwatch.Stats` helper class.",
                           given, metricNamespace_, label, metricName_));
  }
  statistic_ = std::move(parsed.normalized);
}

MetricProps Metric::props() const {
  return {.account = accountOverride_,
          .color = color_,
          .dimensionsMap = dimensions_,
          .id = id_,
          .label = label_,
          .metricName = metricName_,
          .namespace_ = metricNamespace_,
          .period = period_,
          .region = regionOverride_,
          .stackAccount = stackAccount_,
          .stackRegion = stackRegion_,
          .statistic = statistic_,
          .unit = unit_,
          .visible = visible_};
}

Metric Metric::forResource(const cdk::IConstruct& resource, std::string namespace_, std::string metricName,
                           DimensionsMap dimensions, const MetricOptions& options, const MetricOptions& defaults) {
  return unattached(std::move(namespace_), std::move(metricName), std::move(dimensions), options, defaults)
      .attachTo(resource);
}

Metric Metric::unattached(std::string namespace_, std::string metricName, DimensionsMap dimensions,
                          const MetricOptions& options, const MetricOptions& defaults) {
  const auto pick = [](const auto& option, const auto& fallback) { return option ? option : fallback; };
  Metric metric({.account = pick(options.account, defaults.account),
                 .color = pick(options.color, defaults.color),
                 .dimensionsMap = options.dimensionsMap    ? *options.dimensionsMap
                                  : defaults.dimensionsMap ? *defaults.dimensionsMap
                                                           : std::move(dimensions),
                 .id = pick(options.id, defaults.id),
                 .label = pick(options.label, defaults.label),
                 .metricName = std::move(metricName),
                 .namespace_ = std::move(namespace_),
                 .period = pick(options.period, defaults.period),
                 .region = pick(options.region, defaults.region),
                 .stackAccount = pick(options.stackAccount, defaults.stackAccount),
                 .stackRegion = pick(options.stackRegion, defaults.stackRegion),
                 .statistic = pick(options.statistic, defaults.statistic),
                 .unit = pick(options.unit, defaults.unit),
                 .visible = pick(options.visible, defaults.visible)});
  return metric;
}

iam::Grant Metric::grantPutMetricData(const iam::IGrantable& grantee) {
  return iam::Grant::addToPrincipal(
      {.actions = {"cloudwatch:PutMetricData"}, .grantee = grantee, .resourceArns = {cdk::Value("*")}});
}

std::optional<std::string> Metric::account() const { return accountOverride_ ? accountOverride_ : stackAccount_; }

std::optional<std::string> Metric::region() const { return regionOverride_ ? regionOverride_ : stackRegion_; }

Metric Metric::with(const MetricOptions& options) const {
  MetricProps next = props();
  if (options.dimensionsMap) next.dimensionsMap = *options.dimensionsMap;
  next.period = either(options.period, next.period);
  next.statistic = either(options.statistic, next.statistic);
  next.unit = either(options.unit, next.unit);
  next.label = either(options.label, next.label);
  next.color = either(options.color, next.color);
  next.id = either(options.id, next.id);
  next.visible = either(options.visible, next.visible);
  next.account = either(options.account, next.account);
  next.region = either(options.region, next.region);
  next.stackAccount = either(options.stackAccount, next.stackAccount);
  next.stackRegion = either(options.stackRegion, next.stackRegion);
  return Metric(std::move(next));
}

Metric Metric::attachTo(const cdk::IConstruct& scope) const {
  const cdk::Stack& stack = cdk::Stack::of(scope);
  return with({.stackAccount = stack.concreteAccount(), .stackRegion = stack.concreteRegion()});
}

Alarm& Metric::createAlarm(cdk::Construct& scope, std::string_view id, const CreateAlarmOptions& options) const {
  return scope.make<Alarm>(id, AlarmProps{.actionsEnabled = options.actionsEnabled,
                                          .alarmDescription = options.alarmDescription,
                                          .alarmName = options.alarmName,
                                          .comparisonOperator = options.comparisonOperator,
                                          .datapointsToAlarm = options.datapointsToAlarm,
                                          .evaluateLowSampleCountPercentile = options.evaluateLowSampleCountPercentile,
                                          .evaluationPeriods = options.evaluationPeriods,
                                          .metric = with({.period = options.period, .statistic = options.statistic}),
                                          .threshold = options.threshold,
                                          .treatMissingData = options.treatMissingData});
}

MetricConfig Metric::toMetricConfig() const {
  MetricStatConfig stat;
  for (const auto& [name, value] : dimensions_) stat.dimensions.push_back({.name = name, .value = value});
  std::stable_sort(stat.dimensions.begin(), stat.dimensions.end(),
                   [](const Dimension& a, const Dimension& b) { return a.name < b.name; });
  stat.namespace_ = metricNamespace_;
  stat.metricName = metricName_;
  stat.period = period_;
  stat.statistic = statistic_;
  stat.unitFilter = unit_;
  stat.account = account();
  stat.region = region();
  stat.accountOverride = accountOverride_;
  stat.regionOverride = regionOverride_;
  const auto optional = [](const auto& value) { return value ? cdk::Value(*value) : cdk::Value(); };
  return {.metricStat = std::move(stat),
          .renderingProperties = {{"color", optional(color_)},
                                  {"label", optional(label_)},
                                  {"id", optional(id_)},
                                  {"visible", optional(visible_)}}};
}

AnyMetric Metric::withPeriod(cdk::Duration period) const { return with({.period = period}); }

std::string Metric::toString() const { return label_ && !label_->empty() ? *label_ : metricName_; }

// --- MathExpression -------------------------------------------------------------------------------------

MathExpression::MathExpression(MathExpressionProps props)
    : expression_(std::move(props.expression)),
      label_(std::move(props.label)),
      color_(std::move(props.color)),
      searchAccount_(std::move(props.searchAccount)),
      searchRegion_(std::move(props.searchRegion)),
      period_(props.period.value_or(cdk::Duration::minutes(5))) {
  // The expression's period replaces the periods of the metrics it uses.
  bool overridden = false;
  for (auto& [id, metric] : props.usingMetrics) {
    if (!metric) throw cdk::Error(fmt::format("usingMetrics['{}'] of Math expression '{}' is empty", id, expression_));
    const std::int64_t seconds = metric->period().toSeconds();
    if (seconds != 300 && seconds != period_.toSeconds()) overridden = true;
    usingMetrics_.emplace_back(id, metric->withPeriod(period_));
  }
  if (overridden) {
    addWarning(warnings_, "CloudWatch:Math:MetricsPeriodsOverridden",
               fmt::format("Periods of metrics in 'usingMetrics' for Math expression '{}' have been overridden to {} "
                           "seconds.",
                           expression_, period_.toSeconds()));
  }
  std::vector<std::string> invalid;
  for (const auto& [id, metric] : usingMetrics_) {
    if (!validVariableName(id)) invalid.push_back(id);
  }
  if (!invalid.empty()) {
    throw cdk::Error(fmt::format(
        "Invalid variable names in expression: {}. Must start with lowercase letter and only contain alphanumerics.",
        fmt::join(invalid, ",")));
  }
  // One id may name one metric only, in this expression and the expressions it uses.
  std::map<std::string, AnyMetric> seen;
  const std::function<void(const IMetric&)> visit = [&seen, &visit](const IMetric& metric) {
    const MetricConfig config = metric.toMetricConfig();
    if (!config.mathExpression) return;
    for (const auto& [id, sub] : config.mathExpression->usingMetrics) {
      if (auto it = seen.find(id); it != seen.end() && detail::metricKey(*it->second) != detail::metricKey(*sub)) {
        throw cdk::Error(fmt::format("The ID '{}' used for two metrics in the expression: '{}' and '{}'. Rename one.",
                                     id, sub->toString(), it->second->toString()));
      }
      seen[id] = sub;
      visit(*sub);
    }
  };
  visit(*this);
  std::vector<std::string> missing;
  for (auto& identifier : identifiersIn(expression_)) {
    const bool known = std::any_of(usingMetrics_.begin(), usingMetrics_.end(),
                                   [&identifier](const auto& used) { return used.first == identifier; });
    if (!known) missing.push_back(std::move(identifier));
  }
  if (!usesOtherMetrics(expression_) && !missing.empty()) {
    addWarning(warnings_, "CloudWatch:Math:UnknownIdentifier",
               fmt::format("Math expression '{}' references unknown identifiers: {}. Please add them to the "
                           "'usingMetrics' map.",
                           expression_, fmt::join(missing, ", ")));
  }
  for (const auto& [id, metric] : usingMetrics_) {
    for (const auto& [warningId, message] : metric->warningsV2()) addWarning(warnings_, warningId, message);
  }
}

MathExpressionProps MathExpression::props() const {
  return {.color = color_,
          .expression = expression_,
          .label = label_,
          .period = period_,
          .searchAccount = searchAccount_,
          .searchRegion = searchRegion_,
          .usingMetrics = usingMetrics_};
}

MathExpression MathExpression::with(const MathExpressionOptions& options) const {
  // No effective change keeps this expression as it is (its warnings included).
  const bool same = (!options.label || options.label == label_) && (!options.color || options.color == color_) &&
                    (!options.period || options.period->toSeconds() == period_.toSeconds()) &&
                    (!options.searchAccount || options.searchAccount == searchAccount_) &&
                    (!options.searchRegion || options.searchRegion == searchRegion_);
  if (same) return *this;
  MathExpressionProps next = props();
  next.label = either(options.label, next.label);
  next.color = either(options.color, next.color);
  next.period = either(options.period, next.period);
  next.searchAccount = either(options.searchAccount, next.searchAccount);
  next.searchRegion = either(options.searchRegion, next.searchRegion);
  return MathExpression(std::move(next));
}

Alarm& MathExpression::createAlarm(cdk::Construct& scope, std::string_view id,
                                   const CreateAlarmOptions& options) const {
  return scope.make<Alarm>(id, AlarmProps{.actionsEnabled = options.actionsEnabled,
                                          .alarmDescription = options.alarmDescription,
                                          .alarmName = options.alarmName,
                                          .comparisonOperator = options.comparisonOperator,
                                          .datapointsToAlarm = options.datapointsToAlarm,
                                          .evaluateLowSampleCountPercentile = options.evaluateLowSampleCountPercentile,
                                          .evaluationPeriods = options.evaluationPeriods,
                                          .metric = with({.period = options.period}),
                                          .threshold = options.threshold,
                                          .treatMissingData = options.treatMissingData});
}

MetricConfig MathExpression::toMetricConfig() const {
  const auto optional = [](const auto& value) { return value ? cdk::Value(*value) : cdk::Value(); };
  return {.mathExpression = MathExpressionConfig{.expression = expression_,
                                                 .period = period_.toSeconds(),
                                                 .searchAccount = searchAccount_,
                                                 .searchRegion = searchRegion_,
                                                 .usingMetrics = usingMetrics_},
          .renderingProperties = {{"label", optional(label_)}, {"color", optional(color_)}, {"visible", cdk::Value()}}};
}

AnyMetric MathExpression::withPeriod(cdk::Duration period) const { return with({.period = period}); }

std::string MathExpression::toString() const { return label_ && !label_->empty() ? *label_ : expression_; }

cdk::Duration metricPeriod(const IMetric& metric) {
  const MetricConfig config = metric.toMetricConfig();
  if (config.metricStat) return config.metricStat->period;
  return metric.period();
}

}  // namespace cdk::cloudwatch
