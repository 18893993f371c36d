// The programs of tests/codepipeline/fixtures/*.ts in C++: pipelines with source, build, approval and deploy
// stages as seeds 002 and 004 use them; the same templates and warnings as aws-cdk-lib 2.276 gave for them,
// and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/codebuild.hpp"
#include "cdk/codepipeline.hpp"
#include "cdk/codepipeline_actions.hpp"
#include "cdk/ecr.hpp"
#include "cdk/iam.hpp"
#include "cdk/s3.hpp"
#include "cdk/sns.hpp"
#include "fixture_programs.hpp"
#include "pipeline_test_util.hpp"

namespace {

namespace codebuild = cdk::codebuild;
namespace codepipeline = cdk::codepipeline;
namespace actions = cdk::codepipeline_actions;
using cdk::Duration;
using cdk::Value;
using cdkpp_test::FixtureProgram;

void s3BuildDeploy(cdk::Stack& stack) {
  auto& service = pipelinetest::webService(stack);
  auto& sourceBucket = stack.make<cdk::s3::Bucket>("SourceBucket", {.enforceSSL = true, .versioned = true});
  auto& repository = stack.make<cdk::ecr::Repository>("Repository");
  auto& project = stack.make<codebuild::PipelineProject>(
      "DockerBuild", {.environment = {.buildImage = codebuild::LinuxBuildImage::STANDARD_7_0, .privileged = true},
                      .environmentVariables = {{"REPOSITORY_URI", {.value = repository.repositoryUri()}}}});
  repository.grantPullPush(project);
  codepipeline::Artifact sourceOutput("SourceOutput");
  codepipeline::Artifact buildOutput("BuildOutput");
  auto& pipeline = stack.make<codepipeline::Pipeline>(
      "Pipeline",
      {.stages = {
           {.actions = {actions::S3SourceAction({.actionName = "S3Source",
                                                 .bucket = sourceBucket,
                                                 .bucketKey = "source/app.zip",
                                                 .output = sourceOutput,
                                                 .trigger = actions::S3Trigger::POLL})},
            .stageName = "Source"},
           {.actions = {actions::CodeBuildAction(
                {.actionName = "DockerBuild", .input = sourceOutput, .outputs = {buildOutput}, .project = project})},
            .stageName = "Build"}}});
  pipeline.addStage(
      {.actions = {actions::ManualApprovalAction({.actionName = "Approve",
                                                  .additionalInformation = "Check the staging environment",
                                                  .notifyEmails = {"ops@example.com"}})},
       .stageName = "Approve"});
  pipeline.addStage({.actions = {actions::EcsDeployAction({.actionName = "Deploy",
                                                           .deploymentTimeout = Duration::minutes(30),
                                                           .imageFile = buildOutput.atPath("imagedefinitions.json"),
                                                           .service = service})},
                     .stageName = "Deploy"});
  stack.make<cdk::CfnOutput>("PipelineName", {.value = pipeline.pipelineName()});
  stack.make<cdk::CfnOutput>("PipelineArn", {.value = pipeline.pipelineArn()});
  stack.make<cdk::CfnOutput>("ArtifactBucketName", {.value = pipeline.artifactBucket().bucketName()});
}

void githubV2(cdk::Stack& stack) {
  auto& service = pipelinetest::webService(stack);
  auto& artifactBucket =
      stack.make<cdk::s3::Bucket>("ArtifactBucket", {.encryption = cdk::s3::BucketEncryption::S3_MANAGED,
                                                     .enforceSSL = true,
                                                     .removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& configBucket = cdk::s3::Bucket::fromBucketName(stack, "ConfigBucket", "healthtech-config-dev");
  auto& pipeline = stack.make<codepipeline::Pipeline>("Pipeline", {.artifactBucket = artifactBucket,
                                                                   .crossAccountKeys = false,
                                                                   .executionMode = codepipeline::ExecutionMode::QUEUED,
                                                                   .pipelineName = "healthtech-pipeline-dev",
                                                                   .pipelineType = codepipeline::PipelineType::V2,
                                                                   .restartExecutionOnUpdate = true});
  codepipeline::Artifact source;
  codepipeline::Artifact config("Config");
  pipeline.addStage(
      {.actions = {actions::CodeStarConnectionsSourceAction(
                       {.actionName = "GitHub",
                        .branch = "main",
                        .codeBuildCloneOutput = true,
                        .connectionArn = "arn:aws:codeconnections:ap-southeast-1:123456789012:connection/"
                                         "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
                        .output = source,
                        .owner = "healthtech",
                        .repo = "platform",
                        .triggerOnPush = true}),
                   actions::S3SourceAction(
                       {.actionName = "Config", .bucket = configBucket, .bucketKey = "config.zip", .output = config})},
       .stageName = "Source"});
  auto& tests = stack.make<codebuild::PipelineProject>(
      "UnitTests", {.buildSpec = codebuild::BuildSpec::fromSourceFilename("buildspec-test.yml")});
  auto& build = stack.make<codebuild::PipelineProject>("ImageBuild", {.environment = {.privileged = true}});
  codepipeline::Artifact image;
  codepipeline::Artifact reports;
  pipeline.addStage(
      {.actions = {actions::CodeBuildAction({.actionName = "UnitTests",
                                             .input = source,
                                             .project = tests,
                                             .type = actions::CodeBuildActionType::TEST}),
                   actions::CodeBuildAction(
                       {.actionName = "Image",
                        .environmentVariables = {{"STAGE", {.value = "dev"}},
                                                 {"DB_HOST",
                                                  {.type = codebuild::BuildEnvironmentVariableType::PARAMETER_STORE,
                                                   .value = "/healthtech/dev/db-host"}},
                                                 {"COMMIT", {.value = codepipeline::GlobalVariables::executionId}}},
                        .extraInputs = {config},
                        .input = source,
                        .outputs = {image, reports},
                        .project = build,
                        .runOrder = 2})},
       .stageName = "Build"});
  pipeline.addStage(
      {.actions = {actions::EcsDeployAction({.actionName = "Deploy", .input = image, .service = service})},
       .stageName = "Deploy"});
}

void ecrSource(cdk::Stack& stack) {
  auto& service = pipelinetest::webService(stack);
  auto& repository = stack.make<cdk::ecr::Repository>("Repository", {.repositoryName = "healthtech-web"});
  auto& topic = stack.make<cdk::sns::Topic>("ReleaseApprovals");
  codepipeline::Artifact image("Image");
  codepipeline::Artifact definitions("Definitions");
  auto& project = stack.make<codebuild::PipelineProject>(
      "ImageDefinitions",
      {.buildSpec = codebuild::BuildSpec::fromObject(Value::map(
           {{"version", "0.2"},
            {"phases",
             Value::map(
                 {{"build", Value::map({{"commands", Value::list({"printf '[{\"name\":\"web\",\"imageUri\":\"%s\"}]' "
                                                                  "\"$(jq -r .ImageURI imageDetail.json)\" > "
                                                                  "imagedefinitions.json"})}})}})},
            {"artifacts", Value::map({{"files", Value::list({"imagedefinitions.json"})}})}}))});
  stack.make<codepipeline::Pipeline>(
      "Pipeline",
      {.crossAccountKeys = true,
       .enableKeyRotation = true,
       .pipelineType = codepipeline::PipelineType::V1,
       .stages = {
           {.actions = {actions::EcrSourceAction(
                {.actionName = "Image", .imageTag = "release", .output = image, .repository = repository})},
            .stageName = "Source"},
           {.actions = {actions::CodeBuildAction(
                {.actionName = "Definitions", .input = image, .outputs = {definitions}, .project = project})},
            .stageName = "Build"},
           {.actions = {actions::ManualApprovalAction({.actionName = "Release",
                                                       .externalEntityLink = "https://status.example.com",
                                                       .notificationTopic = topic,
                                                       .timeout = Duration::hours(4)})},
            .stageName = "Approve"},
           {.actions = {actions::EcsDeployAction({.actionName = "Deploy", .input = definitions, .service = service})},
            .stageName = "Deploy",
            .transitionDisabledReason = "Release window only",
            .transitionToEnabled = false}}});
}

void variables(cdk::Stack& stack) {
  namespace iam = cdk::iam;
  auto& bucket = stack.make<cdk::s3::Bucket>("SourceBucket", {.versioned = true});
  auto& pipeline = stack.make<codepipeline::Pipeline>(
      "Pipeline",
      {.crossAccountKeys = false, .pipelineType = codepipeline::PipelineType::V2, .usePipelineRoleForActions = true});
  codepipeline::Artifact source("Src");
  actions::S3SourceAction sourceAction({.actionName = "Zip",
                                        .bucket = bucket,
                                        .bucketKey = "app.zip",
                                        .output = source,
                                        .trigger = actions::S3Trigger::NONE});
  auto& sourceStage = pipeline.addStage({.actions = {sourceAction}, .stageName = "Source"});
  auto& project = stack.make<codebuild::PipelineProject>("Version");
  actions::CodeBuildAction versionAction(
      {.actionName = "Version", .input = source, .project = project, .variablesNamespace = "VersionVars"});
  auto& deployRole = stack.make<iam::Role>("DeployRole", {.assumedBy = std::make_shared<iam::AccountRootPrincipal>()});
  actions::CodeBuildAction publish(
      {.actionName = "Publish",
       .environmentVariables = {{"VERSION_ID", {.value = sourceAction.variables().versionId}},
                                {"APP_VERSION", {.value = versionAction.variable("APP_VERSION")}}},
       .input = source,
       .project = project,
       .role = deployRole,
       .runOrder = 2});
  actions::ManualApprovalAction approval({.actionName = "Approve"});
  auto& publishStage = pipeline.addStage({.actions = {versionAction, publish}, .stageName = "Publish"});
  pipeline.addStage({.actions = {approval},
                     .placement = codepipeline::StagePlacement{.rightBefore = &publishStage},
                     .stageName = "Gate"});
  pipeline.addStage({.actions = {actions::CodeBuildAction({.actionName = "Lint", .input = source, .project = project})},
                     .placement = codepipeline::StagePlacement{.justAfter = &sourceStage},
                     .stageName = "Check"});
  auto& operatorRole = stack.make<iam::Role>("Operator", {.assumedBy = std::make_shared<iam::AccountRootPrincipal>()});
  approval.grantManualApproval(operatorRole);
}

// aws-cdk-lib makes the pipeline depend on its role (node.addDependency), which it also references by GetAtt:
// cfn-lint warns about aws-cdk-lib's own template the same way.
const std::vector<cdkpp_test::AcceptedFinding> kPipelineLint{
    {.rule = "W3005", .reason = "aws-cdk-lib's Pipeline depends on its role explicitly besides the RoleArn GetAtt"}};

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "codepipeline-s3-build-deploy", .build = s3BuildDeploy, .lintAccepted = kPipelineLint},
      {.name = "codepipeline-github-v2", .build = githubV2, .lintAccepted = kPipelineLint},
      {.name = "codepipeline-ecr-source", .build = ecrSource, .lintAccepted = kPipelineLint},
      {.name = "codepipeline-variables", .build = variables, .lintAccepted = kPipelineLint},
  };
  return list;
}

class CodePipelineFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(CodePipelineFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("codepipeline", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, CodePipelineFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(CodePipelineFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
