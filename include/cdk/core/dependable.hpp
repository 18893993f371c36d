// Things a construct can depend on (constructs' IDependable): a construct, or a group of them.
#pragma once

#include <vector>

#include "cdk/core/export.hpp"

namespace cdk {

class Construct;

/// Something that can be passed to Node::addDependency. Its roots are the constructs whose resources are
/// depended on; they are read at synthesis, so a group may still grow after it was depended on.
class CDKPP_API IDependable {
 public:
  virtual ~IDependable() = default;
  virtual std::vector<const Construct*> dependencyRoots() const = 0;
};

/// A set of dependables that can be depended on as one (aws-cdk-lib's DependencyGroup).
class CDKPP_API DependencyGroup : public IDependable {
 public:
  DependencyGroup() = default;
  template <class... Ds>
  explicit DependencyGroup(const Ds&... dependables) {
    (add(dependables), ...);
  }
  /// Adds a member; the member must outlive the synthesis.
  void add(const IDependable& dependable) { members_.push_back(&dependable); }
  std::vector<const Construct*> dependencyRoots() const override;

 private:
  std::vector<const IDependable*> members_;
};

}  // namespace cdk
