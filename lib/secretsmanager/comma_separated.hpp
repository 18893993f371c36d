// aws-cdk-lib's `ids.join(',')` over values that may be tokens, for the comma-separated lists of subnet and security
// group ids that SecretRotation and HostedRotation give Secrets Manager.
#pragma once

#include <cstddef>
#include <vector>

#include "cdk/core/value.hpp"

namespace cdk::secretsmanager::detail {

/// One string with literal commas between the ids (an Fn::Join with the empty delimiter once a token is among
/// them, as aws-cdk-lib renders a joined string of tokens).
inline cdk::Value commaSeparated(const std::vector<cdk::Value>& ids) {
  if (ids.empty()) return cdk::Value("");
  cdk::Value joined = ids.front();
  for (std::size_t i = 1; i < ids.size(); ++i) joined = joined + "," + ids[i];
  return joined;
}

}  // namespace cdk::secretsmanager::detail
