// The codepipeline_actions module (aws-cdk-lib's aws-codepipeline-actions): sources from S3, CodeStar
// connections and ECR, CodeBuild builds and tests, ECS deployments and manual approvals.
#pragma once

#include "cdk/codepipeline_actions/action.hpp"
#include "cdk/codepipeline_actions/codebuild_action.hpp"
#include "cdk/codepipeline_actions/codestar_connections_source_action.hpp"
#include "cdk/codepipeline_actions/ecr_source_action.hpp"
#include "cdk/codepipeline_actions/ecs_deploy_action.hpp"
#include "cdk/codepipeline_actions/manual_approval_action.hpp"
#include "cdk/codepipeline_actions/s3_source_action.hpp"
