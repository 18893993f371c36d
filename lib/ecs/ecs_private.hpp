// Helpers shared by the ecs sources (not installed).
#pragma once

#include <string>
#include <string_view>

namespace cdk {
class Construct;
}

namespace cdk::ecs::detail {

/// A feature flag from the context: true for the boolean true or the string "true".
bool featureFlag(const cdk::Construct& scope, std::string_view key);

/// The path a construct `id` created below `scope` gets (for errors thrown before it exists).
std::string childPath(const cdk::Construct& scope, std::string_view id);

}  // namespace cdk::ecs::detail
