// Bad input: each error aws-cdk-lib throws for the programs of tests/ecs/fixtures/ecs-errors.ts (message
// from fixtures/ecs-error-*.error.txt, same construct path), the Fargate cpu/memory pairs cdkpp refuses, and
// cdkpp's other checks. Construction errors are cdk::ConstructError; synthesis-time ones a
// cdk::ValidationError listing each issue with its path.
#include <gtest/gtest.h>

#include "cdk/secretsmanager.hpp"
#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;

// ------------------------------------------------------------------------------------------ aws-cdk-lib's

TEST(EcsErrors, BothContainerInsightsSettings) {
  EXPECT_EQ(fixtureError("ecs-error-both-container-insights"),
            "You cannot set both containerInsights and containerInsightsV2");
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<ecs::Cluster>("Cluster", {.containerInsights = true,
                                                .containerInsightsV2 = ecs::ContainerInsights::ENABLED,
                                                .vpc = seedVpc(*f.stack)});
      },
      "TapStackdev/Cluster", fixtureError("ecs-error-both-container-insights"));
}

TEST(EcsErrors, BothContainerInsightsSettingsEvenWhenDisabled) {
  // aws-cdk-lib checks `containerInsights !== undefined`: false counts as set.
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<ecs::Cluster>("Cluster", {.containerInsights = false,
                                                .containerInsightsV2 = ecs::ContainerInsights::DISABLED,
                                                .vpc = seedVpc(*f.stack)});
      },
      "TapStackdev/Cluster", fixtureError("ecs-error-both-container-insights"));
}

TEST(EcsErrors, ServiceWithoutAnEssentialContainer) {
  const std::string expected =
      cdkpp_test::readFile(datatest::fixturePath("ecs", "ecs-error-service-without-container", ".error.txt"));
  EXPECT_NE(expected.find("[TapStackdev/Service] A TaskDefinition must have at least one essential container"),
            std::string::npos);
  Fixture f;
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
  f.stack->make<ecs::FargateService>(
      "Service", {.cluster = cluster, .taskDefinition = f.stack->make<ecs::FargateTaskDefinition>("TaskDef")});
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected a cdk::ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 1u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "TapStackdev/Service");
    EXPECT_EQ(e.issues()[0].message, "A TaskDefinition must have at least one essential container");
    EXPECT_NE(std::string(e.what()).find("TapStackdev/Service"), std::string::npos) << e.what();
  }
}

TEST(EcsErrors, ServiceWithOnlyNonEssentialContainers) {
  expectError(
      [](Fixture& f) {
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("sidecar", {.essential = false, .image = nginx()});
        f.stack->make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = td});
      },
      "TapStackdev/Service", "A TaskDefinition must have at least one essential container");
}

TEST(EcsErrors, FargateTaskDefinitionWithoutCpuAndMemory) {
  EXPECT_EQ(fixtureError("ecs-error-fargate-taskdef-without-cpu"),
            "Fargate-compatible tasks require both CPU (undefined) and memory (undefined) specifications");
  expectConstructError(
      [](Fixture& f) { f.stack->make<ecs::TaskDefinition>("TaskDef", {.compatibility = ecs::Compatibility::FARGATE}); },
      "TapStackdev/TaskDef", fixtureError("ecs-error-fargate-taskdef-without-cpu"));
}

TEST(EcsErrors, FargateTaskDefinitionWithCpuButWithoutMemory) {
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<ecs::TaskDefinition>("TaskDef", {.compatibility = ecs::Compatibility::FARGATE, .cpu = "256"});
      },
      "TapStackdev/TaskDef", "Fargate-compatible tasks require both CPU (256) and memory (undefined) specifications");
}

TEST(EcsErrors, AttachWithoutPortMapping) {
  EXPECT_EQ(fixtureError("ecs-error-attach-without-port-mapping"),
            "Container app hasn't defined any ports. Call addPortMappings().");
  expectConstructError(
      [](Fixture& f) {
        auto& vpc = seedVpc(*f.stack);
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = vpc});
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("app", {.image = nginx()});
        auto& service = f.stack->make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = td});
        service.attachToApplicationTargetGroup(
            f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .vpc = vpc}));
      },
      "TapStackdev/TaskDef/app", fixtureError("ecs-error-attach-without-port-mapping"));
}

