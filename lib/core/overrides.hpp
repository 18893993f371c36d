// Raw overrides (addOverride / addDeletionOverride) applied to a rendered, unresolved resource.
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/value.hpp"

namespace cdk::detail {

/// Sets (or with nullopt deletes) the value at a dotted path ("Properties.Tags.0.Key"; "\\." is a literal dot).
/// Maps are created on the way; a numeric segment indexes an existing list. Throws ConstructError (naming
/// `constructPath`) when the path crosses a value that is neither.
void applyOverride(Value& root, std::string_view path, const std::optional<Value>& value,
                   const std::string& constructPath);

}  // namespace cdk::detail
