#include "cdk/cloudwatch/graph.hpp"

#include <utility>

#include "cdk/cloudwatch/alarm.hpp"
#include "cdk/core/aws.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cloudwatch/rendering.hpp"

namespace cdk::cloudwatch {

constexpr auto kShadingNames = cdk::enumNames<Shading>({
    {Shading::NONE, "none"},
    {Shading::ABOVE, "above"},
    {Shading::BELOW, "below"},
});
std::string_view toString(Shading shading) noexcept { return cdk::nameOf(kShadingNames, shading); }

constexpr auto kLegendPositionNames = cdk::enumNames<LegendPosition>({
    {LegendPosition::BOTTOM, "bottom"},
    {LegendPosition::RIGHT, "right"},
    {LegendPosition::HIDDEN, "hidden"},
});
std::string_view toString(LegendPosition position) noexcept { return cdk::nameOf(kLegendPositionNames, position); }

constexpr auto kGraphWidgetViewNames = cdk::enumNames<GraphWidgetView>({
    {GraphWidgetView::TIME_SERIES, "timeSeries"},
    {GraphWidgetView::BAR, "bar"},
    {GraphWidgetView::PIE, "pie"},
});
std::string_view toString(GraphWidgetView view) noexcept { return cdk::nameOf(kGraphWidgetViewNames, view); }

namespace {

constexpr const char* END_WITHOUT_START = "If you specify a value for end, you must also specify a value for start.";

template <class T>
cdk::Value optional(const std::optional<T>& value) {
  return value ? cdk::Value(*value) : cdk::Value();
}

int sizeOr(const std::optional<int>& size, int fallback) { return size.value_or(0) != 0 ? *size : fallback; }

cdk::Value region(const std::optional<std::string>& given) {
  return given && !given->empty() ? cdk::Value(*given) : cdk::Aws::REGION;
}

cdk::Value seconds(const std::optional<cdk::Duration>& period) {
  return period ? cdk::Value(period->toSeconds()) : cdk::Value();
}

cdk::Value axis(const std::optional<YAxisProps>& axis) {
  if (!axis) return {};
  return cdk::Value::map({{"min", optional(axis->min)},
                          {"max", optional(axis->max)},
                          {"label", optional(axis->label)},
                          {"showUnits", optional(axis->showUnits)}});
}

cdk::Value annotation(const HorizontalAnnotation& a, const char* yAxis) {
  return cdk::Value::map({{"value", a.value},
                          {"label", optional(a.label)},
                          {"color", optional(a.color)},
                          {"fill", a.fill ? cdk::Value(std::string(toString(*a.fill))) : cdk::Value()},
                          {"visible", optional(a.visible)},
                          {"yAxis", yAxis}});
}

cdk::Value list(std::vector<cdk::Value> values) { return cdk::Value(cdk::Value::List(std::move(values))); }

}  // namespace

// --- GraphWidget ----------------------------------------------------------------------------------------

GraphWidget::GraphWidget(GraphWidgetProps props)
    : ConcreteWidget(sizeOr(props.width, 6), sizeOr(props.height, 6)), props_(std::move(props)) {
  copyMetricWarnings(props_.left);
  copyMetricWarnings(props_.right);
  if (props_.end && !props_.start) throw cdk::Error(END_WITHOUT_START);
  if (props_.displayLabelsOnChart.value_or(false) && props_.view != GraphWidgetView::PIE) {
    throw cdk::Error(
        "displayLabelsOnChart can currently only be set to true if view is GraphWidgetView.PIE: set view = PIE or "
        "remove displayLabelsOnChart");
  }
}

void GraphWidget::addLeftMetric(AnyMetric metric) {
  copyMetricWarnings({metric});
  props_.left.push_back(std::move(metric));
}

void GraphWidget::addRightMetric(AnyMetric metric) {
  copyMetricWarnings({metric});
  props_.right.push_back(std::move(metric));
}

std::vector<cdk::Value> GraphWidget::toJson() const {
  cdk::Value::List horizontal;
  for (const auto& a : props_.leftAnnotations) horizontal.push_back(annotation(a, "left"));
  for (const auto& a : props_.rightAnnotations) horizontal.push_back(annotation(a, "right"));
  cdk::Value annotations;
  if (!horizontal.empty()) annotations = cdk::Value::map({{"horizontal", cdk::Value(std::move(horizontal))}});
  std::vector<cdk::Value> metrics = detail::allMetricsGraphJson(props_.left, props_.right);
  const GraphWidgetView view = props_.view.value_or(GraphWidgetView::TIME_SERIES);
  return {cdk::Value::map(
      {{"type", "metric"},
       {"width", width()},
       {"height", height()},
       {"x", x()},
       {"y", y()},
       {"properties",
        cdk::Value::map(
            {{"view", std::string(toString(view))},
             {"title", optional(props_.title)},
             {"region", region(props_.region)},
             {"stacked", optional(props_.stacked)},
             {"labels",
              props_.displayLabelsOnChart.value_or(false) ? cdk::Value::map({{"visible", true}}) : cdk::Value()},
             {"metrics", metrics.empty() ? cdk::Value() : list(std::move(metrics))},
             {"annotations", annotations},
             {"yAxis", cdk::Value::map({{"left", axis(props_.leftYAxis)}, {"right", axis(props_.rightYAxis)}})},
             {"legend", props_.legendPosition
                            ? cdk::Value::map({{"position", std::string(toString(*props_.legendPosition))}})
                            : cdk::Value()},
             {"liveData", optional(props_.liveData)},
             {"setPeriodToTimeRange", optional(props_.setPeriodToTimeRange)},
             {"period", seconds(props_.period)},
             {"stat", optional(props_.statistic)},
             {"start", optional(props_.start)},
             {"end", optional(props_.end)},
             {"accountId", optional(props_.accountId)}})}})};
}

// --- SingleValueWidget ----------------------------------------------------------------------------------

SingleValueWidget::SingleValueWidget(SingleValueWidgetProps props)
    : ConcreteWidget(sizeOr(props.width, 6), sizeOr(props.height, 3)), props_(std::move(props)) {
  copyMetricWarnings(props_.metrics);
  if (props_.setPeriodToTimeRange.value_or(false) && props_.sparkline.value_or(false)) {
    throw cdk::Error("You cannot use setPeriodToTimeRange with sparkline: remove one of them");
  }
  if (props_.end && !props_.start) throw cdk::Error(END_WITHOUT_START);
}

std::vector<cdk::Value> SingleValueWidget::toJson() const {
  return {cdk::Value::map(
      {{"type", "metric"},
       {"width", width()},
       {"height", height()},
       {"x", x()},
       {"y", y()},
       {"properties", cdk::Value::map({{"view", "singleValue"},
                                       {"title", optional(props_.title)},
                                       {"region", region(props_.region)},
                                       {"sparkline", optional(props_.sparkline)},
                                       {"metrics", list(detail::allMetricsGraphJson(props_.metrics, {}))},
                                       {"setPeriodToTimeRange", optional(props_.setPeriodToTimeRange)},
                                       {"singleValueFullPrecision", optional(props_.fullPrecision)},
                                       {"period", seconds(props_.period)},
                                       {"start", optional(props_.start)},
                                       {"end", optional(props_.end)},
                                       {"accountId", optional(props_.accountId)},
                                       {"liveData", optional(props_.liveData)}})}})};
}

// --- AlarmWidget ----------------------------------------------------------------------------------------

AlarmWidget::AlarmWidget(AlarmWidgetProps props)
    : ConcreteWidget(sizeOr(props.width, 6), sizeOr(props.height, 6)), props_(std::move(props)) {
  if (!props_.alarm) throw cdk::Error("AlarmWidget needs an alarm: pass alarm = <the alarm to show>");
}

std::vector<cdk::Value> AlarmWidget::toJson() const {
  return {cdk::Value::map(
      {{"type", "metric"},
       {"width", width()},
       {"height", height()},
       {"x", x()},
       {"y", y()},
       {"properties",
        cdk::Value::map({{"view", "timeSeries"},
                         {"title", optional(props_.title)},
                         {"region", region(props_.region)},
                         {"annotations", cdk::Value::map({{"alarms", cdk::Value::list({props_.alarm->alarmArn()})}})},
                         {"yAxis", cdk::Value::map({{"left", axis(props_.leftYAxis)}})},
                         {"accountId", optional(props_.accountId)}})}})};
}

}  // namespace cdk::cloudwatch
