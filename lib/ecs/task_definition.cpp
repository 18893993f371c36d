#include "cdk/ecs/task_definition.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "cdk/cfn/ecs.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/iam/role.hpp"
#include "ecs/container_rendering.hpp"

namespace cdk::ecs {

constexpr auto kNetworkModeNames = cdk::enumNames<NetworkMode>({
    {NetworkMode::NONE, "none"},
    {NetworkMode::BRIDGE, "bridge"},
    {NetworkMode::AWS_VPC, "awsvpc"},
    {NetworkMode::HOST, "host"},
    {NetworkMode::NAT, "nat"},
});
std::string_view toString(NetworkMode mode) noexcept { return cdk::nameOf(kNetworkModeNames, mode); }

constexpr auto kPidModeNames = cdk::enumNames<PidMode>({
    {PidMode::HOST, "host"},
    {PidMode::TASK, "task"},
});
std::string_view toString(PidMode mode) noexcept { return cdk::nameOf(kPidModeNames, mode); }

constexpr auto kCpuArchitectureNames = cdk::enumNames<CpuArchitecture>({
    {CpuArchitecture::X86_64, "X86_64"},
    {CpuArchitecture::ARM64, "ARM64"},
});
std::string_view toString(CpuArchitecture architecture) noexcept {
  return cdk::nameOf(kCpuArchitectureNames, architecture);
}

constexpr auto kOperatingSystemFamilyNames = cdk::enumNames<OperatingSystemFamily>({
    {OperatingSystemFamily::LINUX, "LINUX"},
    {OperatingSystemFamily::WINDOWS_SERVER_2004_CORE, "WINDOWS_SERVER_2004_CORE"},
    {OperatingSystemFamily::WINDOWS_SERVER_2016_FULL, "WINDOWS_SERVER_2016_FULL"},
    {OperatingSystemFamily::WINDOWS_SERVER_2019_CORE, "WINDOWS_SERVER_2019_CORE"},
    {OperatingSystemFamily::WINDOWS_SERVER_2019_FULL, "WINDOWS_SERVER_2019_FULL"},
    {OperatingSystemFamily::WINDOWS_SERVER_2022_CORE, "WINDOWS_SERVER_2022_CORE"},
    {OperatingSystemFamily::WINDOWS_SERVER_2022_FULL, "WINDOWS_SERVER_2022_FULL"},
    {OperatingSystemFamily::WINDOWS_SERVER_20H2_CORE, "WINDOWS_SERVER_20H2_CORE"},
    {OperatingSystemFamily::WINDOWS_SERVER_2025_FULL, "WINDOWS_SERVER_2025_FULL"},
    {OperatingSystemFamily::WINDOWS_SERVER_2025_CORE, "WINDOWS_SERVER_2025_CORE"},
});
std::string_view toString(OperatingSystemFamily family) noexcept {
  return cdk::nameOf(kOperatingSystemFamilyNames, family);
}

bool isWindows(OperatingSystemFamily family) noexcept { return family != OperatingSystemFamily::LINUX; }

constexpr auto kScopeNames = cdk::enumNames<Scope>({
    {Scope::TASK, "task"},
    {Scope::SHARED, "shared"},
});
std::string_view toString(Scope scope) noexcept { return cdk::nameOf(kScopeNames, scope); }

namespace {

bool isEc2(Compatibility c) {
  return c == Compatibility::EC2 || c == Compatibility::EC2_AND_FARGATE ||
         c == Compatibility::EC2_AND_MANAGED_INSTANCES;
}
bool isFargate(Compatibility c) {
  return c == Compatibility::FARGATE || c == Compatibility::EC2_AND_FARGATE ||
         c == Compatibility::FARGATE_AND_MANAGED_INSTANCES;
}
bool isManagedInstances(Compatibility c) {
  return c == Compatibility::MANAGED_INSTANCES || c == Compatibility::EC2_AND_MANAGED_INSTANCES ||
         c == Compatibility::FARGATE_AND_MANAGED_INSTANCES;
}

std::string orUndefined(const std::optional<std::string>& s) { return s ? *s : "undefined"; }

void validateVolume(const std::string& path, Compatibility compatibility, const Volume& volume) {
  if (volume.name.empty()) throw ConstructError(path, "Volume::name is required (mount points refer to it)");
  if (volume.configuredAtLaunch != true) {
    if (isManagedInstances(compatibility) && volume.dockerVolumeConfiguration) {
      throw ConstructError(path, fmt::format("DockerVolumeConfiguration is not supported for tasks running on Managed "
                                             "Instances. Volume '{}' cannot use dockerVolumeConfiguration",
                                             volume.name));
    }
    return;
  }
  if (volume.host || volume.dockerVolumeConfiguration || volume.efsVolumeConfiguration) {
    throw ConstructError(path, fmt::format("Volume Configurations must not be specified for '{}' when "
                                           "'configuredAtLaunch' is set to true",
                                           volume.name));
  }
}

CfnTaskDefinition::VolumeProperty renderVolume(const Volume& v) {
  CfnTaskDefinition::VolumeProperty r;
  if (v.configuredAtLaunch) r.configuredAtLaunch = *v.configuredAtLaunch;
  if (v.dockerVolumeConfiguration) {
    const auto& d = *v.dockerVolumeConfiguration;
    CfnTaskDefinition::DockerVolumeConfigurationProperty dr;
    if (d.autoprovision) dr.autoprovision = *d.autoprovision;
    dr.driver = d.driver;
    if (!d.driverOpts.empty()) {
      Value::Map m;
      for (const auto& [k, val] : d.driverOpts) m.emplace_back(k, val);
      dr.driverOpts = std::move(m);
    }
    if (!d.labels.empty()) {
      Value::Map m;
      for (const auto& [k, val] : d.labels) m.emplace_back(k, val);
      dr.labels = std::move(m);
    }
    if (d.scope) dr.scope = std::string(ecs::toString(*d.scope));
    r.dockerVolumeConfiguration = std::move(dr);
  }
  if (v.efsVolumeConfiguration) {
    const auto& e = *v.efsVolumeConfiguration;
    CfnTaskDefinition::EFSVolumeConfigurationProperty er;
    if (e.authorizationConfig) {
      CfnTaskDefinition::AuthorizationConfigProperty a;
      if (e.authorizationConfig->accessPointId) a.accessPointId = *e.authorizationConfig->accessPointId;
      if (e.authorizationConfig->iam) a.iam = *e.authorizationConfig->iam;
      er.authorizationConfig = std::move(a);
    }
    er.filesystemId = e.fileSystemId;
    if (e.rootDirectory) er.rootDirectory = *e.rootDirectory;
    if (e.transitEncryption) er.transitEncryption = *e.transitEncryption;
    if (e.transitEncryptionPort) er.transitEncryptionPort = *e.transitEncryptionPort;
    r.efsVolumeConfiguration = std::move(er);
  }
  if (v.host) {
    CfnTaskDefinition::HostVolumePropertiesProperty h;
    if (v.host->sourcePath) h.sourcePath = *v.host->sourcePath;
    r.host = std::move(h);
  }
  r.name = v.name;
  return r;
}

/// The checks aws-cdk-lib makes in the TaskDefinition constructor, made before anything is created.
void checkTaskDefinitionProps(const std::string& path, const TaskDefinitionProps& props, NetworkMode networkMode) {
  const Compatibility c = *props.compatibility;
  if (isFargate(c) && networkMode != NetworkMode::AWS_VPC) {
    throw ConstructError(
        path, fmt::format("Fargate tasks can only have AwsVpc network mode, got: {}", ecs::toString(networkMode)));
  }
  if (isFargate(c) && (!props.cpu || !props.memoryMiB)) {
    throw ConstructError(path, fmt::format("Fargate-compatible tasks require both CPU ({}) and memory ({}) "
                                           "specifications",
                                           orUndefined(props.cpu), orUndefined(props.memoryMiB)));
  }
  if (c == Compatibility::EXTERNAL && networkMode != NetworkMode::BRIDGE && networkMode != NetworkMode::HOST &&
      networkMode != NetworkMode::NONE) {
    throw ConstructError(path, fmt::format("External tasks can only have Bridge, Host or None network mode, got: {}",
                                           ecs::toString(networkMode)));
  }
  if (isManagedInstances(c)) {
    if (networkMode != NetworkMode::AWS_VPC && networkMode != NetworkMode::HOST) {
      throw ConstructError(path, fmt::format("Managed Instances tasks can only have AwsVpc or Host network mode, got: "
                                             "{}",
                                             ecs::toString(networkMode)));
    }
    if (props.ephemeralStorageGiB) {
      throw ConstructError(path, "Ephemeral storage is not supported for tasks running on Managed Instances");
    }
    if (props.runtimePlatform && props.runtimePlatform->operatingSystemFamily &&
        isWindows(*props.runtimePlatform->operatingSystemFamily)) {
      throw ConstructError(path, fmt::format("Managed Instances tasks only support LINUX operating system family, "
                                             "got: {}",
                                             ecs::toString(*props.runtimePlatform->operatingSystemFamily)));
    }
  }
  if (!isFargate(c) && !isManagedInstances(c) && props.runtimePlatform) {
    throw ConstructError(path,
                         "Cannot specify runtimePlatform in non-Fargate and non-Managed Instances compatible "
                         "tasks");
  }
  if (props.enableFaultInjection == true && networkMode != NetworkMode::AWS_VPC && networkMode != NetworkMode::HOST) {
    throw ConstructError(path, fmt::format("Only AWS_VPC and HOST Network Modes are supported for enabling Fault "
                                           "Injection, got {} mode.",
                                           ecs::toString(networkMode)));
  }
  for (const auto& v : props.volumes) validateVolume(path, c, v);
}

}  // namespace

TaskDefinition::TaskDefinition(Construct& scope, std::string_view id, TaskDefinitionProps props) : Resource(scope, id) {
  const std::string& path = node().path();
  if (!props.compatibility) {
    throw ConstructError(path, "TaskDefinitionProps::compatibility is required (e.g. Compatibility::FARGATE)");
  }
  compatibility_ = *props.compatibility;
  networkMode_ = props.networkMode.value_or(
      isFargate(compatibility_) || isManagedInstances(compatibility_) ? NetworkMode::AWS_VPC : NetworkMode::BRIDGE);
  checkTaskDefinitionProps(path, props, networkMode_);

  family_ = props.family ? *props.family : Names::uniqueId(*this);
  volumes_ = std::move(props.volumes);
  cpu_ = props.cpu;
  memory_ = props.memoryMiB;
  runtimePlatform_ = props.runtimePlatform;
  ephemeralStorageGiB_ = props.ephemeralStorageGiB;
  pidMode_ = props.pidMode;
  executionRole_ = props.executionRole.get();
  taskRole_ = props.taskRole
                  ? props.taskRole.get()
                  : &make<iam::Role>("TaskRole", iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>(
                                                                    "ecs-tasks.amazonaws.com")});

