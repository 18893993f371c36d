#include "context_plugins.hpp"

#include "cdk/core/app.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::detail {
namespace {

// Constant-initialized, so the compliance layer's static initializer may set it before or after any of core's.
constinit ContextPluginsProvider installedProvider = nullptr;

}  // namespace

void installContextPluginsProvider(ContextPluginsProvider provider) noexcept { installedProvider = provider; }

std::vector<std::shared_ptr<IPolicyValidationPlugin>> contextValidationPlugins(
    const App& app, const std::vector<std::shared_ptr<IPolicyValidationPlugin>>& registered) {
  if (installedProvider) return installedProvider(app, registered);
  auto value = app.node().tryGetContext("cdkpp:compliance");
  if (value && !value->isNull()) {
    throw ContextError(
        "context cdkpp:compliance (--compliance) asks for compliance packs, but this program's cdkpp was built "
        "without the compliance module: build it with CDKPP_MODULES naming compliance (or all), or drop the "
        "option");
  }
  return {};
}

}  // namespace cdk::detail
