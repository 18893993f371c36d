#include "cdk/cloudwatch/alarm.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/cloudwatch.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/stack.hpp"
#include "cloudwatch/rendering.hpp"
#include "cloudwatch/statistic.hpp"

namespace cdk::cloudwatch {

constexpr auto kComparisonOperatorNames = cdk::enumNames<ComparisonOperator>({
    {ComparisonOperator::GREATER_THAN_OR_EQUAL_TO_THRESHOLD, "GreaterThanOrEqualToThreshold"},
    {ComparisonOperator::GREATER_THAN_THRESHOLD, "GreaterThanThreshold"},
    {ComparisonOperator::LESS_THAN_THRESHOLD, "LessThanThreshold"},
    {ComparisonOperator::LESS_THAN_OR_EQUAL_TO_THRESHOLD, "LessThanOrEqualToThreshold"},
    {ComparisonOperator::LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD, "LessThanLowerOrGreaterThanUpperThreshold"},
    {ComparisonOperator::GREATER_THAN_UPPER_THRESHOLD, "GreaterThanUpperThreshold"},
    {ComparisonOperator::LESS_THAN_LOWER_THRESHOLD, "LessThanLowerThreshold"},
});
std::string_view toString(ComparisonOperator op) noexcept { return cdk::nameOf(kComparisonOperatorNames, op); }

constexpr auto kTreatMissingDataNames = cdk::enumNames<TreatMissingData>({
    {TreatMissingData::BREACHING, "breaching"},
    {TreatMissingData::NOT_BREACHING, "notBreaching"},
    {TreatMissingData::IGNORE, "ignore"},
    {TreatMissingData::MISSING, "missing"},
});
std::string_view toString(TreatMissingData treatment) noexcept {
  return cdk::nameOf(kTreatMissingDataNames, treatment);
}

namespace {

using MetricDataQuery = CfnAlarm::MetricDataQueryProperty;

bool isAnomalyDetectionOperator(ComparisonOperator op) {
  return op == ComparisonOperator::LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD ||
         op == ComparisonOperator::GREATER_THAN_UPPER_THRESHOLD || op == ComparisonOperator::LESS_THAN_LOWER_THRESHOLD;
}

bool isAnomalyDetectionMetric(const IMetric& metric) {
  const MetricConfig config = metric.toMetricConfig();
  return config.mathExpression && config.mathExpression->expression.find("ANOMALY_DETECTION_BAND") != std::string::npos;
}

constexpr auto kComparisonOperatorSymbols = cdk::enumNames<ComparisonOperator>({
    {ComparisonOperator::GREATER_THAN_OR_EQUAL_TO_THRESHOLD, ">="},
    {ComparisonOperator::GREATER_THAN_THRESHOLD, ">"},
    {ComparisonOperator::LESS_THAN_THRESHOLD, "<"},
    {ComparisonOperator::LESS_THAN_OR_EQUAL_TO_THRESHOLD, "<="},
});

/// The operator in an alarm's description; "undefined" for the anomaly detection operators, which aws-cdk-lib's
/// symbol table does not list either.
std::string_view operatorSymbol(ComparisonOperator op) {
  const std::string_view symbol = cdk::nameOf(kComparisonOperatorSymbols, op);
  return symbol.empty() ? "undefined" : symbol;
}

/// "1 minute", "1 second", "10 minutes", "30 seconds" (as aws-cdk-lib describes an alarm's window).
std::string describePeriod(std::int64_t seconds) {
  if (seconds == 60) return "1 minute";
  if (seconds == 1) return "1 second";
  if (seconds > 60) return detail::jsNumber(static_cast<double>(seconds) / 60) + " minutes";
  return std::to_string(seconds) + " seconds";
}

std::vector<CfnAlarm::DimensionProperty> renderDimensions(const std::vector<Dimension>& dimensions) {
  std::vector<CfnAlarm::DimensionProperty> out;
  for (const auto& dimension : dimensions) out.push_back({.name = dimension.name, .value = dimension.value});
  return out;
}

/// The literal ARN of an EC2 action (arn:aws...:automate:<region>:ec2:<action>).
bool isEc2ActionArn(const cdk::Value& arn) {
  if (!arn.isString()) return false;
  const std::string& text = arn.asString();
  const std::size_t automate = text.find(":automate:");
  return text.find("arn:aws") != std::string::npos && automate != std::string::npos &&
         text.find(":ec2:", automate) != std::string::npos;
}

cdk::ValueList lazyList(const std::vector<cdk::Value>* values) {
  return cdk::ValueList::ofToken(cdk::Lazy::any(
      [values] { return cdk::Value(cdk::Value::List(values->begin(), values->end())); }, {.omitEmptyArray = true}));
}

/// An alarm of another app, known by its ARN.
class ImportedAlarm final : public AlarmBase {
 public:
  ImportedAlarm(cdk::Construct& scope, std::string_view id, cdk::Value arn, cdk::Value name)
      : AlarmBase(scope, id), arn_(std::move(arn)), name_(std::move(name)) {}
  cdk::Value alarmArn() const override { return arn_; }
  cdk::Value alarmName() const override { return name_; }

