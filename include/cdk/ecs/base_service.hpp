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
#include "cdk/ecs/task_definition.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"

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
};

}  // namespace cdk::ecs
