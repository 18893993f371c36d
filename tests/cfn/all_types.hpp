// The all-types test's generated sources (tools/cfn-gen/samples.py): one function per service that adds every
// L1 type of the service to a stack, each with its required properties set.
#pragma once

#include <vector>

#include "cdk/core/stack.hpp"

namespace cdkpp_all_types {

struct Service {
  const char* module;  ///< "ec2"
  const char* prefix;  ///< "AWS::EC2"
  int types;           ///< how many resource types the service has
  int (*add)(cdk::Stack& stack);
};

/// Every generated service, sorted by module.
const std::vector<Service>& services();

}  // namespace cdkpp_all_types
