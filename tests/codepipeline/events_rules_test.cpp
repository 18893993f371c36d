// EventBridge rules and the pipeline target (events::Rule, events_targets::CodePipeline), which the ECR source
// action uses: tests/codepipeline/fixtures/events-rules.ts in C++, and aws-cdk-lib's errors for rules.
#include <gtest/gtest.h>

#include "cdk/codebuild.hpp"
#include "cdk/codepipeline.hpp"
#include "cdk/codepipeline_actions.hpp"
#include "cdk/events.hpp"
#include "cdk/events_targets.hpp"
#include "cdk/iam.hpp"
#include "cdk/s3.hpp"
#include "fixture_programs.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace codepipeline = cdk::codepipeline;
namespace actions = cdk::codepipeline_actions;
namespace events = cdk::events;
using cdk::Value;

void rules(cdk::Stack& stack) {
  auto& bucket = stack.make<cdk::s3::Bucket>("SourceBucket", {.versioned = true});
  codepipeline::Artifact source("Source");
  auto& project = stack.make<cdk::codebuild::PipelineProject>("Project");
  auto& pipeline = stack.make<codepipeline::Pipeline>(
      "Pipeline",
      {.crossAccountKeys = false,
       .pipelineType = codepipeline::PipelineType::V2,
       .stages = {{.actions = {actions::S3SourceAction({.actionName = "Zip",
                                                        .bucket = bucket,
                                                        .bucketKey = "app.zip",
                                                        .output = source,
                                                        .trigger = actions::S3Trigger::NONE})},
                   .stageName = "Source"},
                  {.actions = {actions::CodeBuildAction({.actionName = "Build", .input = source, .project = project})},
                   .stageName = "Build"}}});
  stack.make<events::Rule>("Nightly", {.description = "Nightly release build",
                                       .enabled = false,
                                       .ruleName = "healthtech-nightly",
                                       .schedule = events::Schedule::cron({.hour = "2", .minute = "0"}),
                                       .targets = {std::make_shared<cdk::events_targets::CodePipeline>(pipeline)}});
  auto& role = stack.make<cdk::iam::Role>(
      "StartRole", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("events.amazonaws.com")});
  auto& onPush = stack.make<events::Rule>(
      "OnPush", {.eventPattern = Value::map(
                     {{"source", Value::list({"aws.ecr"})}, {"detailType", Value::list({"ECR Image Action"})}})});
  onPush.addEventPattern(Value::map({{"source", Value::list({"aws.ecr", "aws.codecommit"})},
                                     {"detail", Value::map({{"action-type", Value::list({"PUSH"})}})}}));
  onPush.addEventPattern(Value::map(
      {{"detail", Value::map({{"result", Value::list({"SUCCESS"})}, {"action-type", Value::list({"PUSH"})}})}}));
  onPush.addTarget(std::make_shared<cdk::events_targets::CodePipeline>(
      pipeline, cdk::events_targets::CodePipelineTargetOptions{.eventRole = role}));
}

TEST(EventRules, SameTemplateAsAwsCdkLib) {
  const cdkpp_test::FixtureProgram program{
      .name = "events-rules",
      .build = rules,
      .lintAccepted = {{.rule = "W3005",
                        .reason = "aws-cdk-lib's Pipeline depends on its role explicitly besides the RoleArn GetAtt"}}};
  cdkpp_test::expectProgramMatchesFixture("codepipeline", program);
  cdkpp_test::expectProgramsLintClean({program});
}

/// The "[path] message" line of aws-cdk-lib's validation error.
std::string validationLine(const std::string& name) {
  const std::string text = cdkpp_test::readFile(datatest::fixturePath("codepipeline", name, ".error.txt"));
  const auto start = text.find("  [");
  return text.substr(start + 2, text.find('\n', start) - start - 2);
}

void expectIssue(const std::string& name, const std::function<void(cdk::Stack&)>& build) {
  const std::string line = validationLine(name);
  const auto close = line.find("] ");
  cdkpp_test::expectBuildError(build, line.substr(1, close - 1), line.substr(close + 2));
}

TEST(EventRules, Errors) {
  expectIssue("events-error-no-pattern-no-schedule", [](cdk::Stack& s) { s.make<events::Rule>("Rule"); });
  expectIssue("events-error-rule-name", [](cdk::Stack& s) {
    s.make<events::Rule>("Rule",
                         {.ruleName = "nightly build", .schedule = events::Schedule::rate(cdk::Duration::days(1))});
  });
  datatest::Fixture f;
  auto& rule =
      f.stack->make<events::Rule>("Rule", {.eventPattern = Value::map({{"source", Value::list({"aws.ecr"})}})});
  EXPECT_THROW_MSG(rule.addEventPattern(Value::map({{"source", Value::map({{"prefix", "aws."}})}})), cdk::Error,
                   datatest::fixtureError("codepipeline", "events-error-pattern-type-mismatch"));
  EXPECT_THROW_MSG(f.stack->make<events::Rule>("Other", {.eventPattern = Value::map({{"source", "aws.ecr"}})}),
                   cdk::Error, datatest::fixtureError("codepipeline", "events-error-pattern-not-list"));
}

}  // namespace
