#include "cdk/core/validations.hpp"

#include "cdk/core/app.hpp"
#include "cdk/core/errors.hpp"

namespace cdk {

void Validations::addPlugin(std::shared_ptr<IPolicyValidationPlugin> plugin) {
  auto* app = dynamic_cast<App*>(scope_);
  if (!app) {
    throw ConstructError(scope_->node().path(),
                         "validation plugins can only be added to an App; call Validations::of(app).addPlugins(...)");
  }
  if (!plugin) throw ConstructError(scope_->node().path(), "addPlugins() was given a null plugin");
  app->validationPlugins_.push_back(std::move(plugin));
}

}  // namespace cdk
