#include "string_specializer.hpp"

#include "cdk/core/default_stack_synthesizer.hpp"
#include "cdk/core/stack.hpp"

namespace cdk::detail {
namespace {

void replaceAll(std::string& text, std::string_view search, std::string_view replacement) {
  for (std::size_t at = text.find(search); at != std::string::npos; at = text.find(search, at + replacement.size())) {
    text.replace(at, search.size(), replacement);
  }
}

}  // namespace

std::string StringSpecializer::specialize(std::string_view text) const {
  std::string out = qualifierOnly(text);
  // The cdk CLI replaces what is left (cx-api's EnvironmentPlaceholders); ${AWS::Partition} always stays.
  if (const auto& region = stack_.concreteRegion()) replaceAll(out, "${AWS::Region}", *region);
  if (const auto& account = stack_.concreteAccount()) replaceAll(out, "${AWS::AccountId}", *account);
  return out;
}

std::string StringSpecializer::qualifierOnly(std::string_view text) const {
  std::string out(text);
  replaceAll(out, "${Qualifier}", qualifier_);
  return out;
}

std::string bootstrapQualifier(const Stack& stack, const std::optional<std::string>& own) {
  if (own) return *own;
  // Read as a string: any other type of value is a ContextError naming the key.
  if (auto fromContext = stack.node().tryGetContext<std::string>(BOOTSTRAP_QUALIFIER_CONTEXT)) return *fromContext;
  return DefaultStackSynthesizer::DEFAULT_QUALIFIER;
}

std::string manifestEnvName(const Stack& stack) {
  return stack.concreteAccount().value_or("current_account") + "-" + stack.concreteRegion().value_or("current_region");
}

}  // namespace cdk::detail
