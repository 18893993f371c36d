// ecs::ContainerDefinition (taskDefinition.addContainer): rendering of its options, port mappings, mount
// points, environment, secrets, images and the awslogs driver.
#include <gtest/gtest.h>

#include "cdk/secretsmanager.hpp"
#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using datatest::synthTemplate;

struct EcsContainer : ::testing::Test {
  Fixture f;
  ecs::FargateTaskDefinition& td =
      f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 1024, .memoryLimitMiB = 2048});

  /// ContainerDefinitions of the synthesized task definition.
  json containers() { return resource(synthTemplate(f.app), "TaskDef54694570")["Properties"]["ContainerDefinitions"]; }
};

TEST_F(EcsContainer, MinimalEntry) {
  auto& c = td.addContainer("app", {.image = nginx()});
  EXPECT_EQ(c.containerName(), "app");
  EXPECT_TRUE(c.essential());
  EXPECT_EQ(&c.taskDefinition(), &td);
  EXPECT_EQ(c.node().path(), "TapStackdev/TaskDef/app");
  EXPECT_EQ(td.defaultContainer(), &c);
  // Essential is always rendered; empty lists are left out.
  EXPECT_EQ(containers(), json::parse(R"([{"Essential": true, "Image": "nginx", "Name": "app"}])"));
}

TEST_F(EcsContainer, EveryOptionInCloudFormationKeyOrder) {
  td.addContainer("app", {.command = {"run", "--fast"},
                          .containerName = "web",
                          .cpu = 512,
                          .disableNetworking = false,
                          .dnsSearchDomains = {"example.com"},
                          .dnsServers = {"10.0.0.2"},
                          .dockerLabels = {{"z", "1"}, {"a", "2"}},
                          .dockerSecurityOptions = {"no-new-privileges"},
                          .entryPoint = {"/bin/sh", "-c"},
                          .environment = {{"B", "2"}, {"A", "1"}},
                          .essential = true,
                          .healthCheck = ecs::HealthCheck{.command = {"CMD", "curl", "-f", "http://localhost/"},
                                                          .interval = cdk::Duration::seconds(10),
                                                          .retries = 5,
                                                          .startPeriod = cdk::Duration::seconds(60),
                                                          .timeout = cdk::Duration::seconds(3)},
                          .hostname = "web-host",
                          .image = nginx(),
                          .interactive = true,
                          .memoryLimitMiB = 1024,
                          .memoryReservationMiB = 512,
                          .privileged = false,
                          .pseudoTerminal = true,
                          .readonlyRootFilesystem = true,
                          .startTimeout = cdk::Duration::seconds(30),
                          .stopTimeout = cdk::Duration::seconds(20),
                          .user = "1000",
                          .workingDirectory = "/app"});
  EXPECT_EQ(containers(), json::parse(R"([{
    "Command": ["run", "--fast"], "Cpu": 512, "DisableNetworking": false, "DnsSearchDomains": ["example.com"],
    "DnsServers": ["10.0.0.2"], "DockerLabels": {"z": "1", "a": "2"}, "DockerSecurityOptions": ["no-new-privileges"],
    "EntryPoint": ["/bin/sh", "-c"], "Environment": [{"Name": "B", "Value": "2"}, {"Name": "A", "Value": "1"}],
    "Essential": true,
    "HealthCheck": {"Command": ["CMD", "curl", "-f", "http://localhost/"], "Interval": 10, "Retries": 5,
                    "StartPeriod": 60, "Timeout": 3},
    "Hostname": "web-host", "Image": "nginx", "Interactive": true, "Memory": 1024, "MemoryReservation": 512,
    "Name": "web", "Privileged": false, "PseudoTerminal": true, "ReadonlyRootFilesystem": true,
    "StartTimeout": 30, "StopTimeout": 20, "User": "1000", "WorkingDirectory": "/app"}])"));
}

