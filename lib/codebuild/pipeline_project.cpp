#include "cdk/codebuild/pipeline_project.hpp"

#include <memory>
#include <utility>

#include "cdk/core/errors.hpp"
#include "codebuild/project_sources.hpp"

namespace cdk::codebuild {

namespace {

/// The props with the pipeline as source (aws-cdk-lib: `{source: new CodePipelineSource(), ...props}`).
ProjectProps withPipelineSource(const cdk::Construct& scope, std::string_view id, ProjectProps props) {
  if (props.source) {
    throw cdk::ConstructError(
        scope.node().path() + "/" + std::string(id),
        "A PipelineProject takes its source from the pipeline: remove `source`, or use codebuild::Project");
  }
  props.source = std::make_shared<const detail::TypeOnlySource>(detail::CODEPIPELINE_SOURCE_ARTIFACTS_TYPE);
  return props;
}

}  // namespace

PipelineProject::PipelineProject(cdk::Construct& scope, std::string_view id, PipelineProjectProps props)
    : Project(scope, id, withPipelineSource(scope, id, std::move(props))) {}

}  // namespace cdk::codebuild
