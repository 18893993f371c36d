#include "cdk/cloudwatch/dashboard.hpp"

#include <functional>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/cloudwatch.hpp"
#include "cdk/cloudwatch/layout.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "core/json_string.hpp"
#include "core/text_scanner.hpp"

namespace cdk::cloudwatch {

constexpr auto kPeriodOverrideNames = cdk::enumNames<PeriodOverride>({
    {PeriodOverride::AUTO, "auto"},
    {PeriodOverride::INHERIT, "inherit"},
});
std::string_view toString(PeriodOverride periodOverride) noexcept {
  return cdk::nameOf(kPeriodOverrideNames, periodOverride);
}

namespace {

/// ^[\w-]+$
bool validDashboardName(std::string_view name) {
  return !name.empty() &&
         cdk::detail::allOf(name, [](char c) { return cdk::detail::isAsciiAlnum(c) || c == '_' || c == '-'; });
}

std::optional<cdk::Value> nameValue(const std::optional<std::string>& name) {
  if (!name) return std::nullopt;
  return cdk::Value(*name);
}

}  // namespace

Dashboard::Dashboard(cdk::Construct& scope, std::string_view id, DashboardProps props)
    : cdk::Resource(scope, id, {.physicalName = nameValue(props.dashboardName)}),
      start_(std::move(props.start)),
      end_(std::move(props.end)),
      periodOverride_(props.periodOverride) {
  const std::string& path = node().path();
  if (props.dashboardName && !props.dashboardName->empty() && !validDashboardName(*props.dashboardName)) {
    throw cdk::ConstructError(path, fmt::format("The value {} for field dashboardName contains invalid characters. It "
                                                "can only contain alphanumerics, dash (-) and underscore (_).",
                                                *props.dashboardName));
  }
  if (end_ && !start_) {
    throw cdk::ConstructError(path, "If you specify a value for end, you must also specify a value for start.");
  }
  // Widgets added later still appear: the body is rendered at synthesis.
  resource_ = &make<CfnDashboard>(
      "Resource", CfnDashboardProps{.dashboardBody = cdk::detail::jsonString([this] { return renderBody(); }),
                                    .dashboardName = cdk::Resource::physicalName()});
  for (auto& row : props.widgets) addWidgets(std::move(row));
}

Dashboard::~Dashboard() = default;

void Dashboard::addWidgets(std::vector<AnyWidget> widgets) {
  if (widgets.empty()) return;
  // The warnings of the metrics of every widget, layouts included.
  MetricWarnings warnings;
  const std::function<void(const IWidget&)> collect = [&warnings, &collect](const IWidget& widget) {
    for (const auto& [id, message] : widget.warningsV2()) {
      bool replaced = false;
      for (auto& [key, text] : warnings) {
        if (key == id) {
          text = message;
          replaced = true;
        }
      }
      if (!replaced) warnings.emplace_back(id, message);
    }
    for (const IWidget* child : widget.children()) collect(*child);
  };
  for (const auto& widget : widgets) {
    if (!widget) throw cdk::ConstructError(node().path(), "addWidgets: a widget is empty; give a widget");
    collect(*widget);
  }
  for (const auto& [id, message] : warnings) cdk::Annotations::of(*this).addWarningV2(id, message);
  rows_.push_back(widgets.size() > 1 ? AnyWidget(Row(std::move(widgets))) : std::move(widgets.front()));
}

cdk::Value Dashboard::renderBody() const {
  Column column(rows_);
  column.position(0, 0);
  const auto optional = [](const auto& value) { return value ? cdk::Value(*value) : cdk::Value(); };
  return cdk::Value::map(
      {{"start", optional(start_)},
       {"end", optional(end_)},
       {"periodOverride",
        periodOverride_ ? cdk::Value(std::string(cloudwatch::toString(*periodOverride_))) : cdk::Value()},
       {"widgets", cdk::Value(cdk::Value::List(column.toJson()))}});
}

cdk::Value Dashboard::dashboardName() const { return resource_->ref(); }

cdk::Value Dashboard::dashboardArn() const {
  return cdk::Stack::of(*this).formatArn(
      {.region = cdk::Value(""), .resource = "dashboard", .resourceName = physicalName(), .service = "cloudwatch"});
}

}  // namespace cdk::cloudwatch
