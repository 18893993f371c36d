// ecs: whole templates against aws-cdk-lib 2.276's for the same programs (tests/ecs/fixtures/*.ts in
// /work/notes; the .template.json and .annotations.json files are its output), construct behaviour, and
// aws-cdk-lib's errors (fixtures/*.error.txt) plus cdkpp's own checks.
#include <functional>

#include <gtest/gtest.h>

#include "../rds/data_test_util.hpp"
#include "cdk/ecs.hpp"
#include "cdk/efs.hpp"
#include "cdk/elasticloadbalancingv2.hpp"
#include "cdk/iam.hpp"
#include "cdk/logs.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace ecs = cdk::ecs;
namespace elbv2 = cdk::elasticloadbalancingv2;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;
using datatest::expectMatchesFixture;
using datatest::Fixture;
using datatest::json;
using datatest::seedVpc;
using datatest::synthTemplate;

json fixture(const std::string& name) { return datatest::fixture("ecs", name); }
std::string fixtureError(const std::string& name) { return datatest::fixtureError("ecs", name); }

/// The warnings aws-cdk-lib gave for the fixture, each found among ours (path without the leading slash).
void expectFixtureWarnings(const cdk::App& app, const std::string& name) {
  const json expected = json::parse(cdkpp_test::readFile(datatest::fixturePath("ecs", name, ".annotations.json")));
  for (const auto& annotation : expected) {
    const std::string message = annotation["message"];
    const auto found = datatest::messagesWith(app, message);
    ASSERT_EQ(found.size(), 1u) << "missing warning: " << message;
    EXPECT_EQ("/" + found[0].path, annotation["path"].get<std::string>());
  }
}

// ------------------------------------------------------------------------------------------------ fixtures

TEST(EcsFixtures, ClusterDefaults) {
  Fixture f;
  f.stack->make<ecs::Cluster>("Cluster", {.containerInsights = false, .enableFargateCapacityProviders = true});
  expectMatchesFixture(synthTemplate(f.app), fixture("ecs-cluster-defaults"));
  expectFixtureWarnings(f.app, "ecs-cluster-defaults");
}

TEST(EcsFixtures, FargateServiceInPublicSubnetsWithoutLoadBalancer) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& cluster =
      f.stack->make<ecs::Cluster>("Cluster", {.containerInsightsV2 = ecs::ContainerInsights::ENHANCED, .vpc = vpc});
  auto& taskDefinition = f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 512, .memoryLimitMiB = 1024});
  taskDefinition.addContainer(
      "web", {.command = {"nginx", "-g", "daemon off;"},
              .environment = {{"ZED", "last"}, {"ALPHA", "first"}, {"MIDDLE", "m"}},
              .healthCheck = ecs::HealthCheck{.command = {"curl -f http://localhost:8080/ || exit 1"}},
              .image = ecs::ContainerImage::fromRegistry("public.ecr.aws/nginx/nginx:latest"),
              .memoryReservationMiB = 256,
              .portMappings = {{.containerPort = 8080},
                               {.containerPort = 9090, .name = "metrics", .protocol = ecs::Protocol::UDP}}});
  auto& service =
      f.stack->make<ecs::FargateService>("Service", {.assignPublicIp = true,
                                                     .circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true},
                                                     .cluster = cluster,
                                                     .maxHealthyPercent = 150,
                                                     .minHealthyPercent = 100,
                                                     .taskDefinition = taskDefinition});
  f.stack->make<cdk::CfnOutput>("ServiceName", {.value = service.serviceName()});
  f.stack->make<cdk::CfnOutput>("ServiceArn", {.value = service.serviceArn()});
  f.stack->make<cdk::CfnOutput>("ClusterArn", {.value = cluster.clusterArn()});
  f.stack->make<cdk::CfnOutput>("TaskDefArn", {.value = taskDefinition.taskDefinitionArn()});
  expectMatchesFixture(synthTemplate(f.app), fixture("ecs-fargate-public-no-lb"));
  EXPECT_TRUE(datatest::messagesWith(f.app, "[ack: @aws-cdk/aws-ecs:").empty());
}

