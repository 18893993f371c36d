// The all-types test's generated sources (tools/cfn-gen/samples.py): one function per service that adds every
// L1 type of the service to a stack, each with its required properties set.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cdk/core/stack.hpp"
#include "cdk/core/value.hpp"

namespace cdkpp_all_types {

/// What each generated GetAtt accessor returned, with the schema attribute it should name.
using Attributes = std::vector<std::pair<cdk::Value, std::string>>;

struct Service {
  const char* module;  ///< "ec2"
  const char* prefix;  ///< "AWS::EC2"
  int types;           ///< how many resource types the service has
  /// Adds one resource of each type; with `attributes`, also calls every GetAtt accessor of each.
  int (*add)(cdk::Stack& stack, Attributes* attributes);
};

/// Every generated service, sorted by module.
const std::vector<Service>& services();

}  // namespace cdkpp_all_types
