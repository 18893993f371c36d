// Pipelines beyond the fixture programs: the feature flags they read (tests/codepipeline/fixtures/
// codepipeline-flags.ts), looking stages up, placing them, and the artifacts' attributes.
#include <gtest/gtest.h>

#include "cdk/codebuild.hpp"
#include "cdk/codepipeline.hpp"
#include "cdk/codepipeline_actions.hpp"
#include "cdk/s3.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace codepipeline = cdk::codepipeline;
namespace actions = cdk::codepipeline_actions;
using cdk::Value;

/// A source stage and a build stage, as codepipeline-flags.ts has them.
codepipeline::Pipeline& twoStages(cdk::Stack& stack, codepipeline::PipelineProps props = {}) {
  auto& bucket = stack.make<cdk::s3::Bucket>("SourceBucket", {.versioned = true});
  codepipeline::Artifact source("Source");
  auto& project = stack.make<cdk::codebuild::PipelineProject>("Project");
  props.stages = {{.actions = {actions::S3SourceAction(
                       {.actionName = "Zip", .bucket = bucket, .bucketKey = "app.zip", .output = source})},
                   .stageName = "Source"},
                  {.actions = {actions::CodeBuildAction({.actionName = "Build", .input = source, .project = project})},
                   .stageName = "Build"}};
  return stack.make<codepipeline::Pipeline>("Pipeline", std::move(props));
}

TEST(Pipeline, FeatureFlags) {
  cdkpp_test::expectScenarioMatchesFixture(
      "codepipeline", {.name = "codepipeline-flags",
                       .build = [](cdk::Stack& s) { twoStages(s); },
                       .context = {{"@aws-cdk/aws-codepipeline:crossAccountKeysDefaultValueToFalse", true},
                                   {"@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2", true},
                                   {"@aws-cdk/pipelines:reduceStageRoleTrustScope", false}}});
}

TEST(Pipeline, Stages) {
  datatest::Fixture f;
  auto& pipeline = twoStages(*f.stack);
  EXPECT_EQ(pipeline.stageCount(), 2u);
  EXPECT_EQ(pipeline.stage("Build").stageName(), "Build");
  EXPECT_EQ(&pipeline.stage("Build").pipeline(), &static_cast<codepipeline::IPipeline&>(pipeline));
  EXPECT_EQ(pipeline.stage("Source").actions().size(), 1u);
  EXPECT_EQ(pipeline.stage("Build").scope().node().path(), "TapStackdev/Pipeline/Build");
  EXPECT_THROW_MSG(pipeline.stage("Deploy"), cdk::ConstructError,
                   "Pipeline does not contain a stage named 'Deploy'. Available stages: Source, Build");
  auto& approve = pipeline.addStage({.actions = {actions::ManualApprovalAction({.actionName = "Approve"})},
                                     .placement = codepipeline::StagePlacement{.justAfter = &pipeline.stage("Source")},
                                     .stageName = "Approve"});
  EXPECT_EQ(pipeline.stages()[1], &approve);
  EXPECT_THROW_MSG(
      pipeline.addStage({.placement = codepipeline::StagePlacement{.justAfter = &approve, .rightBefore = &approve},
                         .stageName = "Both"}),
      cdk::ConstructError,
      "you can only provide at most one placement property, but 'rightBefore, justAfter' were given");
  datatest::Fixture other;
  auto& elsewhere = twoStages(*other.stack);
  EXPECT_THROW_MSG(
      pipeline.addStage(
          {.placement = codepipeline::StagePlacement{.rightBefore = &elsewhere.stage("Build")}, .stageName = "Late"}),
      cdk::ConstructError, "the requested Stage to add it before, 'Build', was not found");
}

TEST(Pipeline, Attributes) {
  datatest::Fixture f;
  auto& pipeline = twoStages(*f.stack);
  EXPECT_EQ(f.stack->resolve(pipeline.pipelineVersion()).dump(), R"({"Fn::GetAtt":["PipelineC660917D","Version"]})");
  codepipeline::Artifact named("Build");
  EXPECT_EQ(f.stack->resolve(named.bucketName()).dump(), R"({"Fn::GetArtifactAtt":["Build","BucketName"]})");
  EXPECT_EQ(f.stack->resolve(named.getParam("out.json", "version")).dump(),
            R"({"Fn::GetParam":["Build","out.json","version"]})");
  EXPECT_EQ(
      f.stack->resolve(codepipeline::ArtifactPath::artifactPath("Build", "imagedefinitions.json").location()).dump(),
      R"("Build::imagedefinitions.json")");
  // An unnamed artifact is named by the pipeline that produces it; before that its name cannot be resolved.
  codepipeline::Artifact unnamed;
  EXPECT_THROW(f.stack->resolve(unnamed.url()), cdk::Error);
  unnamed.setName("Artifact_Build_Image");
  EXPECT_EQ(f.stack->resolve(unnamed.url()).dump(), R"({"Fn::GetArtifactAtt":["Artifact_Build_Image","URL"]})");
  EXPECT_THROW_MSG(unnamed.setName("Other"), cdk::Error,
                   "Artifact already has name 'Artifact_Build_Image', cannot override it");
}

}  // namespace
