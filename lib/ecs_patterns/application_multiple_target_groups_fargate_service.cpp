#include "cdk/ecs_patterns/application_multiple_target_groups_fargate_service.hpp"

#include "cdk/core/errors.hpp"
#include "cdk/elasticloadbalancingv2/application_listener.hpp"
#include "ecs_patterns/shared_steps.hpp"

namespace cdk::ecs_patterns {

namespace {

ApplicationMultipleTargetGroupsServiceBaseProps baseProps(const ApplicationMultipleTargetGroupsFargateServiceProps& p) {
  return {.cluster = p.cluster,
          .desiredCount = p.desiredCount,
          .enableECSManagedTags = p.enableECSManagedTags,
          .enableExecuteCommand = p.enableExecuteCommand,
          .healthCheckGracePeriod = p.healthCheckGracePeriod,
          .loadBalancers = p.loadBalancers,
          .propagateTags = p.propagateTags,
          .serviceName = p.serviceName,
          .targetGroups = p.targetGroups,
          .taskImageOptions = p.taskImageOptions,
          .vpc = p.vpc};
}

}  // namespace

ApplicationMultipleTargetGroupsFargateService::ApplicationMultipleTargetGroupsFargateService(
    Construct& scope, std::string_view id, ApplicationMultipleTargetGroupsFargateServiceProps props)
    : ApplicationMultipleTargetGroupsServiceBase(scope, id, baseProps(props)), assignPublicIp_(props.assignPublicIp) {
  const std::string& path = node().path();
  if (props.taskDefinition && props.taskImageOptions) {
    throw ConstructError(path,
                         "You must specify only one of TaskDefinition or TaskImageOptions: drop taskDefinition or "
                         "taskImageOptions");
  }
  if (props.taskDefinition) {
    taskDefinition_ = props.taskDefinition.get();
  } else if (props.taskImageOptions) {
    const auto& image = *props.taskImageOptions;
    taskDefinition_ = &detail::fargateTaskDefinition(*this, props, image);
    auto& container =
        taskDefinition_->addContainer(image.containerName.value_or("web"), {.dockerLabels = image.dockerLabels,
                                                                            .environment = image.environment,
                                                                            .image = image.image,
                                                                            .logging = logDriver(),
                                                                            .secrets = image.secrets});
    for (int port : image.containerPorts) container.addPortMappings({.containerPort = port});
  } else {
    throw ConstructError(path,
                         "You must specify one of: taskDefinition or image: pass taskImageOptions with an image, "
                         "or a FargateTaskDefinition");
  }
  ecs::ContainerDefinition* container = taskDefinition_->defaultContainer();
  if (!container) {
    throw ConstructError(path,
                         "At least one essential container must be specified: add one to the task definition "
                         "(addContainer)");
  }
  if (container->portMappings().empty()) container->addPortMappings({.containerPort = 80});

  // No default desiredCount (the expired flag "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount").
  service_ = &make<ecs::FargateService>(
      "Service", ecs::FargateServiceProps{.assignPublicIp = assignPublicIp_,
                                          .cluster = cluster(),
                                          .desiredCount = internalDesiredCount(),
                                          .enableECSManagedTags = props.enableECSManagedTags.value_or(false),
                                          .enableExecuteCommand = props.enableExecuteCommand,
                                          .healthCheckGracePeriod = props.healthCheckGracePeriod,
                                          .platformVersion = props.platformVersion,
                                          .propagateTags = props.propagateTags,
                                          .serviceName = props.serviceName,
                                          .taskDefinition = *taskDefinition_});
  if (props.targetGroups) {
    addPortMappingForTargets(*container, *props.targetGroups);
    targetGroup_ = &registerECSTargets(*service_, *container, *props.targetGroups);
  } else {
    targetGroup_ = &listener().addTargets(
        "ECS", {.port = container->portMappings().front().containerPort, .targets = {*service_}});
  }
}

ApplicationMultipleTargetGroupsFargateService::~ApplicationMultipleTargetGroupsFargateService() = default;

}  // namespace cdk::ecs_patterns