 private:
  cdk::Value arn_;
  cdk::Value name_;
};

/// The metric properties of an alarm: the single-metric fields, or the Metrics list.
struct RenderedMetric {
  std::optional<std::vector<CfnAlarm::DimensionProperty>> dimensions{};
  std::optional<cdk::Value> namespace_{};
  std::optional<cdk::Value> metricName{};
  std::optional<cdk::Value> period{};
  std::optional<cdk::Value> statistic{};
  std::optional<cdk::Value> extendedStatistic{};
  std::optional<cdk::Value> unit{};
  std::optional<std::vector<MetricDataQuery>> metrics{};
  std::optional<std::string> primaryId{};
};

void applyStatistic(RenderedMetric& out, std::string_view statistic) {
  detail::StatisticFields fields = detail::parseStatisticToFields(statistic);
  if (!fields.statistic.empty()) out.statistic = fields.statistic;
  if (!fields.extendedStatistic.empty()) out.extendedStatistic = fields.extendedStatistic;
}

class MetricRenderer {
 public:
  MetricRenderer(const cdk::Construct& alarm, const IMetric& metric) : alarm_(alarm), metric_(metric) {}

  RenderedMetric render(bool anomalyDetection) const {
    const MetricConfig config = metric_.toMetricConfig();
    if (config.metricStat) return renderStat(*config.metricStat, config);
    return renderExpression(anomalyDetection ? 2 : 1);
  }

 private:
  [[noreturn]] void fail(const std::string& message) const { throw cdk::ConstructError(alarm_.node().path(), message); }

  void validateMetricStat(const MetricStatConfig& stat, const IMetric& metric) const {
    const auto& stackRegion = cdk::Stack::of(alarm_).concreteRegion();
    if (stat.region && stackRegion && *stat.region != *stackRegion) {
      fail(
          fmt::format("Cannot create an Alarm in region '{}' based on metric '{}' in '{}': alarms can only watch "
                      "metrics of their own region; create the alarm in a stack of region '{}'",
                      *stackRegion, metric.toString(), *stat.region, *stat.region));
    }
  }

  bool requiresAccountId(const MetricStatConfig& stat) const {
    if (!stat.account) return false;
    const auto& stackAccount = cdk::Stack::of(alarm_).concreteAccount();
    return !stackAccount || *stackAccount != *stat.account;
  }

