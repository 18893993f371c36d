// Bad input: aws-cdk-lib's errors for pipelines, stages and actions (tests/codepipeline/fixtures/
// codepipeline-error-*.error.txt). The pipeline's checks at synthesis name the pipeline's path; construction
// errors name the pipeline or the stage; actions and artifacts are values (cdk::Error).
#include <gtest/gtest.h>

#include "cdk/codebuild.hpp"
#include "cdk/codepipeline.hpp"
#include "cdk/codepipeline_actions.hpp"
#include "cdk/iam.hpp"
#include "cdk/s3.hpp"
#include "fixture_scenarios.hpp"
#include "pipeline_test_util.hpp"

namespace {

namespace codebuild = cdk::codebuild;
namespace codepipeline = cdk::codepipeline;
namespace actions = cdk::codepipeline_actions;
using cdkpp_test::expectAwsError;

std::string fixtureError(const std::string& name) { return datatest::fixtureError("codepipeline", name); }

/// The "[path] message" lines of aws-cdk-lib's ValidationFailedWithErrors for the fixture.
std::vector<cdk::ValidationIssue> awsIssues(const std::string& name) {
  const std::string text = cdkpp_test::readFile(datatest::fixturePath("codepipeline", name, ".error.txt"));
  std::vector<cdk::ValidationIssue> issues;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    const auto open = line.find("  [");
    const auto close = line.find("] ");
    if (open != 0 || close == std::string::npos) continue;
    issues.push_back({.path = line.substr(3, close - 3), .message = line.substr(close + 2)});
  }
  return issues;
}

/// Synthesis fails with exactly aws-cdk-lib's validation errors (path and message each).
void expectAwsIssues(const std::string& name, const std::function<void(cdk::Stack&)>& build) {
  const auto expected = awsIssues(name);
  ASSERT_FALSE(expected.empty()) << name;
  datatest::Fixture f;
  build(*f.stack);
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << name << ": expected a cdk::ValidationError";
  } catch (const cdk::ValidationError& e) {
    std::vector<std::string> got;
    for (const auto& issue : e.issues()) got.push_back("[" + issue.path + "] " + issue.message);
    std::vector<std::string> want;
    for (const auto& issue : expected) want.push_back("[" + issue.path + "] " + issue.message);
    EXPECT_EQ(got, want) << name;
  }
}

actions::S3SourceAction source(cdk::Stack& s, codepipeline::Artifact output = codepipeline::Artifact("Source"),
                               std::string name = "Source") {
  auto* bucket = dynamic_cast<cdk::s3::IBucket*>(s.node().tryFindChild("SourceBucket"));
  if (bucket == nullptr) bucket = &s.make<cdk::s3::Bucket>("SourceBucket", {.versioned = true});
  return actions::S3SourceAction(
      {.actionName = std::move(name), .bucket = *bucket, .bucketKey = "app.zip", .output = std::move(output)});
}

actions::CodeBuildAction build(cdk::Stack& s, codepipeline::Artifact input, std::string name = "Build") {
  auto* project = dynamic_cast<codebuild::IProject*>(s.node().tryFindChild("Project"));
  if (project == nullptr) project = &s.make<codebuild::PipelineProject>("Project");
  return actions::CodeBuildAction({.actionName = std::move(name), .input = std::move(input), .project = *project});
}

TEST(CodePipelineErrors, StagesAndSourceActions) {
  expectAwsIssues("codepipeline-error-stage-without-actions", [](cdk::Stack& s) {
    codepipeline::Artifact out("Source");
    s.make<codepipeline::Pipeline>("Pipeline", {.stages = {{.actions = {source(s, out)}, .stageName = "Source"},
                                                           {.actions = {build(s, out)}, .stageName = "Build"},
                                                           {.stageName = "Empty"}}});
  });
  expectAwsIssues("codepipeline-error-source-not-first", [](cdk::Stack& s) {
    codepipeline::Artifact out("Source");
    s.make<codepipeline::Pipeline>(
        "Pipeline", {.stages = {{.actions = {source(s, out)}, .stageName = "Source"},
                                {.actions = {build(s, out), source(s, codepipeline::Artifact("Late"), "Late")},
                                 .stageName = "Build"}}});
  });
  expectAwsIssues("codepipeline-error-first-stage-not-source", [](cdk::Stack& s) {
    codepipeline::Artifact out("Source");
    s.make<codepipeline::Pipeline>("Pipeline", {.stages = {{.actions = {build(s, out)}, .stageName = "Build"},
                                                           {.actions = {source(s, out)}, .stageName = "Source"}}});
  });
  expectAwsIssues("codepipeline-error-one-stage", [](cdk::Stack& s) {
    s.make<codepipeline::Pipeline>("Pipeline", {.stages = {{.actions = {source(s)}, .stageName = "Source"}}});
  });
  expectAwsIssues("codepipeline-error-no-stages", [](cdk::Stack& s) { s.make<codepipeline::Pipeline>("Pipeline"); });
}

