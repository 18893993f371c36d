// A pipeline as the target of an EventBridge rule (aws-cdk-lib's events_targets.CodePipeline).
#pragma once

#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/events/rule.hpp"

namespace cdk::codepipeline {
class IPipeline;
}
namespace cdk::iam {
class IRole;
}

namespace cdk::events_targets {

struct CodePipelineTargetOptions {
  /// The role EventBridge assumes; default the pipeline's "EventsRole" (one per pipeline, created on first
  /// use, assumed by events.amazonaws.com).
  cdk::Handle<iam::IRole> eventRole{};
};

/// Starts an execution of the pipeline: the role may codepipeline:StartPipelineExecution on it.
class CDKPP_API CodePipeline final : public events::IRuleTarget {
 public:
  /// The pipeline must outlive the synthesis.
  explicit CodePipeline(codepipeline::IPipeline& pipeline, CodePipelineTargetOptions options = {})
      : pipeline_(&pipeline), options_(options) {}
  events::RuleTargetConfig bind(events::IRule& rule, std::string_view id) override;

 private:
  codepipeline::IPipeline* pipeline_;
  CodePipelineTargetOptions options_;
};

}  // namespace cdk::events_targets
