// Metrics and math expressions (aws-cdk-lib's cloudwatch.Metric, MathExpression and IMetric). A metric is a
// value, not a construct: it names a time series (namespace, name, dimensions) and how to aggregate it
// (statistic, period, unit), plus how graphs show it (label, color). Alarms and widgets take any IMetric.
#pragma once

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class Construct;
class IConstruct;
}  // namespace cdk

namespace cdk::iam {
class Grant;
class IGrantable;
}  // namespace cdk::iam

namespace cdk::cloudwatch {

class Alarm;
class AnyMetric;
struct CreateAlarmOptions;
struct MetricConfig;

/// The unit of a metric (aws-cdk-lib's Unit): filters the datums of a metric stream by the unit they were
/// emitted with.
enum class Unit {
  SECONDS,
  MICROSECONDS,
  MILLISECONDS,
  BYTES,
  KILOBYTES,
  MEGABYTES,
  GIGABYTES,
  TERABYTES,
  BITS,
  KILOBITS,
  MEGABITS,
  GIGABITS,
  TERABITS,
  PERCENT,
  COUNT,
  BYTES_PER_SECOND,
  KILOBYTES_PER_SECOND,
  MEGABYTES_PER_SECOND,
  GIGABYTES_PER_SECOND,
  TERABYTES_PER_SECOND,
  BITS_PER_SECOND,
  KILOBITS_PER_SECOND,
  MEGABITS_PER_SECOND,
  GIGABITS_PER_SECOND,
  TERABITS_PER_SECOND,
  COUNT_PER_SECOND,
  NONE,
};

/// The CloudFormation value ("Seconds", "Bytes/Second", "None").
CDKPP_API std::string_view toString(Unit unit) noexcept;

/// The dimensions of a metric, name and value, in the order given (alarms and graphs list them sorted by
/// name). Values may be tokens, e.g. a resource's name.
using DimensionsMap = std::vector<std::pair<std::string, cdk::Value>>;

/// Warnings attached to a metric (aws-cdk-lib's warningsV2): id and message, in the order first added.
/// Alarms and dashboards that use the metric report them as warnings on themselves.
using MetricWarnings = std::vector<std::pair<std::string, std::string>>;

/// Anything that can be graphed or alarmed on (aws-cdk-lib's IMetric).
class CDKPP_API IMetric {
 public:
  virtual ~IMetric() = default;
  /// What the metric is: a metric stat or a math expression, and how graphs show it.
  virtual MetricConfig toMetricConfig() const = 0;
  /// The period the statistic is applied over.
  virtual cdk::Duration period() const = 0;
  /// A copy with another period (a math expression gives its period to the metrics it uses).
  virtual AnyMetric withPeriod(cdk::Duration period) const = 0;
  virtual const MetricWarnings& warningsV2() const = 0;
  /// The label, or else the metric name or the expression (used in annotations and messages).
  virtual std::string toString() const = 0;
};

/// One metric held by value: a Metric, a MathExpression or another IMetric, copied into shared, immutable
/// storage. Props and lists of metrics take it, so `.metric = cpu` and `.left = {cpu, memory}` work.
class CDKPP_API AnyMetric {
 public:
  AnyMetric() noexcept = default;
  template <class T>
    requires(std::derived_from<std::remove_cvref_t<T>, IMetric> && !std::same_as<std::remove_cvref_t<T>, IMetric>)
  AnyMetric(T&& metric)  // NOLINT(google-explicit-constructor): metrics are passed as values
      : metric_(std::make_shared<const std::remove_cvref_t<T>>(std::forward<T>(metric))) {}
  AnyMetric(std::shared_ptr<const IMetric> metric) noexcept : metric_(std::move(metric)) {}

  const IMetric* get() const noexcept { return metric_.get(); }
  const IMetric& operator*() const noexcept { return *metric_; }
  const IMetric* operator->() const noexcept { return metric_.get(); }
  explicit operator bool() const noexcept { return static_cast<bool>(metric_); }

