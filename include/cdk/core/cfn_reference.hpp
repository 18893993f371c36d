// A reference to a template element: { "Ref": id } or { "Fn::GetAtt": [id, attribute] } in its own stack,
// an Fn::ImportValue of an automatic export in another stack of the same environment.
#pragma once

#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class CfnElement;

class CDKPP_API CfnReference final : public IResolvable {
 public:
  static Value forRef(const CfnElement& target);
  static Value forGetAtt(const CfnElement& target, std::string_view attribute);

  CfnReference(const CfnElement& target, std::string attribute) : target_(&target), attribute_(std::move(attribute)) {}
  const CfnElement& target() const noexcept { return *target_; }
  /// Empty for a Ref.
  const std::string& attribute() const noexcept { return attribute_; }

  nlohmann::ordered_json resolve(ResolveContext& context) const override;
  std::string toString() const override;

 private:
  const CfnElement* target_;
  std::string attribute_;
};

}  // namespace cdk
