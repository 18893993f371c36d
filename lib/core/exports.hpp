// Automatic exports for cross-stack references (shared by Stack::exportValue and synthesis).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/value.hpp"

namespace cdk {
class Stack;
class CfnOutput;
class CfnReference;
}  // namespace cdk

namespace cdk::detail {

/// Finds or creates, under `producer`'s "Exports" construct, the output exporting `reference`, named as
/// aws-cdk-lib names automatic exports, and returns the export name and the output. With `name`, that name
/// is used.
struct Export {
  std::string name;
  CfnOutput* output;
};
Export ensureExport(Stack& producer, const CfnReference& reference, const std::optional<std::string>& name = {});

}  // namespace cdk::detail
