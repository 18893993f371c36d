#include "cdk/core/node.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "utf8.hpp"

namespace cdk {
namespace {

/// Scopes with this many children get a hash index for id lookups (the App of a large program).
constexpr std::size_t kIndexThreshold = 32;

std::string sanitizeId(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (char c : id) {
    if (c == Node::PATH_SEP) {
      out += "--";
    } else {
      out += c;
    }
  }
  return out;
}

std::string describeScope(const Node& scope) { return scope.path().empty() ? "the app" : "'" + scope.path() + "'"; }

[[noreturn]] void wrongContextType(const Node& node, std::string_view key, const Value& value, const char* expected) {
  throw ContextError(fmt::format("{}: context value '{}' is {}, but {} is needed; set it with --context {}=<value>",
                                 node.path().empty() ? std::string("app") : node.path(), key, value.toString(),
                                 expected, key));
}

}  // namespace

Node::Node(Construct* host, Construct* scope, std::string_view id)
    : host_(host), scope_(scope), root_(scope ? scope->node().root_ : host), id_(sanitizeId(id)) {
  if (!scope_) return;
  Node& parent = scope_->node();
  stack_ = parent.stack_;
  if (id_.empty()) {
    throw ConstructError(parent.path(),
                         fmt::format("cannot add a child with an empty id to {}: only the root may have an empty id; "
                                     "give the construct a name",
                                     describeScope(parent)));
  }
  if (const std::size_t bad = detail::invalidUtf8At(id_); bad != std::string_view::npos) {
    // Quote only the valid part: the message itself must stay UTF-8.
    throw ConstructError(parent.path(),
                         fmt::format("the id starting \"{}\" is not valid UTF-8 (byte {} is 0x{:02X}); construct ids "
                                     "go into templates and the cloud assembly, which are UTF-8: pass UTF-8 text",
                                     std::string_view(id_).substr(0, bad), bad, static_cast<unsigned char>(id_[bad])));
  }
  std::size_t depth = 1;
  for (const Construct* c = scope_; c->node().scope_; c = c->node().scope_) ++depth;
  if (depth > kMaxDepth) {
    throw ConstructError(parent.path(),
                         fmt::format("cannot add '{}': the construct tree would be more than {} levels deep; nest "
                                     "constructs less deeply (a tree this deep is a loop that keeps nesting)",
                                     id_, kMaxDepth));
  }
  parent.addChild(*host_);
}

Node::~Node() {
  if (scope_ && !detached_ && !scope_->node().destroying_) scope_->node().forgetChild(*host_);
  destroying_ = true;
  while (!owned_.empty()) owned_.pop_back();
}

Node& Node::of(IConstruct& construct) noexcept { return construct.node(); }
const Node& Node::of(const IConstruct& construct) noexcept { return construct.node(); }

const std::string& Node::path() const {
  if (!pathComputed_) {
    if (!scope_) {
      path_.clear();
    } else {
      const std::string& parentPath = scope_->node().path();
      path_ = parentPath.empty() ? id_ : parentPath + PATH_SEP + id_;
    }
    pathComputed_ = true;
  }
  return path_;
}

std::vector<Construct*> Node::scopes() const {
  std::vector<Construct*> out;
  for (Construct* c = host_; c; c = c->node().scope_) out.push_back(c);
  std::reverse(out.begin(), out.end());
  return out;
}

void Node::addChild(Construct& child) {
  const std::string& childId = child.node().id_;
  if (locked()) {
    throw ConstructError(path(), fmt::format("cannot add '{}' to {}: the tree is locked during synthesis; create "
                                             "constructs before App::synth() or in an aspect",
                                             childId, describeScope(*this)));
  }
  if (tryFindChild(childId)) {
    throw ConstructError(path(), fmt::format("there is already a construct with id '{}' in {}; give the new "
                                             "construct an id that is unique among its siblings",
                                             childId, describeScope(*this)));
  }
  children_.push_back(&child);
  ++root_->node().treeVersion_;
  if (childIndex_) {
    childIndex_->emplace(childId, &child);
  } else if (children_.size() > kIndexThreshold) {
    childIndex_ = std::make_unique<std::unordered_map<std::string_view, Construct*>>();
    for (Construct* c : children_) childIndex_->emplace(c->node().id_, c);
  }
}

void Node::adoptChild(std::unique_ptr<Construct> child) { owned_.push_back(std::move(child)); }

void Node::forgetChild(const Construct& child) noexcept {
  auto it = std::find(children_.begin(), children_.end(), &child);
  if (it == children_.end()) return;
  children_.erase(it);
  if (childIndex_) childIndex_->erase(child.node().id_);
  if (defaultChild_ == &child) defaultChild_ = nullptr;
}

Construct* Node::tryFindChild(std::string_view id) const noexcept {
  if (childIndex_) {
    auto it = childIndex_->find(id);
    return it == childIndex_->end() ? nullptr : it->second;
  }
  for (Construct* c : children_) {
    if (c->node().id_ == id) return c;
  }
  return nullptr;
}

Construct& Node::findChild(std::string_view id) const {
  if (Construct* c = tryFindChild(id)) return *c;
  std::string names;
  for (Construct* c : children_) names += (names.empty() ? "" : ", ") + c->node().id_;
  throw ConstructError(path(), fmt::format("no child with id '{}' in {} (its children: {})", id, describeScope(*this),
                                           names.empty() ? "none" : names));
}

namespace {
void collect(Construct* c, ConstructOrder order, std::vector<Construct*>& out) {
  if (order == ConstructOrder::PREORDER) out.push_back(c);
  for (Construct* child : c->node().children()) collect(child, order, out);
  if (order == ConstructOrder::POSTORDER) out.push_back(c);
}
}  // namespace

std::vector<Construct*> Node::findAll(ConstructOrder order) const {
  std::vector<Construct*> out;
  collect(host_, order, out);
  return out;
}

Construct* Node::defaultChild() const noexcept {
  if (defaultChild_) return defaultChild_;
  if (Construct* c = tryFindChild(DEFAULT_CHILD_ID_RESOURCE)) return c;
  return tryFindChild(DEFAULT_CHILD_ID_DEFAULT);
}

bool Node::tryRemoveChild(std::string_view id) {
  Construct* child = tryFindChild(id);
  if (!child) return false;
  if (locked()) {
    // Synthesis holds lists of the tree's elements: a construct destroyed now would leave them dangling.
    throw ConstructError(path(), fmt::format("cannot remove '{}' from {}: the tree is locked during synthesis; "
                                             "remove constructs before App::synth() or in an aspect",
                                             child->node().id_, describeScope(*this)));
  }
  forgetChild(*child);
  child->node().detached_ = true;
  Node& root = root_->node();
  ++root.treeVersion_;  // a walk under way may have skipped a sibling: it takes another round
  auto it = std::find_if(owned_.begin(), owned_.end(), [&](const auto& p) { return p.get() == child; });
  if (it != owned_.end()) {
    root.removed_.push_back(std::move(*it));
    owned_.erase(it);
  }
  return true;
}

bool Node::isRemoved() const noexcept {
  // Synthesis asks for every reference it resolves; an app that never removed anything answers at once.
  if (root_->node().removed_.empty()) return false;
  for (const Node* n = this; n; n = n->scope_ ? &n->scope_->node() : nullptr) {
    if (n->detached_) return true;
  }
  return false;
}

void Node::setContext(std::string_view key, Value value) {
  if (!children_.empty()) {
    std::string names;
    for (Construct* c : children_) names += (names.empty() ? "" : ", ") + c->node().id_;
    throw ConstructError(path(), fmt::format("cannot set context '{}' after children were added ({}); set context "
                                             "before creating constructs in this scope",
                                             key, names));
  }
  for (auto& [k, v] : context_) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  context_.emplace_back(std::string(key), std::move(value));
}

std::optional<Value> Node::tryGetContext(std::string_view key) const {
  for (const Node* n = this; n; n = n->scope_ ? &n->scope_->node() : nullptr) {
    for (const auto& [k, v] : n->context_) {
      if (k == key) return v;
    }
  }
  return std::nullopt;
}

template <>
std::optional<std::string> Node::tryGetContext<std::string>(std::string_view key) const {
  auto value = tryGetContext(key);
  if (!value) return std::nullopt;
  if (!value->isString()) wrongContextType(*this, key, *value, "a string");
  return value->asString();
}

template <>
std::optional<bool> Node::tryGetContext<bool>(std::string_view key) const {
  auto value = tryGetContext(key);
  if (!value) return std::nullopt;
  if (value->isBool()) return value->asBool();
  if (value->isString() && (value->asString() == "true" || value->asString() == "false")) {
    return value->asString() == "true";
  }
  wrongContextType(*this, key, *value, "true or false");
}

template <>
std::optional<std::int64_t> Node::tryGetContext<std::int64_t>(std::string_view key) const {
  auto value = tryGetContext(key);
  if (!value) return std::nullopt;
  if (value->isInteger()) return value->asInteger();
  if (value->isString()) {
    const std::string& s = value->asString();
    std::int64_t out = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty()) return out;
  }
  wrongContextType(*this, key, *value, "an integer");
}

