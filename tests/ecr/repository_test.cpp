// Repository behaviour beyond the fixtures: what ecs's ContainerImage::fromEcrRepository needs (URIs for a
// tag, grantPull), the repository policy, the cross-account tag, lifecycle ordering and idempotent rendering.
#include <gtest/gtest.h>

#include "cdk/cfn/ecr.hpp"
#include "cdk/ecr.hpp"
#include "cdk/iam.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace ecr = cdk::ecr;
namespace iam = cdk::iam;
using cdk::Duration;
using datatest::json;

struct RepositoryTest : ::testing::Test {
  datatest::Fixture f;
  iam::Role& role(std::string_view id = "Role") {
    return f.stack->make<iam::Role>(id,
                                    {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  }
  json synth() { return datatest::synthTemplate(f.app); }
};

TEST_F(RepositoryTest, UriForTagAndGrantPullForAContainerImage) {
  auto& repo = f.stack->make<ecr::Repository>("Repo");
  auto& exec = role("ExecutionRole");
  const iam::Grant grant = repo.grantPull(exec);
  ASSERT_TRUE(grant.principalStatement().has_value());
  EXPECT_FALSE(grant.resourceStatement().has_value());
  EXPECT_EQ(
      grant.principalStatement()->actions(),
      (std::vector<std::string>{"ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"}));
  EXPECT_EQ(f.stack->resolve(repo.repositoryUriForTag("latest")), json::parse(R"({"Fn::Join": ["", [
              {"Fn::Select": [4, {"Fn::Split": [":", {"Fn::GetAtt": ["Repo02AC86CF", "Arn"]}]}]}, ".dkr.ecr.",
              {"Fn::Select": [3, {"Fn::Split": [":", {"Fn::GetAtt": ["Repo02AC86CF", "Arn"]}]}]}, ".",
              {"Ref": "AWS::URLSuffix"}, "/", {"Ref": "Repo02AC86CF"}, ":latest"]]})"));
  EXPECT_EQ(f.stack->resolve(repo.repositoryUriForTagOrDigest("v1")), f.stack->resolve(repo.repositoryUriForTag("v1")));
  // No repository policy for a role of the account.
  EXPECT_FALSE(synth()["Resources"]["Repo02AC86CF"].contains("Properties"));
}

TEST_F(RepositoryTest, RepositoryPolicyStatementsNameNoResource) {
  auto& repo = f.stack->make<ecr::Repository>("Repo");
  const iam::Grant grant = repo.grantPullPush(iam::ServicePrincipal("codebuild.amazonaws.com"));
  ASSERT_TRUE(grant.resourceStatement().has_value());
  EXPECT_TRUE(grant.resourceStatement()->resources().empty());
  ASSERT_EQ(grant.dependables().size(), 1u);
  EXPECT_EQ(grant.dependables()[0], static_cast<const cdk::IDependable*>(&repo));
  const json t = synth();
  EXPECT_FALSE(
      t["Resources"]["Repo02AC86CF"]["Properties"]["RepositoryPolicyText"]["Statement"][0].contains("Resource"));
  EXPECT_TRUE(datatest::messagesWith(f.app, "ECR resource policy does not allow resource statements").empty());
}

TEST_F(RepositoryTest, CrossAccountRoleOfThisAppIsTagged) {
  // A repository of account 111111111111 and a role of this (unknown) account: aws-cdk-lib tags the role with
  // its stack name and construct address, and the repository policy trusts the tagged principals.
  auto& repo =
      ecr::Repository::fromRepositoryArn(*f.stack, "Shared", "arn:aws:ecr:ap-southeast-1:111111111111:repository/x");
  auto& build = role("BuildRole");
  repo.grantPull(build);
  const json t = synth();
  EXPECT_EQ(
      t["Resources"]["BuildRole41B77417"]["Properties"]["Tags"],
      json::parse(R"([{"Key": "aws-cdk:id", "Value": "TapStackdev_c80eb31c4b7ac9dc2899e6d0ab28a65c102e65adb1"}])"));
}

TEST_F(RepositoryTest, ImportedByNameIsInThisAccountAndRegion) {
  auto& repo = ecr::Repository::fromRepositoryName(*f.stack, "Imported", "healthtech");
  EXPECT_EQ(
      f.stack->resolve(repo.registryUri()),
      json::parse(
          R"({"Fn::Join": ["", [{"Ref": "AWS::AccountId"}, ".dkr.ecr.ap-southeast-1.", {"Ref": "AWS::URLSuffix"}]]})"));
  EXPECT_FALSE(repo.addToResourcePolicy(iam::PolicyStatement({.actions = {"ecr:*"}})).statementAdded);
  EXPECT_EQ(
      f.stack->resolve(ecr::Repository::arnForLocalRepository("x", *f.stack, cdk::Value("123456789012"))),
      json::parse(
          R"({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":ecr:ap-southeast-1:123456789012:repository/x"]]})"));
}

TEST_F(RepositoryTest, ImportedByAttributesWithATokenArn) {
  auto& param = f.stack->make<cdk::CfnParameter>("RepoArn");
  auto& repo = ecr::Repository::fromRepositoryAttributes(
      *f.stack, "Imported", {.repositoryArn = param.valueAsString(), .repositoryName = "x"});
  EXPECT_EQ(
      f.stack->resolve(repo.registryUri()),
      json::parse(R"({"Fn::Join": ["", [{"Fn::Select": [4, {"Fn::Split": [":", {"Ref": "RepoArn"}]}]}, ".dkr.ecr.",
              {"Fn::Select": [3, {"Fn::Split": [":", {"Ref": "RepoArn"}]}]}, ".", {"Ref": "AWS::URLSuffix"}]]})"));
}

TEST_F(RepositoryTest, RegistryIdWithoutRules) {
  f.stack->make<ecr::Repository>("Repo", {.lifecycleRegistryId = "123456789012"});
  EXPECT_EQ(synth()["Resources"]["Repo02AC86CF"]["Properties"]["LifecyclePolicy"],
            json::parse(R"({"RegistryId": "123456789012"})"));
}

TEST_F(RepositoryTest, AutomaticPrioritiesFollowTheHighestGiven) {
  auto& repo = f.stack->make<ecr::Repository>("Repo");
  repo.addLifecycleRule({.maxImageCount = 1, .tagStatus = ecr::TagStatus::UNTAGGED});
  repo.addLifecycleRule({.maxImageCount = 9, .rulePriority = 7, .tagPrefixList = {"x"}});
  repo.addLifecycleRule({.maxImageAge = Duration::days(90)});
  const json text = json::parse(
      synth()["Resources"]["Repo02AC86CF"]["Properties"]["LifecyclePolicy"]["LifecyclePolicyText"].get<std::string>());
  std::vector<int> priorities;
  for (const auto& rule : text["rules"]) priorities.push_back(rule["rulePriority"]);
  EXPECT_EQ(priorities, (std::vector<int>{7, 8, 9}));
  EXPECT_EQ(text["rules"][2]["selection"]["tagStatus"], "any");
}

TEST_F(RepositoryTest, RenderingIsIdempotent) {
  auto& repo = f.stack->make<ecr::Repository>("Repo", {.lifecycleRules = {{.maxImageCount = 3}}});
  repo.grantPull(role());
  repo.grantPull(iam::ServicePrincipal("lambda.amazonaws.com"));
  EXPECT_EQ(synth(), synth());
}

}  // namespace
