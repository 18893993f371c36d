#include "cdk/events_targets/codepipeline.hpp"

#include <memory>

#include "cdk/codepipeline/pipeline.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/iam/role.hpp"

namespace cdk::events_targets {

namespace {

/// aws-cdk-lib's singletonEventRole: the "EventsRole" child of the pipeline, created once.
iam::IRole& singletonEventRole(codepipeline::IPipeline& pipeline) {
  cdk::Construct& scope = pipeline.node().host();
  if (auto* existing = dynamic_cast<iam::IRole*>(scope.node().tryFindChild("EventsRole"))) return *existing;
  return scope.make<iam::Role>(
      "EventsRole", iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("events.amazonaws.com")});
}

}  // namespace

events::RuleTargetConfig CodePipeline::bind(events::IRule&, std::string_view) {
  iam::IRole& role = options_.eventRole ? *options_.eventRole : singletonEventRole(*pipeline_);
  const cdk::Value pipelineArn = pipeline_->pipelineArn();
  role.addToPrincipalPolicy(
      iam::PolicyStatement({.actions = {"codepipeline:StartPipelineExecution"}, .resources = {pipelineArn}}));
  return {.arn = pipelineArn, .role = &role};
}

}  // namespace cdk::events_targets