  CfnTaskDefinitionProps cfn;
  if (cpu_) cfn.cpu = *cpu_;
  if (props.enableFaultInjection) cfn.enableFaultInjection = *props.enableFaultInjection;
  if (ephemeralStorageGiB_) {
    cfn.ephemeralStorage = CfnTaskDefinition::EphemeralStorageProperty{.sizeInGiB = *ephemeralStorageGiB_};
  }
  cfn.family = family_;
  if (memory_) cfn.memory = *memory_;
  if (networkMode_ != NetworkMode::NAT) cfn.networkMode = std::string(ecs::toString(networkMode_));
  if (pidMode_) cfn.pidMode = std::string(ecs::toString(*pidMode_));
  std::vector<Value> compatibilities;
  if (isEc2(compatibility_)) compatibilities.emplace_back("EC2");
  if (isFargate(compatibility_)) compatibilities.emplace_back("FARGATE");
  if (compatibility_ == Compatibility::EXTERNAL) compatibilities.emplace_back("EXTERNAL");
  if (isManagedInstances(compatibility_)) compatibilities.emplace_back("MANAGED_INSTANCES");
  cfn.requiresCompatibilities = ValueList(std::move(compatibilities));
  if (runtimePlatform_ && (isFargate(compatibility_) || isManagedInstances(compatibility_))) {
    CfnTaskDefinition::RuntimePlatformProperty platform;
    if (runtimePlatform_->cpuArchitecture)
      platform.cpuArchitecture = std::string(ecs::toString(*runtimePlatform_->cpuArchitecture));
    if (runtimePlatform_->operatingSystemFamily) {
      platform.operatingSystemFamily = std::string(ecs::toString(*runtimePlatform_->operatingSystemFamily));
    }
    cfn.runtimePlatform = std::move(platform);
  }
  cfn.taskRoleArn = taskRole_->roleArn();
  resource_ = &make<CfnTaskDefinition>("Resource", std::move(cfn));
  node().addValidation([this] { return validateTaskDefinition(); });
}

