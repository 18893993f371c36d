// What the services behind several application load balancers, listeners and target groups share
// (aws-cdk-lib's ecs_patterns.ApplicationMultipleTargetGroupsServiceBase and its option types
// ApplicationLoadBalancedTaskImageProps, ApplicationTargetProps, ApplicationLoadBalancerProps and
// ApplicationListenerProps).
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
}  // namespace cdk::elasticloadbalancingv2
namespace cdk::iam {
class IRole;
}
namespace cdk::route53 {
class IHostedZone;
}

namespace cdk::ecs_patterns {

/// The one container the service builds its task definition around.
struct ApplicationLoadBalancedTaskImageProps {
  /// The container's name; default "web".
  std::optional<std::string> containerName{};
  /// Ports the container listens on (port mappings); default 80 when neither these nor the target groups
  /// give one.
  std::vector<int> containerPorts{};
  std::vector<std::pair<std::string, std::string>> dockerLabels{};
  /// Without a logDriver: true gives the container an awslogs driver with the service's id as stream prefix.
  bool enableLogging = true;
  std::vector<std::pair<std::string, cdk::Value>> environment{};
  cdk::Handle<iam::IRole> executionRole{};
  std::optional<std::string> family{};
  /// The image (required).
  std::shared_ptr<ecs::ContainerImage> image{};
  std::shared_ptr<ecs::LogDriver> logDriver{};
  std::vector<std::pair<std::string, ecs::Secret>> secrets{};
  cdk::Handle<iam::IRole> taskRole{};
};

/// A target group of the service: traffic of a listener (with a path pattern or host header, under a
/// priority) to one port of the container.
struct ApplicationTargetProps {
  /// The container port (added as a port mapping when the container has none for it).
  int containerPort = 0;
  /// A Host header condition (needs a priority).
  std::optional<std::string> hostHeader{};
  /// The listener's name; default the first listener.
  std::optional<std::string> listener{};
  /// A path-pattern condition (needs a priority).
  std::optional<std::string> pathPattern{};
  /// The rule's priority; without one the group is the listener's default action.
  std::optional<int> priority{};
  /// The port mapping's protocol; default TCP.
  std::optional<ecs::Protocol> protocol{};
};

/// A listener of one of the service's load balancers.
struct ApplicationListenerProps {
  /// The certificate of an HTTPS listener; the protocol then defaults to HTTPS.
  cdk::Handle<certificatemanager::ICertificate> certificate{};
  /// The listener's construct id, referred to by ApplicationTargetProps::listener (required).
  std::string name{};
  /// Default 80 for HTTP, 443 for HTTPS.
  std::optional<int> port{};
  /// Default HTTPS with a certificate, HTTP otherwise.
  std::optional<elasticloadbalancingv2::ApplicationProtocol> protocol{};
  std::optional<elasticloadbalancingv2::SslPolicy> sslPolicy{};
};

/// One of the service's load balancers.
struct ApplicationLoadBalancerProps {
  /// A name for the load balancer in domainZone (record "DNS<name>"); required for HTTPS listeners.
  std::optional<std::string> domainName{};
  cdk::Handle<route53::IHostedZone> domainZone{};
  /// 1 to 4000 seconds.
  std::optional<cdk::Duration> idleTimeout{};
  /// At least one.
  std::vector<ApplicationListenerProps> listeners{};
  /// The load balancer's construct id and Name (required).
  std::string name{};
  /// Internet-facing (true) or internal.
  bool publicLoadBalancer = true;
};

/// The props every service behind several target groups takes (the Fargate props add the task's).
struct ApplicationMultipleTargetGroupsServiceBaseProps {
  /// The cluster (not together with vpc); default the stack's default cluster of vpc.
  cdk::Handle<ecs::ICluster> cluster{};
  /// At least 1; default none rendered (ECS starts one task).
  std::optional<int> desiredCount{};
  std::optional<bool> enableECSManagedTags{};
  std::optional<bool> enableExecuteCommand{};
  std::optional<cdk::Duration> healthCheckGracePeriod{};
  /// The load balancers with their listeners (at least one each); default one internet-facing load balancer
  /// "LB" with an HTTP listener "PublicListener".
  std::optional<std::vector<ApplicationLoadBalancerProps>> loadBalancers{};
  std::optional<ecs::PropagatedTagSource> propagateTags{};
  std::optional<std::string> serviceName{};
  /// The target groups (at least one); default one group "ECS" on the first listener for the container's
  /// first port.
  std::optional<std::vector<ApplicationTargetProps>> targetGroups{};
  /// The container to build the task definition around (not together with a task definition).
  std::optional<ApplicationLoadBalancedTaskImageProps> taskImageOptions{};
  /// The VPC of the default cluster (not together with cluster).
  cdk::Handle<ec2::IVpc> vpc{};
};

/// A service behind several load balancers, listeners and target groups: the cluster, each load balancer
/// (construct id and Name its name) with its listeners, certificates and DNS record, and the outputs
/// LoadBalancerDNS<lb> and ServiceURL<lb><protocol> (LoadBalancerDNS and ServiceURL for the default load
/// balancer). The subclasses add the task definition and the service and register the target groups.
class CDKPP_API ApplicationMultipleTargetGroupsServiceBase : public cdk::Construct {
 public:
  ~ApplicationMultipleTargetGroupsServiceBase() override;