template <>
std::optional<double> Node::tryGetContext<double>(std::string_view key) const {
  auto value = tryGetContext(key);
  if (!value) return std::nullopt;
  if (value->isNumber()) return value->asNumber();
  if (value->isString()) {
    const std::string& s = value->asString();
    double out = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty()) return out;
  }
  wrongContextType(*this, key, *value, "a number");
}

Value Node::getContext(std::string_view key) const {
  if (auto value = tryGetContext(key)) return *value;
  throw ContextError(
      fmt::format("{}: no context value for '{}'; set it with --context {}=<value> or in CDK_CONTEXT_JSON",
                  path().empty() ? std::string("app") : path(), key, key));
}

void Node::addMetadata(std::string type, Value data) { metadata_.push_back({std::move(type), std::move(data)}); }

void Node::addDependency(const IDependable& dependable) {
  if (&dependable == host_) return;
  if (std::find(dependencies_.begin(), dependencies_.end(), &dependable) == dependencies_.end()) {
    dependencies_.push_back(&dependable);
  }
}

std::vector<const Construct*> Node::dependencies() const {
  std::vector<const Construct*> out;
  for (const IDependable* d : dependencies_) {
    for (const Construct* root : d->dependencyRoots()) {
      if (std::find(out.begin(), out.end(), root) == out.end()) out.push_back(root);
    }
  }
  return out;
}

void Node::addValidation(Validation validation) { validations_.push_back(std::move(validation)); }

std::vector<std::string> Node::validate() const {
  std::vector<std::string> errors;
  for (const auto& validation : validations_) {
    // A validation is user code: what it throws becomes one of the errors, reported with the others. cdkpp's own
    // errors (a locked tree, ...) already name their construct and keep their type.
    try {
      for (auto& e : validation()) errors.push_back(std::move(e));
    } catch (const Error&) {
      throw;
    } catch (const std::exception& e) {
      errors.push_back(fmt::format("a validation of this construct threw: {}", e.what()));
    } catch (...) {
      errors.push_back(
          fmt::format("a validation of this construct threw an exception of type '{}', which is not a "
                      "std::exception; return the problem as an error message instead",
                      currentExceptionTypeName()));
    }
  }
  return errors;
}

bool Node::locked() const noexcept {
  for (const Node* n = this; n; n = n->scope_ ? &n->scope_->node() : nullptr) {
    if (n->locked_) return true;
  }
  return false;
}

}  // namespace cdk