TEST_F(EcsContainer, HealthCheckCommandAndDefaults) {
  td.addContainer("a", {.healthCheck = ecs::HealthCheck{.command = {"curl -f http://localhost/"}}, .image = nginx()});
  td.addContainer("b", {.healthCheck = ecs::HealthCheck{.command = {"curl", "-f"}}, .image = nginx()});
  td.addContainer("c", {.healthCheck = ecs::HealthCheck{.command = {"CMD-SHELL", "exit 0"}}, .image = nginx()});
  const json defs = containers();
  EXPECT_EQ(defs[0]["HealthCheck"],
            json::parse(R"({"Command": ["CMD-SHELL", "curl -f http://localhost/"], "Interval": 30, "Retries": 3,
                            "Timeout": 5})"));
  EXPECT_EQ(defs[1]["HealthCheck"]["Command"], json::parse(R"(["CMD", "curl", "-f"])"));
  EXPECT_EQ(defs[2]["HealthCheck"]["Command"], json::parse(R"(["CMD-SHELL", "exit 0"])"));
}

TEST_F(EcsContainer, PortMappingsFromPropsThenAdded) {
  auto& c = td.addContainer(
      "app", {.image = nginx(),
              .portMappings = {{.containerPort = 8080},
                               {.appProtocol = ecs::AppProtocol::http2, .containerPort = 9090, .name = "grpc"}}});
  c.addPortMappings(ecs::PortMapping{.containerPort = 53, .hostPort = 53, .protocol = ecs::Protocol::UDP},
                    ecs::PortMapping{.containerPort = ecs::ContainerDefinition::CONTAINER_PORT_USE_RANGE,
                                     .containerPortRange = "7000-7010"});
  EXPECT_EQ(c.containerPort(), 8080);
  EXPECT_EQ(c.ingressPort(), 8080);
  ASSERT_NE(c.findPortMapping(53, ecs::Protocol::UDP), nullptr);
  EXPECT_EQ(c.findPortMapping(53, ecs::Protocol::TCP), nullptr);
  EXPECT_EQ(c.portMappings().size(), 4u);
  EXPECT_EQ(containers()[0]["PortMappings"], json::parse(R"([
    {"ContainerPort": 8080, "Protocol": "tcp"},
    {"AppProtocol": "http2", "ContainerPort": 9090, "Name": "grpc", "Protocol": "tcp"},
    {"ContainerPort": 53, "HostPort": 53, "Protocol": "udp"},
    {"ContainerPortRange": "7000-7010", "Protocol": "tcp"}])"));
  // The ports the load balancer reaches: the container port, or the host port when given.
  EXPECT_EQ(td.portRangeFromPortMapping(c.portMappings()[0]).toString(), "8080");
  EXPECT_EQ(td.portRangeFromPortMapping(c.portMappings()[2]).toString(), "UDP 53");
  EXPECT_EQ(td.portRangeFromPortMapping(c.portMappings()[3]).toString(), "7000-7010");
}

TEST_F(EcsContainer, ContainerPortWithoutMappings) {
  auto& c = td.addContainer("app", {.image = nginx()});
  EXPECT_THROW_MSG(c.containerPort(), cdk::ConstructError,
                   "Container app hasn't defined any ports. Call addPortMappings().");
  try {
    (void)c.containerPort();
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/TaskDef/app");
  }
}

TEST_F(EcsContainer, EnvironmentKeepsInsertionOrder) {
  auto& c = td.addContainer("app", {.environment = {{"ZED", "z"}, {"ALPHA", "a"}}, .image = nginx()});
  c.addEnvironment("MIDDLE", "m");
  c.addEnvironment("ZED", "replaced");  // keeps its position
  c.addEnvironment("REGION", f.stack->region());
  EXPECT_EQ(containers()[0]["Environment"], json::parse(R"([
    {"Name": "ZED", "Value": "replaced"}, {"Name": "ALPHA", "Value": "a"}, {"Name": "MIDDLE", "Value": "m"},
    {"Name": "REGION", "Value": "ap-southeast-1"}])"));
}

TEST_F(EcsContainer, MountPointsAlwaysRenderReadOnly) {
  td.addVolume({.name = "data"});
  auto& c = td.addContainer("app", {.image = nginx()});
  c.addMountPoints(ecs::MountPoint{.containerPath = "/data", .sourceVolume = "data"},
                   ecs::MountPoint{.containerPath = "/ro", .readOnly = true, .sourceVolume = "data"});
  EXPECT_EQ(containers()[0]["MountPoints"], json::parse(R"([
    {"ContainerPath": "/data", "ReadOnly": false, "SourceVolume": "data"},
    {"ContainerPath": "/ro", "ReadOnly": true, "SourceVolume": "data"}])"));
}

