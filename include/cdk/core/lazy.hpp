// Values computed at synthesis, after every construct has been configured (aws-cdk-lib's Lazy).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

struct LazyAnyValueOptions {
  /// Leave the property out when the producer returns an empty list.
  bool omitEmptyArray = false;
};

struct LazyListValueOptions {
  /// Leave the property out when the producer returns an empty list.
  bool omitEmpty = false;
};

/// A producer runs each time the value is resolved, during synthesis. An exception it throws fails
/// synthesis with the construct path and property where the value was used.
class CDKPP_API Lazy {
 public:
  static Value any(std::function<Value()> producer, LazyAnyValueOptions options = {});
  static Value string(std::function<std::string()> producer);
  static Value number(std::function<double()> producer);
  static Value list(std::function<std::vector<std::string>()> producer, LazyListValueOptions options = {});
};

}  // namespace cdk