TEST(EcsErrors, HostPortDifferentFromContainerPort) {
  // aws-cdk-lib's message (no construct path in its error), with the two ports before the final full stop.
  std::string message = fixtureError("ecs-error-hostport-mismatch");
  ASSERT_EQ(message.back(), '.');
  message.pop_back();
  expectConstructError(
      [](Fixture& f) {
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("app", {.image = nginx(), .portMappings = {{.containerPort = 80, .hostPort = 8080}}});
      },
      "TapStackdev/TaskDef/app", message + " (containerPort 80, hostPort 8080).");
}

TEST(EcsErrors, HostPortDifferentFromContainerPortAddedLater) {
  expectConstructError(
      [](Fixture& f) {
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        auto& c = td.addContainer("app", {.image = nginx()});
        c.addPortMappings({.containerPort = 443, .hostPort = 80});
      },
      "TapStackdev/TaskDef/app", "The host port must be left out or must be the same as the container port");
}

TEST(EcsErrors, ContainerCpuAboveTheTaskCpu) {
  expectConstructError(
      [](Fixture& f) {
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 512});
        td.addContainer("a", {.cpu = 200, .image = nginx()});
        td.addContainer("b", {.cpu = 100, .image = nginx()});
      },
      "TapStackdev/TaskDef", fixtureError("ecs-error-container-cpu-sum"));
}

TEST(EcsErrors, ContainerCpuAboveTheTaskCpuDoesNotAddTheContainer) {
  Fixture f;
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 512});
  td.addContainer("a", {.cpu = 256, .image = nginx()});
  EXPECT_THROW_MSG(td.addContainer("b", {.cpu = 1, .image = nginx()}), cdk::ConstructError, "(257 > 256)");
  EXPECT_EQ(td.containers().size(), 1u);
  EXPECT_EQ(td.node().tryFindChild("b"), nullptr);
}

// ------------------------------------------------------------------------------ Fargate cpu and memory

// aws-cdk-lib 2.276 synthesizes these (fixture ecs-taskdef-invalid-cpu-memory; its template linter reports
// E3047, an error with @aws-cdk/core:validateAgainstDefaultRules: fixture ecs-error-invalid-cpu-memory-strict).
// cdkpp refuses them when the task definition is made, naming the pair and the memory values allowed.
struct InvalidPair {
  int cpu;
  int memory;
  const char* allowed;
};

class FargateCpuMemory : public ::testing::TestWithParam<InvalidPair> {};

TEST_P(FargateCpuMemory, IsRefusedWithTheValuesAllowed) {
  const InvalidPair p = GetParam();
  expectConstructError(
      [&](Fixture& f) {
        f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = p.cpu, .memoryLimitMiB = p.memory});
      },
      "TapStackdev/TaskDef",
      "Fargate does not support cpu " + std::to_string(p.cpu) + " with memoryLimitMiB " + std::to_string(p.memory) +
          ": with cpu " + std::to_string(p.cpu) + ", memoryLimitMiB must be one of " + p.allowed);
}

INSTANTIATE_TEST_SUITE_P(
    EcsErrors, FargateCpuMemory,
    ::testing::Values(InvalidPair{256, 4096, "512, 1024, 2048"},  // the fixture's pair
                      InvalidPair{256, 256, "512, 1024, 2048"}, InvalidPair{256, 3072, "512, 1024, 2048"},
                      InvalidPair{512, 512, "1024, 2048, 3072, 4096"}, InvalidPair{512, 5120, "1024, 2048, 3072, 4096"},
                      InvalidPair{512, 1536, "1024, 2048, 3072, 4096"},
                      InvalidPair{1024, 1024, "2048, 3072, 4096, 5120, 6144, 7168, 8192"},
                      InvalidPair{1024, 9216, "2048, 3072, 4096, 5120, 6144, 7168, 8192"},
                      InvalidPair{2048, 2048, "4096, 5120"}, InvalidPair{2048, 17408, "4096, 5120"},
                      InvalidPair{4096, 4096, "8192, 9216"}, InvalidPair{4096, 31744, "8192, 9216"},
                      InvalidPair{8192, 8192, "16384, 20480, 24576"}, InvalidPair{8192, 17408, "16384, 20480, 24576"},
                      InvalidPair{8192, 65536, "16384, 20480, 24576"}, InvalidPair{16384, 16384, "32768, 40960, 49152"},
                      InvalidPair{16384, 36864, "32768, 40960, 49152"},
                      InvalidPair{16384, 131072, "32768, 40960, 49152"}));

