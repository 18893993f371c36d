// Visitors applied to every construct below a scope before synthesis (aws-cdk-lib's Aspects).
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "cdk/core/export.hpp"

namespace cdk {

class Construct;
class IConstruct;

class CDKPP_API IAspect {
 public:
  virtual ~IAspect() = default;
  virtual void visit(Construct& node) = 0;
};

/// Priorities as aws-cdk-lib defines them: lower runs first.
struct AspectPriority {
  static constexpr int MUTATING = 200;
  static constexpr int READONLY = 1000;
  static constexpr int DEFAULT = 500;
};

struct AspectOptions {
  int priority = AspectPriority::DEFAULT;
};

struct AspectApplication {
  std::shared_ptr<IAspect> aspect;
  int priority;
};

/// Aspects::of(scope).add(aspect) runs the aspect on the scope and everything below it, including
/// constructs that earlier aspects add. Each aspect visits each construct once per synthesis.
class CDKPP_API Aspects {
 public:
  static Aspects of(IConstruct& scope) noexcept;
  void add(std::shared_ptr<IAspect> aspect, AspectOptions options = {});
  void add(std::function<void(Construct&)> visitor, AspectOptions options = {});
  /// The aspects added to this scope itself, in the order they were added.
  const std::vector<AspectApplication>& applied() const;

 private:
  explicit Aspects(Construct& scope) noexcept : scope_(&scope) {}
  Construct* scope_;
};

}  // namespace cdk
