// The building blocks of dashboards (aws-cdk-lib's IWidget and ConcreteWidget): a widget has a size on a
// grid 24 units wide and renders as one or more widget objects of the dashboard body.
#pragma once

#include <concepts>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::cloudwatch {

/// The width of a dashboard, in grid units.
inline constexpr int GRID_WIDTH = 24;

/// A widget or a layout of widgets (aws-cdk-lib's IWidget).
class CDKPP_API IWidget {
 public:
  virtual ~IWidget() = default;
  virtual int width() const = 0;
  virtual int height() const = 0;
  /// Places the widget (the dashboard does, when it renders its body).
  virtual void position(int x, int y) = 0;
  /// The widget objects of the dashboard body, with tokens where they reference resources.
  virtual std::vector<cdk::Value> toJson() const = 0;
  /// Warnings of the metrics shown (the dashboard reports them).
  virtual const MetricWarnings& warningsV2() const = 0;
  /// The widgets a layout holds (Row, Column); none for a single widget.
  virtual std::vector<const IWidget*> children() const { return {}; }
};

/// One widget held for a dashboard or a layout. A widget given by value is copied; one given as a
/// shared_ptr is shared, so metrics added to it later (GraphWidget::addLeftMetric) still show.
class CDKPP_API AnyWidget {
 public:
  AnyWidget() noexcept = default;
  template <class T>
    requires(std::derived_from<std::remove_cvref_t<T>, IWidget>)
  AnyWidget(T&& widget)  // NOLINT(google-explicit-constructor): widgets are passed as values
      : widget_(std::make_shared<std::remove_cvref_t<T>>(std::forward<T>(widget))) {}
  template <class T>
    requires(std::derived_from<T, IWidget>)
  AnyWidget(std::shared_ptr<T> widget) noexcept : widget_(std::move(widget)) {}

  IWidget* get() const noexcept { return widget_.get(); }
  IWidget& operator*() const noexcept { return *widget_; }
  IWidget* operator->() const noexcept { return widget_.get(); }
  explicit operator bool() const noexcept { return static_cast<bool>(widget_); }

 private:
  std::shared_ptr<IWidget> widget_;
};

/// A widget with a fixed size (aws-cdk-lib's ConcreteWidget).
class CDKPP_API ConcreteWidget : public IWidget {
 public:
  int width() const override { return width_; }
  int height() const override { return height_; }
  void position(int x, int y) override {
    x_ = x;
    y_ = y;
  }
  const MetricWarnings& warningsV2() const override { return warnings_; }

 protected:
  /// Throws cdk::Error when the widget is wider than the grid.
  ConcreteWidget(int width, int height);
  /// Keeps the warnings of the metrics the widget shows.
  void copyMetricWarnings(const std::vector<AnyMetric>& metrics);
  /// x and y as the body writes them (left out until the widget is placed).
  cdk::Value x() const { return x_ ? cdk::Value(*x_) : cdk::Value(); }
  cdk::Value y() const { return y_ ? cdk::Value(*y_) : cdk::Value(); }

 private:
  int width_;
  int height_;
  std::optional<int> x_;
  std::optional<int> y_;
  MetricWarnings warnings_;
};

}  // namespace cdk::cloudwatch
