// The programs of tests/codebuild/fixtures/*.ts in C++: the same templates and warnings as aws-cdk-lib 2.276
// gave for them, and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/codebuild.hpp"
#include "cdk/ec2.hpp"
#include "cdk/ecr.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/logs.hpp"
#include "cdk/s3.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"

namespace {

namespace codebuild = cdk::codebuild;
namespace ec2 = cdk::ec2;
using cdk::Duration;
using cdk::Value;
using cdkpp_test::FixtureProgram;
using VariableType = codebuild::BuildEnvironmentVariableType;

void pipelineProjectDefaults(cdk::Stack& stack) {
  auto& project = stack.make<codebuild::PipelineProject>("Build");
  stack.make<cdk::CfnOutput>("ProjectName", {.value = project.projectName()});
  stack.make<cdk::CfnOutput>("ProjectArn", {.value = project.projectArn()});
  stack.make<cdk::CfnOutput>("RoleArn", {.value = project.role()->roleArn()});
}

void pipelineProjectOptions(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& key =
      stack.make<cdk::kms::Key>("BuildKey", {.enableKeyRotation = true, .removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& logGroup = stack.make<cdk::logs::LogGroup>(
      "BuildLogs", {.removalPolicy = cdk::RemovalPolicy::DESTROY, .retention = cdk::logs::RetentionDays::ONE_MONTH});
  auto& securityGroup =
      stack.make<ec2::SecurityGroup>("BuildSecurityGroup", {.description = "CodeBuild in the VPC", .vpc = vpc});
  auto& dockerHub = stack.make<cdk::secretsmanager::Secret>("DockerHubToken");
  auto& repository = stack.make<cdk::ecr::Repository>(
      "Repository", {.removalPolicy = cdk::RemovalPolicy::DESTROY, .repositoryName = "healthtech"});
  const Value buildSpec = Value::map(
      {{"version", "0.2"},
       {"env", Value::map({{"shell", "bash"}, {"variables", Value::map({{"DOCKER_BUILDKIT", "1"}})}})},
       {"phases",
        Value::map(
            {{"pre_build",
              Value::map({{"commands", Value::list({"aws ecr get-login-password --region $AWS_DEFAULT_REGION | docker "
                                                    "login --username AWS --password-stdin $REPOSITORY_URI",
                                                    Value("echo pushing to ") + repository.repositoryUri()})}})},
             {"build", Value::map({{"commands", Value::list({"docker build -t $REPOSITORY_URI:$IMAGE_TAG ."})}})},
             {"post_build",
              Value::map({{"commands", Value::list({"docker push $REPOSITORY_URI:$IMAGE_TAG",
                                                    "printf '[{\"name\":\"web\",\"imageUri\":\"%s\"}]' "
                                                    "$REPOSITORY_URI:$IMAGE_TAG > imagedefinitions.json"})}})}})},
       {"artifacts", Value::map({{"files", Value::list({"imagedefinitions.json"})}})},
       {"cache", Value::map({{"paths", Value::List{}}})},
       {"reports", Value::Map{}}});
  auto& project = stack.make<codebuild::PipelineProject>(
      "DockerBuild",
      {.buildSpec = codebuild::BuildSpec::fromObject(buildSpec),
       .concurrentBuildLimit = 2,
       .description = "Builds the application image and pushes it to ECR",
       .encryptionKey = key,
       .environment = {.buildImage = codebuild::LinuxBuildImage::STANDARD_7_0,
                       .computeType = codebuild::ComputeType::MEDIUM,
                       .environmentVariables = {{"AWS_DEFAULT_REGION", {.value = "ap-southeast-1"}},
                                                {"IMAGE_TAG", {.value = "latest"}}},
                       .privileged = true},
       .environmentVariables =
           {{"REPOSITORY_URI", {.value = repository.repositoryUri()}},
            {"IMAGE_TAG", {.type = VariableType::PLAINTEXT, .value = "dev"}},
            {"DB_HOST", {.type = VariableType::PARAMETER_STORE, .value = "/healthtech/dev/db-host"}},
            {"API_URL", {.type = VariableType::PARAMETER_STORE, .value = "healthtech-api-url"}},
            {"DB_PASSWORD", {.type = VariableType::SECRETS_MANAGER, .value = "healthtech/rds/credentials:password"}},
            {"SHARED_TOKEN",
             {.type = VariableType::SECRETS_MANAGER,
              .value = "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:shared/token-AbCdEf:token::"}},
            {"DOCKERHUB_TOKEN", {.type = VariableType::SECRETS_MANAGER, .value = dockerHub.secretArn()}}},
       .logging = codebuild::LoggingOptions{.cloudWatch = {{.logGroup = logGroup, .prefix = "docker"}}},
       .projectName = "healthtech-build-dev",
       .queuedTimeout = Duration::hours(2),
       .securityGroups = {securityGroup},
       .subnetSelection = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS},
       .timeout = Duration::minutes(30),
       .vpc = vpc});
  repository.grantPullPush(project);
  Value::List groupIds;
  for (const auto& group : project.connections().securityGroups()) groupIds.push_back(group->securityGroupId());
  stack.make<cdk::CfnOutput>("SecurityGroups", {.value = cdk::Fn::join(",", groupIds)});
}

void project(cdk::Stack& stack) {
  auto& vpc = datatest::seedVpc(stack);
  auto& migrate = stack.make<codebuild::Project>(
      "Migrate",
      {.allowAllOutbound = false,
       .buildSpec = codebuild::BuildSpec::fromObject(Value::map(
           {{"version", "0.2"},
            {"phases",
             Value::map({{"build", Value::map({{"commands", Value::list({"./migrate.sh", "echo done"})}})}})}})),
       .environment = {.buildImage = codebuild::LinuxBuildImage::AMAZON_LINUX_2_5,
                       .computeType = codebuild::ComputeType::LARGE},
       .grantReportGroupPermissions = false,
       .timeout = Duration::hours(1),
       .vpc = vpc});
  migrate.connections().allowToAnyIpv4(ec2::Port::tcp(443), "HTTPS out");
  auto& toolbox = stack.make<cdk::ecr::Repository>("Toolbox");
  const auto spec = [](const char* command) {
    return codebuild::BuildSpec::fromObject(Value::map(
        {{"version", "0.2"}, {"phases", Value::map({{"build", Value::map({{"commands", Value::list({command})}})}})}}));
  };
  stack.make<codebuild::Project>(
      "Lint", {.buildSpec = spec("make lint"),
               .environment = {.buildImage = codebuild::LinuxBuildImage::fromEcrRepository(toolbox, "v2")},
               .logging = codebuild::LoggingOptions{.cloudWatch = {{.enabled = false}}},
               .ssmSessionPermissions = true});
  stack.make<codebuild::Project>(
      "Scan", {.buildSpec = spec("trivy fs ."),
               .environment = {.buildImage = codebuild::LinuxBuildImage::fromDockerRegistry("aquasec/trivy:0.50.0"),
                               .computeType = codebuild::ComputeType::X_LARGE}});
  stack.make<codebuild::PipelineProject>("Unit",
                                         {.buildSpec = codebuild::BuildSpec::fromSourceFilename("buildspec-test.yml"),
                                          .environment = {.buildImage = codebuild::LinuxBuildImage::STANDARD_6_0}});
  auto& sources = stack.make<cdk::s3::Bucket>("Sources", {.versioned = true});
  auto& logs = stack.make<cdk::s3::Bucket>("BuildLogs");
  stack.make<codebuild::Project>(
      "Package",
      {.buildSpec = codebuild::BuildSpec::fromSourceFilename("buildspec-package.yml"),
       .environment = {.buildImage = codebuild::LinuxArmBuildImage::AMAZON_LINUX_2023_STANDARD_3_0},
       .logging = codebuild::LoggingOptions{.s3 = {{.bucket = logs, .encrypted = false, .prefix = "package"}}},
       .source = codebuild::Source::s3({.bucket = sources, .path = "app/source.zip", .version = "v42"})});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "codebuild-pipeline-project-defaults", .build = pipelineProjectDefaults},
      {.name = "codebuild-pipeline-project-options", .build = pipelineProjectOptions},
      {.name = "codebuild-project", .build = project},
  };
  return list;
}

class CodeBuildFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(CodeBuildFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("codebuild", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, CodeBuildFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(CodeBuildFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
