#include "cdk/rds/engine.hpp"

namespace cdk::rds {

std::optional<std::string> Engine::parameterGroupFamily() const {
  if (!engineVersion_) return std::nullopt;
  return engineType_ + engineVersion_->majorVersion;
}

}  // namespace cdk::rds
