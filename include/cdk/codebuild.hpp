// The codebuild module (aws-cdk-lib's aws-codebuild): projects, pipeline projects, build images, build specs,
// environment variables and logging. The L1 classes (cdk::codebuild::Cfn*) are in "cdk/cfn/codebuild.hpp".
#pragma once

#include "cdk/codebuild/build_environment.hpp"
#include "cdk/codebuild/build_image.hpp"
#include "cdk/codebuild/build_spec.hpp"
#include "cdk/codebuild/pipeline_project.hpp"
#include "cdk/codebuild/project.hpp"
#include "cdk/codebuild/project_logs.hpp"
#include "cdk/codebuild/source.hpp"