TEST(EcsFixtures, SeedComputePath) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& fileSystem =
      f.stack->make<cdk::efs::FileSystem>("FileSystem", {.removalPolicy = cdk::RemovalPolicy::DESTROY, .vpc = vpc});
  auto& cluster =
      f.stack->make<ecs::Cluster>("Cluster", {.clusterName = "healthcare-dev", .containerInsights = true, .vpc = vpc});
  auto& alb = f.stack->make<elbv2::ApplicationLoadBalancer>(
      "ALB",
      {.internetFacing = true, .vpc = vpc, .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}});
  auto& targetGroup = f.stack->make<elbv2::ApplicationTargetGroup>(
      "TargetGroup",
      {.port = 80, .protocol = elbv2::ApplicationProtocol::HTTP, .targetType = elbv2::TargetType::IP, .vpc = vpc});
  alb.addListener("Listener", {.defaultTargetGroups = {targetGroup}, .port = 80});
  auto& taskRole = f.stack->make<cdk::iam::Role>(
      "TaskRole", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  auto& taskDefinition =
      f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 512, .taskRole = taskRole});
  auto& container = taskDefinition.addContainer(
      "app", {.environment = {{"ENVIRONMENT", "dev"}},
              .image = ecs::ContainerImage::fromRegistry("nginx:alpine"),
              .logging = ecs::LogDriver::awsLogs(
                  {.logRetention = cdk::logs::RetentionDays::ONE_WEEK, .streamPrefix = "healthcare"})});
  container.addPortMappings({.containerPort = 80});
  taskDefinition.addVolume(
      {.efsVolumeConfiguration = ecs::EfsVolumeConfiguration{.fileSystemId = fileSystem.fileSystemId()},
       .name = "efs"});
  container.addMountPoints({.containerPath = "/data", .readOnly = false, .sourceVolume = "efs"});
  auto& service = f.stack->make<ecs::FargateService>(
      "Service", {.cluster = cluster,
                  .desiredCount = 2,
                  .taskDefinition = taskDefinition,
                  .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}});
  service.attachToApplicationTargetGroup(targetGroup);
  fileSystem.connections().allowDefaultPortFrom(service);
  f.stack->make<cdk::CfnOutput>("ALBEndpoint", {.value = alb.loadBalancerDnsName()});
  expectMatchesFixture(synthTemplate(f.app), fixture("ecs-alb-seed"));
  expectFixtureWarnings(f.app, "ecs-alb-seed");
}

// ------------------------------------------------------------------------------------------------ behaviour

struct EcsTest : ::testing::Test {
  Fixture f;
  ec2::Vpc& vpc = seedVpc(*f.stack);
  ecs::Cluster& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = vpc});
};

TEST_F(EcsTest, TaskDefinitionDefaultsAndRoles) {
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = ecs::ContainerImage::fromRegistry("nginx"),
                          .logging = ecs::LogDriver::awsLogs({.streamPrefix = "app"})});
  Template t = Template::fromStack(*f.stack);
  t.hasResourceProperties("AWS::ECS::TaskDefinition",
                          Match::objectLike(Value::Map({{"Cpu", "256"},
                                                        {"Memory", "512"},
                                                        {"NetworkMode", "awsvpc"},
                                                        {"RequiresCompatibilities", Value::list({"FARGATE"})}})));
  // awslogs needs an execution role that may write to the log group; the task role is created by default.
  t.resourceCountIs("AWS::IAM::Role", 2);
  t.resourceCountIs("AWS::Logs::LogGroup", 1);
  EXPECT_TRUE(f.stack->resolve(td.taskDefinitionArn()).contains("Ref"));
}

TEST_F(EcsTest, ContainerPortsAndEnvironment) {
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  auto& c = td.addContainer(
      "app", {.environment = {{"B", "2"}, {"A", "1"}}, .image = ecs::ContainerImage::fromRegistry("nginx")});
  EXPECT_THROW_MSG(c.containerPort(), cdk::ConstructError, "Container app hasn't defined any ports");
  c.addPortMappings(ecs::PortMapping{.containerPort = 8080},
                    ecs::PortMapping{.containerPort = 9090, .protocol = ecs::Protocol::UDP});
  EXPECT_EQ(c.containerPort(), 8080);
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::ECS::TaskDefinition",
      Match::objectLike(Value::Map(
          {{"ContainerDefinitions",
            Value::list({Match::objectLike(Value::Map(
                {{"Environment", Value::list({Value::map({{"Name", "B"}, {"Value", "2"}}),
                                              Value::map({{"Name", "A"}, {"Value", "1"}})})},
                 {"PortMappings", Value::list({Value::map({{"ContainerPort", 8080}, {"Protocol", "tcp"}}),
                                               Value::map({{"ContainerPort", 9090}, {"Protocol", "udp"}})})}}))})}})));
}