TEST_F(EcsContainer, FirstEssentialContainerIsTheDefault) {
  td.addContainer("init", {.essential = false, .image = nginx()});
  EXPECT_EQ(td.defaultContainer(), nullptr);
  auto& app = td.addContainer("app", {.image = nginx()});
  td.addContainer("other", {.image = nginx()});
  EXPECT_EQ(td.defaultContainer(), &app);
  EXPECT_EQ(td.findContainer("other")->node().id(), "other");
  EXPECT_EQ(td.findContainer("missing"), nullptr);
  const json defs = containers();
  ASSERT_EQ(defs.size(), 3u);
  EXPECT_EQ(defs[0]["Essential"], false);
  EXPECT_EQ(defs[1]["Name"], "app");
}

TEST_F(EcsContainer, AwsLogsDriverCreatesALogGroupBelowTheContainer) {
  auto logging = ecs::LogDriver::awsLogs({.logRetention = cdk::logs::RetentionDays::ONE_WEEK, .streamPrefix = "app"});
  td.addContainer("app", {.image = nginx(), .logging = logging});
  ASSERT_NE(logging->logGroup(), nullptr);
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "TaskDefappLogGroupA2E94E99"), json::parse(R"({
    "Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 7},
    "UpdateReplacePolicy": "Retain", "DeletionPolicy": "Retain"})"));
  EXPECT_EQ(resource(t, "TaskDef54694570")["Properties"]["ContainerDefinitions"][0]["LogConfiguration"],
            json::parse(R"({"LogDriver": "awslogs", "Options": {
              "awslogs-group": {"Ref": "TaskDefappLogGroupA2E94E99"}, "awslogs-stream-prefix": "app",
              "awslogs-region": "ap-southeast-1"}})"));
  EXPECT_EQ(resource(t, "TaskDefExecutionRoleDefaultPolicy0DBB737A")["Properties"]["PolicyDocument"]["Statement"],
            json::parse(R"([{"Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Effect": "Allow",
                             "Resource": {"Fn::GetAtt": ["TaskDefappLogGroupA2E94E99", "Arn"]}}])"));
}

TEST_F(EcsContainer, AwsLogsOptionalOptionsInAwsCdkLibOrder) {
  td.addContainer("app", {.image = nginx(),
                          .logging = ecs::LogDrivers::awsLogs({.datetimeFormat = "%Y-%m-%d",
                                                               .maxBufferSize = 26214400,
                                                               .mode = ecs::AwsLogDriverMode::NON_BLOCKING,
                                                               .multilinePattern = "^INFO",
                                                               .streamPrefix = "app"})});
  const json t = synthTemplate(f.app);
  // No retention: the log group keeps events forever (no RetentionInDays).
  EXPECT_FALSE(resource(t, "TaskDefappLogGroupA2E94E99").contains("Properties"));
  EXPECT_EQ(resource(t, "TaskDef54694570")["Properties"]["ContainerDefinitions"][0]["LogConfiguration"]["Options"],
            json::parse(R"({"awslogs-group": {"Ref": "TaskDefappLogGroupA2E94E99"}, "awslogs-stream-prefix": "app",
                            "awslogs-region": "ap-southeast-1", "awslogs-datetime-format": "%Y-%m-%d",
                            "awslogs-multiline-pattern": "^INFO", "mode": "non-blocking",
                            "max-buffer-size": "26214400b"})"));
}

TEST_F(EcsContainer, AwsLogsWithAGivenLogGroup) {
  auto& group = f.stack->make<cdk::logs::LogGroup>("Logs", {.retention = cdk::logs::RetentionDays::ONE_MONTH});
  td.addContainer("app",
                  {.image = nginx(), .logging = ecs::LogDriver::awsLogs({.logGroup = group, .streamPrefix = "x"})});
  const json t = synthTemplate(f.app);
  const auto groups = resourcesOfType(t, "AWS::Logs::LogGroup");
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(
      resource(
          t,
          "TaskDef54694570")["Properties"]["ContainerDefinitions"][0]["LogConfiguration"]["Options"]["awslogs-group"],
      (json{{"Ref", groups[0]}}));
}

