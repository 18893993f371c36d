// The validation plugins an app's context turns on without its program naming them: the compliance packs of
// `--compliance hipaa,aws-solutions` (context cdkpp:compliance). Declared here, where synthesis asks for them,
// and defined by the compliance layer (lib/compliance/context_packs.cpp), which is part of the same library:
// core cannot name the packs, and a registry filled by static initializers would be dropped by the linker
// from a static library whose program never names them.
#pragma once

#include <memory>
#include <vector>

namespace cdk {
class App;
class IPolicyValidationPlugin;
}  // namespace cdk

namespace cdk::detail {

/// The plugins the context of `app` asks for, but for those `registered` already holds (none when it asks for
/// none). Throws ContextError for a context value it cannot use.
std::vector<std::shared_ptr<IPolicyValidationPlugin>> contextValidationPlugins(
    const App& app, const std::vector<std::shared_ptr<IPolicyValidationPlugin>>& registered);

}  // namespace cdk::detail