TEST_F(EcsTest, ServiceDefaultsWarnAsAwsCdkLibDoes) {
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = ecs::ContainerImage::fromRegistry("nginx")});
  f.stack->make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = td});
  Template t = Template::fromStack(*f.stack);
  t.hasResourceProperties(
      "AWS::ECS::Service",
      Match::objectLike(Value::Map(
          {{"LaunchType", "FARGATE"},
           {"DeploymentConfiguration", Value::map({{"MaximumPercent", 200}, {"MinimumHealthyPercent", 50}})}})));
  EXPECT_EQ(datatest::messagesWith(f.app, "[ack: @aws-cdk/aws-ecs:shouldUseCircuitBreaker]").size(), 1u);
  EXPECT_EQ(datatest::messagesWith(f.app, "[ack: @aws-cdk/aws-ecs:minHealthyPercent]").size(), 1u);
}

// ------------------------------------------------------------------------------------------------ errors

void expectConstructError(const std::function<void(Fixture&)>& build, const std::string& path,
                          const std::string& message) {
  Fixture f;
  try {
    build(f);
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected a cdk::ConstructError containing: " << message;
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), path) << e.what();
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

TEST(EcsErrors, BothContainerInsightsSettings) {
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<ecs::Cluster>("Cluster", {.containerInsights = true,
                                                .containerInsightsV2 = ecs::ContainerInsights::ENABLED,
                                                .vpc = seedVpc(*f.stack)});
      },
      "TapStackdev/Cluster", fixtureError("ecs-error-both-container-insights"));
}

TEST(EcsErrors, AttachWithoutPortMapping) {
  expectConstructError(
      [](Fixture& f) {
        auto& vpc = seedVpc(*f.stack);
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = vpc});
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("app", {.image = ecs::ContainerImage::fromRegistry("nginx")});
        auto& service = f.stack->make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = td});
        service.attachToApplicationTargetGroup(
            f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .vpc = vpc}));
      },
      "TapStackdev/TaskDef/app", fixtureError("ecs-error-attach-without-port-mapping"));
}

TEST(EcsErrors, HostPortDifferentFromContainerPort) {
  expectConstructError(
      [](Fixture& f) {
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("app", {.image = ecs::ContainerImage::fromRegistry("nginx"),
                                .portMappings = {{.containerPort = 80, .hostPort = 8080}}});
      },
      // aws-cdk-lib's message, with the two ports named before its final full stop.
      "TapStackdev/TaskDef/app",
      fixtureError("ecs-error-hostport-mismatch").substr(0, fixtureError("ecs-error-hostport-mismatch").size() - 1) +
          " (containerPort 80, hostPort 8080)");
}

TEST(EcsErrors, ContainerCpuAboveTheTaskCpu) {
  expectConstructError(
      [](Fixture& f) {
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 512});
        td.addContainer("a", {.cpu = 200, .image = ecs::ContainerImage::fromRegistry("nginx")});
        td.addContainer("b", {.cpu = 100, .image = ecs::ContainerImage::fromRegistry("nginx")});
      },
      "TapStackdev/TaskDef", fixtureError("ecs-error-container-cpu-sum"));
}

TEST(EcsErrors, FargateCpuAndMemoryFargateDoesNotOffer) {
  // aws-cdk-lib 2.276 lets 256 / 4096 through for Linux tasks (CloudFormation rejects it at deploy time,
  // cfn-lint reports E3047); cdkpp refuses it when the task definition is made.
  expectConstructError(
      [](Fixture& f) { f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 4096}); },
      "TapStackdev/TaskDef", "4096");
}

TEST(EcsErrors, ServiceWithoutAnEssentialContainer) {
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
  f.stack->make<ecs::FargateService>(
      "Service", {.cluster = cluster, .taskDefinition = f.stack->make<ecs::FargateTaskDefinition>("TaskDef")});
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected a cdk::ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_FALSE(e.issues().empty());
    EXPECT_EQ(e.issues()[0].path, "TapStackdev/Service");
    EXPECT_NE(e.issues()[0].message.find("A TaskDefinition must have at least one essential container"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
