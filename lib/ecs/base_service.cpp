#include "cdk/ecs/base_service.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cdk/cfn/ecs.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/feature_flags.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/ecs/container_definition.hpp"
#include "cdk/iam/role.hpp"

namespace cdk::ecs {

constexpr auto kPropagatedTagSourceNames = cdk::enumNames<PropagatedTagSource>({
    {PropagatedTagSource::SERVICE, "SERVICE"},
    {PropagatedTagSource::TASK_DEFINITION, "TASK_DEFINITION"},
    {PropagatedTagSource::NONE, "NONE"},
});
std::string_view toString(PropagatedTagSource source) noexcept {
  return cdk::nameOf(kPropagatedTagSourceNames, source);
}

constexpr auto kDeploymentControllerTypeNames = cdk::enumNames<DeploymentControllerType>({
    {DeploymentControllerType::ECS, "ECS"},
    {DeploymentControllerType::CODE_DEPLOY, "CODE_DEPLOY"},
    {DeploymentControllerType::EXTERNAL, "EXTERNAL"},
});
std::string_view toString(DeploymentControllerType type) noexcept {
  return cdk::nameOf(kDeploymentControllerTypeNames, type);
}

constexpr auto kLaunchTypeNames = cdk::enumNames<LaunchType>({
    {LaunchType::EC2, "EC2"},
    {LaunchType::FARGATE, "FARGATE"},
    {LaunchType::EXTERNAL, "EXTERNAL"},
});
std::string_view toString(LaunchType type) noexcept { return cdk::nameOf(kLaunchTypeNames, type); }

namespace {

constexpr std::string_view kRemoveDefaultDeploymentAlarm = "@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm";
constexpr std::string_view kRemoveEmptyLoadBalancers = "@aws-cdk/aws-ecs:removeEmptyLoadBalancers";
constexpr std::string_view kReduceCloudWatchPermissions = "@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions";
constexpr std::string_view kDisableExplicitDeploymentController =
    "@aws-cdk/aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker";

/// Deployment alarms are not available in the China, GovCloud and ISO partitions (an unknown region counts
/// as available, as in aws-cdk-lib).
bool deploymentAlarmsAvailableInRegion(const Stack& stack) {
  const auto& region = stack.concreteRegion();
  if (!region) return true;
  for (std::string_view prefix : {"cn-", "us-gov-", "us-iso-", "us-isob-"}) {
    if (region->starts_with(prefix)) return false;
  }
  return true;
}

ResourceProps serviceResourceProps(const std::optional<std::string>& serviceName) {
  ResourceProps props;
  if (serviceName) props.physicalName = *serviceName;
  return props;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// EcsLoadBalancerTarget

elasticloadbalancingv2::LoadBalancerTargetProps EcsLoadBalancerTarget::attachToApplicationTargetGroup(
    elasticloadbalancingv2::IApplicationTargetGroup& targetGroup) {
  targetGroup.registerConnectable(*service_, service_->taskDefinition().portRangeFromPortMapping(target_.portMapping));
  return service_->attachToElbv2(targetGroup, target_.containerName, target_.portMapping.containerPort);
}

ec2::Connections EcsLoadBalancerTarget::connections() const { return service_->connections(); }

// ---------------------------------------------------------------------------------------------------------
// BaseService

BaseService::BaseService(Construct& scope, std::string_view id, BaseServiceOptions options)
    : Resource(scope, id, serviceResourceProps(options.serviceName)),
      cluster_(options.cluster.get()),
      taskDefinition_(options.taskDefinition.get()) {
  const std::string& path = node().path();
  if (!cluster_) throw ConstructError(path, "the service needs a cluster: set cluster");
  if (!taskDefinition_) throw ConstructError(path, "the service needs a task definition: set taskDefinition");

  std::optional<DeploymentController> controller = options.deploymentController;
  if (!controller && options.circuitBreaker &&
      !FeatureFlags::of(*this).isEnabled(kDisableExplicitDeploymentController)) {
    controller = DeploymentController{.type = DeploymentControllerType::ECS};
  }
  isEcsDeploymentController_ = !controller || controller->type == DeploymentControllerType::ECS;
  if (options.deploymentAlarms && !isEcsDeploymentController_) {
    throw ConstructError(path, "Deployment alarms requires the ECS deployment controller.");
  }
  if (options.deploymentAlarms && options.deploymentAlarms->alarmNames.empty()) {
    throw ConstructError(path,
                         "at least one alarm name is required when specifying deploymentAlarms, received empty "
                         "array");
  }
  const bool external = controller && controller->type == DeploymentControllerType::EXTERNAL;
  const std::optional<LaunchType> launchType =
      external || options.capacityProviderStrategies ? std::nullopt : options.launchType;
  const PropagatedTagSource propagate = options.propagateTags.value_or(PropagatedTagSource::NONE);

  CfnServiceProps cfn;
  if (options.capacityProviderStrategies) {
    std::vector<CfnService::CapacityProviderStrategyItemProperty> items;
    for (const auto& s : *options.capacityProviderStrategies) {
      CfnService::CapacityProviderStrategyItemProperty item;
      if (s.base) item.base = *s.base;
      item.capacityProvider = s.capacityProvider;
      if (s.weight) item.weight = *s.weight;
      items.push_back(std::move(item));
    }
    cfn.capacityProviderStrategy = std::move(items);
  }
  cfn.cluster = cluster_->clusterName();
  CfnService::DeploymentConfigurationProperty deployment;
  deployment.maximumPercent =
      options.maxHealthyPercent && *options.maxHealthyPercent ? *options.maxHealthyPercent : 200;
  deployment.minimumHealthyPercent = options.minHealthyPercent.value_or(50);
  if (options.circuitBreaker) {
    deployment.deploymentCircuitBreaker = CfnService::DeploymentCircuitBreakerProperty{
        .enable = options.circuitBreaker->enable, .rollback = options.circuitBreaker->rollback};
  }
  cfn.deploymentConfiguration = std::move(deployment);
  if (controller) {
    cfn.deploymentController =
        CfnService::DeploymentControllerProperty{.type = std::string(ecs::toString(controller->type))};
  }
  if (options.desiredCount) cfn.desiredCount = *options.desiredCount;
  cfn.enableEcsManagedTags = options.enableECSManagedTags;
  if (options.enableExecuteCommand) cfn.enableExecuteCommand = *options.enableExecuteCommand;
  if (launchType) cfn.launchType = std::string(ecs::toString(*launchType));
  if (options.platformVersion) cfn.platformVersion = *options.platformVersion;
  if (propagate != PropagatedTagSource::NONE) cfn.propagateTags = std::string(ecs::toString(propagate));
  if (options.serviceName) cfn.serviceName = *options.serviceName;
  if (!external) cfn.taskDefinition = taskDefinition_->taskDefinitionArn();
  resource_ = &make<CfnService>("Service", std::move(cfn));
  healthCheckGracePeriod_ = options.healthCheckGracePeriod;

  // The service waits for the task role (and its policies), aws/aws-cdk#26070.
  node().addDependency(taskDefinition_->taskRole());

  if (external) {
    Annotations::of(*this).addWarningV2("@aws-cdk/aws-ecs:externalDeploymentController",
                                        "taskDefinition and launchType are blanked out when using external deployment "
                                        "controller.");
  }
  if (options.circuitBreaker && !isEcsDeploymentController_) {
    Annotations::of(*this).addError("Deployment circuit breaker requires the ECS deployment controller.");
  }
  if (!options.circuitBreaker && isEcsDeploymentController_) {
    Annotations::of(*this).addWarningV2(
        "@aws-cdk/aws-ecs:shouldUseCircuitBreaker",
        "Enable the 'circuitBreaker' property to trigger a quicker deployment failure if tasks are failing to start up "
        "(without this setting deployments may take up to 3 hours to fail).");
  }
  if (!options.minHealthyPercent) {
    Annotations::of(*this).addWarningV2(
        "@aws-cdk/aws-ecs:minHealthyPercent",
        "minHealthyPercent has not been configured so the default value of 50% is used. The number of running tasks "
        "will decrease below the desired count during deployments etc. See "
        "https://github.com/aws/aws-cdk/issues/31705");
  }
  if (controller && controller->type == DeploymentControllerType::CODE_DEPLOY) {
    resource_->props().taskDefinition = taskDefinition_->family();
    node().addDependency(*taskDefinition_);
  }
  if (options.cloudMapOptions) enableCloudMap(*options.cloudMapOptions);
  if (options.enableExecuteCommand.value_or(false)) enableExecuteCommand();
  if (options.deploymentAlarms) {
    deploymentAlarms_ =
        DeploymentAlarms{.alarmNames = options.deploymentAlarms->alarmNames,
                         .enable = true,
                         .rollback = options.deploymentAlarms->behavior != AlarmBehavior::FAIL_ON_ALARM};
  } else if (isEcsDeploymentController_ && deploymentAlarmsAvailableInRegion(stack()) &&
             !FeatureFlags::of(*this).isEnabled(kRemoveDefaultDeploymentAlarm)) {
    deploymentAlarms_ = DeploymentAlarms{.alarmNames = {}, .enable = false, .rollback = false};
  }
  node().setDefaultChild(resource_);
}

BaseService::~BaseService() = default;

Value BaseService::serviceArn() const { return resource_->ref(); }
Value BaseService::serviceName() const { return resource_->attrName(); }

cloudwatch::Metric BaseService::metric(std::string metricName, const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/ECS", std::move(metricName),
                                         {{"ClusterName", cluster_->clusterName()}, {"ServiceName", serviceName()}},
                                         options);
}

cloudwatch::Metric BaseService::metricCpuUtilization(const cloudwatch::MetricOptions& options) const {
  return metric("CPUUtilization", options);
}

cloudwatch::Metric BaseService::metricMemoryUtilization(const cloudwatch::MetricOptions& options) const {
  return metric("MemoryUtilization", options);
}

elasticloadbalancingv2::LoadBalancerTargetProps BaseService::attachToApplicationTargetGroup(
    elasticloadbalancingv2::IApplicationTargetGroup& targetGroup) {
  const ContainerDefinition* container = taskDefinition_->defaultContainer();
  if (!container) {
    throw ConstructError(node().path(),
                         "the task definition has no essential container to attach to the target "
                         "group; add one with addContainer() first");
  }
  return loadBalancerTarget({.containerName = container->containerName()}).attachToApplicationTargetGroup(targetGroup);
}

EcsLoadBalancerTarget BaseService::loadBalancerTarget(LoadBalancerTargetOptions options) {
  return EcsLoadBalancerTarget(*this, taskDefinition_->validateTarget(options));
}

void BaseService::registerLoadBalancerTargets(const std::vector<EcsTarget>& targets) {
  for (const auto& target : targets) {
    if (!target.listener) {
      throw ConstructError(node().path(), fmt::format("registerLoadBalancerTargets: the target '{}' has no listener; "
                                                      "give it ListenerConfig::applicationListener(listener, {{...}})",
                                                      target.newTargetGroupId));
    }
    target.listener->addTargets(
        target.newTargetGroupId,
        {.containerName = target.containerName, .containerPort = target.containerPort, .protocol = target.protocol},
        *this);
  }
}

elasticloadbalancingv2::LoadBalancerTargetProps BaseService::attachToElbv2(
    elasticloadbalancingv2::IApplicationTargetGroup& targetGroup, const std::string& containerName, int containerPort) {
  if (taskDefinition_->networkMode() == NetworkMode::NONE) {
    throw ConstructError(node().path(),
                         "Cannot use a load balancer if NetworkMode is None. Use Bridge, Host or AwsVpc instead.");
  }
  loadBalancers_.push_back(
      {.containerName = containerName, .containerPort = containerPort, .targetGroupArn = targetGroup.targetGroupArn()});
  resource_->node().addDependency(targetGroup.loadBalancerAttached());
  return {.targetType = taskDefinition_->networkMode() == NetworkMode::AWS_VPC
                            ? elasticloadbalancingv2::TargetType::IP
                            : elasticloadbalancingv2::TargetType::INSTANCE};
}

ScalableTaskCount& BaseService::autoScaleTaskCount(const applicationautoscaling::EnableScalingProps& props) {
  if (scalableTaskCount_) {
    throw ConstructError(node().path(),
                         "AutoScaling of task count already enabled for this service. Add policies to the "
                         "ScalableTaskCount the first call returned");
  }
  // aws-cdk-lib's makeAutoScalingRole: the service-linked role, imported by ARN (no region).
  iam::IRole& role = iam::Role::fromRoleArn(
      *this, "ScalingRole",
      stack().formatArn({.region = Value(""),
                         .resource = "role/aws-service-role/ecs.application-autoscaling.amazonaws.com",
                         .resourceName = Value("AWSServiceRoleForApplicationAutoScaling_ECSService"),
                         .service = "iam"}));
  scalableTaskCount_ = &make<ScalableTaskCount>(
      "TaskCount", applicationautoscaling::BaseScalableAttributeProps{
                       .dimension = "ecs:service:DesiredCount",
                       .maxCapacity = props.maxCapacity,
                       .minCapacity = props.minCapacity,
                       .resourceId = Value("service/") + cluster_->clusterName() + Value("/") + serviceName(),
                       .role = role,
                       .serviceNamespace = applicationautoscaling::ServiceNamespace::ECS});
  return *scalableTaskCount_;
}

servicediscovery::Service& BaseService::enableCloudMap(const CloudMapOptions& options) {
  const std::string& path = node().path();
  servicediscovery::INamespace* cloudMapNamespace =
      options.cloudMapNamespace ? options.cloudMapNamespace.get() : cluster_->defaultCloudMapNamespace();
  if (!cloudMapNamespace) {
    throw ConstructError(path,
                         "Cannot enable service discovery if a Cloudmap Namespace has not been created in the "
                         "cluster. Add one with cluster.addDefaultCloudMapNamespace() or give "
                         "cloudMapOptions.cloudMapNamespace");
  }
  if (cloudMapNamespace->type() == servicediscovery::NamespaceType::HTTP) {
    throw ConstructError(path,
                         "Cannot enable DNS service discovery for HTTP Cloudmap Namespace. Give a private or "
                         "public DNS namespace");
  }
  const NetworkMode networkMode = taskDefinition_->networkMode();
  if (networkMode == NetworkMode::NONE) {
    throw ConstructError(path,
                         "Cannot use a service discovery if NetworkMode is None. Use Bridge, Host or AwsVpc "
                         "instead.");
  }
  std::optional<servicediscovery::DnsRecordType> dnsRecordType = options.dnsRecordType;
  if (networkMode == NetworkMode::BRIDGE || networkMode == NetworkMode::HOST) {
    if (!dnsRecordType) dnsRecordType = servicediscovery::DnsRecordType::SRV;
    if (*dnsRecordType != servicediscovery::DnsRecordType::SRV) {
      throw ConstructError(path, "SRV records must be used when network mode is Bridge or Host.");
    }
  }
  if (networkMode == NetworkMode::AWS_VPC && !dnsRecordType) dnsRecordType = servicediscovery::DnsRecordType::A;

  // Only SRV records name a container and port. As in aws-cdk-lib, the port defaults to the default container's
  // first port even when another container is given.
  ServiceRegistry registry;
  if (dnsRecordType == servicediscovery::DnsRecordType::SRV) {
    if (options.container && &options.container->taskDefinition() != taskDefinition_) {
      throw ConstructError(path, "Cannot add discovery for a container from another task definition");
    }
    const ContainerDefinition* container =
        options.container ? options.container.get() : taskDefinition_->defaultContainer();
    if (!container || !taskDefinition_->defaultContainer()) {
      throw ConstructError(path,
                           "SRV records need a container: add an essential container to the task definition "
                           "before enabling Cloud Map");
    }
    if (options.containerPort &&
        std::none_of(container->portMappings().begin(), container->portMappings().end(),
                     [&](const PortMapping& m) { return m.containerPort == *options.containerPort; })) {
      throw ConstructError(path, "Cannot add discovery for a container port that has not been mapped");
    }
    registry.containerName = container->containerName();
    registry.containerPort =
        options.containerPort ? *options.containerPort : taskDefinition_->defaultContainer()->containerPort();
  }
  cloudMapService_ = &make<servicediscovery::Service>(
      "CloudmapService",
      servicediscovery::ServiceProps{
          .customHealthCheck =
              servicediscovery::HealthCheckCustomConfig{
                  .failureThreshold =
                      options.failureThreshold && *options.failureThreshold ? *options.failureThreshold : 1},
          .dnsRecordType = dnsRecordType,
          .dnsTtl = options.dnsTtl,
          .name = options.name,
          .namespace_ = *cloudMapNamespace,
      });
  registry.arn = cloudMapService_->serviceArn();
  addServiceRegistry(registry);
  return *cloudMapService_;
}

void BaseService::addServiceRegistry(const ServiceRegistry& registry) {
  auto& registries = resource_->props().serviceRegistries;
  if (registries && !registries->empty()) {
    throw ConstructError(node().path(),
                         "Cannot associate with the given service discovery registry. ECS supports at most one "
                         "service registry per service.");
  }
  CfnService::ServiceRegistryProperty entry{.registryArn = registry.arn};
  if (registry.containerName) entry.containerName = *registry.containerName;
  if (registry.containerPort) entry.containerPort = *registry.containerPort;
  registries = std::vector<CfnService::ServiceRegistryProperty>{std::move(entry)};
}

void BaseService::enableDeploymentAlarms(std::vector<std::string> alarmNames, std::optional<AlarmBehavior> behavior) {
  if (alarmNames.empty()) {
    throw ConstructError(node().path(),
                         "at least one alarm name is required when calling enableDeploymentAlarms(), "
                         "received empty array");
  }
  if (deploymentAlarms_ && deploymentAlarms_->enable && behavior &&
      ((*behavior == AlarmBehavior::ROLLBACK_ON_ALARM && !deploymentAlarms_->rollback) ||
       (*behavior == AlarmBehavior::FAIL_ON_ALARM && deploymentAlarms_->rollback))) {
    throw ConstructError(
        node().path(),
        fmt::format("all deployment alarms on an ECS service must have the same AlarmBehavior. Attempted to enable "
                    "deployment alarms with {}, but alarms were previously enabled with {}",
                    *behavior == AlarmBehavior::FAIL_ON_ALARM ? "FAIL_ON_ALARM" : "ROLLBACK_ON_ALARM",
                    deploymentAlarms_->rollback ? "ROLLBACK_ON_ALARM" : "FAIL_ON_ALARM"));
  }
  if (deploymentAlarms_ && deploymentAlarms_->enable) {
    deploymentAlarms_->alarmNames.insert(deploymentAlarms_->alarmNames.end(), alarmNames.begin(), alarmNames.end());
  } else {
    deploymentAlarms_ = DeploymentAlarms{
        .alarmNames = std::move(alarmNames), .enable = true, .rollback = behavior != AlarmBehavior::FAIL_ON_ALARM};
  }
}

void BaseService::enableExecuteCommand() {
  taskDefinition_->addToTaskRolePolicy(
      iam::PolicyStatement({.actions = {"ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                                        "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"},
                            .resources = {"*"}}));
  // The cluster has no executeCommandConfiguration here, so its logging is the DEFAULT one: the session logs
  // go to CloudWatch Logs through the task role, unless the flag narrows the permissions to a given log group.
  if (!FeatureFlags::of(*this).isEnabled(kReduceCloudWatchPermissions)) {
    taskDefinition_->addToTaskRolePolicy(
        iam::PolicyStatement({.actions = {"logs:DescribeLogGroups"}, .resources = {"*"}}));
    taskDefinition_->addToTaskRolePolicy(iam::PolicyStatement(
        {.actions = {"logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"}, .resources = {"*"}}));
  }
}

void BaseService::configureAwsVpcNetworkingWithSecurityGroups(ec2::IVpc& vpc, bool assignPublicIp,
                                                              std::optional<ec2::SubnetSelection> vpcSubnets,
                                                              std::vector<Handle<ec2::ISecurityGroup>> securityGroups) {
  if (!vpcSubnets) {
    vpcSubnets = assignPublicIp ? ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC} : ec2::SubnetSelection{};
  }
  if (securityGroups.empty()) {
    securityGroups.emplace_back(make<ec2::SecurityGroup>("SecurityGroup", ec2::SecurityGroupProps{.vpc = vpc}));
  }
  NetworkConfiguration config{.assignPublicIp = assignPublicIp, .securityGroupIds = {}, .subnetIds = {}};
  for (const auto& group : securityGroups) {
    if (!group) throw ConstructError(node().path(), "securityGroups holds a null handle; pass security groups");
    connections_.addSecurityGroup(*group);
    config.securityGroupIds.push_back(group->securityGroupId());
  }
  config.subnetIds = vpc.selectSubnets(*vpcSubnets).subnetIds();
  networkConfiguration_ = std::move(config);
}

void BaseService::onPrepare() {
  auto& p = resource_->props();
  if (!loadBalancers_.empty() || FeatureFlags::of(*this).isEnabled(kRemoveEmptyLoadBalancers)) {
    std::vector<CfnService::LoadBalancerProperty> lbs;
    for (const auto& lb : loadBalancers_) {
      lbs.push_back(
          {.containerName = lb.containerName, .containerPort = lb.containerPort, .targetGroupArn = lb.targetGroupArn});
    }
    p.loadBalancers = std::move(lbs);
  } else {
    p.loadBalancers = std::nullopt;
  }
  if (healthCheckGracePeriod_) {
    p.healthCheckGracePeriodSeconds = healthCheckGracePeriod_->toSeconds();
  } else if (!loadBalancers_.empty()) {
    p.healthCheckGracePeriodSeconds = 60;
  } else {
    p.healthCheckGracePeriodSeconds = std::nullopt;
  }
  if (networkConfiguration_) {
    p.networkConfiguration = CfnService::NetworkConfigurationProperty{
        .awsvpcConfiguration = CfnService::AwsVpcConfigurationProperty{
            .assignPublicIp = networkConfiguration_->assignPublicIp ? "ENABLED" : "DISABLED",
            .securityGroups = ValueList(networkConfiguration_->securityGroupIds),
            .subnets = ValueList(networkConfiguration_->subnetIds)}};
  } else {
    p.networkConfiguration = std::nullopt;
  }
  if (p.deploymentConfiguration) {
    if (deploymentAlarms_) {
      p.deploymentConfiguration->alarms =
          CfnService::DeploymentAlarmsProperty{.alarmNames = ValueList(deploymentAlarms_->alarmNames),
                                               .enable = deploymentAlarms_->enable,
                                               .rollback = deploymentAlarms_->rollback};
    } else {
      p.deploymentConfiguration->alarms = std::nullopt;
    }
  }
}

}  // namespace cdk::ecs
