// The validation plugins an app's context turns on without its program naming them: the compliance packs of
// `--compliance hipaa,aws-solutions` (context cdkpp:compliance). Core cannot name the packs, which live in the
// compliance layer, so that layer installs a provider here when it is linked: a static initializer in
// lib/compliance/context_packs.cpp, kept in a static link by the `--undefined` option its target carries (see
// lib/CMakeLists.txt). A core linked alone (the fuzzers, a core-only add_subdirectory) has no provider.
#pragma once

#include <memory>
#include <vector>

namespace cdk {
class App;
class IPolicyValidationPlugin;
}  // namespace cdk

namespace cdk::detail {

/// The plugins the context of `app` asks for, but for those `registered` already holds.
using ContextPluginsProvider = std::vector<std::shared_ptr<IPolicyValidationPlugin>> (*)(
    const App& app, const std::vector<std::shared_ptr<IPolicyValidationPlugin>>& registered);

/// Called once, by the compliance layer's static initializer.
void installContextPluginsProvider(ContextPluginsProvider provider) noexcept;

/// The plugins the context of `app` asks for (none when it asks for none). Throws ContextError for a context
/// value the provider cannot use, and when the context asks for packs but no provider is linked.
std::vector<std::shared_ptr<IPolicyValidationPlugin>> contextValidationPlugins(
    const App& app, const std::vector<std::shared_ptr<IPolicyValidationPlugin>>& registered);

}  // namespace cdk::detail