  MetricDataQuery statQuery(const MetricStatConfig& stat, std::string id, const cdk::Value& label,
                            bool returnData) const {
    CfnAlarm::MetricProperty metric{.metricName = stat.metricName, .namespace_ = stat.namespace_};
    if (!stat.dimensions.empty()) metric.dimensions = renderDimensions(stat.dimensions);
    CfnAlarm::MetricStatProperty metricStat{
        .metric = std::move(metric), .period = stat.period.toSeconds(), .stat = stat.statistic};
    if (stat.unitFilter) metricStat.unit = std::string(toString(*stat.unitFilter));
    MetricDataQuery query{.id = std::move(id), .metricStat = std::move(metricStat), .returnData = returnData};
    if (requiresAccountId(stat)) query.accountId = *stat.account;
    if (!label.isNull()) query.label = label;
    return query;
  }

  static cdk::Value labelOf(const MetricConfig& config) {
    for (const auto& [key, value] : config.renderingProperties) {
      if (key == "label") return value;
    }
    return {};
  }

  RenderedMetric renderStat(const MetricStatConfig& stat, const MetricConfig& config) const {
    validateMetricStat(stat, metric_);
    RenderedMetric out;
    const cdk::Value label = labelOf(config);
    if (label.isNull() && !requiresAccountId(stat)) {
      if (!stat.dimensions.empty()) out.dimensions = renderDimensions(stat.dimensions);
      out.namespace_ = stat.namespace_;
      out.metricName = stat.metricName;
      out.period = stat.period.toSeconds();
      applyStatistic(out, stat.statistic);
      if (stat.unitFilter) out.unit = std::string(toString(*stat.unitFilter));
      return out;
    }
    out.metrics = std::vector<MetricDataQuery>{statQuery(stat, "m1", label, true)};
    out.primaryId = "m1";
    return out;
  }

  RenderedMetric renderExpression(int returnDataLevel) const {
    detail::MetricSet set;
    set.addTopLevel("primary", {AnyMetric(std::shared_ptr<const IMetric>(&metric_, [](const IMetric*) {}))});
    int generated = 0;
    RenderedMetric out;
    std::vector<MetricDataQuery> queries;
    for (const auto& entry : set.entries()) {
      const std::string id = entry.id ? *entry.id : fmt::format("expr_{}", ++generated);
      if (!entry.tag.empty()) out.primaryId = id;
      const bool returnData = entry.level <= returnDataLevel;
      const MetricConfig config = entry.metric->toMetricConfig();
      if (config.metricStat) {
        validateMetricStat(*config.metricStat, *entry.metric);
        queries.push_back(statQuery(*config.metricStat, id, labelOf(config), returnData));
        continue;
      }
      const MathExpressionConfig& expression = *config.mathExpression;
      const bool hasSubmetrics = !expression.usingMetrics.empty();
      if (hasSubmetrics && expression.usingMetrics.size() > 10) {
        fail("Alarms on math expressions cannot contain more than 10 individual metrics: split the expression");
      }
      if (expression.searchAccount || expression.searchRegion) {
        fail(
            "Cannot create an Alarm based on a MathExpression which specifies a searchAccount or searchRegion: remove "
            "them from the expression");
      }
      MetricDataQuery query{.expression = expression.expression, .id = id, .returnData = returnData};
      const cdk::Value label = labelOf(config);
      if (!label.isNull()) query.label = label;
      if (!hasSubmetrics) query.period = expression.period;
      queries.push_back(std::move(query));
    }
    if (!out.primaryId) throw cdk::Error("Expected at least one metric to be the primary");
    out.metrics = std::move(queries);
    return out;
  }

  const cdk::Construct& alarm_;
  const IMetric& metric_;
};

}  // namespace

// --- AlarmBase ------------------------------------------------------------------------------------------

AlarmBase::AlarmBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props)
    : cdk::Resource(scope, id, std::move(props)) {}

AlarmBase::~AlarmBase() = default;

void AlarmBase::addAlarmActions(const std::vector<const IAlarmAction*>& actions) {
  addActions(alarmActionArns_, actions);
}

void AlarmBase::addActions(std::vector<cdk::Value>& arns, const std::vector<const IAlarmAction*>& actions) {
  for (const IAlarmAction* action : actions) arns.push_back(action->bind(*this, *this).alarmActionArn);
}

