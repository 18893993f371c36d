// A template mapping (aws-cdk-lib's CfnMapping): two levels of keys to values, read with findInMap.
#pragma once

#include <string_view>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

struct CfnMappingProps {
  /// { topLevelKey: { secondLevelKey: value } }.
  Value::Map mapping{};
};

class CDKPP_API CfnMapping : public CfnElement {
 public:
  using Props = CfnMappingProps;
  CfnMapping(Construct& scope, std::string_view id, CfnMappingProps props = {});

  void setValue(std::string_view key1, std::string_view key2, Value value);
  /// { "Fn::FindInMap": [<logical id>, key1, key2] }. Literal keys must exist in the mapping (ConstructError).
  Value findInMap(const Value& key1, const Value& key2) const;
  const Value::Map& mapping() const noexcept { return props_.mapping; }

  Value toCloudFormation() const override;
  std::vector<std::string> validateElement() const override;

 private:
  CfnMappingProps props_;
};

}  // namespace cdk
