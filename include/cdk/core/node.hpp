// The framework side of a construct (constructs' Node): id, path, scope, children, context, metadata,
// dependencies, validations and the synthesis lock. Kept apart from Construct so that framework names never
// clash with a subclass's members.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cdk/core/aspects.hpp"
#include "cdk/core/dependable.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class Construct;
class IConstruct;
class Stack;
namespace detail {
class Synthesis;
}

enum class ConstructOrder { PREORDER, POSTORDER };

/// An entry of construct metadata (annotations use the types "aws:cdk:info", "aws:cdk:warning", ...).
struct MetadataEntry {
  std::string type{};
  Value data{};
};

class CDKPP_API Node {
 public:
  static constexpr char PATH_SEP = '/';
  /// The id of the construct a stack or L2 treats as its main resource.
  static constexpr std::string_view DEFAULT_CHILD_ID_RESOURCE = "Resource";
  static constexpr std::string_view DEFAULT_CHILD_ID_DEFAULT = "Default";
  /// The deepest a construct may be below the root. Real trees are a few levels deep; the walks of synthesis
  /// recurse along the tree, so a runaway nesting is refused where it happens rather than overflowing later.
  static constexpr std::size_t kMaxDepth = 512;

  static Node& of(IConstruct& construct) noexcept;
  static const Node& of(const IConstruct& construct) noexcept;

  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  ~Node();

  const std::string& id() const noexcept { return id_; }
  /// The ids from the root's child down to this one, joined with '/'. The root's path is "".
  const std::string& path() const;
  /// The parent; nullptr for the root.
  Construct* scope() const noexcept { return scope_; }
  /// Every construct from the root down to this one, both included.
  std::vector<Construct*> scopes() const;
  Construct& root() const noexcept { return *root_; }
  Construct& host() const noexcept { return *host_; }

  const std::vector<Construct*>& children() const noexcept { return children_; }
  Construct* tryFindChild(std::string_view id) const noexcept;
  /// Throws ConstructError when there is no such child.
  Construct& findChild(std::string_view id) const;
  /// This construct and everything below it.
  std::vector<Construct*> findAll(ConstructOrder order = ConstructOrder::PREORDER) const;
  /// The child set with setDefaultChild, else the child named "Resource" or "Default", else nullptr.
  Construct* defaultChild() const noexcept;
  void setDefaultChild(Construct* child) noexcept { defaultChild_ = child; }
  /// Removes a child from the tree; false when there is none. The child lives on, detached, until the root is
  /// destroyed (as in aws-cdk-lib, where the garbage collector keeps it while something refers to it): a walk
  /// under way still visits it, and a reference or dependency that still names it is a ReferenceError at
  /// synthesis rather than a dangling pointer. Throws ConstructError while the tree is locked for synthesis.
  bool tryRemoveChild(std::string_view id);
  /// True when this construct or one of its scopes was removed from the tree (tryRemoveChild).
  bool isRemoved() const noexcept;

  /// Context: set on the App (or any construct before it has children), inherited by everything below.
  void setContext(std::string_view key, Value value);
  std::optional<Value> tryGetContext(std::string_view key) const;
  /// Typed context (std::string, bool, std::int64_t, double); a value of another type throws ContextError.
  template <class T>
  std::optional<T> tryGetContext(std::string_view key) const;
  /// Throws ContextError when the key is not set anywhere above.
  Value getContext(std::string_view key) const;

  void addMetadata(std::string type, Value data);
  const std::vector<MetadataEntry>& metadata() const noexcept { return metadata_; }

  /// This construct's resources will depend on the resources below each dependable (expanded to
  /// DependsOn within a stack, to a stack dependency across stacks). Dependables must outlive synthesis.
  void addDependency(const IDependable& dependable);
  template <class... Ds>
  void addDependency(const IDependable& first, const Ds&... rest) {
    addDependency(first);
    (addDependency(static_cast<const IDependable&>(rest)), ...);
  }
  /// The constructs this one depends on (the dependables' roots, read now).
  std::vector<const Construct*> dependencies() const;

  /// A check run when the app is validated; it returns error messages (empty when all is well).
  using Validation = std::function<std::vector<std::string>()>;
  void addValidation(Validation validation);
  /// Runs this construct's validations (not its children's).
  std::vector<std::string> validate() const;

  /// Forbids adding children to this construct and everything below it.
  void lock() noexcept { locked_ = true; }
  void unlock() noexcept { locked_ = false; }
  /// True when this construct or one above it is locked.
  bool locked() const noexcept;

  /// The nearest Stack at or above this construct; nullptr when there is none.
  Stack* stack() const noexcept { return stack_; }
  /// Changes whenever a construct or an aspect is added anywhere in the tree (read on the root).
  std::uint64_t treeVersion() const noexcept { return treeVersion_; }

 private:
  friend class Construct;
  friend class Stack;
  friend class Aspects;
  friend class detail::Synthesis;
  Node(Construct* host, Construct* scope, std::string_view id);
  void addChild(Construct& child);
  void adoptChild(std::unique_ptr<Construct> child);
  void forgetChild(const Construct& child) noexcept;

  // What the walks over the whole tree read (children, the stack, aspects, validations, metadata) comes first:
  // in a large app each construct visited is a cache miss, and this keeps most walks to its first lines.
  Construct* host_;
  Construct* scope_;
  Construct* root_;
  Stack* stack_ = nullptr;
  std::vector<Construct*> children_;
  bool locked_ = false;
  bool destroying_ = false;
  /// Removed from its scope: it no longer tells the scope, which may be gone, when it is destroyed.
  bool detached_ = false;
  mutable bool pathComputed_ = false;
  std::uint64_t treeVersion_ = 0;
  std::vector<AspectApplication> aspects_;
  /// The aspects that have visited this construct (each visits once, across synth() calls). Kept here, a few
  /// per construct, rather than in one set of (aspect, construct) pairs for the whole app.
  std::vector<const IAspect*> invokedAspects_;
  std::vector<MetadataEntry> metadata_;
  std::vector<Validation> validations_;
  std::vector<const IDependable*> dependencies_;
  std::string id_;
  mutable std::string path_;
  std::vector<std::unique_ptr<Construct>> owned_;
  /// On the root: the children removed from the tree, kept until the root is destroyed (see tryRemoveChild).
  std::vector<std::unique_ptr<Construct>> removed_;
  std::unique_ptr<std::unordered_map<std::string_view, Construct*>> childIndex_;
  Construct* defaultChild_ = nullptr;
  Value::Map context_;
};

template <>
CDKPP_API std::optional<std::string> Node::tryGetContext<std::string>(std::string_view key) const;
template <>
CDKPP_API std::optional<bool> Node::tryGetContext<bool>(std::string_view key) const;
template <>
CDKPP_API std::optional<std::int64_t> Node::tryGetContext<std::int64_t>(std::string_view key) const;
template <>
CDKPP_API std::optional<double> Node::tryGetContext<double>(std::string_view key) const;

}  // namespace cdk
