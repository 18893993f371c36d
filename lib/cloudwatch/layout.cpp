#include "cdk/cloudwatch/layout.hpp"

#include <algorithm>
#include <utility>

#include "cdk/core/errors.hpp"

namespace cdk::cloudwatch {

Row::Row(std::vector<AnyWidget> widgets) {
  // Each widget goes to the right of the previous one; one that does not fit starts a new line below the row
  // so far.
  int x = 0;
  int y = 0;
  for (auto& widget : widgets) {
    if (!widget) throw cdk::Error("Row: a widget is empty; give a widget");
    if (x + widget->width() > GRID_WIDTH) {
      y = height_;
      x = 0;
    }
    place(*widget, x, y);
    x += widget->width();
    widgets_.push_back(std::move(widget));
  }
}

void Row::addWidget(AnyWidget widget) {
  if (!widget) throw cdk::Error("Row: a widget is empty; give a widget");
  // As aws-cdk-lib's Row.addWidget: right of the row's width and below its height, or at the left edge.
  int x = width_;
  int y = height_;
  if (x + widget->width() > GRID_WIDTH) x = 0;
  place(*widget, x, y);
  widgets_.push_back(std::move(widget));
}

void Row::place(const IWidget& widget, int x, int y) {
  offsets_.emplace_back(x, y);
  width_ = std::max(width_, x + widget.width());
  height_ = std::max(height_, y + widget.height());
}

void Row::position(int x, int y) {
  for (std::size_t i = 0; i < widgets_.size(); ++i) {
    widgets_[i]->position(x + offsets_[i].first, y + offsets_[i].second);
  }
}

std::vector<cdk::Value> Row::toJson() const {
  std::vector<cdk::Value> out;
  for (const auto& widget : widgets_) {
    auto json = widget->toJson();
    out.insert(out.end(), std::make_move_iterator(json.begin()), std::make_move_iterator(json.end()));
  }
  return out;
}

std::vector<const IWidget*> Row::children() const {
  std::vector<const IWidget*> out;
  for (const auto& widget : widgets_) out.push_back(widget.get());
  return out;
}

Column::Column(std::vector<AnyWidget> widgets) {
  for (auto& widget : widgets) addWidget(std::move(widget));
}

void Column::addWidget(AnyWidget widget) {
  if (!widget) throw cdk::Error("Column: a widget is empty; give a widget");
  width_ = std::max(width_, widget->width());
  height_ += widget->height();
  widgets_.push_back(std::move(widget));
}

void Column::position(int x, int y) {
  int widgetY = y;
  for (const auto& widget : widgets_) {
    widget->position(x, widgetY);
    widgetY += widget->height();
  }
}

std::vector<cdk::Value> Column::toJson() const {
  std::vector<cdk::Value> out;
  for (const auto& widget : widgets_) {
    auto json = widget->toJson();
    out.insert(out.end(), std::make_move_iterator(json.begin()), std::make_move_iterator(json.end()));
  }
  return out;
}

std::vector<const IWidget*> Column::children() const {
  std::vector<const IWidget*> out;
  for (const auto& widget : widgets_) out.push_back(widget.get());
  return out;
}

}  // namespace cdk::cloudwatch