TEST(CodePipelineErrors, Artifacts) {
  expectAwsIssues("codepipeline-error-artifact-not-produced", [](cdk::Stack& s) {
    s.make<codepipeline::Pipeline>(
        "Pipeline", {.stages = {{.actions = {source(s)}, .stageName = "Source"},
                                {.actions = {build(s, codepipeline::Artifact("Missing"))}, .stageName = "Build"}}});
  });
  expectAwsIssues("codepipeline-error-artifact-produced-twice", [](cdk::Stack& s) {
    codepipeline::Artifact out("Source");
    s.make<codepipeline::Pipeline>(
        "Pipeline", {.stages = {{.actions = {source(s, out), source(s, out, "Again")}, .stageName = "Source"},
                                {.actions = {build(s, out)}, .stageName = "Build"}}});
  });
  expectAwsIssues("codepipeline-error-source-output-bounds", [](cdk::Stack& s) {
    codepipeline::Artifact out("Source");
    std::vector<codepipeline::Artifact> outputs;
    for (int i = 1; i <= 6; ++i) outputs.emplace_back("Out" + std::to_string(i));
    auto& project = s.make<codebuild::PipelineProject>("Project");
    s.make<codepipeline::Pipeline>(
        "Pipeline", {.stages = {{.actions = {source(s, out)}, .stageName = "Source"},
                                {.actions = {actions::CodeBuildAction(
                                     {.actionName = "Build", .input = out, .outputs = outputs, .project = project})},
                                 .stageName = "Build"}}});
  });
  EXPECT_THROW_MSG(codepipeline::Artifact("Build output"), cdk::Error,
                   fixtureError("codepipeline-error-artifact-name"));
}

TEST(CodePipelineErrors, Construction) {
  expectAwsError("codepipeline", "codepipeline-error-duplicate-stage", [](cdk::Stack& s) {
    auto& pipeline =
        s.make<codepipeline::Pipeline>("Pipeline", {.stages = {{.actions = {source(s)}, .stageName = "Source"}}});
    pipeline.addStage({.stageName = "Source"});
  });
  expectAwsError("codepipeline", "codepipeline-error-duplicate-action", [](cdk::Stack& s) {
    codepipeline::Artifact out("Source");
    s.make<codepipeline::Pipeline>("Pipeline",
                                   {.stages = {{.actions = {source(s, out)}, .stageName = "Source"},
                                               {.actions = {build(s, out), build(s, out)}, .stageName = "Build"}}});
  });
  expectAwsError("codepipeline", "codepipeline-error-stage-name", [](cdk::Stack& s) {
    s.make<codepipeline::Pipeline>("Pipeline", {.stages = {{.actions = {source(s)}, .stageName = "Source stage"}}});
  });
  expectAwsError("codepipeline", "codepipeline-error-key-rotation-without-keys", [](cdk::Stack& s) {
    s.make<codepipeline::Pipeline>("Pipeline", {.crossAccountKeys = false, .enableKeyRotation = true});
  });
  expectAwsError("codepipeline", "codepipeline-error-queued-needs-v2", [](cdk::Stack& s) {
    s.make<codepipeline::Pipeline>("Pipeline", {.executionMode = codepipeline::ExecutionMode::QUEUED});
  });
  expectAwsError("codepipeline", "codepipeline-error-pipeline-name",
                 [](cdk::Stack& s) { s.make<codepipeline::Pipeline>("Pipeline", {.pipelineName = "health tech"}); });
}

TEST(CodePipelineErrors, Actions) {
  datatest::Fixture f;
  auto& bucket = f.stack->make<cdk::s3::Bucket>("B");
  EXPECT_THROW_MSG(actions::S3SourceAction({.actionName = "Source", .bucket = bucket, .bucketKey = ""}), cdk::Error,
                   fixtureError("codepipeline-error-s3-empty-key"));
  auto& service = pipelinetest::webService(*f.stack);
  codepipeline::Artifact out("Build");
  EXPECT_THROW_MSG(
      actions::EcsDeployAction(
          {.actionName = "Deploy", .imageFile = out.atPath("imagedefinitions.json"), .input = out, .service = service}),
      cdk::Error, fixtureError("codepipeline-error-ecs-input-and-image-file"));
  EXPECT_THROW_MSG(actions::EcsDeployAction({.actionName = "Deploy", .service = service}), cdk::Error,
                   fixtureError("codepipeline-error-ecs-no-input"));
  EXPECT_THROW_MSG(actions::EcsDeployAction({.actionName = "Deploy",
                                             .deploymentTimeout = cdk::Duration::minutes(90),
                                             .input = codepipeline::Artifact("B"),
                                             .service = service}),
                   cdk::Error, fixtureError("codepipeline-error-ecs-timeout"));
  EXPECT_THROW_MSG(actions::ManualApprovalAction({.actionName = "Approve", .timeout = cdk::Duration::minutes(2)}),
                   cdk::Error, fixtureError("codepipeline-error-approval-timeout"));
  actions::ManualApprovalAction approval({.actionName = "Approve"});
  auto& role =
      f.stack->make<cdk::iam::Role>("Approver", {.assumedBy = std::make_shared<cdk::iam::AccountRootPrincipal>()});
  EXPECT_THROW_MSG(approval.grantManualApproval(role), cdk::Error,
                   "Cannot grant permissions before binding action to a stage");
}

}  // namespace
