// What the services behind one application load balancer share (aws-cdk-lib's
// ecs_patterns.ApplicationLoadBalancedServiceBase, ApplicationLoadBalancedTaskImageOptions and
// ApplicationLoadBalancedServiceRecordType).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ecs/base_service.hpp"
#include "cdk/ecs/cluster.hpp"
#include "cdk/ecs/container_definition.hpp"
#include "cdk/ecs/container_image.hpp"
#include "cdk/ecs/log_driver.hpp"
#include "cdk/elasticloadbalancingv2/enums.hpp"

namespace cdk::certificatemanager {
class ICertificate;
}
namespace cdk::ec2 {
class IVpc;
}
namespace cdk::elasticloadbalancingv2 {
class ApplicationListener;
class ApplicationLoadBalancer;
class ApplicationTargetGroup;
class IApplicationLoadBalancer;
}  // namespace cdk::elasticloadbalancingv2
namespace cdk::iam {
class IRole;
}
namespace cdk::route53 {
class IHostedZone;
}

namespace cdk::ecs_patterns {

/// The DNS record a service with a domainName gets: an alias A record to the load balancer (ALIAS), a CNAME
/// to its DNS name (CNAME), or none (NONE).
enum class ApplicationLoadBalancedServiceRecordType { ALIAS, CNAME, NONE };

/// The one container the service builds its task definition around.
struct ApplicationLoadBalancedTaskImageOptions {
  /// Command.
  std::vector<std::string> command{};
  /// The container's name; default "web".
  std::optional<std::string> containerName{};
  /// The port the container listens on (a port mapping, the target of the load balancer); default 80.
  std::optional<int> containerPort{};
  /// DockerLabels, in insertion order.
  std::vector<std::pair<std::string, std::string>> dockerLabels{};
  /// Without a logDriver: true gives the container an awslogs driver with the service's id as stream prefix
  /// (and a new log group).
  bool enableLogging = true;
  /// EntryPoint.
  std::vector<std::string> entryPoint{};
  /// Environment variables, in insertion order.
  std::vector<std::pair<std::string, cdk::Value>> environment{};
  /// Default a role "ExecutionRole" of the task definition, created when something needs it.
  cdk::Handle<iam::IRole> executionRole{};
  /// The task definition's Family; default its unique id.
  std::optional<std::string> family{};
  /// The image (required).
  std::shared_ptr<ecs::ContainerImage> image{};
  /// Where the logs go; default as enableLogging says.
  std::shared_ptr<ecs::LogDriver> logDriver{};
  /// Secrets passed as environment variables, in insertion order; the execution role may read each.
  std::vector<std::pair<std::string, ecs::Secret>> secrets{};
  /// Default a role "TaskRole" of the task definition.
  cdk::Handle<iam::IRole> taskRole{};
};

/// The props every service behind one application load balancer takes (the Fargate props add the task's).
struct ApplicationLoadBalancedServiceBaseProps {
  std::optional<std::vector<ecs::CapacityProviderStrategy>> capacityProviderStrategies{};
  /// A certificate for the HTTPS listener; the protocol then defaults to HTTPS (another protocol is an error).
  cdk::Handle<certificatemanager::ICertificate> certificate{};
  std::optional<ecs::DeploymentCircuitBreaker> circuitBreaker{};
  /// The cluster (not together with vpc); default the stack's default cluster of vpc.
  cdk::Handle<ecs::ICluster> cluster{};
  std::optional<ecs::DeploymentController> deploymentController{};
  /// At least 1; default none rendered (ECS starts one task).
  std::optional<int> desiredCount{};
  /// A name for the load balancer in domainZone (record "DNS"); with HTTPS and no certificate, the name of a
  /// DNS-validated certificate "Certificate".
  std::optional<std::string> domainName{};
  /// The hosted zone of domainName.
  cdk::Handle<route53::IHostedZone> domainZone{};
  std::optional<bool> enableECSManagedTags{};
  /// ECS Exec (ECS grants the task role what it needs).
  std::optional<bool> enableExecuteCommand{};
  /// Default 60 seconds (as every service behind a load balancer).
  std::optional<cdk::Duration> healthCheckGracePeriod{};
  /// The load balancer's idle timeout, 1 to 4000 seconds.
  std::optional<cdk::Duration> idleTimeout{};
  std::optional<elasticloadbalancingv2::IpAddressType> ipAddressType{};
  /// The listener's port; default 80 for HTTP, 443 for HTTPS.
  std::optional<int> listenerPort{};
  /// An existing load balancer; default a new one, child "LB".
  cdk::Handle<elasticloadbalancingv2::IApplicationLoadBalancer> loadBalancer{};
  /// The new load balancer's Name.
  std::optional<std::string> loadBalancerName{};
  std::optional<int> maxHealthyPercent{};
  std::optional<int> minHealthyPercent{};
  /// Allow anyone to reach the listeners (0.0.0.0/0); default true (false for a given load balancer when the
  /// feature flag "@aws-cdk/aws-ecs-patterns:secGroupsDisablesImplicitOpenListener" is set).
  std::optional<bool> openListener{};
  std::optional<ecs::PropagatedTagSource> propagateTags{};
  /// The listener's protocol; default HTTPS with a certificate, HTTP otherwise.
  std::optional<elasticloadbalancingv2::ApplicationProtocol> protocol{};
  /// The target group's protocol version.
  std::optional<elasticloadbalancingv2::ApplicationProtocolVersion> protocolVersion{};
  /// An internet-facing load balancer (true) or an internal one.
  bool publicLoadBalancer = true;
  /// The record made for domainName.
  ApplicationLoadBalancedServiceRecordType recordType = ApplicationLoadBalancedServiceRecordType::ALIAS;
  /// A second listener, on port 80, redirecting to the HTTPS listener (HTTPS only).
  bool redirectHTTP = false;
  std::optional<std::string> serviceName{};
  /// The HTTPS listener's security policy.
  std::optional<elasticloadbalancingv2::SslPolicy> sslPolicy{};
  /// The protocol between the load balancer and the tasks; default HTTP.
  std::optional<elasticloadbalancingv2::ApplicationProtocol> targetProtocol{};
  /// The container to build the task definition around (not together with a task definition).
  std::optional<ApplicationLoadBalancedTaskImageOptions> taskImageOptions{};
  /// The VPC of the default cluster (not together with cluster).
  cdk::Handle<ec2::IVpc> vpc{};
};

/// A service behind an application load balancer: the cluster (given, or the stack's default cluster
/// "EcsDefaultClusterMnL3mNNYN<vpc id>"), the load balancer "LB" with its listener "PublicListener" and target
/// group "ECSGroup", the certificate, the redirect listener, the DNS record and the outputs LoadBalancerDNS
/// and ServiceURL. The subclasses add the task definition and the service.
class CDKPP_API ApplicationLoadBalancedServiceBase : public cdk::Construct {
 public:
  ~ApplicationLoadBalancedServiceBase() override;

