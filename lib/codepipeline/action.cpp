#include "cdk/codepipeline/action.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/codepipeline/stage.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"
#include "codepipeline/names.hpp"

namespace cdk::codepipeline {

constexpr auto kActionCategoryNames = cdk::enumNames<ActionCategory>({
    {ActionCategory::SOURCE, "Source"},
    {ActionCategory::BUILD, "Build"},
    {ActionCategory::TEST, "Test"},
    {ActionCategory::APPROVAL, "Approval"},
    {ActionCategory::DEPLOY, "Deploy"},
    {ActionCategory::INVOKE, "Invoke"},
    {ActionCategory::COMPUTE, "Compute"},
});
std::string_view toString(ActionCategory category) noexcept { return cdk::nameOf(kActionCategoryNames, category); }

const std::string GlobalVariables::executionId = "#{codepipeline.PipelineExecutionId}";

/// Shared with the tokens variableExpression() hands out, which resolve after the action is bound.
struct Action::NamespaceState {
  std::string actionName;
  std::optional<std::string> customer;
  std::optional<std::string> actual;
  bool referenced = false;
};

Action::Action(ActionProperties properties)
    : properties_(std::move(properties)), namespace_(std::make_shared<NamespaceState>()) {
  namespace_->actionName = properties_.actionName;
  namespace_->customer = properties_.variablesNamespace;
}

ActionConfig Action::bind(cdk::Construct& scope, IStage& stage, const ActionBindOptions& options) {
  stage_ = &stage;
  if (namespace_->customer) detail::validateNamespaceName(scope.node().path(), *namespace_->customer);
  namespace_->actual = namespace_->customer.value_or(stage.stageName() + "_" + properties_.actionName + "_NS");
  return bound(scope, stage, options);
}

std::optional<cdk::Value> Action::renderedVariablesNamespace() const {
  if (namespace_->customer) return cdk::Value(*namespace_->customer);
  if (namespace_->referenced && namespace_->actual) return cdk::Value(*namespace_->actual);
  return std::nullopt;
}

cdk::Value Action::variableExpression(std::string_view variableName) {
  namespace_->referenced = true;
  return cdk::Value("#{") + cdk::Lazy::string([state = namespace_] {
           if (!state->actual) {
             throw cdk::Error(
                 fmt::format("Cannot reference variables of action '{}', as that action was never added to a pipeline",
                             state->actionName));
           }
           return *state->actual;
         }) +
         "." + std::string(variableName) + "}";
}

}  // namespace cdk::codepipeline
