// Bad input: aws-cdk-lib's errors for projects (tests/codebuild/fixtures/codebuild-error-*.error.txt), with
// the construct path, and cdkpp's own checks.
#include <gtest/gtest.h>

#include "cdk/codebuild.hpp"
#include "cdk/core/secret_value.hpp"
#include "cdk/ec2.hpp"
#include "cdk/s3.hpp"
#include "data_test_util.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace codebuild = cdk::codebuild;
namespace ec2 = cdk::ec2;
using cdkpp_test::expectAwsError;
using cdkpp_test::expectBuildError;
using VariableType = codebuild::BuildEnvironmentVariableType;

TEST(CodeBuildErrors, NoSourceNeedsAnObjectBuildSpec) {
  expectAwsError("codebuild", "codebuild-error-no-source-no-buildspec",
                 [](cdk::Stack& s) { s.make<codebuild::Project>("Project"); });
  expectAwsError("codebuild", "codebuild-error-no-source-filename-buildspec", [](cdk::Stack& s) {
    s.make<codebuild::Project>("Project", {.buildSpec = codebuild::BuildSpec::fromSourceFilename("buildspec.yml")});
  });
}

TEST(CodeBuildErrors, SecurityGroupsNeedAVpc) {
  expectAwsError("codebuild", "codebuild-error-security-groups-without-vpc", [](cdk::Stack& s) {
    auto& vpc = datatest::seedVpc(s);
    auto& group = s.make<ec2::SecurityGroup>("Sg", {.vpc = vpc});
    s.make<codebuild::PipelineProject>("Project", {.securityGroups = {group}});
  });
  expectAwsError("codebuild", "codebuild-error-allow-all-outbound-without-vpc",
                 [](cdk::Stack& s) { s.make<codebuild::PipelineProject>("Project", {.allowAllOutbound = true}); });
  expectAwsError("codebuild", "codebuild-error-security-groups-and-allow-all-outbound", [](cdk::Stack& s) {
    auto& vpc = datatest::seedVpc(s);
    auto& group = s.make<ec2::SecurityGroup>("Sg", {.vpc = vpc});
    s.make<codebuild::PipelineProject>("Project", {.allowAllOutbound = false, .securityGroups = {group}, .vpc = vpc});
  });
  expectAwsError("codebuild", "codebuild-error-connections-without-vpc",
                 [](cdk::Stack& s) { s.make<codebuild::PipelineProject>("Project").connections(); });
}

TEST(CodeBuildErrors, CloudWatchLoggingNeedsALogGroup) {
  expectAwsError("codebuild", "codebuild-error-cloudwatch-without-log-group", [](cdk::Stack& s) {
    s.make<codebuild::PipelineProject>(
        "Project", {.logging = codebuild::LoggingOptions{.cloudWatch = codebuild::CloudWatchLoggingOptions{}}});
  });
}

TEST(CodeBuildErrors, Environment) {
  expectAwsError("codebuild", "codebuild-error-lambda-compute-type", [](cdk::Stack& s) {
    s.make<codebuild::PipelineProject>("Project", {.environment = {.computeType = codebuild::ComputeType::LAMBDA_1GB}});
  });
  expectBuildError(
      [](cdk::Stack& s) {
        s.make<codebuild::PipelineProject>(
            "Project", {.environment = {.buildImage = codebuild::LinuxArmBuildImage::AMAZON_LINUX_2023_STANDARD_3_0,
                                        .computeType = codebuild::ComputeType::LAMBDA_2GB}});
      },
      "TapStackdev/Project",
      "Invalid CodeBuild environment: ARM images do not support Lambda ComputeTypes, got BUILD_LAMBDA_2GB");
  expectAwsError("codebuild", "codebuild-error-auto-retry-limit",
                 [](cdk::Stack& s) { s.make<codebuild::PipelineProject>("Project", {.autoRetryLimit = 11}); });
}

// aws-cdk-lib throws these two without a construct; cdkpp names the project.
TEST(CodeBuildErrors, EnvironmentVariables) {
  expectBuildError(
      [](cdk::Stack& s) {
        s.make<codebuild::PipelineProject>(
            "Project",
            {.environmentVariables = {{"TOKEN", {.value = cdk::SecretValue::secretsManager("healthtech/token")}}}});
      },
      "TapStackdev/Project", datatest::fixtureError("codebuild", "codebuild-error-plaintext-secret"));
  expectBuildError(
      [](cdk::Stack& s) {
        s.make<codebuild::PipelineProject>(
            "Project",
            {.environmentVariables = {{"TOKEN",
                                       {.type = VariableType::SECRETS_MANAGER,
                                        .value = "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret"}}}});
      },
      "TapStackdev/Project", datatest::fixtureError("codebuild", "codebuild-error-secret-arn-without-name"));
  // Without the check, a secret may be written in plain text.
  datatest::Fixture f;
  EXPECT_NO_THROW(f.stack->make<codebuild::PipelineProject>(
      "Project", {.checkSecretsInPlainTextEnvVariables = false,
                  .environmentVariables = {{"TOKEN", {.value = cdk::SecretValue::ssmSecure("/healthtech/token")}}}}));
}

TEST(CodeBuildErrors, PipelineProjectHasNoSource) {
  datatest::Fixture f;
  auto& bucket = f.stack->make<cdk::s3::Bucket>("Bucket");
  EXPECT_THROW_MSG(f.stack->make<codebuild::PipelineProject>(
                       "Project", {.source = codebuild::Source::s3({.bucket = bucket, .path = "app.zip"})}),
                   cdk::ConstructError, "A PipelineProject takes its source from the pipeline");
}

}  // namespace
