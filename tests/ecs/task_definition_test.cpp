// ecs::FargateTaskDefinition (and ecs::TaskDefinition): defaults, cpu/memory, roles, volumes, options.
#include <gtest/gtest.h>

#include "cdk/efs.hpp"
#include "cdk/secretsmanager.hpp"
#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;
using datatest::synthTemplate;

TEST(EcsFargateTaskDefinition, Defaults) {
  Fixture f;
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  EXPECT_EQ(td.cpu(), 256);
  EXPECT_EQ(td.memoryMiB(), 512);
  EXPECT_EQ(td.family(), "TapStackdevTaskDef469F733F");
  EXPECT_EQ(td.networkMode(), ecs::NetworkMode::AWS_VPC);
  EXPECT_EQ(td.compatibility(), ecs::Compatibility::FARGATE);
  EXPECT_TRUE(td.isFargateCompatible());
  EXPECT_FALSE(td.isEc2Compatible());
  EXPECT_EQ(td.executionRole(), nullptr);
  EXPECT_EQ(td.defaultContainer(), nullptr);
  EXPECT_EQ(td.taskRole().node().path(), "TapStackdev/TaskDef/TaskRole");
  const json t = synthTemplate(f.app);
  // The task role is created before the task definition's resource; without containers no
  // ContainerDefinitions, without a use no execution role.
  EXPECT_EQ(datatest::keysOf(t["Resources"]), (std::vector<std::string>{"TaskDefTaskRole1EDB4A67", "TaskDef54694570"}));
  EXPECT_EQ(resource(t, "TaskDef54694570"), json::parse(R"({
    "Type": "AWS::ECS::TaskDefinition",
    "Properties": {"Cpu": "256", "Family": "TapStackdevTaskDef469F733F", "Memory": "512", "NetworkMode": "awsvpc",
                   "RequiresCompatibilities": ["FARGATE"],
                   "TaskRoleArn": {"Fn::GetAtt": ["TaskDefTaskRole1EDB4A67", "Arn"]}}})"));
  EXPECT_EQ(
      resource(
          t,
          "TaskDefTaskRole1EDB4A67")["Properties"]["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["Service"],
      "ecs-tasks.amazonaws.com");
  EXPECT_EQ(f.stack->resolve(td.taskDefinitionArn()), json::parse(R"({"Ref": "TaskDef54694570"})"));
}

TEST(EcsFargateTaskDefinition, EveryValidCpuAndMemoryPairIsAccepted) {
  const std::vector<std::pair<int, std::vector<int>>> table = {
      {256, {512, 1024, 2048}},
      {512, {1024, 2048, 3072, 4096}},
      {1024, {2048, 3072, 4096, 5120, 6144, 7168, 8192}},
      {2048, {4096, 5120, 16384}},
      {4096, {8192, 9216, 30720}},
      {8192, {16384, 20480, 57344, 61440}},
      {16384, {32768, 40960, 114688, 122880}},
  };
  for (const auto& [cpu, memories] : table) {
    const auto valid = ecs::FargateTaskDefinition::validMemoryValues(cpu);
    EXPECT_EQ(valid.front(), memories.front()) << cpu;
    EXPECT_EQ(valid.back(), memories.back()) << cpu;
    for (const int memory : memories) {
      Fixture f;
      f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = cpu, .memoryLimitMiB = memory});
      const json props = resource(synthTemplate(f.app), "TaskDef54694570")["Properties"];
      EXPECT_EQ(props["Cpu"], std::to_string(cpu));
      EXPECT_EQ(props["Memory"], std::to_string(memory));
    }
  }
  EXPECT_EQ(ecs::FargateTaskDefinition::validMemoryValues(1024).size(), 7u);
  EXPECT_EQ(ecs::FargateTaskDefinition::validMemoryValues(2048).size(), 13u);
  EXPECT_EQ(ecs::FargateTaskDefinition::validMemoryValues(4096).size(), 23u);
  EXPECT_EQ(ecs::FargateTaskDefinition::validMemoryValues(8192).size(), 12u);
  EXPECT_EQ(ecs::FargateTaskDefinition::validMemoryValues(16384).size(), 12u);
  EXPECT_TRUE(ecs::FargateTaskDefinition::validMemoryValues(300).empty());
}

