// Target groups of application load balancers (aws-cdk-lib's elbv2.ApplicationTargetGroup,
// elbv2.IApplicationTargetGroup, elbv2.IApplicationLoadBalancerTarget, elbv2.HealthCheck).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/dependable.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/elasticloadbalancingv2/application_metrics.hpp"
#include "cdk/elasticloadbalancingv2/enums.hpp"

namespace cdk::ec2 {
class IVpc;
}

namespace cdk::elasticloadbalancingv2 {

class CfnTargetGroup;
class IApplicationListener;
class IApplicationTargetGroup;

/// What a target tells the target group when it is added: its type, and the Targets entry (if any).
struct LoadBalancerTargetProps {
  /// A TargetDescription ({ "Id": ..., "Port": ..., "AvailabilityZone": ... }), for targets registered by id.
  std::optional<cdk::Value> targetJson{};
  TargetType targetType = TargetType::IP;
};

/// Something that can be added to an application target group (an ECS service, an IP address...).
class CDKPP_API IApplicationLoadBalancerTarget {
 public:
  virtual ~IApplicationLoadBalancerTarget() = default;
  virtual LoadBalancerTargetProps attachToApplicationTargetGroup(IApplicationTargetGroup& targetGroup) = 0;
};

/// A target group of an application load balancer (a construct, not a resource, as in aws-cdk-lib).
class CDKPP_API IApplicationTargetGroup : public virtual cdk::IConstruct {
 public:
  /// { "Ref": <target group> }.
  virtual cdk::Value targetGroupArn() const = 0;
  /// The listeners (or listener rules) that forward to this group; depend on it to wait until the group
  /// is attached to a load balancer. Belongs to the group (valid as long as the group).
  virtual const cdk::IDependable& loadBalancerAttached() const = 0;
  /// Registers a listener that forwards to this group: the connectables registered so far (and later) are
  /// allowed in from the listener's load balancer. `associatingConstruct` (default the listener) is what
  /// loadBalancerAttached() then holds.
  virtual void registerListener(IApplicationListener& listener,
                                const cdk::IDependable* associatingConstruct = nullptr) = 0;
  /// Allows traffic from every listener's load balancer to `connectable` on `portRange` (default the
  /// group's port), for the listeners registered now and later.
  virtual void registerConnectable(const ec2::IConnectable& connectable,
                                   std::optional<ec2::Port> portRange = std::nullopt) = 0;
  /// Adds a target: the target attaches itself, and its type becomes the group's TargetType.
  virtual void addTarget(IApplicationLoadBalancerTarget& target) = 0;
};

/// Health check settings of a target group; only the fields given are rendered.
struct HealthCheck {
  /// HealthCheckEnabled.
  std::optional<bool> enabled{};
  /// Matcher.GrpcCode, e.g. "12".
  std::optional<std::string> healthyGrpcCodes{};
  /// Matcher.HttpCode, e.g. "200" or "200-299".
  std::optional<std::string> healthyHttpCodes{};
  /// HealthyThresholdCount.
  std::optional<int> healthyThresholdCount{};
  /// HealthCheckIntervalSeconds; must be longer than the timeout.
  std::optional<cdk::Duration> interval{};
  /// HealthCheckPath.
  std::optional<std::string> path{};
  /// HealthCheckPort ("traffic-port" or a number).
  std::optional<std::string> port{};
  /// HealthCheckProtocol; HTTP or HTTPS for application target groups.
  std::optional<Protocol> protocol{};
  /// HealthCheckTimeoutSeconds.
  std::optional<cdk::Duration> timeout{};
  /// UnhealthyThresholdCount.
  std::optional<int> unhealthyThresholdCount{};
};

struct ApplicationTargetGroupProps {
  /// Attribute deregistration_delay.timeout_seconds.
  std::optional<cdk::Duration> deregistrationDelay{};
  /// Attribute load_balancing.algorithm.anomaly_mitigation (WEIGHTED_RANDOM only).
  std::optional<bool> enableAnomalyMitigation{};
  /// Default: nothing rendered (the service's defaults apply).
  std::optional<HealthCheck> healthCheck{};
  /// Attribute load_balancing.algorithm.type.
  std::optional<TargetGroupLoadBalancingAlgorithmType> loadBalancingAlgorithmType{};
  /// The target port; default 80 for HTTP and 443 for HTTPS.
  std::optional<int> port{};
  /// Default HTTP for ports 80, 8000, 8008, 8080 and HTTPS for 443, 8443; another port needs a protocol.
  std::optional<ApplicationProtocol> protocol{};
  std::optional<ApplicationProtocolVersion> protocolVersion{};
  /// Attribute slow_start.duration_seconds (30..900 seconds, or 0).
  std::optional<cdk::Duration> slowStart{};
  /// Load-balancer cookie stickiness (1 second to 7 days); without it stickiness.enabled is "false".
  std::optional<cdk::Duration> stickinessCookieDuration{};
  /// An application cookie name (with stickinessCookieDuration).
  std::optional<std::string> stickinessCookieName{};
  /// Name (at most 32 alphanumeric characters or hyphens); default a generated name.
  std::optional<cdk::Value> targetGroupName{};
  /// Targets added at once (each must outlive the constructor call only).
  std::vector<cdk::Handle<IApplicationLoadBalancerTarget>> targets{};
  /// TargetType; default the type of the first target added, none for an empty group (with a warning).
  std::optional<TargetType> targetType{};
  /// The VPC (required unless the targets are Lambda functions; checked at synthesis).
  cdk::Handle<ec2::IVpc> vpc{};
};

/// A target group (AWS::ElasticLoadBalancingV2::TargetGroup, child "Resource").
class CDKPP_API ApplicationTargetGroup : public cdk::Construct, public virtual IApplicationTargetGroup {
 public:
  using Props = ApplicationTargetGroupProps;