 private:
  std::shared_ptr<const IMetric> metric_;
};

/// One dimension of a metric stat.
struct Dimension {
  std::string name{};
  cdk::Value value{};
};

/// A metric stat as alarms and graphs render it (aws-cdk-lib's MetricStatConfig).
struct MetricStatConfig {
  /// The account of the metric: accountOverride, or else the account of the stack it was attached to.
  std::optional<std::string> account{};
  std::optional<std::string> accountOverride{};
  /// Sorted by name; empty when the metric has none.
  std::vector<Dimension> dimensions{};
  std::string metricName{};
  std::string namespace_{};
  cdk::Duration period = cdk::Duration::minutes(5);
  std::optional<std::string> region{};
  std::optional<std::string> regionOverride{};
  std::string statistic{};
  std::optional<Unit> unitFilter{};
};

/// A math expression as alarms and graphs render it (aws-cdk-lib's MetricExpressionConfig).
struct MathExpressionConfig {
  std::string expression{};
  /// In seconds.
  std::int64_t period = 300;
  std::optional<std::string> searchAccount{};
  std::optional<std::string> searchRegion{};
  std::vector<std::pair<std::string, AnyMetric>> usingMetrics{};
};

/// What a metric is (exactly one of metricStat and mathExpression) and its rendering properties for graphs
/// (label, color, id, visible as far as set, in the order graphs write them).
struct MetricConfig {
  std::optional<MathExpressionConfig> mathExpression{};
  std::optional<MetricStatConfig> metricStat{};
  cdk::Value::Map renderingProperties{};
};

/// The options every metric has (aws-cdk-lib's MetricOptions / CommonMetricOptions); unset ones keep the
/// metric's value in Metric::with.
struct MetricOptions {
  /// The account the metric comes from; default the deployment account.
  std::optional<std::string> account{};
  /// "#rrggbb" for graphs (see Color).
  std::optional<std::string> color{};
  std::optional<DimensionsMap> dimensionsMap{};
  /// The metric's id in graphs and math expressions: a lowercase letter, then letters, digits, '_'.
  std::optional<std::string> id{};
  /// The label in graph legends.
  std::optional<std::string> label{};
  /// Default 5 minutes; 1, 5, 10, 30 seconds or a multiple of 60 seconds.
  std::optional<cdk::Duration> period{};
  /// The region the metric comes from; default the deployment region.
  std::optional<std::string> region{};
  /// The account of the stack the metric is attached to (Metric::attachTo sets it).
  std::optional<std::string> stackAccount{};
  /// The region of the stack the metric is attached to (Metric::attachTo sets it).
  std::optional<std::string> stackRegion{};
  /// Default "Average". "Minimum"/"min", "Maximum"/"max", "Sum", "SampleCount"/"n", "pNN.NN", "tmNN",
  /// "TM(10%:90%)", "iqm", ... (see Stats).
  std::optional<std::string> statistic{};
  std::optional<Unit> unit{};
  /// Shown in graphs; default yes.
  std::optional<bool> visible{};
};

/// A metric: the options above plus its namespace and name (aws-cdk-lib's MetricProps).
struct MetricProps {
  std::optional<std::string> account{};
  std::optional<std::string> color{};
  DimensionsMap dimensionsMap{};
  std::optional<std::string> id{};
  std::optional<std::string> label{};
  std::string metricName{};
  /// "AWS/ECS", "AWS/RDS", ... (aws-cdk-lib's `namespace`, a C++ keyword).
  std::string namespace_{};
  std::optional<cdk::Duration> period{};
  std::optional<std::string> region{};
  std::optional<std::string> stackAccount{};
  std::optional<std::string> stackRegion{};
  std::optional<std::string> statistic{};
  std::optional<Unit> unit{};
  std::optional<bool> visible{};
};

/// A metric emitted by a service or an application (aws-cdk-lib's Metric). Immutable: with() and
/// attachTo() return changed copies.
class CDKPP_API Metric : public IMetric {
 public:
  using Props = MetricProps;

  /// Throws cdk::Error for a period that is not 1, 5, 10, 30 seconds or a multiple of a minute, more than 30
  /// dimensions, and dimension names or literal values outside 1 to 255 characters. A statistic aws-cdk-lib
  /// does not recognize becomes a warning.
  explicit Metric(MetricProps props);

  /// What the metric* methods of resources return, built as aws-cdk-lib builds them:
  /// `new Metric({namespace, metricName, dimensionsMap, ...defaults, ...options}).attachTo(resource)`.
  /// `defaults` are the method's own (a statistic, a unit, a period); each option set in `options` replaces
  /// the default, and `options.dimensionsMap` replaces `dimensions`.
  static Metric forResource(const cdk::IConstruct& resource, std::string namespace_, std::string metricName,
                            DimensionsMap dimensions, const MetricOptions& options = {},
                            const MetricOptions& defaults = {});
  /// The same metric, not attached to a resource: aws-cdk-lib builds a few metric* methods so
  /// (`new Metric({namespace, metricName, dimensionsMap, ...defaults, ...options})`, e.g. the load balancer's
  /// custom metrics), and graphs then name no account or region for them.
  static Metric unattached(std::string namespace_, std::string metricName, DimensionsMap dimensions,
                           const MetricOptions& options = {}, const MetricOptions& defaults = {});

  /// cloudwatch:PutMetricData on "*" for the grantee.
  static iam::Grant grantPutMetricData(const iam::IGrantable& grantee);

  const std::string& namespace_() const noexcept { return metricNamespace_; }
  const std::string& metricName() const noexcept { return metricName_; }
  /// In the order given.
  const DimensionsMap& dimensions() const noexcept { return dimensions_; }
  cdk::Duration period() const override { return period_; }
  /// Normalized: "Average", "Sum", "p99", "TM(10%:90%)".
  const std::string& statistic() const noexcept { return statistic_; }
  const std::optional<std::string>& label() const noexcept { return label_; }
  const std::optional<std::string>& color() const noexcept { return color_; }
  const std::optional<std::string>& id() const noexcept { return id_; }
  const std::optional<bool>& visible() const noexcept { return visible_; }
  const std::optional<Unit>& unit() const noexcept { return unit_; }
  /// The account given, else the account of the stack the metric is attached to.
  std::optional<std::string> account() const;
  /// The region given, else the region of the stack the metric is attached to.
  std::optional<std::string> region() const;
  const MetricWarnings& warningsV2() const override { return warnings_; }