TEST(EcsContainerEnvAgnostic, AwsLogsRegionIsTheStackRegion) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev");
  auto& td = stack.make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = nginx(), .logging = ecs::LogDriver::awsLogs({.streamPrefix = "app"})});
  const json t = datatest::synthTemplate(app);
  EXPECT_EQ(
      resource(
          t,
          "TaskDef54694570")["Properties"]["ContainerDefinitions"][0]["LogConfiguration"]["Options"]["awslogs-region"],
      json::parse(R"({"Ref": "AWS::Region"})"));
}

TEST_F(EcsContainer, SecretsAreReadByTheExecutionRole) {
  auto& secret = f.stack->make<cdk::secretsmanager::Secret>("AppSecret");
  auto& c = td.addContainer(
      "app", {.image = nginx(), .secrets = {{"DB_PASSWORD", ecs::Secret::fromSecretsManager(secret, "password")}}});
  EXPECT_TRUE(c.referencesSecretJsonField());
  EXPECT_TRUE(td.referencesSecretJsonField());
  c.addSecret("WHOLE", ecs::Secret::fromSecretsManager(secret));
  const json t = synthTemplate(f.app);
  const std::string secretId = resourcesOfType(t, "AWS::SecretsManager::Secret").at(0);
  EXPECT_EQ(resource(t, "TaskDef54694570")["Properties"]["ContainerDefinitions"][0]["Secrets"],
            json::parse(R"([{"Name": "DB_PASSWORD", "ValueFrom": {"Fn::Join": ["", [{"Ref": ")" + secretId +
                        R"("}, ":password::"]]}},
                            {"Name": "WHOLE", "ValueFrom": {"Ref": ")" +
                        secretId + R"("}}])"));
  const json policy = resource(t, "TaskDefExecutionRoleDefaultPolicy0DBB737A")["Properties"];
  ASSERT_FALSE(policy.is_null());
  EXPECT_EQ(policy["PolicyDocument"]["Statement"][0]["Action"],
            json::parse(R"(["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"])"));
  EXPECT_EQ(policy["PolicyDocument"]["Statement"][0]["Resource"], (json{{"Ref", secretId}}));
  EXPECT_EQ(policy["Roles"], json::parse(R"([{"Ref": "TaskDefExecutionRoleB4775C97"}])"));
}

TEST_F(EcsContainer, PrivateRegistryCredentials) {
  auto& credentials = f.stack->make<cdk::secretsmanager::Secret>("RegistryCredentials");
  td.addContainer(
      "app", {.image = ecs::ContainerImage::fromRegistry("registry.example.com/app:1", {.credentials = credentials})});
  const json t = synthTemplate(f.app);
  const std::string secretId = resourcesOfType(t, "AWS::SecretsManager::Secret").at(0);
  const json def = resource(t, "TaskDef54694570")["Properties"]["ContainerDefinitions"][0];
  EXPECT_EQ(def["Image"], "registry.example.com/app:1");
  EXPECT_EQ(def["RepositoryCredentials"], (json{{"CredentialsParameter", {{"Ref", secretId}}}}));
  EXPECT_FALSE(resource(t, "TaskDefExecutionRoleDefaultPolicy0DBB737A").empty());
}

TEST_F(EcsContainer, EcrLookingImageNameWarns) {
  td.addContainer(
      "app",
      {.image = ecs::ContainerImage::fromRegistry("123456789012.dkr.ecr.ap-southeast-1.amazonaws.com/app:latest")});
  td.addContainer("public", {.image = ecs::ContainerImage::fromRegistry("public.ecr.aws/nginx/nginx:latest")});
  synthTemplate(f.app);
  const auto found = datatest::messagesWith(
      f.app,
      "Proper policies need to be attached before pulling from ECR repository, or use 'fromEcrRepository'. [ack: "
      "@aws-cdk/aws-ecs:ecrImageRequiresPolicy]");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].path, "TapStackdev/TaskDef/app");
  // A public image needs no execution role.
  EXPECT_EQ(td.executionRole(), nullptr);
}

TEST_F(EcsContainer, RenderContainerDefinitionResolvesToTheEntry) {
  auto& c = td.addContainer("app", {.image = nginx(), .portMappings = {{.containerPort = 80}}});
  EXPECT_EQ(f.stack->resolve(c.renderContainerDefinition()),
            json::parse(R"({"Essential": true, "Image": "nginx", "Name": "app",
                            "PortMappings": [{"ContainerPort": 80, "Protocol": "tcp"}]})"));
}

}  // namespace
