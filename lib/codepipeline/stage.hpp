// A stage of a pipeline and the actions added to it (aws-cdk-lib's private Stage and FullActionDescriptor).
// Internal to the library.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cdk/cfn/codepipeline.hpp"
#include "cdk/codepipeline/pipeline.hpp"
#include "cdk/codepipeline/stage.hpp"

namespace cdk::codepipeline::detail {

/// An action as added to a stage: its properties with the defaults filled in, its configuration and role.
struct ActionDescriptor {
  ActionPtr action;
  std::string actionName;
  ActionCategory category = ActionCategory::SOURCE;
  std::string owner;
  std::string provider;
  std::string version;
  int runOrder = 1;
  ActionArtifactBounds artifactBounds;
  /// Inputs and outputs without repeats (the same artifact, or one of the same name, once).
  std::vector<Artifact> inputs;
  std::vector<Artifact> outputs;
  iam::IRole* role = nullptr;
  cdk::Value configuration;
  std::optional<cdk::Duration> timeout;
};

class Stage final : public IStage {
 public:
  /// Creates the stage's construct and adds the actions of `props`. Throws cdk::ConstructError for an
  /// invalid name (on the stage's path) or an invalid or duplicate action name.
  Stage(const StageProps& props, Pipeline& pipeline);

  const std::string& stageName() const override { return stageName_; }
  IPipeline& pipeline() const override { return *pipeline_; }
  std::vector<ActionPtr> actions() const override;
  void addAction(ActionPtr action) override;
  cdk::Construct& scope() const override { return *scope_; }

  const std::vector<ActionDescriptor>& actionDescriptors() const noexcept { return actions_; }
  bool transitionToEnabled() const noexcept { return transitionToEnabled_; }
  const std::string& transitionDisabledReason() const noexcept { return transitionDisabledReason_; }

  /// Names the unnamed outputs of the actions ("Artifact_<stage>_<action>[_<n>]").
  void nameOutputs();
  CfnPipeline::StageDeclarationProperty render() const;
  /// "Stage '<name>' must have at least one action", and the artifact counts outside an action's bounds.
  std::vector<std::string> validate() const;

 private:
  std::string stageName_;
  bool transitionToEnabled_;
  std::string transitionDisabledReason_;
  Pipeline* pipeline_;
  cdk::Construct* scope_;
  std::vector<ActionDescriptor> actions_;
};

}  // namespace cdk::codepipeline::detail