// --- Alarm ----------------------------------------------------------------------------------------------

Alarm::Alarm(cdk::Construct& scope, std::string_view id, AlarmProps props)
    : AlarmBase(scope, id,
                {.physicalName = props.alarmName ? std::optional<cdk::Value>(*props.alarmName) : std::nullopt}),
      metric_(props.metric) {
  const std::string& path = node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (!metric_) fail("Alarm needs a metric: pass metric = <a Metric or a MathExpression>");
  const ComparisonOperator comparisonOperator =
      props.comparisonOperator.value_or(ComparisonOperator::GREATER_THAN_OR_EQUAL_TO_THRESHOLD);
  const bool anomalyDetection = isAnomalyDetectionOperator(comparisonOperator);
  std::optional<double> threshold;
  if (anomalyDetection) {
    if (!isAnomalyDetectionMetric(*metric_)) {
      fail(
          fmt::format("Anomaly detection operator {} requires an ANOMALY_DETECTION_BAND() metric. Use the construct "
                      "AnomalyDetectionAlarm or wrap your metric in an ANOMALY_DETECTION_BAND expression.",
                      cloudwatch::toString(comparisonOperator)));
    }
    if (props.threshold && *props.threshold != ANOMALY_DETECTION_NO_THRESHOLD) {
      cdk::Annotations::of(*this).addWarningV2(
          "aws-cdk-lib/aws-cloudwatch:thresholdIgnoredForAnomalyDetection",
          "threshold is unused for anomaly detection alarms. Use 'Alarm.ANOMALY_DETECTION_NO_THRESHOLD' or use the "
          "AnomalyDetectionAlarm construct.");
    }
  } else {
    if (isAnomalyDetectionMetric(*metric_)) {
      fail(
          fmt::format("Fixed threshold operator {} can not be used with an ANOMALY_DETECTION_BAND() math expression; "
                      "use an anomaly threshold operator instead.",
                      props.comparisonOperator ? cloudwatch::toString(*props.comparisonOperator) : "undefined"));
    }
    if (!props.threshold) fail("threshold must be specified for standard alarms: pass threshold = <a number>");
    threshold = props.threshold;
  }
  // aws-cdk-lib lets these through; CloudFormation refuses them when the stack is deployed.
  if (props.evaluationPeriods < 1) {
    fail(
        fmt::format("evaluationPeriods must be at least 1 (got {}): give the number of periods compared with the "
                    "threshold",
                    props.evaluationPeriods));
  }
  if (props.datapointsToAlarm && (*props.datapointsToAlarm < 1 || *props.datapointsToAlarm > props.evaluationPeriods)) {
    fail(
        fmt::format("datapointsToAlarm must be between 1 and evaluationPeriods ({}), got {}: lower datapointsToAlarm "
                    "or raise evaluationPeriods",
                    props.evaluationPeriods, *props.datapointsToAlarm));
  }

  RenderedMetric rendered = MetricRenderer(*this, *metric_).render(anomalyDetection);
  if (props.period) rendered.period = props.period->toSeconds();
  if (props.statistic) applyStatistic(rendered, *props.statistic);

  CfnAlarmProps cfn;
  cfn.actionsEnabled = props.actionsEnabled ? std::optional<cdk::Value>(*props.actionsEnabled) : std::nullopt;
  cfn.alarmActions = lazyList(&alarmActionArns_);
  cfn.alarmDescription = props.alarmDescription;
  cfn.alarmName = physicalName();
  cfn.comparisonOperator = std::string(cloudwatch::toString(comparisonOperator));
  if (props.datapointsToAlarm) cfn.datapointsToAlarm = *props.datapointsToAlarm;
  cfn.dimensions = std::move(rendered.dimensions);
  if (props.evaluateLowSampleCountPercentile)
    cfn.evaluateLowSampleCountPercentile = *props.evaluateLowSampleCountPercentile;
  cfn.evaluationPeriods = props.evaluationPeriods;
  cfn.extendedStatistic = std::move(rendered.extendedStatistic);
  cfn.insufficientDataActions = lazyList(&insufficientDataActionArns_);
  cfn.metricName = std::move(rendered.metricName);
  cfn.metrics = std::move(rendered.metrics);
  cfn.namespace_ = std::move(rendered.namespace_);
  cfn.okActions = lazyList(&okActionArns_);
  cfn.period = std::move(rendered.period);
  cfn.statistic = std::move(rendered.statistic);
  if (threshold) cfn.threshold = *threshold;
  if (anomalyDetection && rendered.primaryId) cfn.thresholdMetricId = *rendered.primaryId;
  if (props.treatMissingData) cfn.treatMissingData = std::string(cloudwatch::toString(*props.treatMissingData));
  cfn.unit = std::move(rendered.unit);
  alarm_ = &make<CfnAlarm>("Resource", std::move(cfn));

  if (anomalyDetection) {
    annotation_ = {.label = "Anomaly Detection Band", .value = ANOMALY_DETECTION_NO_THRESHOLD, .visible = false};
  } else {
    const int datapoints = props.datapointsToAlarm ? *props.datapointsToAlarm : props.evaluationPeriods;
    annotation_ = {.label = fmt::format("{} {} {} for {} datapoints within {}", metric_->toString(),
                                        operatorSymbol(comparisonOperator), detail::jsNumber(*threshold), datapoints,
                                        describePeriod(props.evaluationPeriods * metricPeriod(*metric_).toSeconds())),
                   .value = *threshold};
  }
  for (const auto& [warningId, message] : metric_->warningsV2()) {
    cdk::Annotations::of(*this).addWarningV2(warningId, message);
  }
}

