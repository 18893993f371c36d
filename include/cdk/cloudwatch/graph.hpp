// Metric widgets of dashboards (aws-cdk-lib's cloudwatch.GraphWidget, SingleValueWidget, AlarmWidget and
// what they take: axes, annotations, colors, legend positions, views).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/cloudwatch/widget.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"

namespace cdk::cloudwatch {

class IAlarm;

/// Standard graph colors (aws-cdk-lib's Color).
struct Color {
  static constexpr const char* BLUE = "#1f77b4";
  static constexpr const char* BROWN = "#8c564b";
  static constexpr const char* GREEN = "#2ca02c";
  static constexpr const char* GREY = "#7f7f7f";
  static constexpr const char* ORANGE = "#ff7f0e";
  static constexpr const char* PINK = "#e377c2";
  static constexpr const char* PURPLE = "#9467bd";
  static constexpr const char* RED = "#d62728";
};

/// Which side of a horizontal annotation is shaded.
enum class Shading { NONE, ABOVE, BELOW };
/// Where a graph's legend goes.
enum class LegendPosition { BOTTOM, RIGHT, HIDDEN };
/// How a graph widget draws its metrics.
enum class GraphWidgetView { TIME_SERIES, BAR, PIE };

/// "none"/"above"/"below", "bottom"/"right"/"hidden", "timeSeries"/"bar"/"pie".
CDKPP_API std::string_view toString(Shading shading) noexcept;
CDKPP_API std::string_view toString(LegendPosition position) noexcept;
CDKPP_API std::string_view toString(GraphWidgetView view) noexcept;

/// A vertical axis. Written in the order min, max, label, showUnits (aws-cdk-lib writes the object as the
/// program gives it).
struct YAxisProps {
  std::optional<std::string> label{};
  std::optional<double> max{};
  std::optional<double> min{};
  /// Default: units shown.
  std::optional<bool> showUnits{};
};

/// A horizontal line on a graph. Written in the order value, label, color, fill, visible.
struct HorizontalAnnotation {
  /// "#rrggbb" (see Color).
  std::optional<std::string> color{};
  std::optional<Shading> fill{};
  std::optional<std::string> label{};
  double value = 0;
  /// Default: shown.
  std::optional<bool> visible{};
};

struct GraphWidgetProps {
  /// The account the metrics come from; default the deployment account.
  std::optional<std::string> accountId{};
  /// Labels on the slices (only for the PIE view).
  std::optional<bool> displayLabelsOnChart{};
  /// The end of the time range (ISO 8601 or a relative time); needs start.
  std::optional<std::string> end{};
  /// Default 6.
  std::optional<int> height{};
  std::vector<AnyMetric> left{};
  std::vector<HorizontalAnnotation> leftAnnotations{};
  std::optional<YAxisProps> leftYAxis{};
  std::optional<LegendPosition> legendPosition{};
  std::optional<bool> liveData{};
  /// The period of every metric of the graph.
  std::optional<cdk::Duration> period{};
  /// Default the deployment region ({ "Ref": "AWS::Region" }).
  std::optional<std::string> region{};
  std::vector<AnyMetric> right{};
  std::vector<HorizontalAnnotation> rightAnnotations{};
  std::optional<YAxisProps> rightYAxis{};
  std::optional<bool> setPeriodToTimeRange{};
  std::optional<bool> stacked{};
  /// The start of the time range ("-P7D", "-PT8H" or ISO 8601).
  std::optional<std::string> start{};
  /// The statistic of every metric of the graph.
  std::optional<std::string> statistic{};
  std::optional<std::string> title{};
  /// Default TIME_SERIES.
  std::optional<GraphWidgetView> view{};
  /// Default 6.
  std::optional<int> width{};
};

/// A graph of metrics on a left and a right axis.
class CDKPP_API GraphWidget : public ConcreteWidget {
 public:
  using Props = GraphWidgetProps;
  /// Throws cdk::Error when wider than 24, for end without start, and for displayLabelsOnChart on a view
  /// other than PIE.
  explicit GraphWidget(GraphWidgetProps props);

  void addLeftMetric(AnyMetric metric);
  void addRightMetric(AnyMetric metric);
  std::vector<cdk::Value> toJson() const override;

 private:
  GraphWidgetProps props_;
};

struct SingleValueWidgetProps {
  std::optional<std::string> accountId{};
  std::optional<std::string> end{};
  /// All digits instead of a rounded value.
  std::optional<bool> fullPrecision{};
  /// Default 3.
  std::optional<int> height{};
  std::optional<bool> liveData{};
  std::vector<AnyMetric> metrics{};
  std::optional<cdk::Duration> period{};
  std::optional<std::string> region{};
  /// The value over the whole time range instead of the latest period; not with sparkline.
  std::optional<bool> setPeriodToTimeRange{};
  /// A small graph under each value.
  std::optional<bool> sparkline{};
  std::optional<std::string> start{};
  std::optional<std::string> title{};
  /// Default 6.
  std::optional<int> width{};
};

/// The latest value of each metric.
class CDKPP_API SingleValueWidget : public ConcreteWidget {
 public:
  using Props = SingleValueWidgetProps;
  /// Throws cdk::Error when wider than 24, for setPeriodToTimeRange with sparkline, and for end without start.
  explicit SingleValueWidget(SingleValueWidgetProps props);
  std::vector<cdk::Value> toJson() const override;

 private:
  SingleValueWidgetProps props_;
};

struct AlarmWidgetProps {
  std::optional<std::string> accountId{};
  /// Required.
  cdk::Handle<IAlarm> alarm{};
  /// Default 6.
  std::optional<int> height{};
  std::optional<YAxisProps> leftYAxis{};
  std::optional<std::string> region{};
  std::optional<std::string> title{};
  /// Default 6.
  std::optional<int> width{};
};

/// The graph of an alarm's metric with its threshold.
class CDKPP_API AlarmWidget : public ConcreteWidget {
 public:
  using Props = AlarmWidgetProps;
  /// Throws cdk::Error when wider than 24 or without an alarm.
  explicit AlarmWidget(AlarmWidgetProps props);
  std::vector<cdk::Value> toJson() const override;

 private:
  AlarmWidgetProps props_;
};

}  // namespace cdk::cloudwatch
