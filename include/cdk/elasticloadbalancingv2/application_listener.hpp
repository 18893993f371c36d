// Listeners of application load balancers (aws-cdk-lib's elbv2.ApplicationListener,
// elbv2.IApplicationListener, elbv2.ApplicationListenerRule, elbv2.ApplicationListenerCertificate).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"
#include "cdk/elasticloadbalancingv2/enums.hpp"
#include "cdk/elasticloadbalancingv2/listener_action.hpp"
#include "cdk/elasticloadbalancingv2/listener_certificate.hpp"
#include "cdk/elasticloadbalancingv2/listener_condition.hpp"

namespace cdk::elasticloadbalancingv2 {

class CfnListener;
class CfnListenerCertificate;
class CfnListenerRule;
class IApplicationLoadBalancer;

/// A listener of an application load balancer.
class CDKPP_API IApplicationListener : public virtual cdk::IResource, public ec2::IConnectable {
 public:
  /// { "Ref": <listener> }.
  virtual cdk::Value listenerArn() const = 0;
  /// Allows traffic from the listener's load balancer to `connectable` on `portRange` ("Load balancer to
  /// target").
  virtual void registerConnectable(const ec2::IConnectable& connectable, const ec2::Port& portRange) = 0;
};

/// Options of addTargetGroups: without a priority the groups become the default action; with a priority
/// (and conditions) they get a listener rule "<id>Rule".
struct AddApplicationTargetGroupsProps {
  std::vector<ListenerCondition> conditions{};
  std::optional<int> priority{};
  std::vector<cdk::Handle<IApplicationTargetGroup>> targetGroups{};
};

/// Options of addAction.
struct AddApplicationActionProps {
  /// The action (required).
  std::optional<ListenerAction> action{};
  std::vector<ListenerCondition> conditions{};
  std::optional<int> priority{};
};

/// Options of addTargets: a new target group "<id>Group" below the listener, in the load balancer's VPC.
struct AddApplicationTargetsProps {
  std::vector<ListenerCondition> conditions{};
  std::optional<cdk::Duration> deregistrationDelay{};
  std::optional<HealthCheck> healthCheck{};
  std::optional<TargetGroupLoadBalancingAlgorithmType> loadBalancingAlgorithmType{};
  std::optional<int> port{};
  std::optional<int> priority{};
  std::optional<ApplicationProtocol> protocol{};
  std::optional<ApplicationProtocolVersion> protocolVersion{};
  std::optional<cdk::Duration> slowStart{};
  std::optional<cdk::Duration> stickinessCookieDuration{};
  std::optional<std::string> stickinessCookieName{};
  std::optional<cdk::Value> targetGroupName{};
  std::vector<cdk::Handle<IApplicationLoadBalancerTarget>> targets{};
};

/// The props of ApplicationLoadBalancer::addListener.
struct BaseApplicationListenerProps {
  /// Deprecated in aws-cdk-lib: use certificates.
  std::vector<cdk::Value> certificateArns{};
  /// The first goes into the listener, the others into ApplicationListenerCertificate children
  /// ("DefaultCertificates1", ...).
  std::vector<ListenerCertificate> certificates{};
  /// The default action (not together with defaultTargetGroups).
  std::optional<ListenerAction> defaultAction{};
  /// Forward to these groups by default (not together with defaultAction).
  std::vector<cdk::Handle<IApplicationTargetGroup>> defaultTargetGroups{};
  /// Allow connections to the listener's port from anyone (0.0.0.0/0, and ::/0 for dual-stack).
  bool open = true;
  /// Default 80 for HTTP and 443 for HTTPS.
  std::optional<int> port{};
  /// Default HTTP for ports 80, 8000, 8008, 8080 and HTTPS for 443, 8443; another port needs a protocol.
  std::optional<ApplicationProtocol> protocol{};
  /// SslPolicy of an HTTPS listener; default none (the feature flag
  /// "@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy" makes it TLS13_12_PQ).
  std::optional<SslPolicy> sslPolicy{};
};

struct ApplicationListenerProps {
  std::vector<cdk::Value> certificateArns{};
  std::vector<ListenerCertificate> certificates{};
  std::optional<ListenerAction> defaultAction{};
  std::vector<cdk::Handle<IApplicationTargetGroup>> defaultTargetGroups{};
  /// The load balancer (required).
  cdk::Handle<IApplicationLoadBalancer> loadBalancer{};
  bool open = true;
  std::optional<int> port{};
  std::optional<ApplicationProtocol> protocol{};
  std::optional<SslPolicy> sslPolicy{};
};

/// A listener (AWS::ElasticLoadBalancingV2::Listener, child "Resource"). Its default actions are rendered
/// at synthesis, so actions set after construction are included.
class CDKPP_API ApplicationListener : public cdk::Resource, public virtual IApplicationListener {
 public:
  using Props = ApplicationListenerProps;

