// Services on Fargate (aws-cdk-lib's ecs.FargateService, ecs.FargatePlatformVersion).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/ecs/base_service.hpp"

namespace cdk::ec2 {
class ISecurityGroup;
}

namespace cdk::ecs {

/// PlatformVersion ("LATEST", "1.4.0", ...).
enum class FargatePlatformVersion { LATEST, VERSION1_4, VERSION1_3, VERSION1_2, VERSION1_1, VERSION1_0 };
CDKPP_API std::string_view toString(FargatePlatformVersion version) noexcept;

struct FargateServiceProps {
  /// AssignPublicIp ENABLED (and the public subnets by default) or DISABLED.
  bool assignPublicIp = false;
  /// CapacityProviderStrategy; with it no LaunchType is rendered.
  std::optional<std::vector<CapacityProviderStrategy>> capacityProviderStrategies{};
  /// DeploymentCircuitBreaker (and DeploymentController ECS); without it aws-cdk-lib's warning.
  std::optional<DeploymentCircuitBreaker> circuitBreaker{};
  /// The cluster (required).
  cdk::Handle<ICluster> cluster{};
  /// DeploymentConfiguration.Alarms; default a disabled, empty alarm configuration (ECS controller only).
  std::optional<DeploymentAlarmConfig> deploymentAlarms{};
  std::optional<DeploymentController> deploymentController{};
  /// DesiredCount; default none rendered (ECS starts with 1).
  std::optional<int> desiredCount{};
  /// EnableECSManagedTags (always rendered).
  bool enableECSManagedTags = false;
  /// EnableExecuteCommand (ECS Exec); true also grants the task role what ECS Exec needs.
  std::optional<bool> enableExecuteCommand{};
  /// HealthCheckGracePeriodSeconds; default 60 seconds once a load balancer is attached.
  std::optional<cdk::Duration> healthCheckGracePeriod{};
  /// MaximumPercent; default 200.
  std::optional<int> maxHealthyPercent{};
  /// MinimumHealthyPercent; default 50 (with aws-cdk-lib's warning).
  std::optional<int> minHealthyPercent{};
  std::optional<FargatePlatformVersion> platformVersion{};
  /// PropagateTags; default none.
  std::optional<PropagatedTagSource> propagateTags{};
  /// Default a new security group, child "SecurityGroup" (its description is its path).
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  /// ServiceName; default a name CloudFormation generates.
  std::optional<std::string> serviceName{};
  /// A task definition compatible with Fargate (required).
  cdk::Handle<TaskDefinition> taskDefinition{};
  /// Default the public subnets with assignPublicIp, else the VPC's default selection (private first).
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// A service running a task definition on Fargate: LaunchType FARGATE, awsvpc networking in the cluster's
/// VPC. Warns (as aws-cdk-lib) when minHealthyPercent or circuitBreaker are not configured, and fails
/// validation at synthesis when the task definition has no essential container.
class CDKPP_API FargateService : public BaseService {
 public:
  using Props = FargateServiceProps;

  /// Throws cdk::ConstructError for a missing cluster or task definition, a task definition not
  /// compatible with Fargate, and the platform-version and alarm combinations aws-cdk-lib rejects.
  FargateService(cdk::Construct& scope, std::string_view id, FargateServiceProps props);
  ~FargateService() override;
};

}  // namespace cdk::ecs
