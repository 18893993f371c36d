#include "cdk/cloudwatch/widget.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk::cloudwatch {

ConcreteWidget::ConcreteWidget(int width, int height) : width_(width), height_(height) {
  if (width_ > GRID_WIDTH) {
    throw cdk::Error(fmt::format("Widget is too wide, max {} units allowed (got {}): make it at most {} wide",
                                 GRID_WIDTH, width_, GRID_WIDTH));
  }
}

void ConcreteWidget::copyMetricWarnings(const std::vector<AnyMetric>& metrics) {
  for (const auto& metric : metrics) {
    if (!metric) continue;
    for (const auto& [id, message] : metric->warningsV2()) {
      bool replaced = false;
      for (auto& [key, text] : warnings_) {
        if (key == id) {
          text = message;
          replaced = true;
        }
      }
      if (!replaced) warnings_.emplace_back(id, message);
    }
  }
}

}  // namespace cdk::cloudwatch