  /// The load balancer made here (or given, when it is an ApplicationLoadBalancer). Throws
  /// cdk::ConstructError for another kind of given load balancer.
  elasticloadbalancingv2::ApplicationLoadBalancer& loadBalancer() const;
  /// The listener "PublicListener".
  elasticloadbalancingv2::ApplicationListener& listener() const noexcept { return *listener_; }
  /// The listener "PublicRedirectListener" of redirectHTTP; nullptr without it.
  elasticloadbalancingv2::ApplicationListener* redirectListener() const noexcept { return redirectListener_; }
  /// The target group of the service.
  elasticloadbalancingv2::ApplicationTargetGroup& targetGroup() const noexcept { return *targetGroup_; }
  /// The HTTPS listener's certificate (given or made); nullptr for HTTP.
  certificatemanager::ICertificate* certificate() const noexcept { return certificate_; }
  ecs::ICluster& cluster() const noexcept { return *cluster_; }
  /// desiredCount, 1 when not given (what aws-cdk-lib used before it stopped rendering a default).
  int desiredCount() const noexcept { return desiredCount_; }
  /// desiredCount as given (what the service renders).
  std::optional<int> internalDesiredCount() const noexcept { return internalDesiredCount_; }

 protected:
  /// Throws cdk::ConstructError (with this construct's path) for cluster together with vpc, desiredCount
  /// below 1, idleTimeout outside 1..4000 seconds, a certificate with HTTP, redirectHTTP without HTTPS, HTTPS
  /// without a certificate or a domain, and domainName without domainZone.
  ApplicationLoadBalancedServiceBase(cdk::Construct& scope, std::string_view id,
                                     const ApplicationLoadBalancedServiceBaseProps& props);

  /// The cluster shared by the services of the stack that name no cluster (one per vpc).
  ecs::ICluster& getDefaultCluster(cdk::Construct& scope, ec2::IVpc* vpc);
  /// Registers the service (its default container) with the target group.
  void addServiceAsTarget(ecs::BaseService& service);
  /// The awslogs driver the container gets when logging is on.
  std::shared_ptr<ecs::AwsLogDriver> createAWSLogDriver(std::string prefix) const;

 private:
  ecs::ICluster* cluster_ = nullptr;
  int desiredCount_ = 1;
  std::optional<int> internalDesiredCount_;
  elasticloadbalancingv2::IApplicationLoadBalancer* loadBalancer_ = nullptr;
  elasticloadbalancingv2::ApplicationLoadBalancer* applicationLoadBalancer_ = nullptr;
  elasticloadbalancingv2::ApplicationListener* listener_ = nullptr;
  elasticloadbalancingv2::ApplicationListener* redirectListener_ = nullptr;
  elasticloadbalancingv2::ApplicationTargetGroup* targetGroup_ = nullptr;
  certificatemanager::ICertificate* certificate_ = nullptr;
};

}  // namespace cdk::ecs_patterns