TaskDefinition::~TaskDefinition() = default;

Value TaskDefinition::taskDefinitionArn() const { return resource_->ref(); }
bool TaskDefinition::isFargateCompatible() const noexcept { return isFargate(compatibility_); }
bool TaskDefinition::isEc2Compatible() const noexcept { return isEc2(compatibility_); }
bool TaskDefinition::isExternalCompatible() const noexcept { return compatibility_ == Compatibility::EXTERNAL; }
bool TaskDefinition::isManagedInstancesCompatible() const noexcept { return isManagedInstances(compatibility_); }

iam::IRole& TaskDefinition::obtainExecutionRole() {
  if (!executionRole_) {
    executionRole_ = &make<iam::Role>(
        "ExecutionRole",
        iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  }
  return *executionRole_;
}

ContainerDefinition* TaskDefinition::findContainer(std::string_view containerName) const noexcept {
  for (ContainerDefinition* c : containers_) {
    if (c->containerName() == containerName) return c;
  }
  return nullptr;
}

bool TaskDefinition::referencesSecretJsonField() const noexcept {
  return std::any_of(containers_.begin(), containers_.end(),
                     [](const ContainerDefinition* c) { return c->referencesSecretJsonField(); });
}

iam::PrincipalPtr TaskDefinition::grantPrincipal() const { return taskRole_->grantPrincipal(); }

ContainerDefinition& TaskDefinition::addContainer(std::string_view id, ContainerDefinitionOptions o) {
  return make<ContainerDefinition>(id, ContainerDefinitionProps{.options = std::move(o), .taskDefinition = *this});
}

void TaskDefinition::addVolume(Volume volume) {
  validateVolume(node().path(), compatibility_, volume);
  volumes_.push_back(std::move(volume));
}

void TaskDefinition::addToTaskRolePolicy(const iam::PolicyStatement& statement) {
  taskRole_->addToPrincipalPolicy(statement);
}

void TaskDefinition::addToExecutionRolePolicy(const iam::PolicyStatement& statement) {
  obtainExecutionRole().addToPrincipalPolicy(statement);
}

void TaskDefinition::checkContainerCpu(std::optional<int> cpu) const {
  if (!cpu_) return;
  int taskCpu = 0;
  try {
    taskCpu = std::stoi(*cpu_);
  } catch (const std::exception&) {
    return;  // "1 vCPU" and the like: not checked
  }
  int sum = cpu.value_or(0);
  for (const ContainerDefinition* c : containers_) sum += c->cpu().value_or(0);
  if (taskCpu < sum) {
    throw ConstructError(node().path(), fmt::format("The sum of all container cpu values cannot be greater than the "
                                                    "value of the task cpu ({} > {})",
                                                    sum, taskCpu));
  }
}

void TaskDefinition::linkContainer(ContainerDefinition& container) {
  containers_.push_back(&container);
  if (!defaultContainer_ && container.essential()) defaultContainer_ = &container;
}

ValidatedLoadBalancerTarget TaskDefinition::validateTarget(const LoadBalancerTargetOptions& options) const {
  const ContainerDefinition* container = findContainer(options.containerName);
  if (!container) {
    throw ConstructError(
        node().path(), fmt::format("No container named '{}'. Did you call \"addContainer()\"?", options.containerName));
  }
  const Protocol protocol = options.protocol.value_or(Protocol::TCP);
  const int port =
      options.containerPort && *options.containerPort ? *options.containerPort : container->containerPort();
  const PortMapping* mapping = container->findPortMapping(port, protocol);
  if (!mapping) {
    throw ConstructError(node().path(), fmt::format("Container '{}' has no mapping for port {} and protocol {}. Did "
                                                    "you call \"container.addPortMappings()\"?",
                                                    container->containerName(), port, ecs::toString(protocol)));
  }
  return {.containerName = options.containerName, .portMapping = *mapping};
}

ec2::Port TaskDefinition::portRangeFromPortMapping(const PortMapping& pm) const {
  const bool udp = pm.protocol == Protocol::UDP;
  if (pm.hostPort && *pm.hostPort != 0) return udp ? ec2::Port::udp(*pm.hostPort) : ec2::Port::tcp(*pm.hostPort);
  if (networkMode_ == NetworkMode::BRIDGE || networkMode_ == NetworkMode::NAT) return ec2::Port::tcpRange(32768, 65535);
  if (pm.containerPort != ContainerDefinition::CONTAINER_PORT_USE_RANGE) {
    return udp ? ec2::Port::udp(pm.containerPort) : ec2::Port::tcp(pm.containerPort);
  }
  const std::string& range = pm.containerPortRange.value_or("0-0");
  const auto dash = range.find('-');
  const int start = std::stoi(range.substr(0, dash));
  const int end = std::stoi(range.substr(dash + 1));
  return udp ? ec2::Port::udpRange(start, end) : ec2::Port::tcpRange(start, end);
}

void TaskDefinition::onPrepare() {
  auto& p = resource_->props();
  if (containers_.empty()) {
    p.containerDefinitions = std::nullopt;
  } else {
    std::vector<CfnTaskDefinition::ContainerDefinitionProperty> defs;
    for (const ContainerDefinition* c : containers_) defs.push_back(detail::renderContainer(*c));
    p.containerDefinitions = std::move(defs);
  }
  if (volumes_.empty()) {
    p.volumes = std::nullopt;
  } else {
    std::vector<CfnTaskDefinition::VolumeProperty> volumes;
    for (const Volume& v : volumes_) volumes.push_back(renderVolume(v));
    p.volumes = std::move(volumes);
  }
  p.executionRoleArn = executionRole_ ? std::optional<Value>(executionRole_->roleArn()) : std::nullopt;
}

std::vector<std::string> TaskDefinition::validateTaskDefinition() const {
  std::vector<std::string> ret;
  if (isEc2(compatibility_) && !memory_) {
    for (const ContainerDefinition* c : containers_) {
      if (!c->memoryLimitSpecified()) {
        ret.push_back(
            fmt::format("ECS Container {} must have at least one of 'memoryLimitMiB' or "
                        "'memoryReservationMiB' specified",
                        c->containerName()));
      }
    }
  }
  std::map<std::string, std::string> portMappingNames;
  for (const ContainerDefinition* c : containers_) {
    for (const auto& pm : c->portMappings()) {
      if (!pm.name) continue;
      if (auto it = portMappingNames.find(*pm.name); it != portMappingNames.end()) {
        ret.push_back(fmt::format("Port mapping name '{}' cannot appear in both '{}' and '{}'", *pm.name,
                                  c->containerName(), it->second));
      }
      portMappingNames[*pm.name] = c->containerName();
    }
  }
  std::vector<std::string> runtimeVolumes;
  for (const Volume& v : volumes_) {
    if (v.configuredAtLaunch == true) runtimeVolumes.push_back(v.name);
  }
  if (runtimeVolumes.size() > 1) {
    ret.push_back(fmt::format("More than one volume is configured at launch: [{}]", fmt::join(runtimeVolumes, ",")));
  }
  for (const Volume& v : volumes_) {
    if (v.configuredAtLaunch != true) continue;
    const bool mounted = std::any_of(containers_.begin(), containers_.end(), [&](const ContainerDefinition* c) {
      return std::any_of(c->mountPoints().begin(), c->mountPoints().end(),
                         [&](const MountPoint& mp) { return mp.sourceVolume == v.name; });
    });
    if (!mounted) {
      ret.push_back(
          fmt::format("Volume '{}' should be mounted by at least one container when 'configuredAtLaunch' "
                      "is true",
                      v.name));
    }
  }
  return ret;
}

}  // namespace cdk::ecs
