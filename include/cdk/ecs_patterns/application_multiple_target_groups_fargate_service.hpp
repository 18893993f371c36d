// A Fargate service behind several application load balancers, listeners and target groups (aws-cdk-lib's
// ecs_patterns.ApplicationMultipleTargetGroupsFargateService).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ecs/fargate_service.hpp"
#include "cdk/ecs/fargate_task_definition.hpp"
#include "cdk/ecs_patterns/application_multiple_target_groups_service_base.hpp"

namespace cdk::ecs_patterns {

/// ApplicationMultipleTargetGroupsServiceBaseProps and the Fargate task's props, in one aggregate (fields in
/// alphabetical order). aws-cdk-lib's circuitBreaker is left out: its service ignores it.
struct ApplicationMultipleTargetGroupsFargateServiceProps {
  /// Give the tasks public IPs (and run them in the public subnets).
  bool assignPublicIp = false;
  /// The cluster (not together with vpc); default the stack's default cluster of vpc.
  cdk::Handle<ecs::ICluster> cluster{};
  /// The task's cpu units; default 256.
  std::optional<int> cpu{};
  /// At least 1; default none rendered (ECS starts one task).
  std::optional<int> desiredCount{};
  std::optional<bool> enableECSManagedTags{};
  /// ECS Exec (the task role gets what it needs).
  std::optional<bool> enableExecuteCommand{};
  /// The task's ephemeral storage, 21 to 200 GiB.
  std::optional<int> ephemeralStorageGiB{};
  /// Default 60 seconds (as every service behind a load balancer).
  std::optional<cdk::Duration> healthCheckGracePeriod{};
  /// The load balancers with their listeners (at least one each); default one internet-facing load balancer
  /// "LB" with an HTTP listener "PublicListener".
  std::optional<std::vector<ApplicationLoadBalancerProps>> loadBalancers{};
  /// The task's memory in MiB; default 512.
  std::optional<int> memoryLimitMiB{};
  std::optional<ecs::FargatePlatformVersion> platformVersion{};
  std::optional<ecs::PropagatedTagSource> propagateTags{};
  std::optional<ecs::RuntimePlatform> runtimePlatform{};
  std::optional<std::string> serviceName{};
  /// The target groups (at least one); default one group "ECS" on the first listener for the container's
  /// first port.
  std::optional<std::vector<ApplicationTargetProps>> targetGroups{};
  /// A task definition of your own (not together with taskImageOptions); its default container is the
  /// target.
  cdk::Handle<ecs::FargateTaskDefinition> taskDefinition{};
  /// The container to build the task definition "TaskDef" around (not together with taskDefinition).
  std::optional<ApplicationLoadBalancedTaskImageProps> taskImageOptions{};
  /// The VPC of the default cluster (not together with cluster).
  cdk::Handle<ec2::IVpc> vpc{};
};

/// A Fargate service behind several target groups: what ApplicationMultipleTargetGroupsServiceBase makes,
/// then the task definition "TaskDef" (from taskImageOptions, or the one given), the service "Service", and
/// its target groups (targetGroups, or one group "ECS" on the first listener).
class CDKPP_API ApplicationMultipleTargetGroupsFargateService : public ApplicationMultipleTargetGroupsServiceBase {
 public:
  using Props = ApplicationMultipleTargetGroupsFargateServiceProps;

  /// Throws cdk::ConstructError for the base's errors, for taskDefinition together with taskImageOptions (or
  /// neither), a task definition without an essential container, an unknown listener, an empty targetGroups
  /// and a target with a condition but no priority (or the reverse).
  ApplicationMultipleTargetGroupsFargateService(cdk::Construct& scope, std::string_view id,
                                                ApplicationMultipleTargetGroupsFargateServiceProps props = {});
  ~ApplicationMultipleTargetGroupsFargateService() override;

  bool assignPublicIp() const noexcept { return assignPublicIp_; }
  ecs::FargateService& service() const noexcept { return *service_; }
  ecs::FargateTaskDefinition& taskDefinition() const noexcept { return *taskDefinition_; }
  /// The first target group.
  elasticloadbalancingv2::ApplicationTargetGroup& targetGroup() const noexcept { return *targetGroup_; }

 private:
  bool assignPublicIp_ = false;
  ecs::FargateTaskDefinition* taskDefinition_ = nullptr;
  ecs::FargateService* service_ = nullptr;
  elasticloadbalancingv2::ApplicationTargetGroup* targetGroup_ = nullptr;
};

}  // namespace cdk::ecs_patterns
