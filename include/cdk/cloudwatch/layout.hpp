// Layouts of dashboard widgets (aws-cdk-lib's cloudwatch.Row, Column and Spacer).
#pragma once

#include <concepts>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "cdk/cloudwatch/widget.hpp"
#include "cdk/core/export.hpp"

namespace cdk::cloudwatch {

/// Widgets side by side, wrapping to a new line below the row so far when the next one does not fit in 24
/// columns.
class CDKPP_API Row : public IWidget {
 public:
  explicit Row(std::vector<AnyWidget> widgets);
  template <class... Ws>
    requires(sizeof...(Ws) != 1 || !(std::same_as<std::remove_cvref_t<Ws>, std::vector<AnyWidget>> || ...))
  explicit Row(Ws&&... widgets) : Row(std::vector<AnyWidget>{AnyWidget(std::forward<Ws>(widgets))...}) {}

  int width() const override { return width_; }
  int height() const override { return height_; }
  void addWidget(AnyWidget widget);
  void position(int x, int y) override;
  std::vector<cdk::Value> toJson() const override;
  const MetricWarnings& warningsV2() const override { return warnings_; }
  std::vector<const IWidget*> children() const override;

 private:
  void place(const IWidget& widget, int x, int y);

  std::vector<AnyWidget> widgets_;
  std::vector<std::pair<int, int>> offsets_;
  int width_ = 0;
  int height_ = 0;
  MetricWarnings warnings_;
};

/// Widgets one below the other.
class CDKPP_API Column : public IWidget {
 public:
  explicit Column(std::vector<AnyWidget> widgets);
  template <class... Ws>
    requires(sizeof...(Ws) != 1 || !(std::same_as<std::remove_cvref_t<Ws>, std::vector<AnyWidget>> || ...))
  explicit Column(Ws&&... widgets) : Column(std::vector<AnyWidget>{AnyWidget(std::forward<Ws>(widgets))...}) {}

  int width() const override { return width_; }
  int height() const override { return height_; }
  void addWidget(AnyWidget widget);
  void position(int x, int y) override;
  std::vector<cdk::Value> toJson() const override;
  const MetricWarnings& warningsV2() const override { return warnings_; }
  std::vector<const IWidget*> children() const override;

 private:
  std::vector<AnyWidget> widgets_;
  int width_ = 0;
  int height_ = 0;
  MetricWarnings warnings_;
};

struct SpacerProps {
  /// Default 1.
  std::optional<int> height{};
  /// Default 1.
  std::optional<int> width{};
};

/// Empty space in a Row or Column.
class CDKPP_API Spacer : public IWidget {
 public:
  using Props = SpacerProps;
  explicit Spacer(SpacerProps props = {})
      : width_(props.width.value_or(0) != 0 ? *props.width : 1),
        height_(props.height.value_or(0) != 0 ? *props.height : 1) {}
  int width() const override { return width_; }
  int height() const override { return height_; }
  void position(int, int) override {}
  std::vector<cdk::Value> toJson() const override { return {}; }
  const MetricWarnings& warningsV2() const override { return warnings_; }

 private:
  int width_;
  int height_;
  MetricWarnings warnings_;
};

}  // namespace cdk::cloudwatch
