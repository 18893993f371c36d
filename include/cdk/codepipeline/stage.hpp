// Stages of a pipeline (aws-cdk-lib's codepipeline.IStage, StageProps, StageOptions and StagePlacement).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cdk/codepipeline/action.hpp"
#include "cdk/core/export.hpp"

namespace cdk {
class Construct;
}

namespace cdk::codepipeline {

class IPipeline;
class IStage;

/// Where addStage puts a stage (at most one field; default at the end).
struct StagePlacement {
  /// Just after this stage.
  IStage* justAfter = nullptr;
  /// Just before this stage.
  IStage* rightBefore = nullptr;
};

struct StageProps {
  /// The actions, added in order (more can be added with IStage::addAction).
  std::vector<ActionPtr> actions{};
  /// Where the stage goes (addStage only).
  std::optional<StagePlacement> placement{};
  /// 1 to 100 of [A-Za-z0-9.@_-], unique in the pipeline (required).
  std::string stageName{};
  /// Default "Transition disabled".
  std::optional<std::string> transitionDisabledReason{};
  /// False disables the transition into this stage (DisableInboundStageTransitions).
  bool transitionToEnabled = true;
};
/// aws-cdk-lib's StageOptions (StageProps with a placement).
using StageOptions = StageProps;

/// A stage of a pipeline. Its construct is <pipeline>/<stage name>; each action's is below it.
class CDKPP_API IStage {
 public:
  virtual ~IStage() = default;
  virtual const std::string& stageName() const = 0;
  virtual IPipeline& pipeline() const = 0;
  virtual std::vector<ActionPtr> actions() const = 0;
  /// Throws cdk::ConstructError for an invalid or duplicate action name (on the stage's path).
  virtual void addAction(ActionPtr action) = 0;
  /// The stage's construct (the scope of its actions).
  virtual cdk::Construct& scope() const = 0;
};

}  // namespace cdk::codepipeline