TEST(EcsFargateTaskDefinition, WindowsPairsAreCheckedWithAwsCdkLibRules) {
  Fixture f;
  f.stack->make<ecs::FargateTaskDefinition>(
      "TaskDef", {.cpu = 1024,
                  .memoryLimitMiB = 2048,
                  .runtimePlatform = ecs::RuntimePlatform{
                      .cpuArchitecture = ecs::CpuArchitecture::X86_64,
                      .operatingSystemFamily = ecs::OperatingSystemFamily::WINDOWS_SERVER_2022_CORE}});
  const json props = resource(synthTemplate(f.app), "TaskDef54694570")["Properties"];
  EXPECT_EQ(props["RuntimePlatform"],
            json::parse(R"({"CpuArchitecture": "X86_64", "OperatingSystemFamily": "WINDOWS_SERVER_2022_CORE"})"));
}

TEST(EcsFargateTaskDefinition, Options) {
  Fixture f;
  f.stack->make<ecs::FargateTaskDefinition>(
      "TaskDef", {.cpu = 1024,
                  .ephemeralStorageGiB = 50,
                  .family = "my-family",
                  .memoryLimitMiB = 2048,
                  .pidMode = ecs::PidMode::TASK,
                  .runtimePlatform = ecs::RuntimePlatform{.cpuArchitecture = ecs::CpuArchitecture::ARM64,
                                                          .operatingSystemFamily = ecs::OperatingSystemFamily::LINUX}});
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::ECS::TaskDefinition",
      Match::objectLike(Value::Map(
          {{"Cpu", "1024"},
           {"EphemeralStorage", Value::map({{"SizeInGiB", 50}})},
           {"Family", "my-family"},
           {"Memory", "2048"},
           {"PidMode", "task"},
           {"RuntimePlatform", Value::map({{"CpuArchitecture", "ARM64"}, {"OperatingSystemFamily", "LINUX"}})}})));
}

TEST(EcsFargateTaskDefinition, PidModeNeedsALinuxFamily) {
  Fixture f;
  EXPECT_THROW_MSG(f.stack->make<ecs::FargateTaskDefinition>("A", {.pidMode = ecs::PidMode::TASK}), cdk::ConstructError,
                   "Specifying 'pidMode' requires that operating system family also be provided.");
  EXPECT_THROW_MSG(
      f.stack->make<ecs::FargateTaskDefinition>(
          "B", {.pidMode = ecs::PidMode::HOST,
                .runtimePlatform = ecs::RuntimePlatform{.operatingSystemFamily = ecs::OperatingSystemFamily::LINUX}}),
      cdk::ConstructError, "'pidMode' can only be set to 'task' for Linux Fargate containers, got: 'host'.");
}

TEST(EcsFargateTaskDefinition, GivenTaskRole) {
  Fixture f;
  auto& role = f.stack->make<cdk::iam::Role>(
      "AppRole", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.taskRole = role});
  EXPECT_EQ(&td.taskRole(), &role);
  EXPECT_EQ(td.node().tryFindChild("TaskRole"), nullptr);
  const json t = synthTemplate(f.app);
  const auto roles = resourcesOfType(t, "AWS::IAM::Role");
  ASSERT_EQ(roles.size(), 1u);
  EXPECT_EQ(roles[0].rfind("AppRole", 0), 0u) << roles[0];
  EXPECT_EQ(resource(t, "TaskDef54694570")["Properties"]["TaskRoleArn"], (json{{"Fn::GetAtt", {roles[0], "Arn"}}}));
}

TEST(EcsFargateTaskDefinition, GrantsGoToTheTaskRole) {
  Fixture f;
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  td.addToTaskRolePolicy(cdk::iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"*"}}));
  auto& secret = f.stack->make<cdk::secretsmanager::Secret>("Secret");
  secret.grantRead(td);
  const json t = synthTemplate(f.app);
  const json policy = onlyResource(t, "AWS::IAM::Policy");
  EXPECT_EQ(policy["Properties"]["Roles"], json::parse(R"([{"Ref": "TaskDefTaskRole1EDB4A67"}])"));
  const json statements = policy["Properties"]["PolicyDocument"]["Statement"];
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[0]["Action"], "s3:GetObject");
  EXPECT_EQ(statements[1]["Action"],
            json::parse(R"(["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"])"));
  EXPECT_EQ(td.executionRole(), nullptr);
}

