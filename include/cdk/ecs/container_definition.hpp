// Containers of a task definition (aws-cdk-lib's ecs.ContainerDefinition and its option types:
// ecs.PortMapping, ecs.MountPoint, ecs.HealthCheck, ecs.Secret, ecs.Protocol, ecs.AppProtocol).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ecs/container_image.hpp"
#include "cdk/ecs/log_driver.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_statement.hpp"

namespace cdk::secretsmanager {
class ISecret;
}

namespace cdk::ssm {
class IParameter;
}

namespace cdk::ecs {

class TaskDefinition;

/// The protocol of a port mapping ("tcp", "udp").
enum class Protocol { TCP, UDP };
CDKPP_API std::string_view toString(Protocol protocol) noexcept;

/// The application protocol of a port mapping, for Service Connect ("http", "http2", "grpc").
enum class AppProtocol { http, http2, grpc };
CDKPP_API std::string_view toString(AppProtocol protocol) noexcept;

/// A port of the container. Protocol is always rendered ("tcp" by default); HostPort only when given.
struct PortMapping {
  /// Service Connect application protocol (needs a name).
  std::optional<AppProtocol> appProtocol{};
  /// The port (required); 0 (ContainerDefinition::CONTAINER_PORT_USE_RANGE) with containerPortRange.
  int containerPort = 0;
  /// "<start>-<end>", with containerPort 0.
  std::optional<std::string> containerPortRange{};
  /// In awsvpc (Fargate) mode it must equal containerPort, or be left out.
  std::optional<int> hostPort{};
  /// A name for Service Connect (not empty).
  std::optional<std::string> name{};
  std::optional<Protocol> protocol{};
};

/// A volume mounted in the container (ReadOnly is always rendered).
struct MountPoint {
  std::string containerPath{};
  bool readOnly = false;
  /// The name of a volume of the task definition.
  std::string sourceVolume{};
};

/// The container's health check. Rendered with aws-cdk-lib's defaults: Interval 30, Retries 3, Timeout 5.
struct HealthCheck {
  /// One string runs with CMD-SHELL; several start with "CMD" or "CMD-SHELL" (else "CMD" is added).
  std::vector<std::string> command{};
  /// 5 to 300 seconds.
  std::optional<cdk::Duration> interval{};
  std::optional<int> retries{};
  std::optional<cdk::Duration> startPeriod{};
  /// 2 to 120 seconds, shorter than the interval.
  std::optional<cdk::Duration> timeout{};
};

/// A secret passed to the container as an environment variable (aws-cdk-lib's ecs.Secret). A value; the
/// secret it refers to must outlive the synthesis.
class CDKPP_API Secret {
 public:
  /// The whole secret, or one JSON field of it ("<arn>:<field>::").
  static Secret fromSecretsManager(secretsmanager::ISecret& secret, std::optional<std::string> field = std::nullopt);
  /// An SSM parameter (String or SecureString): ValueFrom is its ARN.
  static Secret fromSsmParameter(ssm::IParameter& parameter);

  /// ValueFrom.
  const cdk::Value& arn() const noexcept { return arn_; }
  /// True when a JSON field is selected (needs platform version 1.4.0 or later).
  bool hasField() const noexcept { return hasField_; }
  /// Lets `grantee` read the secret.
  iam::Grant grantRead(const iam::IGrantable& grantee) const { return grantRead_(grantee); }

 private:
  Secret(cdk::Value arn, bool hasField, std::function<iam::Grant(const iam::IGrantable&)> grantRead)
      : arn_(std::move(arn)), hasField_(hasField), grantRead_(std::move(grantRead)) {}
  cdk::Value arn_;
  bool hasField_;
  std::function<iam::Grant(const iam::IGrantable&)> grantRead_;
};

/// The options of TaskDefinition::addContainer (the props of ContainerDefinition without taskDefinition).
struct ContainerDefinitionOptions {
  /// Command.
  std::vector<std::string> command{};
  /// Name; default the construct id.
  std::optional<std::string> containerName{};
  /// Cpu units; the sum over the containers may not exceed the task's cpu.
  std::optional<int> cpu{};
  std::optional<bool> disableNetworking{};
  std::vector<std::string> dnsSearchDomains{};
  std::vector<std::string> dnsServers{};
  /// DockerLabels, in insertion order.
  std::vector<std::pair<std::string, std::string>> dockerLabels{};
  std::vector<std::string> dockerSecurityOptions{};
  /// EntryPoint.
  std::vector<std::string> entryPoint{};
  /// Environment variables, in insertion order (as aws-cdk-lib renders a JavaScript object).
  std::vector<std::pair<std::string, cdk::Value>> environment{};
  /// Default true. The first essential container is the task definition's default container.
  std::optional<bool> essential{};
  std::optional<HealthCheck> healthCheck{};
  std::optional<std::string> hostname{};
  /// The image (required).
  std::shared_ptr<ContainerImage> image{};
  std::optional<bool> interactive{};
  /// LogConfiguration; default none.
  std::shared_ptr<LogDriver> logging{};
  /// Memory (hard limit, MiB).
  std::optional<int> memoryLimitMiB{};
  /// MemoryReservation (soft limit, MiB).
  std::optional<int> memoryReservationMiB{};
  std::vector<PortMapping> portMappings{};
  std::optional<bool> privileged{};
  std::optional<bool> pseudoTerminal{};
  std::optional<bool> readonlyRootFilesystem{};
  /// Secrets, in insertion order; the task's execution role may read each.
  std::vector<std::pair<std::string, Secret>> secrets{};
  std::optional<cdk::Duration> startTimeout{};
  std::optional<cdk::Duration> stopTimeout{};
  std::optional<std::string> user{};
  std::optional<std::string> workingDirectory{};
};

/// The props of a ContainerDefinition made directly (aws-cdk-lib's ContainerDefinitionProps, which extends
/// ContainerDefinitionOptions): the options of TaskDefinition::addContainer and the task definition.
/// `{.options = {.image = ..., .memoryLimitMiB = 512}, .taskDefinition = taskDefinition}`.
struct ContainerDefinitionProps {
  ContainerDefinitionOptions options{};
  /// The task definition (required); it becomes the scope's task definition as well.
  cdk::Handle<TaskDefinition> taskDefinition{};
};

/// A container of a task definition: a construct (no resource of its own) rendered into the task
/// definition's ContainerDefinitions at synthesis, so port mappings, mount points, environment variables
/// and secrets added after construction are included.
class CDKPP_API ContainerDefinition : public cdk::Construct {
 public:
  using Props = ContainerDefinitionProps;
  /// The containerPort of a port mapping that uses containerPortRange.
  static constexpr int CONTAINER_PORT_USE_RANGE = 0;

