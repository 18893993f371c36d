// The tags of one taggable resource or stack (aws-cdk-lib's TagManager), rendered in the format the
// resource type's schema uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

/// How a resource type takes tags.
enum class TagType {
  STANDARD,           ///< [{"Key": k, "Value": v}]
  AUTOSCALING_GROUP,  ///< [{"Key": k, "Value": v, "PropagateAtLaunch": b}]
  MAP,                ///< {k: v}
  KEY_VALUE,          ///< [{"Key": k, "Value": v}] for types aws-cdk-lib names so
  NOT_TAGGABLE,
};

class CDKPP_API TagManager {
 public:
  /// The priority of tags given in the resource's own Tags property: Tags::of(...) (priority 100) wins.
  static constexpr int INITIAL_TAG_PRIORITY = 50;

  TagManager(TagType tagType, std::string resourceTypeName, std::string tagPropertyName = "Tags");

  /// Sets a tag unless one with a higher priority set or removed it.
  void setTag(std::string_view key, Value value, int priority = 0, bool applyToLaunchedInstances = true);
  /// Removes a tag unless one with a higher priority set it; blocks later sets of lower priority.
  void removeTag(std::string_view key, int priority);
  /// The tags sorted by key, without the ones given in the resource's own property.
  std::vector<std::pair<std::string, Value>> tagValues() const;
  bool hasTags() const noexcept;
  /// The rendered tag property: the manager's tags merged with `initialTags` (the resource's own Tags
  /// property value, in this manager's format), sorted by key. nullopt when there are none.
  std::optional<Value> renderTags(const Value* initialTags = nullptr) const;
  /// Whether a tag aspect with these include/exclude resource-type lists applies to this resource.
  bool applyTagAspectHere(const std::vector<std::string>& include, const std::vector<std::string>& exclude) const;

  TagType tagType() const noexcept { return tagType_; }
  const std::string& resourceTypeName() const noexcept { return resourceTypeName_; }
  const std::string& tagPropertyName() const noexcept { return tagPropertyName_; }

 private:
  struct Entry {
    std::string key;
    Value value;
    int priority;
    bool applyToLaunchedInstances;
    bool removed;
  };
  Entry* findEntry(std::string_view key) noexcept;

  TagType tagType_;
  std::string resourceTypeName_;
  std::string tagPropertyName_;
  std::vector<Entry> entries_;
};

/// Orders strings as JavaScript's String.prototype.localeCompare does in aws-cdk-lib for ASCII text
/// (punctuation before digits before letters, case-insensitive first), so tags and DependsOn lists come out
/// in the same order.
CDKPP_API bool localeLess(std::string_view a, std::string_view b) noexcept;

}  // namespace cdk