TEST(EcsFargateTaskDefinition, ExecutionRoleIsCreatedOnFirstUse) {
  Fixture f;
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = nginx()});
  EXPECT_EQ(td.executionRole(), nullptr);
  td.addToExecutionRolePolicy(
      cdk::iam::PolicyStatement({.actions = {"ecr:GetAuthorizationToken"}, .resources = {"*"}}));
  ASSERT_NE(td.executionRole(), nullptr);
  EXPECT_EQ(&td.obtainExecutionRole(), td.executionRole());  // once
  EXPECT_EQ(td.executionRole()->node().path(), "TapStackdev/TaskDef/ExecutionRole");
  const json t = synthTemplate(f.app);
  // The execution role comes after the task definition and its containers.
  EXPECT_EQ(datatest::keysOf(t["Resources"]),
            (std::vector<std::string>{"TaskDefTaskRole1EDB4A67", "TaskDef54694570", "TaskDefExecutionRoleB4775C97",
                                      "TaskDefExecutionRoleDefaultPolicy0DBB737A"}));
  EXPECT_EQ(resource(t, "TaskDef54694570")["Properties"]["ExecutionRoleArn"],
            json::parse(R"({"Fn::GetAtt": ["TaskDefExecutionRoleB4775C97", "Arn"]})"));
  const json policy = resource(t, "TaskDefExecutionRoleDefaultPolicy0DBB737A")["Properties"];
  EXPECT_EQ(policy["PolicyName"], "TaskDefExecutionRoleDefaultPolicy0DBB737A");
  EXPECT_EQ(policy["PolicyDocument"]["Statement"][0]["Action"], "ecr:GetAuthorizationToken");
}

TEST(EcsFargateTaskDefinition, GivenExecutionRole) {
  Fixture f;
  auto& role = f.stack->make<cdk::iam::Role>(
      "ExecRole", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef", {.executionRole = role});
  td.addContainer("app", {.image = nginx(), .logging = ecs::LogDriver::awsLogs({.streamPrefix = "app"})});
  EXPECT_EQ(td.executionRole(), &role);
  EXPECT_EQ(td.node().tryFindChild("ExecutionRole"), nullptr);
  const json t = synthTemplate(f.app);
  const auto roles = resourcesOfType(t, "AWS::IAM::Role");
  ASSERT_EQ(roles.size(), 2u);  // ExecRole, then the task definition's TaskRole
  EXPECT_EQ(roles[0].rfind("ExecRole", 0), 0u) << roles[0];
  EXPECT_EQ(resource(t, "TaskDef54694570")["Properties"]["ExecutionRoleArn"],
            (json{{"Fn::GetAtt", {roles[0], "Arn"}}}));
  // awslogs lets the given execution role write to the log group.
  const json policy = onlyResource(t, "AWS::IAM::Policy");
  EXPECT_EQ(policy["Properties"]["Roles"], (json::array({json{{"Ref", roles[0]}}})));
  EXPECT_EQ(policy["Properties"]["PolicyDocument"]["Statement"][0]["Action"],
            json::parse(R"(["logs:CreateLogStream", "logs:PutLogEvents"])"));
}

TEST(EcsFargateTaskDefinition, Volumes) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& fs = f.stack->make<cdk::efs::FileSystem>("FileSystem", {.vpc = vpc});
  auto& td = f.stack->make<ecs::FargateTaskDefinition>(
      "TaskDef", {.volumes = {{.host = ecs::Host{.sourcePath = "/tmp"}, .name = "scratch"}}});
  td.addVolume({.efsVolumeConfiguration =
                    ecs::EfsVolumeConfiguration{
                        .authorizationConfig = ecs::AuthorizationConfig{.accessPointId = "fsap-1", .iam = "ENABLED"},
                        .fileSystemId = fs.fileSystemId(),
                        .rootDirectory = "/",
                        .transitEncryption = "ENABLED",
                        .transitEncryptionPort = 2049},
                .name = "efs"});
  td.addVolume({.name = "empty"});
  ASSERT_EQ(td.volumes().size(), 3u);
  const json t = synthTemplate(f.app);
  const std::string fsId = resourcesOfType(t, "AWS::EFS::FileSystem").at(0);
  EXPECT_EQ(resource(t, "TaskDef54694570")["Properties"]["Volumes"], json::parse(R"([
    {"Host": {"SourcePath": "/tmp"}, "Name": "scratch"},
    {"EFSVolumeConfiguration": {"AuthorizationConfig": {"AccessPointId": "fsap-1", "IAM": "ENABLED"},
                                "FilesystemId": {"Ref": ")" + fsId + R"("}, "RootDirectory": "/",
                                "TransitEncryption": "ENABLED", "TransitEncryptionPort": 2049},
     "Name": "efs"},
    {"Name": "empty"}])"));
}

