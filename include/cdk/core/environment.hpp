// Where a stack is deployed (aws-cdk-lib's Environment).
#pragma once

#include <optional>
#include <string>

namespace cdk {

/// Account and region of a stack. Left empty, the stack is environment-agnostic in that dimension: its
/// template uses the AWS::AccountId / AWS::Region pseudo parameters.
struct Environment {
  std::optional<std::string> account{};
  std::optional<std::string> region{};
};

/// The placeholders aws-cdk-lib writes for unknown parts of an environment ("aws://unknown-account/...").
inline constexpr const char* UNKNOWN_ACCOUNT = "unknown-account";
inline constexpr const char* UNKNOWN_REGION = "unknown-region";

}  // namespace cdk