Alarm::~Alarm() = default;

IAlarm& Alarm::fromAlarmArn(cdk::Construct& scope, std::string_view id, std::string alarmArn) {
  // arn:<partition>:cloudwatch:<region>:<account>:alarm:<name>
  cdk::Value name;
  const std::string marker = ":alarm:";
  const std::size_t at = alarmArn.find(marker);
  if (at != std::string::npos) {
    name = alarmArn.substr(at + marker.size());
  } else {
    name = cdk::Fn::select(6, cdk::Fn::split(":", cdk::Value(alarmArn)));
  }
  return scope.make<ImportedAlarm>(id, cdk::Value(std::move(alarmArn)), std::move(name));
}

IAlarm& Alarm::fromAlarmName(cdk::Construct& scope, std::string_view id, std::string alarmName) {
  cdk::Value arn = cdk::Stack::of(scope).formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                                    .resource = "alarm",
                                                    .resourceName = cdk::Value(alarmName),
                                                    .service = "cloudwatch"});
  return scope.make<ImportedAlarm>(id, std::move(arn), cdk::Value(std::move(alarmName)));
}

cdk::Value Alarm::alarmArn() const { return alarm_->attrArn(); }

cdk::Value Alarm::alarmName() const { return alarm_->ref(); }

void Alarm::addAlarmActions(const std::vector<const IAlarmAction*>& actions) {
  for (const IAlarmAction* action : actions) {
    cdk::Value arn = action->bind(*this, *this).alarmActionArn;
    if (isEc2ActionArn(arn)) {
      const MetricConfig config = metric_->toMetricConfig();
      const bool perInstance = config.metricStat && config.metricStat->dimensions.size() == 1 &&
                               config.metricStat->dimensions.front().name == "InstanceId";
      if (!perInstance) {
        throw cdk::ConstructError(
            node().path(), fmt::format("EC2 alarm actions requires an EC2 Per-Instance Metric. (metric '{}' does not "
                                       "have an 'InstanceId' dimension): alarm on a metric with only an InstanceId "
                                       "dimension",
                                       metric_->toString()));
      }
    }
    alarmActionArns_.push_back(std::move(arn));
  }
}

}  // namespace cdk::cloudwatch