TEST(EcsErrors, FargateCpuValueFargateDoesNotOffer) {
  for (const int cpu : {0, 128, 300, 3072, 32768}) {
    expectConstructError(
        [&](Fixture& f) { f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = cpu, .memoryLimitMiB = 2048}); },
        "TapStackdev/TaskDef",
        "Fargate does not support cpu " + std::to_string(cpu) +
            " (memoryLimitMiB 2048): cpu must be one of 256, 512, 1024, 2048, 4096, 8192, 16384");
  }
}

TEST(EcsErrors, ARefusedTaskDefinitionLeavesNothingBehind) {
  Fixture f;
  EXPECT_THROW(f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 4096}),
               cdk::ConstructError);
  EXPECT_EQ(f.stack->node().tryFindChild("TaskDef"), nullptr);
  // The id is free for a valid definition.
  f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 2048});
  EXPECT_NO_THROW(f.app.synth({.write = false}));
}

TEST(EcsErrors, FargateWindowsCpuAndMemoryWithAwsCdkLibMessages) {
  const auto windows =
      ecs::RuntimePlatform{.cpuArchitecture = ecs::CpuArchitecture::X86_64,
                           .operatingSystemFamily = ecs::OperatingSystemFamily::WINDOWS_SERVER_2019_CORE};
  expectConstructError(
      [&](Fixture& f) {
        f.stack->make<ecs::FargateTaskDefinition>("TaskDef",
                                                  {.cpu = 256, .memoryLimitMiB = 512, .runtimePlatform = windows});
      },
      "TapStackdev/TaskDef",
      "If operatingSystemFamily is WINDOWS_SERVER_2019_CORE, then cpu must be in 1024 (1 vCPU), 2048 (2 vCPU), or "
      "4096 (4 vCPU). Provided value was: 256");
  expectConstructError(
      [&](Fixture& f) {
        f.stack->make<ecs::FargateTaskDefinition>("TaskDef",
                                                  {.cpu = 2048, .memoryLimitMiB = 2048, .runtimePlatform = windows});
      },
      "TapStackdev/TaskDef",
      "If provided cpu is 2048, then memoryMiB must have a min of 4096 and max of 16384, in 1024 increments. "
      "Provided memoryMiB 2048.");
}

// ---------------------------------------------------------------------------------------- other checks

TEST(EcsErrors, EphemeralStorageOutOfRange) {
  for (const int size : {20, 201}) {
    expectConstructError(
        [&](Fixture& f) { f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.ephemeralStorageGiB = size}); },
        "TapStackdev/TaskDef", "Ephemeral storage size must be between 21GiB and 200GiB");
  }
}

TEST(EcsErrors, LogGroupTogetherWithRetention) {
  expectConstructError(
      [](Fixture& f) {
        auto& group = f.stack->make<cdk::logs::LogGroup>("Logs");
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("app", {.image = nginx(),
                                .logging = ecs::LogDriver::awsLogs({.logGroup = group,
                                                                    .logRetention = cdk::logs::RetentionDays::ONE_DAY,
                                                                    .streamPrefix = "app"})});
      },
      "TapStackdev/TaskDef/app", "Cannot specify both `logGroup` and `logRetentionDays`.");
}

TEST(EcsErrors, MaxBufferSizeInBlockingMode) {
  expectConstructError(
      [](Fixture& f) {
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("app", {.image = nginx(),
                                .logging = ecs::LogDriver::awsLogs({.maxBufferSize = 1024, .streamPrefix = "app"})});
      },
      "TapStackdev/TaskDef/app", "Cannot specify `maxBufferSize` when the driver mode is blocking");
}

TEST(EcsErrors, MemoryLimitBelowReservation) {
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<ecs::FargateTaskDefinition>("TaskDef").addContainer(
            "app", {.image = nginx(), .memoryLimitMiB = 256, .memoryReservationMiB = 512});
      },
      "TapStackdev/TaskDef/app", "MemoryLimitMiB should not be less than MemoryReservationMiB");
}

TEST(EcsErrors, ContainerWithoutImage) {
  expectConstructError([](Fixture& f) { f.stack->make<ecs::FargateTaskDefinition>("TaskDef").addContainer("app", {}); },
                       "TapStackdev/TaskDef/app", "the container needs an image");
}

