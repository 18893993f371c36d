// The codepipeline module (aws-cdk-lib's aws-codepipeline): pipelines, their stages, artifacts and the
// interface of actions (the actions are in cdk/codepipeline_actions.hpp). The L1 classes
// (cdk::codepipeline::Cfn*) are in "cdk/cfn/codepipeline.hpp".
#pragma once

#include "cdk/codepipeline/action.hpp"
#include "cdk/codepipeline/artifact.hpp"
#include "cdk/codepipeline/pipeline.hpp"
#include "cdk/codepipeline/stage.hpp"