  /// The first load balancer.
  elasticloadbalancingv2::ApplicationLoadBalancer& loadBalancer() const noexcept { return *loadBalancer_; }
  /// The first listener.
  elasticloadbalancingv2::ApplicationListener& listener() const noexcept { return *listener_; }
  ecs::ICluster& cluster() const noexcept { return *cluster_; }
  const std::vector<elasticloadbalancingv2::ApplicationLoadBalancer*>& loadBalancers() const noexcept {
    return loadBalancers_;
  }
  const std::vector<elasticloadbalancingv2::ApplicationListener*>& listeners() const noexcept { return listeners_; }
  /// The target groups registered, in the order of ApplicationTargetProps.
  const std::vector<elasticloadbalancingv2::ApplicationTargetGroup*>& targetGroups() const noexcept {
    return targetGroups_;
  }
  /// desiredCount, 1 when not given.
  int desiredCount() const noexcept { return desiredCount_; }
  /// desiredCount as given (what the service renders).
  std::optional<int> internalDesiredCount() const noexcept { return internalDesiredCount_; }

 protected:
  /// Throws cdk::ConstructError (with this construct's path) for cluster together with vpc, desiredCount
  /// below 1, an empty list of load balancers or of listeners, idleTimeout outside 1..4000 seconds, a
  /// certificate with HTTP, an HTTPS listener without domainName and domainZone, and domainName without
  /// domainZone.
  ApplicationMultipleTargetGroupsServiceBase(cdk::Construct& scope, std::string_view id,
                                             const ApplicationMultipleTargetGroupsServiceBaseProps& props);

  ecs::ICluster& getDefaultCluster(cdk::Construct& scope, ec2::IVpc* vpc);
  std::shared_ptr<ecs::AwsLogDriver> createAWSLogDriver(std::string prefix) const;
  /// The listener named `name` (its construct id), or the first one. Throws cdk::ConstructError when no
  /// listener has the name.
  elasticloadbalancingv2::ApplicationListener& findListener(const std::optional<std::string>& name) const;
  /// A target group "ECSTargetGroup<container><port>" per target on its listener, each targeting the
  /// container's port; returns the first. Throws cdk::ConstructError for an empty list.
  elasticloadbalancingv2::ApplicationTargetGroup& registerECSTargets(
      ecs::BaseService& service, ecs::ContainerDefinition& container,
      const std::vector<ApplicationTargetProps>& targets);
  /// Adds the port mappings the targets need and the container does not have.
  void addPortMappingForTargets(ecs::ContainerDefinition& container,
                                const std::vector<ApplicationTargetProps>& targets);
  /// The log driver of taskImageOptions (none without taskImageOptions or with logging off).
  const std::shared_ptr<ecs::LogDriver>& logDriver() const noexcept { return logDriver_; }

 private:
  elasticloadbalancingv2::ApplicationLoadBalancer& createLoadBalancer(const std::string& name,
                                                                      bool publicLoadBalancer = true,
                                                                      std::optional<cdk::Duration> idleTimeout = {});
  elasticloadbalancingv2::ApplicationListener& configListener(elasticloadbalancingv2::ApplicationProtocol protocol,
                                                              elasticloadbalancingv2::ApplicationLoadBalancer& lb,
                                                              const ApplicationListenerProps& listener,
                                                              const ApplicationLoadBalancerProps* lbProps);
  cdk::Value createDomainName(elasticloadbalancingv2::ApplicationLoadBalancer& lb,
                              const ApplicationLoadBalancerProps* lbProps);

  ecs::ICluster* cluster_ = nullptr;
  int desiredCount_ = 1;
  std::optional<int> internalDesiredCount_;
  std::shared_ptr<ecs::LogDriver> logDriver_;
  elasticloadbalancingv2::ApplicationLoadBalancer* loadBalancer_ = nullptr;
  elasticloadbalancingv2::ApplicationListener* listener_ = nullptr;
  std::vector<elasticloadbalancingv2::ApplicationLoadBalancer*> loadBalancers_;
  std::vector<elasticloadbalancingv2::ApplicationListener*> listeners_;
  std::vector<elasticloadbalancingv2::ApplicationTargetGroup*> targetGroups_;
};

}  // namespace cdk::ecs_patterns
