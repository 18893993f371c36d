#include "cdk/core/tags.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

#include <fmt/format.h>

#include "cdk/core/aspects.hpp"
#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "tag_key.hpp"

namespace cdk {
namespace {

TagManager* tagManagerOf(Construct& construct) {
  if (auto* resource = dynamic_cast<CfnResource*>(&construct)) return resource->tagManager();
  if (Stack::isStack(construct)) return &static_cast<Stack&>(construct).tags();
  return nullptr;
}

/// The aspect behind Tags::of(scope).add/remove.
class TagAspect final : public IAspect {
 public:
  TagAspect(std::string key, Value value, TagProps props, bool remove)
      : key_(std::move(key)), value_(std::move(value)), props_(std::move(props)), remove_(remove) {}

  void visit(Construct& node) override {
    TagManager* tags = tagManagerOf(node);
    if (!tags || !tags->applyTagAspectHere(props_.includeResourceTypes, props_.excludeResourceTypes)) return;
    if (remove_) {
      tags->removeTag(key_, props_.priority.value_or(200));
    } else {
      tags->setTag(key_, value_, props_.priority.value_or(100), props_.applyToLaunchedInstances);
    }
  }

 private:
  std::string key_;
  Value value_;
  TagProps props_;
  bool remove_;
};

}  // namespace

void detail::checkTagKey(const std::string& path, std::string_view key) {
  // AWS reserves the prefix for its own tags (aws:cloudformation:stack-name, ...): CloudFormation refuses the
  // stack when a template or the stack itself sets one. Case does not matter to AWS.
  if (key.size() >= 4 && std::equal(key.begin(), key.begin() + 4, "aws:", [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == b;
      })) {
    throw ConstructError(path, fmt::format("the tag key '{}' starts with 'aws:', a prefix AWS reserves for its own "
                                           "tags; choose a key without it",
                                           key));
  }
}

Tags Tags::of(IConstruct& scope) noexcept { return Tags(scope.node().host()); }

void Tags::add(std::string_view key, Value value, TagProps props) {
  if (key.empty()) throw ConstructError(scope_->node().path(), "Tags::add needs a non-empty key");
  detail::checkTagKey(scope_->node().path(), key);
  Aspects::of(*scope_).add(std::make_shared<TagAspect>(std::string(key), std::move(value), std::move(props), false),
                           {.priority = AspectPriority::MUTATING});
}

void Tags::remove(std::string_view key, TagProps props) {
  if (key.empty()) throw ConstructError(scope_->node().path(), "Tags::remove needs a non-empty key");
  Aspects::of(*scope_).add(std::make_shared<TagAspect>(std::string(key), Value(), std::move(props), true),
                           {.priority = AspectPriority::MUTATING});
}

}  // namespace cdk
