// Application load balancers (aws-cdk-lib's elbv2.ApplicationLoadBalancer, elbv2.IApplicationLoadBalancer).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/elasticloadbalancingv2/application_listener.hpp"
#include "cdk/elasticloadbalancingv2/application_metrics.hpp"
#include "cdk/elasticloadbalancingv2/base_load_balancer.hpp"
#include "cdk/elasticloadbalancingv2/enums.hpp"

namespace cdk::ec2 {
class ISecurityGroup;
class IVpc;
}  // namespace cdk::ec2

namespace cdk::elasticloadbalancingv2 {

class CfnLoadBalancer;

/// An application load balancer.
class CDKPP_API IApplicationLoadBalancer : public virtual ILoadBalancerV2, public ec2::IConnectable {
 public:
  /// { "Ref": <load balancer> }.
  virtual cdk::Value loadBalancerArn() const = 0;
  /// The VPC, when known (nullptr for imported load balancers without one).
  virtual ec2::IVpc* vpc() const = 0;
  virtual IpAddressType ipAddressType() const = 0;
  /// Adds a listener as child `id` of the load balancer.
  virtual ApplicationListener& addListener(std::string_view id, BaseApplicationListenerProps props) = 0;
};

struct ApplicationLoadBalancerRedirectConfig {
  bool open = true;
  /// Default 80.
  std::optional<int> sourcePort{};
  /// Default HTTP.
  std::optional<ApplicationProtocol> sourceProtocol{};
  /// Default 443.
  std::optional<int> targetPort{};
  /// Default HTTPS.
  std::optional<ApplicationProtocol> targetProtocol{};
};

struct ApplicationLoadBalancerProps {
  /// Attribute client_keep_alive.seconds (60 seconds to 7 days).
  std::optional<cdk::Duration> clientKeepAlive{};
  /// Attribute load_balancing.cross_zone.enabled; false is not allowed for application load balancers.
  std::optional<bool> crossZoneEnabled{};
  /// Attribute deletion_protection.enabled (always rendered).
  bool deletionProtection = false;
  /// Attribute routing.http.desync_mitigation_mode.
  std::optional<DesyncMitigationMode> desyncMitigationMode{};
  /// Attribute routing.http.drop_invalid_header_fields.enabled.
  std::optional<bool> dropInvalidHeaderFields{};
  /// Attribute routing.http2.enabled.
  std::optional<bool> http2Enabled{};
  /// Attribute idle_timeout.timeout_seconds.
  std::optional<cdk::Duration> idleTimeout{};
  /// Scheme "internet-facing" (in the public subnets by default, after their routes exist) or "internal".
  bool internetFacing = false;
  /// IpAddressType; default IPV4 (not rendered).
  std::optional<IpAddressType> ipAddressType{};
  /// Name: at most 32 alphanumeric characters or hyphens, not starting with "internal-" (checked at
  /// synthesis); default a generated name.
  std::optional<cdk::Value> loadBalancerName{};
  /// MinimumLoadBalancerCapacity.CapacityUnits (at least 100).
  std::optional<int> minimumCapacityUnit{};
  /// Attribute routing.http.preserve_host_header.enabled.
  bool preserveHostHeader = false;
  /// Attribute routing.http.xff_client_port.enabled.
  bool preserveXffClientPort = false;
  /// Default a new group, child "SecurityGroup", that allows no outbound traffic until targets are added.
  cdk::Handle<ec2::ISecurityGroup> securityGroup{};
  /// The VPC (required).
  cdk::Handle<ec2::IVpc> vpc{};
  /// Default the public subnets when internet-facing, else the VPC's default selection (private first).
  std::optional<ec2::SubnetSelection> vpcSubnets{};
  /// Attribute waf.fail_open.enabled.
  bool wafFailOpen = false;
  /// Attribute routing.http.x_amzn_tls_version_and_cipher_suite.enabled.
  bool xAmznTlsVersionAndCipherSuiteHeaders = false;
  /// Attribute routing.http.xff_header_processing.mode.
  std::optional<XffHeaderProcessingMode> xffHeaderProcessingMode{};
};

/// An application load balancer (AWS::ElasticLoadBalancingV2::LoadBalancer, child "Resource") with its
/// security group (child "SecurityGroup" unless one is given) and LoadBalancerAttributes in the order they
/// were set.
class CDKPP_API ApplicationLoadBalancer : public cdk::Resource, public virtual IApplicationLoadBalancer {
 public:
  using Props = ApplicationLoadBalancerProps;

  /// Throws cdk::ConstructError for a missing vpc and for the values aws-cdk-lib rejects (crossZoneEnabled
  /// false, minimumCapacityUnit below 100, clientKeepAlive out of range, dual-stack without public IPv4 on
  /// an internal load balancer). An invalid loadBalancerName fails validation at synthesis.
  ApplicationLoadBalancer(cdk::Construct& scope, std::string_view id, ApplicationLoadBalancerProps props);
  ~ApplicationLoadBalancer() override;

  cdk::Value loadBalancerArn() const override;
  /// { "Fn::GetAtt": [<load balancer>, "DNSName"] }.
  cdk::Value loadBalancerDnsName() const override;
  /// { "Fn::GetAtt": [<load balancer>, "CanonicalHostedZoneID"] }.
  cdk::Value loadBalancerCanonicalHostedZoneId() const override;
  cdk::Value loadBalancerFullName() const;
  cdk::Value loadBalancerName() const;
  cdk::Value loadBalancerSecurityGroups() const;
  /// The load balancer's CloudWatch metrics (aws-cdk-lib's `alb.metrics`).
  ApplicationLoadBalancerMetrics metrics() const;
  ec2::IVpc* vpc() const override { return vpc_; }
  IpAddressType ipAddressType() const override { return ipAddressType_; }
  /// The load balancer's security groups (no default port).
  ec2::Connections connections() const override { return connections_; }
  /// The listeners added with addListener, in order.
  const std::vector<ApplicationListener*>& listeners() const noexcept { return listeners_; }
  CfnLoadBalancer& cfnLoadBalancer() const noexcept { return *resource_; }

  ApplicationListener& addListener(std::string_view id, BaseApplicationListenerProps props) override;
  /// A listener "Redirect<source>To<target>" that redirects (HTTP 301) to another port and protocol.
  ApplicationListener& addRedirect(ApplicationLoadBalancerRedirectConfig props = {});
  /// Adds a security group to the load balancer.
  void addSecurityGroup(ec2::ISecurityGroup& securityGroup);
  /// Sets a LoadBalancerAttributes entry (a known key keeps its position); nullopt removes it.
  void setAttribute(std::string_view key, std::optional<std::string> value);
  void removeAttribute(std::string_view key) { setAttribute(key, std::nullopt); }

 protected:
  void onPrepare() override;

 private:
  std::vector<std::string> validateLoadBalancer() const;

  CfnLoadBalancer* resource_ = nullptr;
  ec2::IVpc* vpc_ = nullptr;
  IpAddressType ipAddressType_ = IpAddressType::IPV4;
  std::optional<cdk::Value> loadBalancerNameProp_;
  std::vector<std::pair<std::string, std::optional<std::string>>> attributes_;
  ec2::Connections connections_;
  std::vector<ApplicationListener*> listeners_;
};

}  // namespace cdk::elasticloadbalancingv2
