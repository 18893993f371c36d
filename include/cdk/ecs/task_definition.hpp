// Task definitions (aws-cdk-lib's ecs.TaskDefinition and its option types: ecs.Compatibility,
// ecs.NetworkMode, ecs.Volume, ecs.EfsVolumeConfiguration, ecs.RuntimePlatform, ...).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ecs/container_definition.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::iam {
class IRole;
}

namespace cdk::ecs {

class CfnTaskDefinition;

/// Where tasks of the definition may run.
enum class Compatibility {
  EC2,
  FARGATE,
  EC2_AND_FARGATE,
  EXTERNAL,
  MANAGED_INSTANCES,
  EC2_AND_MANAGED_INSTANCES,
  FARGATE_AND_MANAGED_INSTANCES,
};

/// NetworkMode ("none", "bridge", "awsvpc", "host"; NAT renders nothing).
enum class NetworkMode { NONE, BRIDGE, AWS_VPC, HOST, NAT };
CDKPP_API std::string_view toString(NetworkMode mode) noexcept;

/// PidMode ("host", "task").
enum class PidMode { HOST, TASK };
CDKPP_API std::string_view toString(PidMode mode) noexcept;

/// RuntimePlatform.CpuArchitecture ("X86_64", "ARM64").
enum class CpuArchitecture { X86_64, ARM64 };
CDKPP_API std::string_view toString(CpuArchitecture architecture) noexcept;

/// RuntimePlatform.OperatingSystemFamily ("LINUX", "WINDOWS_SERVER_2019_CORE", ...).
enum class OperatingSystemFamily {
  LINUX,
  WINDOWS_SERVER_2004_CORE,
  WINDOWS_SERVER_2016_FULL,
  WINDOWS_SERVER_2019_CORE,
  WINDOWS_SERVER_2019_FULL,
  WINDOWS_SERVER_2022_CORE,
  WINDOWS_SERVER_2022_FULL,
  WINDOWS_SERVER_20H2_CORE,
  WINDOWS_SERVER_2025_FULL,
  WINDOWS_SERVER_2025_CORE,
};
CDKPP_API std::string_view toString(OperatingSystemFamily family) noexcept;
CDKPP_API bool isWindows(OperatingSystemFamily family) noexcept;

struct RuntimePlatform {
  std::optional<CpuArchitecture> cpuArchitecture{};
  std::optional<OperatingSystemFamily> operatingSystemFamily{};
};

/// DockerVolumeConfiguration.Scope ("task", "shared").
enum class Scope { TASK, SHARED };
CDKPP_API std::string_view toString(Scope scope) noexcept;

/// EFS authorization (AuthorizationConfig).
struct AuthorizationConfig {
  /// AccessPointId.
  std::optional<cdk::Value> accessPointId{};
  /// Iam: "ENABLED" or "DISABLED".
  std::optional<std::string> iam{};
};

/// An EFS file system as a volume (EFSVolumeConfiguration).
struct EfsVolumeConfiguration {
  std::optional<AuthorizationConfig> authorizationConfig{};
  /// FilesystemId (required), e.g. `fileSystem.fileSystemId()`.
  cdk::Value fileSystemId{};
  std::optional<std::string> rootDirectory{};
  /// "ENABLED" or "DISABLED".
  std::optional<std::string> transitEncryption{};
  std::optional<int> transitEncryptionPort{};
};

/// A Docker volume (DockerVolumeConfiguration); EC2 tasks only.
struct DockerVolumeConfiguration {
  std::optional<bool> autoprovision{};
  /// The volume driver, e.g. "local" (required).
  std::string driver{};
  std::vector<std::pair<std::string, std::string>> driverOpts{};
  std::vector<std::pair<std::string, std::string>> labels{};
  /// Required.
  std::optional<Scope> scope{};
};

/// A bind mount of the host (Host).
struct Host {
  std::optional<std::string> sourcePath{};
};

/// A volume of the task definition (Volumes entry).
struct Volume {
  /// The volume is configured when the task runs (by the service).
  std::optional<bool> configuredAtLaunch{};
  std::optional<DockerVolumeConfiguration> dockerVolumeConfiguration{};
  std::optional<EfsVolumeConfiguration> efsVolumeConfiguration{};
  std::optional<Host> host{};
  /// Name (required), referred to by mount points.
  std::string name{};
};

struct TaskDefinitionProps {
  /// Required.
  std::optional<Compatibility> compatibility{};
  /// Cpu as CloudFormation takes it ("256", "1 vCPU"); required for Fargate.
  std::optional<std::string> cpu{};
  std::optional<bool> enableFaultInjection{};
  /// EphemeralStorage.SizeInGiB (Fargate: 21 to 200).
  std::optional<int> ephemeralStorageGiB{};
  /// Default a role "ExecutionRole", created when something needs it (logs, private images, secrets).
  cdk::Handle<iam::IRole> executionRole{};
  /// Family; default Names::uniqueId of the task definition.
  std::optional<std::string> family{};
  /// Memory in MiB as CloudFormation takes it ("512"); required for Fargate.
  std::optional<std::string> memoryMiB{};
  /// Default AWS_VPC for Fargate, BRIDGE otherwise.
  std::optional<NetworkMode> networkMode{};
  std::optional<PidMode> pidMode{};
  std::optional<RuntimePlatform> runtimePlatform{};
  /// Default a role "TaskRole" assumed by ecs-tasks.amazonaws.com.
  cdk::Handle<iam::IRole> taskRole{};
  std::vector<Volume> volumes{};
};

/// Which container and port a load balancer targets.
struct LoadBalancerTargetOptions {
  /// The container (required).
  std::string containerName{};
  /// Default the container's first port mapping.
  std::optional<int> containerPort{};
  /// Default TCP.
  std::optional<Protocol> protocol{};
};

/// A load balancer target checked against the task definition: the container and its port mapping.
struct ValidatedLoadBalancerTarget {
  std::string containerName{};
  PortMapping portMapping{};
};

/// A task definition (AWS::ECS::TaskDefinition, child "Resource"). Grants given to it go to its task role.
/// Containers, volumes and the execution role are rendered at synthesis.
class CDKPP_API TaskDefinition : public cdk::Resource, public iam::IGrantable {
 public:
  using Props = TaskDefinitionProps;

