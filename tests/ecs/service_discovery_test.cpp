// Service discovery of services (cloudMapOptions, enableCloudMap, the cluster's default namespace): whole
// templates compared with aws-cdk-lib 2.276's for tests/ecs/fixtures/ecs-cloudmap.ts, cfn-lint over them, and
// aws-cdk-lib's errors of ecs-cloudmap-errors.ts with the same construct paths.
#include <gtest/gtest.h>

#include "cdk/servicediscovery.hpp"
#include "ecs_test_util.hpp"
#include "fixture_scenarios.hpp"

namespace {

using namespace ecstest;
namespace servicediscovery = cdk::servicediscovery;
using cdkpp_test::Scenario;

/// A Fargate task definition with one container "app" mapping port 80.
ecs::FargateTaskDefinition& discoveryTaskWithPort(cdk::Stack& stack) {
  auto& td = stack.make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = nginx(), .portMappings = {{.containerPort = 80}}});
  return td;
}

/// A cluster in the seed VPC with the default namespace "health.local".
ecs::Cluster& discoveryCluster(cdk::Stack& stack) {
  return stack.make<ecs::Cluster>(
      "Cluster",
      {.defaultCloudMapNamespace = ecs::CloudMapNamespaceOptions{.name = "health.local"}, .vpc = seedVpc(stack)});
}

const std::vector<Scenario>& discoveryScenarios() {
  static const std::vector<Scenario> all{
      {"ecs-cloudmap",
       [](cdk::Stack& stack) {
         auto& vpc = seedVpc(stack);
         auto& cluster = stack.make<ecs::Cluster>(
             "Cluster",
             {.defaultCloudMapNamespace = ecs::CloudMapNamespaceOptions{.name = "health.local"}, .vpc = vpc});
         auto& apiTask = stack.make<ecs::FargateTaskDefinition>("ApiTask");
         apiTask.addContainer(
             "api", {.image = ecs::ContainerImage::fromRegistry("nginx"), .portMappings = {{.containerPort = 8080}}});
         stack.make<ecs::FargateService>(
             "Api",
             {.cloudMapOptions = ecs::CloudMapOptions{.name = "api"}, .cluster = cluster, .taskDefinition = apiTask});

         auto& ns =
             stack.make<servicediscovery::PrivateDnsNamespace>("Namespace", {.name = "internal.health", .vpc = vpc});
         auto& workerTask = stack.make<ecs::FargateTaskDefinition>("WorkerTask");
         workerTask.addContainer("sidecar", {.image = ecs::ContainerImage::fromRegistry("envoy"),
                                             .portMappings = {{.containerPort = 9901}}});
         auto& worker =
             workerTask.addContainer("worker", {.image = ecs::ContainerImage::fromRegistry("worker"),
                                                .portMappings = {{.containerPort = 9000}, {.containerPort = 9090}}});
         auto& workerService = stack.make<ecs::FargateService>(
             "Worker", {.cloudMapOptions = ecs::CloudMapOptions{.cloudMapNamespace = ns,
                                                                .container = worker,
                                                                .containerPort = 9090,
                                                                .dnsRecordType = servicediscovery::DnsRecordType::SRV,
                                                                .dnsTtl = cdk::Duration::seconds(30),
                                                                .failureThreshold = 3,
                                                                .name = "worker"},
                        .cluster = cluster,
                        .taskDefinition = workerTask});
         auto& defaultsTask = stack.make<ecs::FargateTaskDefinition>("DefaultsTask");
         defaultsTask.addContainer(
             "app", {.image = ecs::ContainerImage::fromRegistry("app"), .portMappings = {{.containerPort = 80}}});
         stack.make<ecs::FargateService>(
             "Defaults",
             {.cloudMapOptions = ecs::CloudMapOptions{.dnsRecordType = servicediscovery::DnsRecordType::SRV},
              .cluster = cluster,
              .taskDefinition = defaultsTask});
         stack.make<cdk::CfnOutput>("WorkerDiscoveryArn", {.value = workerService.cloudMapService()->serviceArn()});
         stack.make<cdk::CfnOutput>("NamespaceId", {.value = cluster.defaultCloudMapNamespace()->namespaceId()});
       }},
  };
  return all;
}

class EcsDiscoveryFixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(EcsDiscoveryFixtures, TemplateAndAnnotationsMatchAwsCdkLib) {
  cdkpp_test::expectScenarioMatchesFixture("ecs", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, EcsDiscoveryFixtures, ::testing::ValuesIn(discoveryScenarios()),
                         cdkpp_test::scenarioTestName);

TEST(EcsDiscoveryLint, EveryFixtureTemplatePassesCfnLint) {
  cdkpp_test::expectScenariosPassCfnLint(discoveryScenarios());
}

TEST(EcsDiscovery, AddDefaultCloudMapNamespaceEqualsTheProp) {
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
  EXPECT_EQ(cluster.defaultCloudMapNamespace(), nullptr);
  auto& ns = cluster.addDefaultCloudMapNamespace({.name = "health.local", .useForServiceConnect = true});
  EXPECT_EQ(cluster.defaultCloudMapNamespace(), &ns);
  EXPECT_EQ(ns.type(), servicediscovery::NamespaceType::DNS_PRIVATE);
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(resource(t, "ClusterDefaultServiceDiscoveryNamespaceC336F9B4")["Type"],
            "AWS::ServiceDiscovery::PrivateDnsNamespace");
  EXPECT_EQ(resource(t, "ClusterEB0386A7")["Properties"]["ServiceConnectDefaults"]["Namespace"],
            json::parse(R"({"Fn::GetAtt": ["ClusterDefaultServiceDiscoveryNamespaceC336F9B4", "Arn"]})"));
}

TEST(EcsDiscovery, HttpDefaultNamespace) {
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
  auto& ns = cluster.addDefaultCloudMapNamespace({.name = "health", .type = servicediscovery::NamespaceType::HTTP});
  EXPECT_EQ(ns.type(), servicediscovery::NamespaceType::HTTP);
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(resourcesOfType(t, "AWS::ServiceDiscovery::HttpNamespace").size(), 1u);
}

TEST(EcsDiscoveryErrors, WithoutANamespace) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
        f.stack->make<ecs::FargateService>("Service", {.cloudMapOptions = ecs::CloudMapOptions{.name = "api"},
                                                       .cluster = cluster,
                                                       .taskDefinition = discoveryTaskWithPort(*f.stack)});
      },
      "TapStackdev/Service", fixtureError("ecs-error-cloudmap-without-namespace"));
}

TEST(EcsDiscoveryErrors, HttpNamespace) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
        auto& ns = f.stack->make<servicediscovery::HttpNamespace>("Namespace", {.name = "health"});
        f.stack->make<ecs::FargateService>("Service", {.cloudMapOptions = ecs::CloudMapOptions{.cloudMapNamespace = ns},
                                                       .cluster = cluster,
                                                       .taskDefinition = discoveryTaskWithPort(*f.stack)});
      },
      "TapStackdev/Service", fixtureError("ecs-error-cloudmap-http-namespace"));
}

TEST(EcsDiscoveryErrors, UnmappedPort) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = discoveryCluster(*f.stack);
        f.stack->make<ecs::FargateService>(
            "Service", {.cloudMapOptions = ecs::CloudMapOptions{.containerPort = 8080,
                                                                .dnsRecordType = servicediscovery::DnsRecordType::SRV},
                        .cluster = cluster,
                        .taskDefinition = discoveryTaskWithPort(*f.stack)});
      },
      "TapStackdev/Service", fixtureError("ecs-error-cloudmap-unmapped-port"));
}

TEST(EcsDiscoveryErrors, ContainerOfAnotherTaskDefinition) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = discoveryCluster(*f.stack);
        auto& other = f.stack->make<ecs::FargateTaskDefinition>("Other");
        auto& container = other.addContainer("other", {.image = nginx(), .portMappings = {{.containerPort = 80}}});
        f.stack->make<ecs::FargateService>(
            "Service", {.cloudMapOptions = ecs::CloudMapOptions{.container = container,
                                                                .dnsRecordType = servicediscovery::DnsRecordType::SRV},
                        .cluster = cluster,
                        .taskDefinition = discoveryTaskWithPort(*f.stack)});
      },
      "TapStackdev/Service", fixtureError("ecs-error-cloudmap-foreign-container"));
}

TEST(EcsDiscoveryErrors, DefaultNamespaceTwice) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = discoveryCluster(*f.stack);
        cluster.addDefaultCloudMapNamespace({.name = "other.local"});
      },
      "TapStackdev/Cluster", fixtureError("ecs-error-default-namespace-twice"));
}

TEST(EcsDiscoveryErrors, SecondServiceRegistry) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = discoveryCluster(*f.stack);
        auto& service =
            f.stack->make<ecs::FargateService>("Service", {.cloudMapOptions = ecs::CloudMapOptions{.name = "api"},
                                                           .cluster = cluster,
                                                           .taskDefinition = discoveryTaskWithPort(*f.stack)});
        service.addServiceRegistry({.arn = "arn:aws:servicediscovery:ap-southeast-1:111111111111:service/srv-1"});
      },
      "TapStackdev/Service", "ECS supports at most one service registry per service.");
}

}  // namespace
