// The synthesizer of CDK v1 apps (aws-cdk-lib's LegacyStackSynthesizer): the template alone, deployed with the cdk
// CLI's credentials to an environment that need not be bootstrapped; no asset manifest, no bootstrap version check.
#pragma once

#include <memory>

#include "cdk/core/export.hpp"
#include "cdk/core/stack_synthesizer.hpp"

namespace cdk {

class CDKPP_API LegacyStackSynthesizer : public StackSynthesizer, public IReusableStackSynthesizer {
 public:
  std::shared_ptr<IStackSynthesizer> reusableBind(Stack& stack) const override;
  void synthesize(IStackSynthesisSession& session) override;
};

}  // namespace cdk
