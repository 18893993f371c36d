#include "cdk/core/construct.hpp"

#include <algorithm>

namespace cdk {

Construct::Construct(Construct& scope, std::string_view id) : node_(this, &scope, id) {}

Construct::Construct(RootTag, std::string_view id) : node_(this, nullptr, id) {}

Construct::~Construct() = default;

std::vector<const Construct*> DependencyGroup::dependencyRoots() const {
  std::vector<const Construct*> out;
  for (const IDependable* member : members_) {
    for (const Construct* root : member->dependencyRoots()) {
      if (std::find(out.begin(), out.end(), root) == out.end()) out.push_back(root);
    }
  }
  return out;
}

}  // namespace cdk
