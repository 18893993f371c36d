#include "cdk/cloudwatch/text.hpp"

#include <utility>

#include "cdk/core/enum_names.hpp"

namespace cdk::cloudwatch {

constexpr auto kTextWidgetBackgroundNames = cdk::enumNames<TextWidgetBackground>({
    {TextWidgetBackground::SOLID, "solid"},
    {TextWidgetBackground::TRANSPARENT, "transparent"},
});
std::string_view toString(TextWidgetBackground background) noexcept {
  return cdk::nameOf(kTextWidgetBackgroundNames, background);
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
