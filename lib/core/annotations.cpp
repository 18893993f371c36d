#include "cdk/core/annotations.hpp"

#include <fmt/format.h>

#include "cdk/core/construct.hpp"

namespace cdk {

Annotations Annotations::of(IConstruct& scope) noexcept { return Annotations(scope.node().host()); }

void Annotations::addInfo(std::string_view message) {
  scope_->node().addMetadata(metadata_types::INFO, std::string(message));
}

void Annotations::addWarning(std::string_view message) {
  scope_->node().addMetadata(metadata_types::WARNING, std::string(message));
}

void Annotations::addWarningV2(std::string_view id, std::string_view message) {
  scope_->node().addMetadata(metadata_types::WARNING, fmt::format("{} [ack: {}]", message, id));
}

void Annotations::acknowledgeWarning(std::string_view id, std::string_view message) {
  scope_->node().addMetadata(metadata_types::ACKNOWLEDGE,
                             Value::map({{"id", std::string(id)}, {"message", std::string(message)}}));
}

void Annotations::addError(std::string_view message) {
  scope_->node().addMetadata(metadata_types::ERROR, std::string(message));
}

void Annotations::addDeprecation(std::string_view api, std::string_view message) {
  addWarningV2(fmt::format("Deprecated:{}", api), fmt::format("The API {} is deprecated: {}", api, message));
}

}  // namespace cdk
