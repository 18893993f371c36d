// What ECS services share (aws-cdk-lib's ecs.BaseService and its option types).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/ecs/cluster.hpp"
#include "cdk/ecs/listener_config.hpp"
#include "cdk/ecs/scalable_task_count.hpp"
#include "cdk/ecs/task_definition.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"
#include "cdk/servicediscovery/service.hpp"

namespace cdk::ec2 {
class ISecurityGroup;
class IVpc;
}  // namespace cdk::ec2

namespace cdk::ecs {

class CfnService;
class BaseService;

/// PropagateTags ("SERVICE", "TASK_DEFINITION"; NONE renders nothing).
enum class PropagatedTagSource { SERVICE, TASK_DEFINITION, NONE };
CDKPP_API std::string_view toString(PropagatedTagSource source) noexcept;

/// DeploymentController.Type ("ECS", "CODE_DEPLOY", "EXTERNAL").
enum class DeploymentControllerType { ECS, CODE_DEPLOY, EXTERNAL };
CDKPP_API std::string_view toString(DeploymentControllerType type) noexcept;

/// LaunchType ("EC2", "FARGATE", "EXTERNAL").
enum class LaunchType { EC2, FARGATE, EXTERNAL };
CDKPP_API std::string_view toString(LaunchType type) noexcept;

struct DeploymentController {
  DeploymentControllerType type = DeploymentControllerType::ECS;
};

/// DeploymentConfiguration.DeploymentCircuitBreaker.
struct DeploymentCircuitBreaker {
  bool enable = true;
  bool rollback = false;
};

/// What a failing deployment alarm does.
enum class AlarmBehavior { ROLLBACK_ON_ALARM, FAIL_ON_ALARM };

/// DeploymentConfiguration.Alarms.
struct DeploymentAlarmConfig {
  /// At least one alarm name.
  std::vector<std::string> alarmNames{};
  AlarmBehavior behavior = AlarmBehavior::ROLLBACK_ON_ALARM;
};

/// How a service registers its tasks in Cloud Map (aws-cdk-lib's ecs.CloudMapOptions).
struct CloudMapOptions {
  /// Default the cluster's defaultCloudMapNamespace (an error when it has none). Not an HTTP namespace.
  cdk::Handle<servicediscovery::INamespace> cloudMapNamespace{};
  /// The container of SRV records; default the task definition's default container.
  cdk::Handle<ContainerDefinition> container{};
  /// The port of SRV records (a port mapping of the container); default the default container's first port.
  std::optional<int> containerPort{};
  /// Default A for awsvpc tasks, SRV (the only type allowed) for bridge and host networking.
  std::optional<servicediscovery::DnsRecordType> dnsRecordType{};
  /// Default 60 seconds.
  std::optional<cdk::Duration> dnsTtl{};
  /// HealthCheckCustomConfig.FailureThreshold; default 1.
  std::optional<int> failureThreshold{};
  /// The name of the Cloud Map service; default a name CloudFormation generates.
  std::optional<std::string> name{};
};

/// An entry of the service's ServiceRegistries.
struct ServiceRegistry {
  /// The ARN of the Cloud Map service.
  cdk::Value arn{};
  /// The container and port of SRV records.
  std::optional<std::string> containerName{};
  std::optional<int> containerPort{};
};

/// A service's container and port as the target of a target group (`service.loadBalancerTarget({...})`).
/// A value that refers to the service (it must outlive the synthesis).
class CDKPP_API EcsLoadBalancerTarget final : public elasticloadbalancingv2::IApplicationLoadBalancerTarget,
                                              public ec2::IConnectable {
 public:
  EcsLoadBalancerTarget(BaseService& service, ValidatedLoadBalancerTarget target)
      : service_(&service), target_(std::move(target)) {}
  /// Allows the target group's load balancers in on the container's port, adds the LoadBalancers entry and
  /// makes the service wait for the listeners. Returns TargetType IP for awsvpc tasks (INSTANCE otherwise).
  elasticloadbalancingv2::LoadBalancerTargetProps attachToApplicationTargetGroup(
      elasticloadbalancingv2::IApplicationTargetGroup& targetGroup) override;
  ec2::Connections connections() const override;
  const ValidatedLoadBalancerTarget& target() const noexcept { return target_; }

 private:
  BaseService* service_;
  ValidatedLoadBalancerTarget target_;
};

/// A service (AWS::ECS::Service, child "Service", the default child). Every CfnService resource below it
/// depends on the task definition's task role (and its policy), as in aws-cdk-lib.
class CDKPP_API BaseService : public cdk::Resource,
                              public ec2::IConnectable,
                              public elasticloadbalancingv2::IApplicationLoadBalancerTarget {
 public:
  /// The common props of services, as the subclasses pass them.
  struct BaseServiceOptions {
    std::optional<std::vector<CapacityProviderStrategy>> capacityProviderStrategies{};
    std::optional<DeploymentCircuitBreaker> circuitBreaker{};
    std::optional<CloudMapOptions> cloudMapOptions{};
    cdk::Handle<ICluster> cluster{};
    std::optional<DeploymentAlarmConfig> deploymentAlarms{};
    std::optional<DeploymentController> deploymentController{};
    std::optional<int> desiredCount{};
    bool enableECSManagedTags = false;
    std::optional<bool> enableExecuteCommand{};
    std::optional<cdk::Duration> healthCheckGracePeriod{};
    std::optional<LaunchType> launchType{};
    std::optional<int> maxHealthyPercent{};
    std::optional<int> minHealthyPercent{};
    std::optional<std::string> platformVersion{};
    std::optional<PropagatedTagSource> propagateTags{};
    std::optional<std::string> serviceName{};
    cdk::Handle<TaskDefinition> taskDefinition{};
  };

  ~BaseService() override;

  /// The service's ARN (from { "Ref": <service> }).
  cdk::Value serviceArn() const;
  /// { "Fn::GetAtt": [<service>, "Name"] }.
  cdk::Value serviceName() const;
  ICluster& cluster() const noexcept { return *cluster_; }
  TaskDefinition& taskDefinition() const noexcept { return *taskDefinition_; }
  /// The service's security groups (no default port).
  ec2::Connections connections() const override { return connections_; }
  CfnService& cfnService() const noexcept { return *resource_; }

  /// Attaches the default container (the task definition's first essential container, on its first port
  /// mapping) to the target group: the rules from the group's load balancers to the service on that port,
  /// a LoadBalancers entry, and a DependsOn the group's listeners. Does not set the group's TargetType
  /// (targetGroup.addTarget(service) does). Throws cdk::ConstructError when the container has no port
  /// mapping.
  elasticloadbalancingv2::LoadBalancerTargetProps attachToApplicationTargetGroup(
      elasticloadbalancingv2::IApplicationTargetGroup& targetGroup) override;
  /// A container and port of the service as a load balancer target.
  EcsLoadBalancerTarget loadBalancerTarget(LoadBalancerTargetOptions options);
  /// For each target, a new target group (its newTargetGroupId) on its listener with the container and port as
  /// target (ListenerConfig::addTargets). Throws cdk::ConstructError for a target without a listener, and
  /// as loadBalancerTarget does for a container or port the task definition does not have.
  void registerLoadBalancerTargets(const std::vector<EcsTarget>& targets);

  /// Used by EcsLoadBalancerTarget: adds the LoadBalancers entry and the dependency on the listeners.
  elasticloadbalancingv2::LoadBalancerTargetProps attachToElbv2(
      elasticloadbalancingv2::IApplicationTargetGroup& targetGroup, const std::string& containerName,
      int containerPort);
  /// A metric of the service (namespace AWS/ECS, dimensions ClusterName and ServiceName), attached to it.
  cloudwatch::Metric metric(std::string metricName, const cloudwatch::MetricOptions& options = {}) const;
  /// Average CPU utilization of the service's tasks, in percent.
  cloudwatch::Metric metricCpuUtilization(const cloudwatch::MetricOptions& options = {}) const;
  /// Average memory utilization of the service's tasks, in percent.
  cloudwatch::Metric metricMemoryUtilization(const cloudwatch::MetricOptions& options = {}) const;

  /// Registers the tasks in Cloud Map: a servicediscovery::Service child "CloudmapService" in the namespace of
  /// the options (or the cluster's default one) and the service's ServiceRegistries entry. Throws
  /// cdk::ConstructError (as aws-cdk-lib does) without a namespace, for an HTTP namespace, a task definition
  /// with network mode none, a record type other than SRV in bridge or host mode, and an SRV container or port
  /// not of this task definition.
  servicediscovery::Service& enableCloudMap(const CloudMapOptions& options);
  /// The Cloud Map service of enableCloudMap (or cloudMapOptions); null without one.
  servicediscovery::Service* cloudMapService() const noexcept { return cloudMapService_; }
  /// Adds the ServiceRegistries entry; ECS allows one (cdk::ConstructError for a second).
  void addServiceRegistry(const ServiceRegistry& registry);

  /// Scales the service's DesiredCount: a ScalableTaskCount child "TaskCount" (resource
  /// "service/<cluster>/<service>", the role the ECS service-linked role of Application Auto Scaling, imported as
  /// "ScalingRole"). Throws cdk::ConstructError when the task count scales already, or for minCapacity above
  /// maxCapacity.
  ScalableTaskCount& autoScaleTaskCount(const applicationautoscaling::EnableScalingProps& props);

  /// Enables deployment alarms (all alarms of a service share one behavior).
  void enableDeploymentAlarms(std::vector<std::string> alarmNames, std::optional<AlarmBehavior> behavior = {});

 protected:
  BaseService(cdk::Construct& scope, std::string_view id, BaseServiceOptions options);

  /// Creates the "SecurityGroup" child (unless groups are given) and the awsvpc network configuration.
  void configureAwsVpcNetworkingWithSecurityGroups(ec2::IVpc& vpc, bool assignPublicIp,
                                                   std::optional<ec2::SubnetSelection> vpcSubnets,
                                                   std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups);
  /// Lets ECS Exec reach the tasks: the task role may open SSM message channels and (unless the feature flag
  /// "@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions" is set) write the session logs.
  void enableExecuteCommand();
  bool isEcsDeploymentController() const noexcept { return isEcsDeploymentController_; }
  void onPrepare() override;

 private:
  struct LoadBalancerEntry {
    std::string containerName;
    int containerPort;
    cdk::Value targetGroupArn;
  };
  struct NetworkConfiguration {
    bool assignPublicIp;
    std::vector<cdk::Value> securityGroupIds;
    std::vector<cdk::Value> subnetIds;
  };
  struct DeploymentAlarms {
    std::vector<std::string> alarmNames;
    bool enable;
    bool rollback;
  };

  CfnService* resource_ = nullptr;
  ICluster* cluster_ = nullptr;
  TaskDefinition* taskDefinition_ = nullptr;
  ec2::Connections connections_;
  bool isEcsDeploymentController_ = true;
  std::optional<cdk::Duration> healthCheckGracePeriod_;
  std::vector<LoadBalancerEntry> loadBalancers_;
  std::optional<NetworkConfiguration> networkConfiguration_;
  std::optional<DeploymentAlarms> deploymentAlarms_;
  servicediscovery::Service* cloudMapService_ = nullptr;
  ScalableTaskCount* scalableTaskCount_ = nullptr;
};

}  // namespace cdk::ecs
