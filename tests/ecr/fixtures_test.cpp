// Whole templates and annotations compared with aws-cdk-lib 2.276's output for the same programs
// (tests/ecr/fixtures/*.ts, each ported line by line below), and cfn-lint over all of them.
#include <gtest/gtest.h>

#include "cdk/ecr.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace ecr = cdk::ecr;
namespace iam = cdk::iam;
namespace kms = cdk::kms;
using cdk::CfnOutput;
using cdk::Duration;
using cdk::Stack;
using cdkpp_test::Scenario;

iam::Role& role(Stack& stack, std::string_view id, const char* service) {
  return stack.make<iam::Role>(id, {.assumedBy = std::make_shared<iam::ServicePrincipal>(service)});
}

const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all{
      {"ecr-defaults",
       [](Stack& stack) {
         auto& repo = stack.make<ecr::Repository>("Repo");
         stack.make<CfnOutput>("Name", {.value = repo.repositoryName()});
         stack.make<CfnOutput>("Arn", {.value = repo.repositoryArn()});
         stack.make<CfnOutput>("Uri", {.value = repo.repositoryUri()});
         stack.make<CfnOutput>("UriForTag", {.value = repo.repositoryUriForTag("v1.2.3")});
         stack.make<CfnOutput>("UriForDigest", {.value = repo.repositoryUriForDigest("sha256:0123456789abcdef")});
         stack.make<CfnOutput>("UriForTagOrDigest", {.value = repo.repositoryUriForTagOrDigest("sha256:feed")});
         stack.make<CfnOutput>("RegistryUri", {.value = repo.registryUri()});
       }},
      {"ecr-options",
       [](Stack& stack) {
         auto& key = stack.make<kms::Key>("Key");
         stack.make<ecr::Repository>("Repo", {.emptyOnDelete = true,
                                              .encryptionKey = key,
                                              .imageScanOnPush = true,
                                              .imageTagMutability = ecr::TagMutability::IMMUTABLE,
                                              .removalPolicy = cdk::RemovalPolicy::DESTROY,
                                              .repositoryName = "health-platform/frontend"});
         stack.make<ecr::Repository>("KmsManaged", {.encryption = ecr::RepositoryEncryption::KMS,
                                                    .imageScanOnPush = false,
                                                    .imageTagMutability = ecr::TagMutability::MUTABLE});
         stack.make<ecr::Repository>("Aes", {.encryption = ecr::RepositoryEncryption::AES_256});
       }},
      {"ecr-lifecycle",
       [](Stack& stack) {
         auto& repo = stack.make<ecr::Repository>(
             "Repo",
             {.lifecycleRules = {{.description = "Keep everything else 30 days", .maxImageAge = Duration::days(30)},
                                 {.maxImageCount = 20, .rulePriority = 5, .tagPrefixList = {"prod", "release"}},
                                 {.maxImageAge = Duration::days(1), .tagStatus = ecr::TagStatus::UNTAGGED}}});
         repo.addLifecycleRule({.description = "dev builds", .maxImageCount = 3, .tagPatternList = {"dev-*"}});
         stack.make<ecr::Repository>("Untagged",
                                     {.lifecycleRules = {{.maxImageCount = 1, .tagStatus = ecr::TagStatus::UNTAGGED}}});
       }},
      {"ecr-grants",
       [](Stack& stack) {
         auto& repo = stack.make<ecr::Repository>("Repo");
         auto& exec = role(stack, "ExecutionRole", "ecs-tasks.amazonaws.com");
         repo.grantPull(exec);
         auto& build = role(stack, "BuildRole", "codebuild.amazonaws.com");
         repo.grantPullPush(build);
         repo.grantRead(build);
         repo.grantPull(iam::ServicePrincipal("lambda.amazonaws.com"));
         repo.addToResourcePolicy(
             iam::PolicyStatement({.actions = {"ecr:BatchGetImage"},
                                   .principals = {std::make_shared<iam::AccountPrincipal>("123456789012")},
                                   .resources = {"*"}}));
         auto& byName = ecr::Repository::fromRepositoryName(stack, "ByName", "healthtech");
         byName.grantPull(exec);
         auto& byArn = ecr::Repository::fromRepositoryArn(
             stack, "ByArn", "arn:aws:ecr:ap-southeast-1:111111111111:repository/team/app");
         byArn.grantPush(build);
         auto& byAttrs = ecr::Repository::fromRepositoryAttributes(
             stack, "ByAttrs",
             {.repositoryArn = "arn:aws:ecr:ap-southeast-1:222222222222:repository/shared",
              .repositoryName = "shared"});
         stack.make<CfnOutput>("ByNameUri", {.value = byName.repositoryUriForTag("latest")});
         stack.make<CfnOutput>("ByNameArn", {.value = byName.repositoryArn()});
         stack.make<CfnOutput>("ByArnName", {.value = byArn.repositoryName()});
         stack.make<CfnOutput>("ByArnUri", {.value = byArn.repositoryUri()});
         stack.make<CfnOutput>("ByAttrsUri", {.value = byAttrs.repositoryUri()});
       }},
      {"ecr-seed",
       [](Stack& stack) {
         const std::string env = "dev";
         auto& exec = role(stack, "TaskExecutionRole", "ecs-tasks.amazonaws.com");
         for (const auto& [service, id] : std::vector<std::pair<std::string, std::string>>{
                  {"patient-service", "PatientServiceRepository"},
                  {"appointment-service", "AppointmentServiceRepository"}}) {
           auto& repo = stack.make<ecr::Repository>(id, {.emptyOnDelete = true,
                                                         .imageScanOnPush = true,
                                                         .imageTagMutability = ecr::TagMutability::MUTABLE,
                                                         .lifecycleRules = {{.description = "Keep last 5 tagged images",
                                                                             .maxImageCount = 5,
                                                                             .rulePriority = 1,
                                                                             .tagPrefixList = {"v"},
                                                                             .tagStatus = ecr::TagStatus::TAGGED},
                                                                            {.description = "Expire untagged images",
                                                                             .maxImageAge = Duration::days(1),
                                                                             .rulePriority = 2,
                                                                             .tagStatus = ecr::TagStatus::UNTAGGED}},
                                                         .removalPolicy = cdk::RemovalPolicy::DESTROY,
                                                         .repositoryName = "healthcare-app-" + env + "-" + service});
           repo.grantPull(exec);
           stack.make<CfnOutput>(id + "Uri", {.value = repo.repositoryUri()});
         }
       }},
  };
  return all;
}

class EcrFixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(EcrFixtures, MatchesAwsCdkLib) { cdkpp_test::expectScenarioMatchesFixture("ecr", GetParam()); }

INSTANTIATE_TEST_SUITE_P(Programs, EcrFixtures, ::testing::ValuesIn(scenarios()), cdkpp_test::scenarioTestName);

TEST(EcrLint, EveryFixtureTemplatePassesCfnLint) { cdkpp_test::expectScenariosPassCfnLint(scenarios()); }

}  // namespace
