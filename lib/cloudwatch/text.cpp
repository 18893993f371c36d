#include "cdk/cloudwatch/text.hpp"

#include <utility>

namespace cdk::cloudwatch {

std::string_view toString(TextWidgetBackground background) noexcept {
  return background == TextWidgetBackground::SOLID ? "solid" : "transparent";
}

TextWidget::TextWidget(TextWidgetProps props)
    : ConcreteWidget(props.width.value_or(0) != 0 ? *props.width : 6,
                     props.height.value_or(0) != 0 ? *props.height : 2),
      markdown_(std::move(props.markdown)),
      background_(props.background.value_or(TextWidgetBackground::TRANSPARENT)) {}

std::vector<cdk::Value> TextWidget::toJson() const {
  return {cdk::Value::map({{"type", "text"},
                           {"width", width()},
                           {"height", height()},
                           {"x", x()},
                           {"y", y()},
                           {"properties", cdk::Value::map({{"markdown", markdown_},
                                                           {"background", std::string(toString(background_))}})}})};
}

}  // namespace cdk::cloudwatch
