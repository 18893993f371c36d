// The names of a synthesizer's roles and buckets made specific to a stack (aws-cdk-lib's StringSpecializer).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cdk {
class Stack;
}

namespace cdk::detail {

class StringSpecializer {
 public:
  StringSpecializer(const Stack& stack, std::string qualifier) : stack_(stack), qualifier_(std::move(qualifier)) {}

  /// ${Qualifier} replaced, and ${AWS::AccountId} and ${AWS::Region} when the stack's are concrete; the others are
  /// left for the cdk CLI.
  std::string specialize(std::string_view text) const;
  /// ${Qualifier} replaced only.
  std::string qualifierOnly(std::string_view text) const;

 private:
  const Stack& stack_;
  std::string qualifier_;
};

/// The qualifier a synthesizer uses: its own, else the context value BOOTSTRAP_QUALIFIER_CONTEXT, else the default.
std::string bootstrapQualifier(const Stack& stack, const std::optional<std::string>& own);

/// The environment's part of an asset destination's key: "<account>-<region>", with "current_account" and
/// "current_region" for the parts an environment-agnostic stack does not know (aws-cdk-lib's manifestEnvName).
std::string manifestEnvName(const Stack& stack);

}  // namespace cdk::detail