TEST(EcsErrors, HealthCheckSettings) {
  auto withHealthCheck = [](ecs::HealthCheck hc) {
    return [hc](Fixture& f) {
      f.stack->make<ecs::FargateTaskDefinition>("TaskDef").addContainer("app", {.healthCheck = hc, .image = nginx()});
    };
  };
  expectConstructError(withHealthCheck({.command = {"true"}, .interval = cdk::Duration::seconds(4)}),
                       "TapStackdev/TaskDef/app", "Interval must be between 5 seconds and 300 seconds.");
  expectConstructError(withHealthCheck({.command = {"true"}, .timeout = cdk::Duration::seconds(1)}),
                       "TapStackdev/TaskDef/app", "Timeout must be between 2 seconds and 120 seconds.");
  expectConstructError(
      withHealthCheck(
          {.command = {"true"}, .interval = cdk::Duration::seconds(10), .timeout = cdk::Duration::seconds(20)}),
      "TapStackdev/TaskDef/app", "Health check interval should be longer than timeout.");
  expectConstructError(withHealthCheck({}), "TapStackdev/TaskDef/app",
                       "At least one argument must be supplied for health check command.");
}

TEST(EcsErrors, PortMappingChecks) {
  auto withPort = [](ecs::PortMapping pm) {
    return [pm](Fixture& f) {
      f.stack->make<ecs::FargateTaskDefinition>("TaskDef").addContainer("app",
                                                                        {.image = nginx(), .portMappings = {pm}});
    };
  };
  expectConstructError(withPort({.containerPort = 80, .name = ""}), "TapStackdev/TaskDef/app",
                       "Port mapping name cannot be an empty string.");
  expectConstructError(withPort({.containerPort = 0}), "TapStackdev/TaskDef/app",
                       "The containerPortRange must be set when containerPort is equal to 0");
  expectConstructError(withPort({.containerPort = 80, .containerPortRange = "80-90"}), "TapStackdev/TaskDef/app",
                       "Cannot set \"containerPort\" and \"containerPortRange\" at the same time.");
  expectConstructError(withPort({.appProtocol = ecs::AppProtocol::http, .containerPort = 80}),
                       "TapStackdev/TaskDef/app",
                       "Service connect-related port mapping field 'appProtocol' cannot be set without 'name'");
}

TEST(EcsErrors, DuplicatePortMappingName) {
  expectConstructError(
      [](Fixture& f) {
        auto& c = f.stack->make<ecs::FargateTaskDefinition>("TaskDef").addContainer(
            "app", {.image = nginx(), .portMappings = {{.containerPort = 80, .name = "web"}}});
        c.addPortMappings({.containerPort = 81, .name = "web"});
      },
      "TapStackdev/TaskDef/app", "Port mapping name 'web' already exists on this container");
}

TEST(EcsErrors, ServiceWithoutClusterOrTaskDefinition) {
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<ecs::FargateService>("Service",
                                           {.taskDefinition = f.stack->make<ecs::FargateTaskDefinition>("TaskDef")});
      },
      "TapStackdev/Service", "FargateServiceProps::cluster is required");
  expectConstructError(
      [](Fixture& f) {
        f.stack->make<ecs::FargateService>(
            "Service", {.cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)})});
      },
      "TapStackdev/Service", "FargateServiceProps::taskDefinition is required");
}

TEST(EcsErrors, ServiceWithAnEc2TaskDefinition) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
        auto& td = f.stack->make<ecs::TaskDefinition>("TaskDef", {.compatibility = ecs::Compatibility::EC2});
        f.stack->make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = td});
      },
      "TapStackdev/Service",
      "Supplied TaskDefinition is not configured for compatibility with Fargate or Managed Instances");
}

TEST(EcsErrors, EmptyDeploymentAlarms) {
  expectConstructError(
      [](Fixture& f) {
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = seedVpc(*f.stack)});
        auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
        td.addContainer("app", {.image = nginx()});
        f.stack->make<ecs::FargateService>(
            "Service", {.cluster = cluster, .deploymentAlarms = ecs::DeploymentAlarmConfig{}, .taskDefinition = td});
      },
      "TapStackdev/Service",
      "at least one alarm name is required when specifying deploymentAlarms, received empty array");
}

TEST(EcsErrors, LoadBalancerTargetOnAMissingContainerOrPort) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = vpc});
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = nginx(), .portMappings = {{.containerPort = 80}}});
  auto& service = f.stack->make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = td});
  try {
    service.loadBalancerTarget({.containerName = "web"});
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/TaskDef");
    EXPECT_NE(std::string(e.what()).find("No container named 'web'. Did you call \"addContainer()\"?"),
              std::string::npos)
        << e.what();
  }
  try {
    service.loadBalancerTarget({.containerName = "app", .containerPort = 8080});
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/TaskDef");
    EXPECT_NE(std::string(e.what()).find("Container 'app' has no mapping for port 8080 and protocol tcp. Did you "
                                         "call \"container.addPortMappings()\"?"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
