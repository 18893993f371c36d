// The path a construct will get, for errors thrown before it exists (not installed).
#pragma once

#include <string>
#include <string_view>

#include "cdk/core/construct.hpp"

namespace cdk::detail {

/// The path of a construct `id` made below `scope`: props an L2 must check before its base class is
/// constructed (the base needs them converted) are reported at the path the construct would have had.
inline std::string childPath(const IConstruct& scope, std::string_view id) {
  const std::string& parent = scope.node().path();
  return parent.empty() ? std::string(id) : parent + "/" + std::string(id);
}

}  // namespace cdk::detail
