#include "cdk/ecs_patterns/application_load_balanced_fargate_service.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "ecs_patterns/shared_steps.hpp"

namespace cdk::ecs_patterns {

namespace {

ApplicationLoadBalancedServiceBaseProps baseProps(const ApplicationLoadBalancedFargateServiceProps& props) {
  return {.capacityProviderStrategies = props.capacityProviderStrategies,
          .certificate = props.certificate,
          .circuitBreaker = props.circuitBreaker,
          .cluster = props.cluster,
          .deploymentController = props.deploymentController,
          .desiredCount = props.desiredCount,
          .domainName = props.domainName,
          .domainZone = props.domainZone,
          .enableECSManagedTags = props.enableECSManagedTags,
          .enableExecuteCommand = props.enableExecuteCommand,
          .healthCheckGracePeriod = props.healthCheckGracePeriod,
          .idleTimeout = props.idleTimeout,
          .ipAddressType = props.ipAddressType,
          .listenerPort = props.listenerPort,
          .loadBalancer = props.loadBalancer,
          .loadBalancerName = props.loadBalancerName,
          .maxHealthyPercent = props.maxHealthyPercent,
          .minHealthyPercent = props.minHealthyPercent,
          .openListener = props.openListener,
          .propagateTags = props.propagateTags,
          .protocol = props.protocol,
          .protocolVersion = props.protocolVersion,
          .publicLoadBalancer = props.publicLoadBalancer,
          .recordType = props.recordType,
          .redirectHTTP = props.redirectHTTP,
          .serviceName = props.serviceName,
          .sslPolicy = props.sslPolicy,
          .targetProtocol = props.targetProtocol,
          .taskImageOptions = props.taskImageOptions,
          .vpc = props.vpc};
}

void checkHealthyPercentage(const std::string& path, std::string_view name, std::optional<int> value) {
  if (value && *value < 0) {
    throw ConstructError(path, fmt::format("{}: Must be a non-negative integer; received {}", name, *value));
  }
}

void checkContainerCpu(const std::string& path, int cpu, std::optional<int> containerCpu) {
  if (!containerCpu) return;
  if (*containerCpu > cpu) {
    throw ConstructError(path, fmt::format("containerCpu must be less than to cpu; received containerCpu: {}, cpu: {}",
                                           *containerCpu, cpu));
  }
  if (*containerCpu < 0) {
    throw ConstructError(path, fmt::format("containerCpu must be a non-negative integer; received {}", *containerCpu));
  }
}

void checkContainerMemory(const std::string& path, int memoryLimitMiB, std::optional<int> containerMemoryLimitMiB) {
  if (!containerMemoryLimitMiB) return;
  if (*containerMemoryLimitMiB > memoryLimitMiB) {
    throw ConstructError(path, fmt::format("containerMemoryLimitMiB must be less than to memoryLimitMiB; received "
                                           "containerMemoryLimitMiB: {}, memoryLimitMiB: {}",
                                           *containerMemoryLimitMiB, memoryLimitMiB));
  }
  if (*containerMemoryLimitMiB <= 0) {
    throw ConstructError(
        path, fmt::format("containerMemoryLimitMiB must be a positive integer; received {}", *containerMemoryLimitMiB));
  }
}

}  // namespace

ApplicationLoadBalancedFargateService::ApplicationLoadBalancedFargateService(
    Construct& scope, std::string_view id, ApplicationLoadBalancedFargateServiceProps props)
    : ApplicationLoadBalancedServiceBase(scope, id, baseProps(props)), assignPublicIp_(props.assignPublicIp) {
  const std::string& path = node().path();
  if (props.taskDefinition && props.taskImageOptions) {
    throw ConstructError(path,
                         "You must specify either a taskDefinition or an image, not both: drop taskDefinition or "
                         "taskImageOptions");
  }
  if (props.taskDefinition) {
    taskDefinition_ = props.taskDefinition.get();
  } else if (props.taskImageOptions) {
    const auto& image = *props.taskImageOptions;
    taskDefinition_ = &detail::fargateTaskDefinition(*this, props, image);
    std::shared_ptr<ecs::LogDriver> logDriver = image.logDriver;
    if (!logDriver && image.enableLogging) logDriver = createAWSLogDriver(node().id());
    checkContainerCpu(path, taskDefinition_->cpu(), props.containerCpu);
    checkContainerMemory(path, taskDefinition_->memoryMiB(), props.containerMemoryLimitMiB);
    taskDefinition_
        ->addContainer(image.containerName.value_or("web"), {.command = image.command,
                                                             .cpu = props.containerCpu,
                                                             .dockerLabels = image.dockerLabels,
                                                             .entryPoint = image.entryPoint,
                                                             .environment = image.environment,
                                                             .healthCheck = props.healthCheck,
                                                             .image = image.image,
                                                             .logging = logDriver,
                                                             .memoryLimitMiB = props.containerMemoryLimitMiB,
                                                             .secrets = image.secrets})
        .addPortMappings({.containerPort = image.containerPort.value_or(80)});
  } else {
    throw ConstructError(path,
                         "You must specify one of: taskDefinition or image: pass taskImageOptions with an image, "
                         "or a FargateTaskDefinition");
  }

  checkHealthyPercentage(path, "minHealthyPercent", props.minHealthyPercent);
  checkHealthyPercentage(path, "maxHealthyPercent", props.maxHealthyPercent);
  // aws-cdk-lib compares only when both are set and neither is 0.
  if (props.minHealthyPercent.value_or(0) != 0 && props.maxHealthyPercent.value_or(0) != 0 &&
      *props.minHealthyPercent >= *props.maxHealthyPercent) {
    throw ConstructError(path, fmt::format("Minimum healthy percent must be less than maximum healthy percent (got "
                                           "{} and {})",
                                           *props.minHealthyPercent, *props.maxHealthyPercent));
  }

  // The default desiredCount of the service is none (the expired flag
  // "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount" is always on in aws-cdk-lib v2).
  service_ = &make<ecs::FargateService>(
      "Service", ecs::FargateServiceProps{.assignPublicIp = assignPublicIp_,
                                          .capacityProviderStrategies = props.capacityProviderStrategies,
                                          .circuitBreaker = props.circuitBreaker,
                                          .cluster = cluster(),
                                          .deploymentController = props.deploymentController,
                                          .desiredCount = internalDesiredCount(),
                                          .enableECSManagedTags = props.enableECSManagedTags.value_or(false),
                                          .enableExecuteCommand = props.enableExecuteCommand,
                                          .healthCheckGracePeriod = props.healthCheckGracePeriod,
                                          .maxHealthyPercent = props.maxHealthyPercent,
                                          .minHealthyPercent = props.minHealthyPercent,
                                          .platformVersion = props.platformVersion,
                                          .propagateTags = props.propagateTags,
                                          .securityGroups = props.securityGroups,
                                          .serviceName = props.serviceName,
                                          .taskDefinition = *taskDefinition_,
                                          .vpcSubnets = props.taskSubnets});
  addServiceAsTarget(*service_);
}

ApplicationLoadBalancedFargateService::~ApplicationLoadBalancedFargateService() = default;

}  // namespace cdk::ecs_patterns