  /// Throws cdk::ConstructError when neither port nor protocol is given, when a port has no known default
  /// protocol, and when both defaultAction and defaultTargetGroups are given. An HTTPS listener without a
  /// certificate and a listener without an action fail validation at synthesis.
  ApplicationListener(cdk::Construct& scope, std::string_view id, ApplicationListenerProps props);
  ~ApplicationListener() override;

  cdk::Value listenerArn() const override;
  /// The load balancer's security groups, with the listener port as the default port.
  ec2::Connections connections() const override { return connections_; }
  IApplicationLoadBalancer& loadBalancer() const noexcept { return *loadBalancer_; }
  ApplicationProtocol protocol() const noexcept { return protocol_; }
  int port() const noexcept { return port_; }
  CfnListener& cfnListener() const noexcept { return *resource_; }

  void registerConnectable(const ec2::IConnectable& connectable, const ec2::Port& portRange) override;
  /// Forward to the groups: the default action, or a rule "<id>Rule" with a priority.
  void addTargetGroups(std::string_view id, AddApplicationTargetGroupsProps props);
  /// Creates a target group "<id>Group" in the load balancer's VPC and forwards to it (addTargetGroups).
  ApplicationTargetGroup& addTargets(std::string_view id, AddApplicationTargetsProps props);
  /// The default action, or a rule "<id>Rule" with a priority.
  void addAction(std::string_view id, AddApplicationActionProps props);
  /// Certificates: the first one goes into the listener when it has none yet, the others into
  /// ApplicationListenerCertificate children "<id>1", "<id>2", ...
  void addCertificates(std::string_view id, std::vector<ListenerCertificate> certificates);
  /// Sets a ListenerAttributes entry; nullopt removes it.
  void setAttribute(std::string_view key, std::optional<cdk::Value> value);
  /// The default action, if any.
  const std::optional<ListenerAction>& defaultAction() const noexcept { return defaultAction_; }

 protected:
  void onPrepare() override;

 private:
  void setDefaultAction(const ListenerAction& action);
  std::vector<std::string> validateListener() const;

  CfnListener* resource_ = nullptr;
  IApplicationLoadBalancer* loadBalancer_ = nullptr;
  ApplicationProtocol protocol_;
  int port_;
  std::vector<cdk::Value> certificateArns_;
  std::optional<ListenerAction> defaultAction_;
  std::vector<std::pair<std::string, std::optional<cdk::Value>>> attributes_;
  ec2::Connections connections_;
};

struct ApplicationListenerRuleProps {
  /// The action (exactly one of action and targetGroups).
  std::optional<ListenerAction> action{};
  /// At least one condition.
  std::vector<ListenerCondition> conditions{};
  /// The listener (required).
  cdk::Handle<IApplicationListener> listener{};
  /// Priority (required, at least 1).
  int priority = 0;
  std::vector<cdk::Handle<IApplicationTargetGroup>> targetGroups{};
};

/// A listener rule (AWS::ElasticLoadBalancingV2::ListenerRule, child "Resource").
class CDKPP_API ApplicationListenerRule : public cdk::Construct {
 public:
  using Props = ApplicationListenerRuleProps;

  /// Throws cdk::ConstructError without a listener or conditions, for an action with targetGroups, a priority
  /// below 1, and a priority another rule of the listener has (aws-cdk-lib lets that through; the
  /// deployment fails).
  ApplicationListenerRule(cdk::Construct& scope, std::string_view id, ApplicationListenerRuleProps props);
  ~ApplicationListenerRule() override;

  cdk::Value listenerRuleArn() const;
  void addCondition(ListenerCondition condition);
  /// Replaces the action (with a warning when there was one).
  void configureAction(const ListenerAction& action);
  CfnListenerRule& cfnListenerRule() const noexcept { return *resource_; }

 protected:
  void onPrepare() override;

 private:
  CfnListenerRule* resource_ = nullptr;
  IApplicationListener* listener_ = nullptr;
  int priority_ = 0;
  std::vector<ListenerCondition> conditions_;
  std::optional<ListenerAction> action_;
};

struct ApplicationListenerCertificateProps {
  /// Deprecated in aws-cdk-lib: use certificates.
  std::vector<cdk::Value> certificateArns{};
  std::vector<ListenerCertificate> certificates{};
  /// The listener (required).
  cdk::Handle<IApplicationListener> listener{};
};

/// Extra certificates of a listener (AWS::ElasticLoadBalancingV2::ListenerCertificate, child "Resource").
class CDKPP_API ApplicationListenerCertificate : public cdk::Construct {
 public:
  using Props = ApplicationListenerCertificateProps;

  /// Throws cdk::ConstructError when there is no certificate.
  ApplicationListenerCertificate(cdk::Construct& scope, std::string_view id, ApplicationListenerCertificateProps props);
  ~ApplicationListenerCertificate() override;

  CfnListenerCertificate& cfnListenerCertificate() const noexcept { return *resource_; }

 private:
  CfnListenerCertificate* resource_ = nullptr;
};

}  // namespace cdk::elasticloadbalancingv2
