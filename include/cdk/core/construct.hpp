// The building block of every cdkpp program (constructs' Construct). The tree owns its constructs:
// `scope.make<T>(id, props)` creates a child and returns a reference to it.
#pragma once

#include <concepts>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "cdk/core/dependable.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/node.hpp"

namespace cdk {

class SynthesisSession;
namespace detail {
class Synthesis;

/// True when `make<T>(id, x)` is given T's own props, so the props overload is the one to use.
template <class T, class... Args>
concept PassesOwnProps = sizeof...(Args) == 1 && requires { typename T::Props; } &&
                         (std::same_as<std::remove_cvref_t<Args>, typename T::Props> && ...);
}  // namespace detail

/// What every construct is (constructs' IConstruct): something with a Node in the tree. L2 interfaces
/// (ec2::IVpc, iam::IRole, ...) derive from it virtually, through cdk::IResource, so code that holds an
/// interface reaches the tree with `x.node()`, `Stack::of(x)` or `node().addDependency(x)`, never a cast.
class CDKPP_API IConstruct : public IDependable {
 public:
  virtual Node& node() noexcept = 0;
  virtual const Node& node() const noexcept = 0;
};

class CDKPP_API Construct : public virtual IConstruct {
 public:
  /// Registers this construct as the child `id` of `scope`. Throws ConstructError for an empty id, an id
  /// already used by a sibling, or a locked scope. A '/' in the id is replaced by "--", as constructs does.
  Construct(Construct& scope, std::string_view id);
  ~Construct() override;
  Construct(const Construct&) = delete;
  Construct& operator=(const Construct&) = delete;

  // final: calls on a Construct (the common case) are devirtualized.
  Node& node() noexcept final { return node_; }
  const Node& node() const noexcept final { return node_; }

  /// Creates a child owned by this construct: `make<T>(id, args...)` calls `T(*this, id, args...)`.
  template <class T, class... Args>
    requires(std::derived_from<T, Construct> && std::constructible_from<T, Construct&, std::string_view, Args...> &&
             !detail::PassesOwnProps<T, Args...>)
  T& make(std::string_view id, Args&&... args) {
    return adopt(std::make_unique<T>(*this, id, std::forward<Args>(args)...));
  }

  /// Creates a child from its props, which may be a braced list with designated initializers:
  /// `make<ec2::Vpc>("VPC", {.maxAzs = 3})`.
  template <class T>
    requires(std::derived_from<T, Construct> && requires { typename T::Props; })
  T& make(std::string_view id, typename T::Props props) {
    return adopt(std::make_unique<T>(*this, id, std::move(props)));
  }

  /// The path of this construct.
  std::string toString() const { return node_.path(); }

  std::vector<const Construct*> dependencyRoots() const override { return {this}; }

 protected:
  struct RootTag {};
  /// For the root of a tree (App).
  Construct(RootTag, std::string_view id);

  /// Synthesis hook, run once per synthesis on every construct, top-down, after the aspects and before
  /// validation: the place to render final L1 properties from what was configured. Must be idempotent.
  virtual void onPrepare() {}
  /// Synthesis hook, run while the cloud assembly is written: extra files go into `session.outdir()`.
  virtual void onSynthesize(const SynthesisSession& session) { (void)session; }

 private:
  friend class detail::Synthesis;

  template <class T>
  T& adopt(std::unique_ptr<T> child) {
    T& ref = *child;
    node_.adoptChild(std::move(child));
    return ref;
  }

  Node node_;
};

}  // namespace cdk
