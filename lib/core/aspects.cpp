#include "cdk/core/aspects.hpp"

#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"

namespace cdk {

Aspects Aspects::of(IConstruct& scope) noexcept { return Aspects(scope.node().host()); }

namespace {

class FunctionAspect final : public IAspect {
 public:
  explicit FunctionAspect(std::function<void(Construct&)> visitor) : visitor_(std::move(visitor)) {}
  void visit(Construct& node) override { visitor_(node); }

 private:
  std::function<void(Construct&)> visitor_;
};

}  // namespace

void Aspects::add(std::shared_ptr<IAspect> aspect, AspectOptions options) {
  if (!aspect) throw ConstructError(scope_->node().path(), "Aspects::add needs an aspect, not a null pointer");
  auto& list = scope_->node().aspects_;
  for (const auto& existing : list) {
    if (existing.aspect == aspect) return;
  }
  list.push_back({std::move(aspect), options.priority});
  ++scope_->node().root().node().treeVersion_;
}

void Aspects::add(std::function<void(Construct&)> visitor, AspectOptions options) {
  if (!visitor) throw ConstructError(scope_->node().path(), "Aspects::add needs a visitor function");
  add(std::make_shared<FunctionAspect>(std::move(visitor)), options);
}

const std::vector<AspectApplication>& Aspects::applied() const { return scope_->node().aspects_; }

}  // namespace cdk
