// Pipeline actions as the pipeline sees them (aws-cdk-lib's codepipeline.IAction, Action, ActionProperties,
// ActionBindOptions, ActionConfig, ActionCategory, ActionArtifactBounds and GlobalVariables). The actions
// themselves are in codepipeline_actions.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/codepipeline/artifact.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class Construct;
}
namespace cdk::iam {
class IRole;
}
namespace cdk::s3 {
class IBucket;
}

namespace cdk::codepipeline {

class IStage;

enum class ActionCategory { SOURCE, BUILD, TEST, APPROVAL, DEPLOY, INVOKE, COMPUTE };
/// The CloudFormation value ("Source", "Build", "Test", "Approval", "Deploy", "Invoke", "Compute").
CDKPP_API std::string_view toString(ActionCategory category) noexcept;

/// How many input and output artifacts an action takes.
struct ActionArtifactBounds {
  int maxInputs = 0;
  int maxOutputs = 0;
  int minInputs = 0;
  int minOutputs = 0;
};

/// What an action is (aws-cdk-lib's ActionProperties).
struct ActionProperties {
  std::string actionName{};
  ActionArtifactBounds artifactBounds{};
  ActionCategory category = ActionCategory::SOURCE;
  std::vector<Artifact> inputs{};
  std::vector<Artifact> outputs{};
  /// Default "AWS"; only AWS actions get a role.
  std::optional<std::string> owner{};
  std::string provider{};
  /// The role the action runs as; default one the pipeline creates ("CodePipelineActionRole").
  cdk::Handle<iam::IRole> role{};
  /// Default 1.
  std::optional<int> runOrder{};
  std::optional<cdk::Duration> timeout{};
  /// The namespace of the action's variables; default "<stage>_<action>_NS" once a variable is used.
  std::optional<std::string> variablesNamespace{};
  /// Default "1".
  std::optional<std::string> version{};
};

/// What the pipeline gives an action when it is added to a stage.
struct ActionBindOptions {
  /// The action's role (or the pipeline's).
  iam::IRole& role;
  /// The pipeline's artifact bucket.
  s3::IBucket& bucket;
};

/// What an action contributes to the stage: its Configuration (a map in the order the action writes it;
/// null when the action has none).
struct ActionConfig {
  cdk::Value configuration{};
};

/// An action of a pipeline stage.
class CDKPP_API IAction {
 public:
  virtual ~IAction() = default;
  virtual const ActionProperties& actionProperties() const = 0;
  /// Called once, when the action is added to a stage: `scope` is the action's construct (<pipeline>/<stage>/
  /// <action>), where it creates what it needs.
  virtual ActionConfig bind(cdk::Construct& scope, IStage& stage, const ActionBindOptions& options) = 0;
  /// The Namespace to render (the pipeline asks when it renders its stages).
  virtual std::optional<cdk::Value> renderedVariablesNamespace() const { return std::nullopt; }
};

/// The actions of stages hold them by shared pointer; every action of codepipeline_actions converts to one.
using ActionPtr = std::shared_ptr<IAction>;

/// The base of actions (aws-cdk-lib's codepipeline.Action): the variables namespace, and bind() calling bound().
class CDKPP_API Action : public IAction {
 public:
  const ActionProperties& actionProperties() const override { return properties_; }
  ActionConfig bind(cdk::Construct& scope, IStage& stage, const ActionBindOptions& options) final;
  std::optional<cdk::Value> renderedVariablesNamespace() const override;
  /// "#{<namespace>.<variableName>}": a variable the action sets, for the configuration of later actions. The
  /// namespace is rendered from then on. Resolving it throws cdk::Error when the action was never added to a
  /// pipeline.
  cdk::Value variableExpression(std::string_view variableName);

  /// The stage the action was added to (nullptr before).
  IStage* stage() const noexcept { return stage_; }

 protected:
  explicit Action(ActionProperties properties);
  virtual ActionConfig bound(cdk::Construct& scope, IStage& stage, const ActionBindOptions& options) = 0;

 private:
  struct NamespaceState;
  ActionProperties properties_;
  IStage* stage_ = nullptr;
  std::shared_ptr<NamespaceState> namespace_;
};

/// The variables every pipeline execution has.
class CDKPP_API GlobalVariables {
 public:
  /// "#{codepipeline.PipelineExecutionId}".
  static const std::string executionId;
};

}  // namespace cdk::codepipeline
