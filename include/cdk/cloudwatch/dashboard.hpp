// Dashboards (aws-cdk-lib's cloudwatch.Dashboard).
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "cdk/cloudwatch/widget.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::cloudwatch {

class CfnDashboard;

/// Whether the widgets' periods follow the dashboard's time range.
enum class PeriodOverride { AUTO, INHERIT };
/// "auto" or "inherit".
CDKPP_API std::string_view toString(PeriodOverride periodOverride) noexcept;

struct DashboardProps {
  /// Letters, digits, '-' and '_'; default a name CloudFormation generates.
  std::optional<std::string> dashboardName{};
  /// The end of the default time range (ISO 8601); needs start.
  std::optional<std::string> end{};
  /// Default: CloudWatch's (auto).
  std::optional<PeriodOverride> periodOverride{};
  /// The start of the default time range ("-P7D", "-PT8H" or ISO 8601).
  std::optional<std::string> start{};
  /// Rows of widgets, each as addWidgets adds them.
  std::vector<std::vector<AnyWidget>> widgets{};
};

/// A CloudWatch dashboard: the child "Resource" (AWS::CloudWatch::Dashboard). The body is rendered at
/// synthesis as aws-cdk-lib renders it: the rows one below the other, as JSON text, with the references it
/// holds (regions, alarm ARNs) spliced in with Fn::Join.
class CDKPP_API Dashboard : public cdk::Resource {
 public:
  using Props = DashboardProps;

  /// Throws cdk::ConstructError for a name with other characters than letters, digits, '-' and '_', and
  /// for end without start.
  Dashboard(cdk::Construct& scope, std::string_view id, DashboardProps props = {});
  ~Dashboard() override;

  /// Adds one row: the widgets side by side (wrapping past 24 columns), below the rows so far.
  void addWidgets(std::vector<AnyWidget> widgets);
  template <class... Ws>
    requires(sizeof...(Ws) != 1 || !(std::same_as<std::remove_cvref_t<Ws>, std::vector<AnyWidget>> || ...))
  void addWidgets(Ws&&... widgets) {
    addWidgets(std::vector<AnyWidget>{AnyWidget(std::forward<Ws>(widgets))...});
  }

  /// { "Ref": <dashboard> }.
  cdk::Value dashboardName() const;
  /// arn:<partition>:cloudwatch::<account>:dashboard/<name>.
  cdk::Value dashboardArn() const;
  CfnDashboard& cfnDashboard() const noexcept { return *resource_; }

 private:
  cdk::Value renderBody() const;

  std::optional<std::string> start_;
  std::optional<std::string> end_;
  std::optional<PeriodOverride> periodOverride_;
  std::vector<AnyWidget> rows_;
  CfnDashboard* resource_ = nullptr;
};

}  // namespace cdk::cloudwatch
