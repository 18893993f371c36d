// A Fargate service behind an application load balancer (aws-cdk-lib's
// ecs_patterns.ApplicationLoadBalancedFargateService).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/ecs/fargate_service.hpp"
#include "cdk/ecs/fargate_task_definition.hpp"
#include "cdk/ecs_patterns/application_load_balanced_service_base.hpp"

namespace cdk::ec2 {
class ISecurityGroup;
}

namespace cdk::ecs_patterns {

/// ApplicationLoadBalancedServiceBaseProps and the Fargate task's props, in one aggregate (fields in
/// alphabetical order): `.taskImageOptions = ApplicationLoadBalancedTaskImageOptions{.image = ...}`.
struct ApplicationLoadBalancedFargateServiceProps {
  /// Give the tasks public IPs (and run them in the public subnets unless taskSubnets says otherwise).
  bool assignPublicIp = false;
  std::optional<std::vector<ecs::CapacityProviderStrategy>> capacityProviderStrategies{};
  /// A certificate for the HTTPS listener; the protocol then defaults to HTTPS (another protocol is an error).
  cdk::Handle<certificatemanager::ICertificate> certificate{};
  std::optional<ecs::DeploymentCircuitBreaker> circuitBreaker{};
  /// The cluster (not together with vpc); default the stack's default cluster of vpc.
  cdk::Handle<ecs::ICluster> cluster{};
  /// The container's cpu units (at most cpu).
  std::optional<int> containerCpu{};
  /// The container's hard memory limit (at most memoryLimitMiB).
  std::optional<int> containerMemoryLimitMiB{};
  /// The task's cpu units; default 256.
  std::optional<int> cpu{};
  std::optional<ecs::DeploymentController> deploymentController{};
  /// At least 1; default none rendered (ECS starts one task).
  std::optional<int> desiredCount{};
  /// A name for the load balancer in domainZone (record "DNS"); with HTTPS and no certificate, the name of a
  /// DNS-validated certificate "Certificate".
  std::optional<std::string> domainName{};
  cdk::Handle<route53::IHostedZone> domainZone{};
  std::optional<bool> enableECSManagedTags{};
  /// ECS Exec (the task role gets what it needs).
  std::optional<bool> enableExecuteCommand{};
  /// The task's ephemeral storage, 21 to 200 GiB.
  std::optional<int> ephemeralStorageGiB{};
  /// The container's health check.
  std::optional<ecs::HealthCheck> healthCheck{};
  /// Default 60 seconds (as every service behind a load balancer).
  std::optional<cdk::Duration> healthCheckGracePeriod{};
  /// The load balancer's idle timeout, 1 to 4000 seconds.
  std::optional<cdk::Duration> idleTimeout{};
  std::optional<elasticloadbalancingv2::IpAddressType> ipAddressType{};
  /// The listener's port; default 80 for HTTP, 443 for HTTPS.
  std::optional<int> listenerPort{};
  /// An existing load balancer; default a new one, child "LB".
  cdk::Handle<elasticloadbalancingv2::IApplicationLoadBalancer> loadBalancer{};
  std::optional<std::string> loadBalancerName{};
  std::optional<int> maxHealthyPercent{};
  /// The task's memory in MiB; default 512.
  std::optional<int> memoryLimitMiB{};
  std::optional<int> minHealthyPercent{};
  /// Allow anyone to reach the listeners (0.0.0.0/0); default true.
  std::optional<bool> openListener{};
  std::optional<ecs::FargatePlatformVersion> platformVersion{};
  std::optional<ecs::PropagatedTagSource> propagateTags{};
  /// The listener's protocol; default HTTPS with a certificate, HTTP otherwise.
  std::optional<elasticloadbalancingv2::ApplicationProtocol> protocol{};
  std::optional<elasticloadbalancingv2::ApplicationProtocolVersion> protocolVersion{};
  /// An internet-facing load balancer (true) or an internal one.
  bool publicLoadBalancer = true;
  ApplicationLoadBalancedServiceRecordType recordType = ApplicationLoadBalancedServiceRecordType::ALIAS;
  /// A second listener, on port 80, redirecting to the HTTPS listener (HTTPS only).
  bool redirectHTTP = false;
  std::optional<ecs::RuntimePlatform> runtimePlatform{};
  /// The tasks' security groups; default a new group "SecurityGroup" of the service.
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  std::optional<std::string> serviceName{};
  std::optional<elasticloadbalancingv2::SslPolicy> sslPolicy{};
  /// The protocol between the load balancer and the tasks; default HTTP.
  std::optional<elasticloadbalancingv2::ApplicationProtocol> targetProtocol{};
  /// A task definition of your own (not together with taskImageOptions).
  cdk::Handle<ecs::FargateTaskDefinition> taskDefinition{};
  /// The container to build the task definition "TaskDef" around (not together with taskDefinition).
  std::optional<ApplicationLoadBalancedTaskImageOptions> taskImageOptions{};
  /// Default the public subnets with assignPublicIp, else the private ones.
  std::optional<ec2::SubnetSelection> taskSubnets{};
  /// The VPC of the default cluster (not together with cluster).
  cdk::Handle<ec2::IVpc> vpc{};
};

/// A Fargate service behind an application load balancer: what ApplicationLoadBalancedServiceBase makes, then
/// the task definition "TaskDef" (from taskImageOptions, or the one given) and the service "Service" as the
/// target group's target.
class CDKPP_API ApplicationLoadBalancedFargateService : public ApplicationLoadBalancedServiceBase {
 public:
  using Props = ApplicationLoadBalancedFargateServiceProps;

  /// Throws cdk::ConstructError for the base's errors, for taskDefinition together with taskImageOptions (or
  /// neither), container cpu or memory above the task's, and negative or inverted healthy percents.
  ApplicationLoadBalancedFargateService(cdk::Construct& scope, std::string_view id,
                                        ApplicationLoadBalancedFargateServiceProps props = {});
  ~ApplicationLoadBalancedFargateService() override;

  bool assignPublicIp() const noexcept { return assignPublicIp_; }
  ecs::FargateService& service() const noexcept { return *service_; }
  ecs::FargateTaskDefinition& taskDefinition() const noexcept { return *taskDefinition_; }

 private:
  bool assignPublicIp_ = false;
  ecs::FargateTaskDefinition* taskDefinition_ = nullptr;
  ecs::FargateService* service_ = nullptr;
};

}  // namespace cdk::ecs_patterns
