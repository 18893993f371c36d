#include "cdk/core/legacy_stack_synthesizer.hpp"

namespace cdk {

std::shared_ptr<IStackSynthesizer> LegacyStackSynthesizer::reusableBind(Stack& stack) const {
  auto copy = std::make_shared<LegacyStackSynthesizer>();
  copy->bind(stack);
  return copy;
}

void LegacyStackSynthesizer::synthesize(IStackSynthesisSession& session) {
  // The template is written as it is, and the stack's artifact has no bootstrap properties.
  emitArtifact(session);
}

}  // namespace cdk