  /// Throws cdk::ConstructError for a missing image, memoryLimitMiB below memoryReservationMiB, container
  /// cpu values adding up to more than the task's cpu, invalid port mappings and health checks.
  ContainerDefinition(cdk::Construct& scope, std::string_view id, ContainerDefinitionProps props);
  ~ContainerDefinition() override;

  const std::string& containerName() const noexcept { return containerName_; }
  bool essential() const noexcept { return essential_; }
  std::optional<int> cpu() const noexcept { return options_.cpu; }
  bool memoryLimitSpecified() const noexcept;
  TaskDefinition& taskDefinition() const noexcept { return *taskDefinition_; }
  const cdk::Value& imageName() const noexcept { return imageConfig_.imageName; }
  const std::optional<LogDriverConfig>& logDriverConfig() const noexcept { return logDriverConfig_; }
  const std::vector<PortMapping>& portMappings() const noexcept { return portMappings_; }
  const std::vector<MountPoint>& mountPoints() const noexcept { return mountPoints_; }
  const std::vector<std::pair<std::string, cdk::Value>>& environment() const noexcept { return environment_; }
  /// The containerPort of the first port mapping. Throws cdk::ConstructError ("Container <name> hasn't
  /// defined any ports. Call addPortMappings().") when there is none.
  int containerPort() const;
  /// The port the load balancer reaches: the first mapping's host port if set, else its container port.
  int ingressPort() const;
  /// True when a secret selects a JSON field.
  bool referencesSecretJsonField() const noexcept;

  /// Adds port mappings (checked as aws-cdk-lib checks them; cdk::ConstructError otherwise):
  /// `container.addPortMappings({.containerPort = 80})`.
  void addPortMappings(const PortMapping& portMapping) { addPortMappingList({portMapping}); }
  template <class... More>
  void addPortMappings(const PortMapping& first, const More&... more) {
    addPortMappingList(std::vector<PortMapping>{first, static_cast<const PortMapping&>(more)...});
  }
  void addPortMappingList(const std::vector<PortMapping>& portMappings);
  /// Adds mount points: `container.addMountPoints({.containerPath = "/data", .sourceVolume = "efs"})`.
  void addMountPoints(const MountPoint& mountPoint) { addMountPointList({mountPoint}); }
  template <class... More>
  void addMountPoints(const MountPoint& first, const More&... more) {
    addMountPointList(std::vector<MountPoint>{first, static_cast<const MountPoint&>(more)...});
  }
  void addMountPointList(const std::vector<MountPoint>& mountPoints);
  /// Sets an environment variable (a name already set keeps its position).
  void addEnvironment(std::string_view name, cdk::Value value);
  void addDockerLabel(std::string_view name, std::string value);
  /// Adds a secret; the task's execution role may read it.
  void addSecret(std::string_view name, const Secret& secret);
  /// Adds a statement to the task's execution role.
  void addToExecutionPolicy(const iam::PolicyStatement& statement);
  /// The port mapping for a container port and protocol, if any.
  const PortMapping* findPortMapping(int containerPort, Protocol protocol) const;

  /// The entry of ContainerDefinitions, unresolved (what the task definition renders).
  cdk::Value renderContainerDefinition() const;

  /// For the task definition: the fields of the entry (lib-internal).
  const ContainerDefinitionOptions& options() const noexcept { return options_; }
  const ContainerImageConfig& imageConfig() const noexcept { return imageConfig_; }
  const std::vector<std::pair<std::string, cdk::Value>>& secrets() const noexcept { return secrets_; }
  const std::vector<std::pair<std::string, std::string>>& dockerLabels() const noexcept { return dockerLabels_; }

 private:
  ContainerDefinitionOptions options_;
  TaskDefinition* taskDefinition_ = nullptr;
  std::string containerName_;
  bool essential_ = true;
  ContainerImageConfig imageConfig_;
  std::optional<LogDriverConfig> logDriverConfig_;
  std::vector<PortMapping> portMappings_;
  std::vector<MountPoint> mountPoints_;
  std::vector<std::pair<std::string, cdk::Value>> environment_;
  std::vector<std::pair<std::string, std::string>> dockerLabels_;
  std::vector<std::pair<std::string, cdk::Value>> secrets_;
  bool secretJsonField_ = false;
};

}  // namespace cdk::ecs
