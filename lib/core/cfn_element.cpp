#include "cdk/core/cfn_element.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"

namespace cdk {

CfnElement::CfnElement(Construct& scope, std::string_view id) : Construct(scope, id), stack_(&Stack::of(*this)) {}

CfnElement::~CfnElement() = default;

bool CfnElement::isCfnElement(const Construct& construct) noexcept {
  return dynamic_cast<const CfnElement*>(&construct) != nullptr;
}

const std::string& CfnElement::logicalId() const {
  if (!overridden_ && !allocated_) {
    logicalId_ = stack_->allocateLogicalId(*this);
    allocated_ = true;
  }
  return logicalId_;
}

void CfnElement::overrideLogicalId(std::string_view newLogicalId) {
  if (node().locked()) {
    throw ConstructError(node().path(),
                         "the logical ID cannot be overridden during synthesis; call "
                         "overrideLogicalId() before App::synth()");
  }
  logicalId_ = std::string(newLogicalId);
  overridden_ = true;
}

}  // namespace cdk
