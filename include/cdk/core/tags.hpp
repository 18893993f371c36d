// Tags on every taggable resource below a scope, applied as an aspect (aws-cdk-lib's Tags).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class Construct;
class IConstruct;

struct TagProps {
  bool applyToLaunchedInstances = true;
  /// Resource types (e.g. "AWS::EC2::Subnet") the tag must not be applied to.
  std::vector<std::string> excludeResourceTypes{};
  /// When not empty, only these resource types get the tag.
  std::vector<std::string> includeResourceTypes{};
  /// Higher wins; equal priorities let the aspect applied closer to the resource win. Default 100 for add,
  /// 200 for remove.
  std::optional<int> priority{};
};

class CDKPP_API Tags {
 public:
  static Tags of(IConstruct& scope) noexcept;
  void add(std::string_view key, Value value, TagProps props = {});
  void remove(std::string_view key, TagProps props = {});

 private:
  explicit Tags(Construct& scope) noexcept : scope_(&scope) {}
  Construct* scope_;
};

}  // namespace cdk