TEST(EcsFargateTaskDefinition, VolumeConfiguredAtLaunch) {
  Fixture f;
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  EXPECT_THROW_MSG(td.addVolume({.configuredAtLaunch = true, .host = ecs::Host{.sourcePath = "/x"}, .name = "v"}),
                   cdk::ConstructError,
                   "Volume Configurations must not be specified for 'v' when 'configuredAtLaunch' is set to true");
  EXPECT_THROW_MSG(td.addVolume({}), cdk::ConstructError, "Volume::name is required");
  td.addVolume({.configuredAtLaunch = true, .name = "launch"});
  td.addContainer("app", {.image = nginx()});
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected a cdk::ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 1u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "TapStackdev/TaskDef");
    EXPECT_EQ(e.issues()[0].message,
              "Volume 'launch' should be mounted by at least one container when 'configuredAtLaunch' is true");
  }
}

TEST(EcsFargateTaskDefinition, PortMappingNamesUniqueAcrossContainers) {
  Fixture f;
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("a", {.image = nginx(), .portMappings = {{.containerPort = 80, .name = "http"}}});
  td.addContainer("b", {.image = nginx(), .portMappings = {{.containerPort = 81, .name = "http"}}});
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected a cdk::ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 1u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "TapStackdev/TaskDef");
    EXPECT_EQ(e.issues()[0].message, "Port mapping name 'http' cannot appear in both 'b' and 'a'");
  }
}

TEST(EcsTaskDefinition, Ec2CompatibleWithBridgeNetworkingNeedsContainerMemory) {
  Fixture f;
  auto& td = f.stack->make<ecs::TaskDefinition>("TaskDef", {.compatibility = ecs::Compatibility::EC2});
  EXPECT_EQ(td.networkMode(), ecs::NetworkMode::BRIDGE);
  td.addContainer("app", {.image = nginx()});
  try {
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected a cdk::ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 1u) << e.what();
    EXPECT_EQ(e.issues()[0].message,
              "ECS Container app must have at least one of 'memoryLimitMiB' or 'memoryReservationMiB' specified");
  }
}

TEST(EcsTaskDefinition, FargateCompatibleWithCpuAndMemoryStrings) {
  Fixture f;
  auto& td = f.stack->make<ecs::TaskDefinition>(
      "TaskDef", {.compatibility = ecs::Compatibility::EC2_AND_FARGATE, .cpu = "512", .memoryMiB = "1024"});
  EXPECT_EQ(td.networkMode(), ecs::NetworkMode::AWS_VPC);
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::ECS::TaskDefinition",
      Match::objectLike(Value::Map({{"Cpu", "512"},
                                    {"Memory", "1024"},
                                    {"NetworkMode", "awsvpc"},
                                    {"RequiresCompatibilities", Value::list({"EC2", "FARGATE"})}})));
  EXPECT_THROW_MSG(f.stack->make<ecs::TaskDefinition>("Other", {.compatibility = ecs::Compatibility::FARGATE,
                                                                .cpu = "256",
                                                                .memoryMiB = "512",
                                                                .networkMode = ecs::NetworkMode::BRIDGE}),
                   cdk::ConstructError, "Fargate tasks can only have AwsVpc network mode, got: bridge");
}

TEST(EcsFargateTaskDefinition, RenderingIsIdempotent) {
  Fixture f;
  auto& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = nginx(), .logging = ecs::LogDriver::awsLogs({.streamPrefix = "app"})});
  td.addVolume({.name = "v"});
  const json first = synthTemplate(f.app);
  EXPECT_EQ(synthTemplate(f.app), first);
  EXPECT_EQ(resource(first, "TaskDef54694570")["Properties"]["ContainerDefinitions"].size(), 1u);
  EXPECT_EQ(resource(first, "TaskDef54694570")["Properties"]["Volumes"].size(), 1u);
}

}  // namespace
