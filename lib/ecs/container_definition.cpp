#include "cdk/ecs/container_definition.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ecs/task_definition.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "cdk/ssm/parameter.hpp"
#include "core/text_scanner.hpp"
#include "ecs/container_rendering.hpp"

namespace cdk::ecs {

constexpr auto kProtocolNames = cdk::enumNames<Protocol>({
    {Protocol::TCP, "tcp"},
    {Protocol::UDP, "udp"},
});
std::string_view toString(Protocol protocol) noexcept { return cdk::nameOf(kProtocolNames, protocol); }

constexpr auto kAppProtocolNames = cdk::enumNames<AppProtocol>({
    {AppProtocol::http, "http"},
    {AppProtocol::http2, "http2"},
    {AppProtocol::grpc, "grpc"},
});
std::string_view toString(AppProtocol protocol) noexcept { return cdk::nameOf(kAppProtocolNames, protocol); }

Secret Secret::fromSecretsManager(secretsmanager::ISecret& secret, std::optional<std::string> field) {
  Value arn = field ? secret.secretArn() + Value(":" + *field + "::") : secret.secretArn();
  secretsmanager::ISecret* target = &secret;
  return Secret(std::move(arn), field.has_value(),
                [target](const iam::IGrantable& grantee) { return target->grantRead(grantee); });
}

Secret Secret::fromSsmParameter(ssm::IParameter& parameter) {
  ssm::IParameter* target = &parameter;
  return Secret(parameter.parameterArn(), false,
                [target](const iam::IGrantable& grantee) { return target->grantRead(grantee); });
}

namespace {

/// aws-cdk-lib's PortMap and ServiceConnect checks.
void validatePortMapping(const std::string& path, NetworkMode mode, const PortMapping& pm) {
  if (pm.name && pm.name->empty()) throw ConstructError(path, "Port mapping name cannot be an empty string.");
  if (pm.containerPort == ContainerDefinition::CONTAINER_PORT_USE_RANGE && !pm.containerPortRange) {
    throw ConstructError(path,
                         "The containerPortRange must be set when containerPort is equal to 0 (give the "
                         "containerPort, or a containerPortRange)");
  }
  if (pm.containerPort != ContainerDefinition::CONTAINER_PORT_USE_RANGE && pm.containerPortRange) {
    throw ConstructError(path, "Cannot set \"containerPort\" and \"containerPortRange\" at the same time.");
  }
  if (pm.containerPort != ContainerDefinition::CONTAINER_PORT_USE_RANGE &&
      (mode == NetworkMode::AWS_VPC || mode == NetworkMode::HOST) && pm.hostPort && *pm.hostPort != pm.containerPort) {
    throw ConstructError(path, fmt::format("The host port must be left out or must be the same as the container port "
                                           "for AwsVpc or Host network mode (containerPort {}, hostPort {}).",
                                           pm.containerPort, *pm.hostPort));
  }
  if (pm.containerPortRange) {
    if (pm.hostPort) throw ConstructError(path, "Cannot set \"hostPort\" while using a port range for the container.");
    if (mode != NetworkMode::BRIDGE && mode != NetworkMode::AWS_VPC) {
      throw ConstructError(path,
                           "Either AwsVpc or Bridge network mode is required to set a port range for the "
                           "container.");
    }
    cdk::detail::TextScanner scan(*pm.containerPortRange);
    if (!(scan.take(cdk::detail::isAsciiDigit) && scan.literal("-") && scan.take(cdk::detail::isAsciiDigit) &&
          scan.atEnd())) {
      throw ConstructError(path, fmt::format("The containerPortRange must be a string in the format [start "
                                             "port]-[end port] (got \"{}\").",
                                             *pm.containerPortRange));
    }
  }
  if (pm.name || pm.appProtocol) {
    if (mode != NetworkMode::AWS_VPC && mode != NetworkMode::BRIDGE) {
      throw ConstructError(path, fmt::format("Service connect related port mapping fields 'name' and 'appProtocol' "
                                             "are not supported for network mode {}",
                                             ecs::toString(mode)));
    }
    if (!pm.name) {
      throw ConstructError(path,
                           "Service connect-related port mapping field 'appProtocol' cannot be set without "
                           "'name'");
    }
  }
}

void validateHealthCheck(const std::string& path, const HealthCheck& hc) {
  if (hc.interval && (hc.interval->toSeconds() < 5 || hc.interval->toSeconds() > 300)) {
    throw ConstructError(path, "Interval must be between 5 seconds and 300 seconds.");
  }
  if (hc.timeout && (hc.timeout->toSeconds() < 2 || hc.timeout->toSeconds() > 120)) {
    throw ConstructError(path, "Timeout must be between 2 seconds and 120 seconds.");
  }
  if (hc.interval && hc.timeout && hc.interval->toSeconds() < hc.timeout->toSeconds()) {
    throw ConstructError(path, "Health check interval should be longer than timeout.");
  }
  if (hc.command.empty()) {
    throw ConstructError(path, "At least one argument must be supplied for health check command.");
  }
}

template <class T>
void setOrAppend(std::vector<std::pair<std::string, T>>& list, std::string_view name, T value) {
  for (auto& [k, v] : list) {
    if (k == name) {
      v = std::move(value);
      return;
    }
  }
  list.emplace_back(std::string(name), std::move(value));
}

}  // namespace

ContainerDefinition::ContainerDefinition(Construct& scope, std::string_view id, ContainerDefinitionProps props)
    : Construct(scope, id), taskDefinition_(props.taskDefinition.get()) {
  const std::string& path = node().path();
  if (!taskDefinition_) throw ConstructError(path, "ContainerDefinitionProps::taskDefinition is required");
  options_ = std::move(props.options);
  if (!options_.image) {
    throw ConstructError(path, "the container needs an image: set image (e.g. ecs::ContainerImage::fromRegistry(...))");
  }
  if (options_.memoryLimitMiB && options_.memoryReservationMiB &&
      *options_.memoryLimitMiB < *options_.memoryReservationMiB) {
    throw ConstructError(path, fmt::format("MemoryLimitMiB should not be less than MemoryReservationMiB ({} < {}).",
                                           *options_.memoryLimitMiB, *options_.memoryReservationMiB));
  }
  // Checks that would fail later are made before anything is bound (binding creates constructs and grants).
  if (options_.healthCheck) validateHealthCheck(path, *options_.healthCheck);
  for (const auto& pm : options_.portMappings) validatePortMapping(path, taskDefinition_->networkMode(), pm);
  taskDefinition_->checkContainerCpu(options_.cpu);

  essential_ = options_.essential.value_or(true);
  containerName_ = options_.containerName.value_or(std::string(node().id()));
  imageConfig_ = options_.image->bind(*this, *this);
  if (options_.logging) logDriverConfig_ = options_.logging->bind(*this, *this);
  for (const auto& [name, secret] : options_.secrets) addSecret(name, secret);
  dockerLabels_ = options_.dockerLabels;
  environment_ = options_.environment;
  taskDefinition_->linkContainer(*this);
  if (!options_.portMappings.empty()) addPortMappingList(options_.portMappings);
}

ContainerDefinition::~ContainerDefinition() = default;

bool ContainerDefinition::memoryLimitSpecified() const noexcept {
  return options_.memoryLimitMiB.has_value() || options_.memoryReservationMiB.has_value();
}

int ContainerDefinition::containerPort() const {
  if (portMappings_.empty()) {
    throw ConstructError(node().path(),
                         fmt::format("Container {} hasn't defined any ports. Call addPortMappings().", containerName_));
  }
  const PortMapping& first = portMappings_.front();
  if (first.containerPortRange) {
    throw ConstructError(node().path(), fmt::format("The first port mapping of the container {} must expose a single "
                                                    "port.",
                                                    containerName_));
  }
  return first.containerPort;
}

int ContainerDefinition::ingressPort() const {
  if (portMappings_.empty()) {
    throw ConstructError(node().path(),
                         fmt::format("Container {} hasn't defined any ports. Call addPortMappings().", containerName_));
  }
  const PortMapping& first = portMappings_.front();
  if (first.hostPort && *first.hostPort != 0) return *first.hostPort;
  if (taskDefinition_->networkMode() == NetworkMode::BRIDGE) return 0;
  return containerPort();
}

bool ContainerDefinition::referencesSecretJsonField() const noexcept { return secretJsonField_; }

void ContainerDefinition::addPortMappingList(const std::vector<PortMapping>& portMappings) {
  const std::string& path = node().path();
  for (const auto& pm : portMappings) validatePortMapping(path, taskDefinition_->networkMode(), pm);
  for (const auto& pm : portMappings) {
    if (pm.name) {
      const bool exists = std::any_of(portMappings_.begin(), portMappings_.end(),
                                      [&](const PortMapping& other) { return other.name == pm.name; });
      if (exists) {
        throw ConstructError(path, fmt::format("Port mapping name '{}' already exists on this container", *pm.name));
      }
    }
    PortMapping added = pm;
    if (taskDefinition_->networkMode() == NetworkMode::BRIDGE && !added.hostPort && !added.containerPortRange) {
      added.hostPort = 0;
    }
    portMappings_.push_back(std::move(added));
  }
}

void ContainerDefinition::addMountPointList(const std::vector<MountPoint>& mountPoints) {
  mountPoints_.insert(mountPoints_.end(), mountPoints.begin(), mountPoints.end());
}

void ContainerDefinition::addEnvironment(std::string_view name, Value value) {
  setOrAppend(environment_, name, std::move(value));
}

void ContainerDefinition::addDockerLabel(std::string_view name, std::string value) {
  setOrAppend(dockerLabels_, name, std::move(value));
}

void ContainerDefinition::addSecret(std::string_view name, const Secret& secret) {
  secret.grantRead(taskDefinition_->obtainExecutionRole());
  secrets_.emplace_back(std::string(name), secret.arn());
  if (secret.hasField()) secretJsonField_ = true;
}

void ContainerDefinition::addToExecutionPolicy(const iam::PolicyStatement& statement) {
  taskDefinition_->addToExecutionRolePolicy(statement);
}

const PortMapping* ContainerDefinition::findPortMapping(int port, Protocol protocol) const {
  for (const auto& pm : portMappings_) {
    if (pm.containerPort == port && pm.protocol.value_or(Protocol::TCP) == protocol) return &pm;
  }
  return nullptr;
}

Value ContainerDefinition::renderContainerDefinition() const { return toValue(detail::renderContainer(*this)); }

namespace detail {

namespace {
std::optional<ValueList> listOf(const std::vector<std::string>& items) {
  if (items.empty()) return std::nullopt;
  return ValueList(items);
}
}  // namespace

CfnTaskDefinition::ContainerDefinitionProperty renderContainer(const ContainerDefinition& c) {
  const ContainerDefinitionOptions& o = c.options();
  CfnTaskDefinition::ContainerDefinitionProperty r;
  r.command = listOf(o.command);
  if (o.cpu) r.cpu = *o.cpu;
  if (o.disableNetworking) r.disableNetworking = *o.disableNetworking;
  r.dnsSearchDomains = listOf(o.dnsSearchDomains);
  r.dnsServers = listOf(o.dnsServers);
  if (!c.dockerLabels().empty()) {
    Value::Map labels;
    for (const auto& [k, v] : c.dockerLabels()) labels.emplace_back(k, v);
    r.dockerLabels = std::move(labels);
  }
  r.dockerSecurityOptions = listOf(o.dockerSecurityOptions);
  r.entryPoint = listOf(o.entryPoint);
  if (!c.environment().empty()) {
    std::vector<CfnTaskDefinition::KeyValuePairProperty> env;
    for (const auto& [k, v] : c.environment()) env.push_back({.name = k, .value = v});
    r.environment = std::move(env);
  }
  r.essential = c.essential();
  if (o.healthCheck) {
    const HealthCheck& hc = *o.healthCheck;
    std::vector<std::string> command;
    if (hc.command.size() == 1) {
      command = {"CMD-SHELL", hc.command.front()};
    } else {
      if (hc.command.front() != "CMD" && hc.command.front() != "CMD-SHELL") command.push_back("CMD");
      command.insert(command.end(), hc.command.begin(), hc.command.end());
    }
    CfnTaskDefinition::HealthCheckProperty h;
    h.command = ValueList(command);
    h.interval = hc.interval ? hc.interval->toSeconds() : 30;
    h.retries = hc.retries.value_or(3);
    if (hc.startPeriod) h.startPeriod = hc.startPeriod->toSeconds();
    h.timeout = hc.timeout ? hc.timeout->toSeconds() : 5;
    r.healthCheck = std::move(h);
  }
  if (o.hostname) r.hostname = *o.hostname;
  r.image = c.imageName();
  if (o.interactive) r.interactive = *o.interactive;
  if (const auto& log = c.logDriverConfig()) {
    CfnTaskDefinition::LogConfigurationProperty l;
    l.logDriver = log->logDriver;
    if (!log->options.empty()) l.options = log->options;
    if (!log->secretOptions.empty()) {
      std::vector<CfnTaskDefinition::SecretProperty> secrets;
      for (const auto& [name, arn] : log->secretOptions) secrets.push_back({.name = name, .valueFrom = arn});
      l.secretOptions = std::move(secrets);
    }
    r.logConfiguration = std::move(l);
  }
  if (o.memoryLimitMiB) r.memory = *o.memoryLimitMiB;
  if (o.memoryReservationMiB) r.memoryReservation = *o.memoryReservationMiB;
  if (!c.mountPoints().empty()) {
    std::vector<CfnTaskDefinition::MountPointProperty> mounts;
    for (const auto& m : c.mountPoints()) {
      mounts.push_back({.containerPath = m.containerPath, .readOnly = m.readOnly, .sourceVolume = m.sourceVolume});
    }
    r.mountPoints = std::move(mounts);
  }
  r.name = c.containerName();
  if (!c.portMappings().empty()) {
    std::vector<CfnTaskDefinition::PortMappingProperty> mappings;
    for (const auto& pm : c.portMappings()) {
      CfnTaskDefinition::PortMappingProperty p;
      if (pm.appProtocol) p.appProtocol = std::string(ecs::toString(*pm.appProtocol));
      if (pm.containerPort != ContainerDefinition::CONTAINER_PORT_USE_RANGE) p.containerPort = pm.containerPort;
      if (pm.containerPortRange) p.containerPortRange = *pm.containerPortRange;
      if (pm.hostPort) p.hostPort = *pm.hostPort;
      if (pm.name) p.name = *pm.name;
      p.protocol = std::string(ecs::toString(pm.protocol.value_or(Protocol::TCP)));
      mappings.push_back(std::move(p));
    }
    r.portMappings = std::move(mappings);
  }
  if (o.privileged) r.privileged = *o.privileged;
  if (o.pseudoTerminal) r.pseudoTerminal = *o.pseudoTerminal;
  if (o.readonlyRootFilesystem) r.readonlyRootFilesystem = *o.readonlyRootFilesystem;
  if (c.imageConfig().repositoryCredentials) {
    r.repositoryCredentials = CfnTaskDefinition::RepositoryCredentialsProperty{
        .credentialsParameter = *c.imageConfig().repositoryCredentials};
  }
  if (!c.secrets().empty()) {
    std::vector<CfnTaskDefinition::SecretProperty> secrets;
    for (const auto& [name, arn] : c.secrets()) secrets.push_back({.name = name, .valueFrom = arn});
    r.secrets = std::move(secrets);
  }
  if (o.startTimeout) r.startTimeout = o.startTimeout->toSeconds();
  if (o.stopTimeout) r.stopTimeout = o.stopTimeout->toSeconds();
  if (o.user) r.user = *o.user;
  if (o.workingDirectory) r.workingDirectory = *o.workingDirectory;
  return r;
}

}  // namespace detail
}  // namespace cdk::ecs