  /// A copy with the options set in `options` changed (namespace and name stay).
  Metric with(const MetricOptions& options) const;
  /// A copy that knows the account and region of `scope`'s stack (when they are concrete), so graphs in
  /// that stack leave them out and graphs elsewhere name them.
  Metric attachTo(const cdk::IConstruct& scope) const;
  /// An alarm on this metric with the statistic and period of `options` (when set), as the child `id` of
  /// `scope`.
  Alarm& createAlarm(cdk::Construct& scope, std::string_view id, const CreateAlarmOptions& options) const;

  MetricConfig toMetricConfig() const override;
  AnyMetric withPeriod(cdk::Duration period) const override;
  std::string toString() const override;

 private:
  MetricProps props() const;

  std::string metricNamespace_;
  std::string metricName_;
  DimensionsMap dimensions_;
  cdk::Duration period_ = cdk::Duration::minutes(5);
  std::string statistic_;
  std::optional<std::string> label_;
  std::optional<std::string> color_;
  std::optional<std::string> id_;
  std::optional<bool> visible_;
  std::optional<Unit> unit_;
  std::optional<std::string> accountOverride_;
  std::optional<std::string> regionOverride_;
  std::optional<std::string> stackAccount_;
  std::optional<std::string> stackRegion_;
  MetricWarnings warnings_;
};

/// The options of a math expression that with() can change (aws-cdk-lib's MathExpressionOptions).
struct MathExpressionOptions {
  std::optional<std::string> color{};
  /// The label in graph legends; default the expression. "" shows only the labels of the series.
  std::optional<std::string> label{};
  /// Default 5 minutes; it replaces the periods of the metrics in usingMetrics.
  std::optional<cdk::Duration> period{};
  /// The account SEARCH expressions look in.
  std::optional<std::string> searchAccount{};
  /// The region SEARCH expressions look in.
  std::optional<std::string> searchRegion{};
};

/// A math expression over other metrics (aws-cdk-lib's MathExpressionProps).
struct MathExpressionProps {
  std::optional<std::string> color{};
  /// E.g. "100 * errors / requests".
  std::string expression{};
  std::optional<std::string> label{};
  std::optional<cdk::Duration> period{};
  std::optional<std::string> searchAccount{};
  std::optional<std::string> searchRegion{};
  /// The metrics the expression names, by their variable name (a lowercase letter, then letters and digits).
  std::vector<std::pair<std::string, AnyMetric>> usingMetrics{};
};

/// A metric computed from other metrics (aws-cdk-lib's MathExpression).
class CDKPP_API MathExpression : public IMetric {
 public:
  using Props = MathExpressionProps;

  /// Throws cdk::Error for variable names that are not a lowercase letter followed by letters, digits and
  /// '_', and for one id naming two different metrics in nested expressions. Metrics whose period the
  /// expression overrides and identifiers missing from usingMetrics become warnings.
  explicit MathExpression(MathExpressionProps props);

  const std::string& expression() const noexcept { return expression_; }
  const std::vector<std::pair<std::string, AnyMetric>>& usingMetrics() const noexcept { return usingMetrics_; }
  const std::optional<std::string>& label() const noexcept { return label_; }
  const std::optional<std::string>& color() const noexcept { return color_; }
  const std::optional<std::string>& searchAccount() const noexcept { return searchAccount_; }
  const std::optional<std::string>& searchRegion() const noexcept { return searchRegion_; }
  cdk::Duration period() const override { return period_; }
  const MetricWarnings& warningsV2() const override { return warnings_; }

  /// A copy with the options set in `options` changed.
  MathExpression with(const MathExpressionOptions& options) const;
  /// An alarm on this expression with the period of `options` (when set), as the child `id` of `scope`.
  Alarm& createAlarm(cdk::Construct& scope, std::string_view id, const CreateAlarmOptions& options) const;

  MetricConfig toMetricConfig() const override;
  AnyMetric withPeriod(cdk::Duration period) const override;
  std::string toString() const override;

 private:
  MathExpressionProps props() const;

  std::string expression_;
  std::vector<std::pair<std::string, AnyMetric>> usingMetrics_;
  std::optional<std::string> label_;
  std::optional<std::string> color_;
  std::optional<std::string> searchAccount_;
  std::optional<std::string> searchRegion_;
  cdk::Duration period_ = cdk::Duration::minutes(5);
  MetricWarnings warnings_;
};

/// The period of any metric (a metric stat's, or an expression's).
CDKPP_API cdk::Duration metricPeriod(const IMetric& metric);

}  // namespace cdk::cloudwatch
