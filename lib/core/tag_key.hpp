// The rule every tag key set through the core follows (Tags::add, a stack's tags).
#pragma once

#include <string>
#include <string_view>

namespace cdk::detail {

/// Throws ConstructError (at `path`) for a key AWS reserves: one starting with "aws:", in any case.
void checkTagKey(const std::string& path, std::string_view key);

}  // namespace cdk::detail
