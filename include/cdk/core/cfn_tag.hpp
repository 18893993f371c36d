// A tag given directly to an L1 resource (aws-cdk-lib's CfnTag).
#pragma once

#include "cdk/core/value.hpp"

namespace cdk {

struct CfnTag {
  Value key{};
  Value value{};
  friend bool operator==(const CfnTag&, const CfnTag&) = default;
};

}  // namespace cdk
