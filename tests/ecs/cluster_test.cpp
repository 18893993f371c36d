// ecs::Cluster: defaults, container insights, capacity providers, attributes, tags.
#include <gtest/gtest.h>

#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;
using datatest::synthTemplate;

TEST(EcsCluster, InAGivenVpcRendersOnlyTheCluster) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = vpc});
  const json t = synthTemplate(f.app);
  // No ClusterName, no ClusterSettings (the account setting applies), no capacity provider association.
  EXPECT_EQ(resource(t, "ClusterEB0386A7"), json::parse(R"({"Type": "AWS::ECS::Cluster"})"));
  EXPECT_TRUE(resourcesOfType(t, "AWS::ECS::ClusterCapacityProviderAssociations").empty());
  EXPECT_EQ(resourcesOfType(t, "AWS::EC2::VPC").size(), 1u);
  EXPECT_EQ(&cluster.vpc(), &vpc);
  EXPECT_TRUE(cluster.connections().securityGroups().empty());
  EXPECT_TRUE(warnings(f.app).empty());
}

TEST(EcsCluster, WithoutVpcCreatesOneWithTwoAzs) {
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster");
  EXPECT_NE(cluster.node().tryFindChild("Vpc"), nullptr);
  EXPECT_EQ(cluster.vpc().node().path(), "TapStackdev/Cluster/Vpc");
  const json t = synthTemplate(f.app);
  EXPECT_TRUE(t["Resources"].contains("ClusterVpcFAA3CEDF"));
  // maxAzs 2: two public and two private subnets, a NAT gateway in each public one.
  EXPECT_EQ(resourcesOfType(t, "AWS::EC2::Subnet").size(), 4u);
  EXPECT_EQ(resourcesOfType(t, "AWS::EC2::NatGateway").size(), 2u);
  // The cluster comes first, then its VPC (created after the Resource).
  EXPECT_EQ(t["Resources"].begin().key(), "ClusterEB0386A7");
}

TEST(EcsCluster, ClusterNameAndAttributes) {
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.clusterName = "healthcare-dev", .vpc = seedVpc(*f.stack)});
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::ECS::Cluster", Match::objectEquals(Value::Map({{"ClusterName", "healthcare-dev"}})));
  EXPECT_EQ(f.stack->resolve(cluster.clusterName()), json::parse(R"({"Ref": "ClusterEB0386A7"})"));
  EXPECT_EQ(f.stack->resolve(cluster.clusterArn()), json::parse(R"({"Fn::GetAtt": ["ClusterEB0386A7", "Arn"]})"));
}

TEST(EcsCluster, ContainerInsightsV2Values) {
  for (const auto& [value, text] :
       {std::pair{ecs::ContainerInsights::ENABLED, "enabled"}, std::pair{ecs::ContainerInsights::DISABLED, "disabled"},
        std::pair{ecs::ContainerInsights::ENHANCED, "enhanced"}}) {
    Fixture f;
    f.stack->make<ecs::Cluster>("Cluster", {.containerInsightsV2 = value, .vpc = seedVpc(*f.stack)});
    const json t = synthTemplate(f.app);
    EXPECT_EQ(resource(t, "ClusterEB0386A7")["Properties"]["ClusterSettings"],
              json::parse(std::string(R"([{"Name": "containerInsights", "Value": ")") + text + "\"}]"))
        << text;
    EXPECT_TRUE(datatest::messagesWith(f.app, "is deprecated").empty()) << text;
  }
}

TEST(EcsCluster, DeprecatedContainerInsightsRendersAndWarns) {
  for (const bool enabled : {true, false}) {
    Fixture f;
    f.stack->make<ecs::Cluster>("Cluster", {.containerInsights = enabled, .vpc = seedVpc(*f.stack)});
    const json t = synthTemplate(f.app);
    EXPECT_EQ(resource(t, "ClusterEB0386A7")["Properties"]["ClusterSettings"][0]["Value"],
              enabled ? "enabled" : "disabled");
    const auto deprecation = datatest::messagesWith(f.app, "aws-cdk-lib.aws_ecs.ClusterProps#containerInsights");
    ASSERT_EQ(deprecation.size(), 1u);
    EXPECT_EQ(deprecation[0].path, "TapStackdev/Cluster");
    EXPECT_NE(deprecation[0].message.find("containerInsightsV2"), std::string::npos) << deprecation[0].message;
  }
}

TEST(EcsCluster, FargateCapacityProvidersAssociationNamedLikeTheCluster) {
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
  EXPECT_TRUE(cluster.capacityProviderNames().empty());
  cluster.enableFargateCapacityProviders();
  cluster.enableFargateCapacityProviders();  // once
  EXPECT_EQ(cluster.capacityProviderNames(), (std::vector<std::string>{"FARGATE", "FARGATE_SPOT"}));
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "Cluster3DA9CCBA"), json::parse(R"({
    "Type": "AWS::ECS::ClusterCapacityProviderAssociations",
    "Properties": {"CapacityProviders": ["FARGATE", "FARGATE_SPOT"], "Cluster": {"Ref": "ClusterEB0386A7"},
                   "DefaultCapacityProviderStrategy": []}})"));
  // Synthesizing again renders the same association once.
  EXPECT_EQ(synthTemplate(f.app), t);
}

TEST(EcsCluster, DefaultCapacityProviderStrategy) {
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
  cluster.enableFargateCapacityProviders();
  cluster.addDefaultCapacityProviderStrategy(
      {{.base = 1, .capacityProvider = "FARGATE", .weight = 1}, {.capacityProvider = "FARGATE_SPOT", .weight = 3}});
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "Cluster3DA9CCBA")["Properties"]["DefaultCapacityProviderStrategy"], json::parse(R"([
    {"Base": 1, "CapacityProvider": "FARGATE", "Weight": 1}, {"CapacityProvider": "FARGATE_SPOT", "Weight": 3}])"));
  EXPECT_THROW_MSG(cluster.addDefaultCapacityProviderStrategy({{.capacityProvider = "FARGATE"}}), cdk::ConstructError,
                   "Cluster default capacity provider strategy is already set.");
}

TEST(EcsCluster, CapacityProviderStrategyChecks) {
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
  EXPECT_THROW_MSG(
      cluster.addDefaultCapacityProviderStrategy({{.capacityProvider = "FARGATE"}, {.capacityProvider = "my-asg-cp"}}),
      cdk::ConstructError,
      "cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers");
  EXPECT_THROW_MSG(cluster.addDefaultCapacityProviderStrategy({{.base = -1, .capacityProvider = "FARGATE"}}),
                   cdk::ConstructError, "cannot contain a negative base value");
  EXPECT_THROW_MSG(cluster.addDefaultCapacityProviderStrategy(
                       {{.base = 1, .capacityProvider = "FARGATE"}, {.base = 2, .capacityProvider = "FARGATE_SPOT"}}),
                   cdk::ConstructError, "Only 1 capacity provider in a capacity provider strategy can have a nonzero");
  EXPECT_TRUE(cluster.defaultCapacityProviderStrategy().empty());
}

TEST(EcsCluster, CarriesTheStackTags) {
  Fixture f;
  f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
  cdk::Tags::of(*f.stack).add("Environment", "dev");
  cdk::Tags::of(*f.stack).add("Author", "me");
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "ClusterEB0386A7")["Properties"]["Tags"],
            json::parse(R"([{"Key": "Author", "Value": "me"}, {"Key": "Environment", "Value": "dev"}])"));
}

}  // namespace
