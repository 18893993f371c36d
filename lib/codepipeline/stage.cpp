#include "codepipeline/stage.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/iam/role.hpp"
#include "codepipeline/names.hpp"

namespace cdk::codepipeline::detail {

namespace {

/// aws-cdk-lib's deduplicateArtifacts: a named artifact once per name, an unnamed one once per object.
std::vector<Artifact> withoutRepeats(const std::vector<Artifact>& artifacts) {
  std::vector<Artifact> out;
  for (const Artifact& artifact : artifacts) {
    const bool seen = std::ranges::any_of(out, [&](const Artifact& kept) {
      return artifact.artifactName() ? kept.artifactName() == artifact.artifactName() : kept == artifact;
    });
    if (!seen) out.push_back(artifact);
  }
  return out;
}

/// InputArtifacts / OutputArtifacts: the named artifacts (nullopt when there is none, as aws-cdk-lib's
/// omitEmptyArray).
template <class Property>
std::optional<std::vector<Property>> renderArtifacts(const std::vector<Artifact>& artifacts) {
  std::vector<Property> out;
  for (const Artifact& artifact : artifacts) {
    if (artifact.artifactName()) out.push_back(Property{.name = *artifact.artifactName()});
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::vector<std::string> artifactBounds(std::string_view type, std::size_t count, int min, int max,
                                        const ActionDescriptor& action) {
  std::vector<std::string> errors;
  const std::string who = fmt::format("{}/{}", toString(action.category), action.provider);
  if (count < static_cast<std::size_t>(min)) {
    errors.push_back(fmt::format("{} must have at least {} {} artifacts", who, min, type));
  }
  if (count > static_cast<std::size_t>(max)) {
    errors.push_back(fmt::format("{} cannot have more than {} {} artifacts", who, max, type));
  }
  return errors;
}

}  // namespace

Stage::Stage(const StageProps& props, Pipeline& pipeline)
    : stageName_(props.stageName),
      transitionToEnabled_(props.transitionToEnabled),
      transitionDisabledReason_(props.transitionDisabledReason.value_or("Transition disabled")),
      pipeline_(&pipeline),
      scope_(&pipeline.make<cdk::Construct>(props.stageName)) {
  validateName(scope_->node().path(), "Stage", stageName_);
  for (const ActionPtr& action : props.actions) addAction(action);
}

std::vector<ActionPtr> Stage::actions() const {
  std::vector<ActionPtr> out;
  for (const auto& descriptor : actions_) out.push_back(descriptor.action);
  return out;
}

void Stage::addAction(ActionPtr action) {
  if (!action) throw cdk::ConstructError(scope_->node().path(), "addAction: give an action (got a null pointer)");
  const ActionProperties& properties = action->actionProperties();
  const std::string& actionName = properties.actionName;
  validateName(scope_->node().path(), "Action", actionName);
  if (std::ranges::any_of(actions_, [&](const auto& a) { return a.actionName == actionName; })) {
    throw cdk::ConstructError(scope_->node().path(), fmt::format("Stage {} already contains an action with name '{}'",
                                                                 stageName_, actionName));
  }
  cdk::Construct* actionScope = scope_->node().tryFindChild(actionName);
  if (actionScope == nullptr) actionScope = &scope_->make<cdk::Construct>(actionName);
  auto [config, role] = pipeline_->attachAction(*this, *action, *actionScope);
  actions_.push_back(ActionDescriptor{.action = action,
                                      .actionName = actionName,
                                      .category = properties.category,
                                      .owner = properties.owner.value_or("AWS"),
                                      .provider = properties.provider,
                                      .version = properties.version.value_or("1"),
                                      .runOrder = properties.runOrder.value_or(1),
                                      .artifactBounds = properties.artifactBounds,
                                      .inputs = withoutRepeats(properties.inputs),
                                      .outputs = withoutRepeats(properties.outputs),
                                      .role = properties.role ? properties.role.get() : role,
                                      .configuration = std::move(config.configuration),
                                      .timeout = properties.timeout});
}

void Stage::nameOutputs() {
  for (ActionDescriptor& action : actions_) {
    std::vector<Artifact> unnamed;
    for (const Artifact& output : action.outputs) {
      if (!output.artifactName()) unnamed.push_back(output);
    }
    for (std::size_t i = 0; i < unnamed.size(); ++i) {
      std::string name = "Artifact_" + stageName_ + "_" + action.actionName;
      if (unnamed.size() > 1) name += "_" + std::to_string(i + 1);
      std::erase_if(name, [](char c) { return c == '@' || c == '.'; });
      unnamed[i].setName(std::move(name));
    }
  }
}

CfnPipeline::StageDeclarationProperty Stage::render() const {
  std::vector<CfnPipeline::ActionDeclarationProperty> actions;
  for (const ActionDescriptor& action : actions_) {
    CfnPipeline::ActionDeclarationProperty declaration{
        .actionTypeId = CfnPipeline::ActionTypeIdProperty{.category = std::string(toString(action.category)),
                                                          .owner = action.owner,
                                                          .provider = action.provider,
                                                          .version = action.version},
        .inputArtifacts = renderArtifacts<CfnPipeline::InputArtifactProperty>(action.inputs),
        .name = action.actionName,
        .namespace_ = action.action->renderedVariablesNamespace(),
        .outputArtifacts = renderArtifacts<CfnPipeline::OutputArtifactProperty>(action.outputs),
        .runOrder = action.runOrder};
    if (!action.configuration.isNull()) declaration.configuration = action.configuration;
    if (action.role != nullptr) declaration.roleArn = action.role->roleArn();
    if (action.timeout) declaration.timeoutInMinutes = action.timeout->toMinutes();
    actions.push_back(std::move(declaration));
  }
  return CfnPipeline::StageDeclarationProperty{.actions = std::move(actions), .name = stageName_};
}

std::vector<std::string> Stage::validate() const {
  std::vector<std::string> errors;
  if (actions_.empty()) errors.push_back(fmt::format("Stage '{}' must have at least one action", stageName_));
  for (const ActionDescriptor& action : actions_) {
    const ActionArtifactBounds& bounds = action.artifactBounds;
    for (auto& e : artifactBounds("input", action.inputs.size(), bounds.minInputs, bounds.maxInputs, action)) {
      errors.push_back(std::move(e));
    }
    for (auto& e : artifactBounds("output", action.outputs.size(), bounds.minOutputs, bounds.maxOutputs, action)) {
      errors.push_back(std::move(e));
    }
  }
  return errors;
}

}  // namespace cdk::codepipeline::detail