  /// Throws cdk::ConstructError for a missing compatibility, a Fargate task without cpu and memory, a
  /// Fargate task with another network mode, and the other combinations aws-cdk-lib rejects.
  TaskDefinition(cdk::Construct& scope, std::string_view id, TaskDefinitionProps props);
  ~TaskDefinition() override;

  /// { "Ref": <task definition> } (the ARN with its revision).
  cdk::Value taskDefinitionArn() const;
  const std::string& family() const noexcept { return family_; }
  Compatibility compatibility() const noexcept { return compatibility_; }
  NetworkMode networkMode() const noexcept { return networkMode_; }
  bool isFargateCompatible() const noexcept;
  bool isEc2Compatible() const noexcept;
  bool isExternalCompatible() const noexcept;
  bool isManagedInstancesCompatible() const noexcept;
  const std::optional<RuntimePlatform>& runtimePlatform() const noexcept { return runtimePlatform_; }
  std::optional<int> ephemeralStorageGiB() const noexcept { return ephemeralStorageGiB_; }
  std::optional<PidMode> pidMode() const noexcept { return pidMode_; }
  /// The role the containers' code runs with.
  iam::IRole& taskRole() const noexcept { return *taskRole_; }
  /// The execution role, if one was given or created.
  iam::IRole* executionRole() const noexcept { return executionRole_; }
  /// The execution role, created ("ExecutionRole") on first use.
  iam::IRole& obtainExecutionRole();
  /// The first essential container; nullptr while there is none.
  ContainerDefinition* defaultContainer() const noexcept { return defaultContainer_; }
  const std::vector<ContainerDefinition*>& containers() const noexcept { return containers_; }
  ContainerDefinition* findContainer(std::string_view containerName) const noexcept;
  const std::vector<Volume>& volumes() const noexcept { return volumes_; }
  /// True when a container uses a secret's JSON field.
  bool referencesSecretJsonField() const noexcept;
  CfnTaskDefinition& cfnTaskDefinition() const noexcept { return *resource_; }

  /// The task role's principal.
  iam::PrincipalPtr grantPrincipal() const override;

  /// Adds a container "id" below the task definition.
  ContainerDefinition& addContainer(std::string_view id, ContainerDefinitionOptions options);
  /// Adds a volume (checked as aws-cdk-lib checks configuredAtLaunch volumes).
  void addVolume(Volume volume);
  void addToTaskRolePolicy(const iam::PolicyStatement& statement);
  void addToExecutionRolePolicy(const iam::PolicyStatement& statement);

  /// The container and port mapping a load balancer would target; throws cdk::ConstructError when the
  /// container does not exist or has no such port mapping.
  ValidatedLoadBalancerTarget validateTarget(const LoadBalancerTargetOptions& options) const;
  /// The ports a load balancer reaches a port mapping on (the host port, the container port, or the
  /// ephemeral range 32768-65535 for bridge networking).
  ec2::Port portRangeFromPortMapping(const PortMapping& portMapping) const;

  /// Called by ContainerDefinition before it binds anything: throws cdk::ConstructError when the
  /// containers' cpu values with `cpu` would exceed the task's cpu.
  void checkContainerCpu(std::optional<int> cpu) const;
  /// Called by ContainerDefinition: records the container (the first essential one becomes the default).
  void linkContainer(ContainerDefinition& container);

 protected:
  void onPrepare() override;

 private:
  std::vector<std::string> validateTaskDefinition() const;

  CfnTaskDefinition* resource_ = nullptr;
  std::string family_;
  Compatibility compatibility_;
  NetworkMode networkMode_;
  std::optional<std::string> cpu_;
  std::optional<std::string> memory_;
  std::optional<RuntimePlatform> runtimePlatform_;
  std::optional<int> ephemeralStorageGiB_;
  std::optional<PidMode> pidMode_;
  iam::IRole* taskRole_ = nullptr;
  iam::IRole* executionRole_ = nullptr;
  ContainerDefinition* defaultContainer_ = nullptr;
  std::vector<ContainerDefinition*> containers_;
  std::vector<Volume> volumes_;
};

}  // namespace cdk::ecs