  /// Throws cdk::ConstructError for a port without a known default protocol, and for the attribute values
  /// aws-cdk-lib rejects (slow start, stickiness, anomaly mitigation).
  ApplicationTargetGroup(cdk::Construct& scope, std::string_view id, ApplicationTargetGroupProps props = {});
  ~ApplicationTargetGroup() override;

  cdk::Value targetGroupArn() const override;
  /// { "Fn::GetAtt": [<group>, "TargetGroupFullName"] } and the other attributes.
  cdk::Value targetGroupFullName() const;
  cdk::Value targetGroupName() const;
  cdk::ValueList targetGroupLoadBalancerArns() const;
  /// The group's CloudWatch metrics behind the load balancer of its first listener (aws-cdk-lib's
  /// `targetGroup.metrics`). Throws cdk::ConstructError while no listener forwards to the group.
  ApplicationTargetGroupMetrics metrics() const;
  /// "app/<name>/<id>" of the first listener's load balancer, from the listener's ARN. Throws
  /// cdk::ConstructError while no listener forwards to the group.
  cdk::Value firstLoadBalancerFullName() const;
  const cdk::IDependable& loadBalancerAttached() const override { return loadBalancerAttached_; }
  std::optional<ApplicationProtocol> protocol() const noexcept { return protocol_; }
  std::optional<int> port() const noexcept { return port_; }
  /// The target type, once known (given, or set by the first target).
  std::optional<TargetType> targetType() const noexcept { return targetType_; }
  const std::optional<HealthCheck>& healthCheck() const noexcept { return healthCheck_; }
  CfnTargetGroup& cfnTargetGroup() const noexcept { return *resource_; }

  void registerListener(IApplicationListener& listener,
                        const cdk::IDependable* associatingConstruct = nullptr) override;
  void registerConnectable(const ec2::IConnectable& connectable,
                           std::optional<ec2::Port> portRange = std::nullopt) override;
  void addTarget(IApplicationLoadBalancerTarget& target) override;
  /// A temporary target (e.g. `service.loadBalancerTarget({...})`).
  void addTarget(IApplicationLoadBalancerTarget&& target) {
    addTarget(static_cast<IApplicationLoadBalancerTarget&>(target));
  }
  template <class... More>
  void addTarget(IApplicationLoadBalancerTarget& first, More&... more) {
    addTarget(first);
    (addTarget(static_cast<IApplicationLoadBalancerTarget&>(more)), ...);
  }
  /// Sets the target type (throws cdk::ConstructError when another type is set already) and adds the
  /// target's Targets entry.
  void addLoadBalancerTarget(const LoadBalancerTargetProps& props);
  /// Replaces the health check settings.
  void configureHealthCheck(HealthCheck healthCheck);
  /// Turns on load-balancer (or application, with a cookie name) cookie stickiness.
  void enableCookieStickiness(cdk::Duration duration, std::optional<std::string> cookieName = std::nullopt);
  /// Sets a TargetGroupAttributes entry (a known key keeps its position); nullopt removes it.
  void setAttribute(std::string_view key, std::optional<cdk::Value> value);

 protected:
  void onPrepare() override;

 private:
  std::vector<std::string> validateTargetGroup() const;

  CfnTargetGroup* resource_ = nullptr;
  std::optional<ApplicationProtocol> protocol_;
  std::optional<int> port_;
  std::optional<TargetType> targetType_;
  std::optional<HealthCheck> healthCheck_;
  const ec2::IVpc* vpc_ = nullptr;
  std::optional<cdk::Value> targetGroupNameProp_;
  std::vector<std::pair<std::string, std::optional<cdk::Value>>> attributes_;
  std::vector<cdk::Value> targetsJson_;
  std::vector<std::pair<ec2::Connections, ec2::Port>> connectableMembers_;
  std::vector<IApplicationListener*> listeners_;
  cdk::DependencyGroup loadBalancerAttached_;
  bool emptyWarningAdded_ = false;
};

}  // namespace cdk::elasticloadbalancingv2
