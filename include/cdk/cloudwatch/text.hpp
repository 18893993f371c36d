// Markdown text on a dashboard (aws-cdk-lib's cloudwatch.TextWidget).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/cloudwatch/widget.hpp"
#include "cdk/core/export.hpp"

namespace cdk::cloudwatch {

/// The background of a text widget.
enum class TextWidgetBackground { SOLID, TRANSPARENT };
/// "solid" or "transparent".
CDKPP_API std::string_view toString(TextWidgetBackground background) noexcept;

struct TextWidgetProps {
  /// Default TRANSPARENT.
  std::optional<TextWidgetBackground> background{};
  /// Default 2.
  std::optional<int> height{};
  std::string markdown{};
  /// Default 6.
  std::optional<int> width{};
};

class CDKPP_API TextWidget : public ConcreteWidget {
 public:
  using Props = TextWidgetProps;
  /// Throws cdk::Error when wider than 24.
  explicit TextWidget(TextWidgetProps props);
  std::vector<cdk::Value> toJson() const override;

 private:
  std::string markdown_;
  TextWidgetBackground background_;
};

}  // namespace cdk::cloudwatch
