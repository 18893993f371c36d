// The base of this module's actions (aws-cdk-lib's codepipeline_actions.Action): each action is a handle that
// stages take as a codepipeline::ActionPtr, so one object can be added to a stage and then asked for its
// variables.
#pragma once

#include <memory>
#include <string>
#include <utility>

#include "cdk/codepipeline/action.hpp"
#include "cdk/codepipeline/artifact.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"

namespace cdk::iam {
class IRole;
}

namespace cdk::codepipeline_actions {

/// A handle to an action. Copies are the same action.
class CDKPP_API Action {
 public:
  /// What stages take: `.actions = {actions::S3SourceAction({...})}`, `stage.addAction(action)`.
  operator codepipeline::ActionPtr() const noexcept { return action_; }
  const codepipeline::ActionProperties& actionProperties() const { return action_->actionProperties(); }

 protected:
  explicit Action(std::shared_ptr<codepipeline::Action> action) : action_(std::move(action)) {}
  codepipeline::Action& impl() const noexcept { return *action_; }

 private:
  std::shared_ptr<codepipeline::Action> action_;
};

}  // namespace cdk::codepipeline_actions
