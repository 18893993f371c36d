#include "cdk/core/cfn_reference.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/cfn_element.hpp"

namespace cdk {

Value CfnReference::forRef(const CfnElement& target) { return Value(std::make_shared<CfnReference>(target, "")); }

Value CfnReference::forGetAtt(const CfnElement& target, std::string_view attribute) {
  return Value(std::make_shared<CfnReference>(target, std::string(attribute)));
}

nlohmann::ordered_json CfnReference::resolve(ResolveContext& context) const {
  return context.reference(*target_, attribute_);
}

std::string CfnReference::toString() const {
  return fmt::format("${{Token[{}.{}]}}", target_->node().path(), attribute_.empty() ? "Ref" : attribute_);
}

}  // namespace cdk
