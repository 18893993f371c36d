// Policy validation plugins run at synthesis (aws-cdk-lib's Validations and IPolicyValidationPlugin): a plugin
// sees each stack's resolved template and reports violations; synthesis maps them back to construct paths,
// fails on errors (all of them in one ValidationError) and turns warnings into annotations. The compliance
// packs (cdk::compliance) are such plugins; others (a team's own checks) plug in the same way.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/export.hpp"

namespace cdk {

class Construct;
class Stack;

/// A resource a violation concerns. Give the logical ID; synthesis fills in the construct path.
struct PolicyViolatingResource {
  std::vector<std::string> locations{};  ///< where in the resource, e.g. "Properties/VpcConfig"
  std::string constructPath{};
  std::string resourceLogicalId{};
  std::string templatePath{};
};

/// One rule broken by one or more resources.
struct PolicyViolation {
  std::string description{};
  std::string fix{};  ///< what to change
  std::string ruleName{};
  /// "error" (the default when empty), "warning" or "info". Warnings and infos never fail synthesis.
  std::string severity{};
  std::vector<PolicyViolatingResource> violatingResources{};
};

/// What a plugin found in one stack. `success == false` fails synthesis with every error-level violation of
/// every stack; a report that succeeds despite error-level violations (a report-only mode) has them turned
/// into warnings.
struct PolicyValidationPluginReport {
  std::string pluginVersion{};
  bool success = true;
  std::vector<PolicyViolation> violations{};
};

/// What a plugin is given for one stack.
class CDKPP_API IPolicyValidationContext {
 public:
  virtual ~IPolicyValidationContext() = default;
  virtual const Stack& stack() const = 0;
  /// The stack's template as synthesis resolved it. Outputs that synthesis adds to this stack later, for
  /// other stacks that reference its resources, are not part of it.
  virtual const nlohmann::ordered_json& templateJson() const = 0;
  /// The file the template is written to, relative to the cloud assembly's folder.
  virtual std::string templatePath() const = 0;
  /// The construct path of the template element with this logical ID; empty when there is none. A view of the
  /// construct's own path, valid while the construct is.
  virtual std::string_view constructPath(std::string_view logicalId) const = 0;
  /// Adds a file to the cloud assembly (a report, ...), written with the templates; `name` is relative to
  /// the assembly's folder and must not be the name of another file of the assembly.
  virtual void addAssemblyFile(std::string name, std::string contents) = 0;
};

class CDKPP_API IPolicyValidationPlugin {
 public:
  virtual ~IPolicyValidationPlugin() = default;
  /// The name shown with its violations.
  virtual std::string name() const = 0;
  /// Called once per stack, after the stack's template is resolved.
  virtual PolicyValidationPluginReport validate(IPolicyValidationContext& context) = 0;
};

/// Validations::of(app).addPlugins(plugin, ...) runs the plugins at every synthesis of the app.
class CDKPP_API Validations {
 public:
  /// The construct metadata type that records acknowledged rules: data {"<rule id>": "<reason>"}.
  static constexpr std::string_view ACKNOWLEDGED_RULES_METADATA_KEY = "aws:cdk:acknowledged-rules";

  static Validations of(Construct& scope) noexcept { return Validations(scope); }

  /// Registers plugins. As in aws-cdk-lib, plugins belong to an App: a scope that is not one throws
  /// ConstructError.
  template <class... Plugins>
  void addPlugins(std::shared_ptr<IPolicyValidationPlugin> plugin, Plugins&&... more) {
    addPlugin(std::move(plugin));
    (addPlugin(std::forward<Plugins>(more)), ...);
  }

 private:
  explicit Validations(Construct& scope) noexcept : scope_(&scope) {}
  void addPlugin(std::shared_ptr<IPolicyValidationPlugin> plugin);
  Construct* scope_;
};

}  // namespace cdk
