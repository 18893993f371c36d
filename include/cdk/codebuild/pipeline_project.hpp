// Projects run by CodePipeline (aws-cdk-lib's codebuild.PipelineProject).
#pragma once

#include <string_view>

#include "cdk/codebuild/project.hpp"

namespace cdk::codebuild {

/// The props of Project; `source` must be left unset (the pipeline is the source).
using PipelineProjectProps = ProjectProps;

/// A project whose source and artifacts are the pipeline's (Source and Artifacts of type CODEPIPELINE): run
/// it with codepipeline_actions::CodeBuildAction. Without a buildSpec, the source's buildspec.yml is used.
class CDKPP_API PipelineProject : public Project {
 public:
  using Props = PipelineProjectProps;

  /// Throws cdk::ConstructError for a `source` (and for what Project refuses).
  PipelineProject(cdk::Construct& scope, std::string_view id, PipelineProjectProps props = {});
};

}  // namespace cdk::codebuild
