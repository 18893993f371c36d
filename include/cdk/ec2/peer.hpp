// The other side of a security group rule (aws-cdk-lib's ec2.IPeer and ec2.Peer), and things that have
// security groups (ec2.IConnectable).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::ec2 {

class Connections;

/// Something with security groups that rules can be set up with (a security group, a load balancer, a
/// database, a service, or a Peer). Its connections() is a handle: copies share the same state, so an
/// implementation keeps one Connections member and returns it (a new Connections per call would lose the
/// rules applied to security groups added later).
class CDKPP_API IConnectable {
 public:
  virtual ~IConnectable() = default;
  virtual Connections connections() const = 0;
};

/// The peer part of a rule, in the L1 rule property names (camelCase); unset fields are not rendered.
struct PeerRuleConfig {
  std::optional<cdk::Value> cidrIp{};
  std::optional<cdk::Value> cidrIpv6{};
  std::optional<cdk::Value> destinationPrefixListId{};
  std::optional<cdk::Value> destinationSecurityGroupId{};
  std::optional<cdk::Value> sourcePrefixListId{};
  std::optional<cdk::Value> sourceSecurityGroupId{};
  std::optional<cdk::Value> sourceSecurityGroupOwnerId{};
};

/// The other side of a rule: a CIDR, a prefix list, a security group id, or a security group.
class CDKPP_API IPeer : public IConnectable {
 public:
  /// Whether a rule with this peer can be written into the security group's own rule lists (false for
  /// security groups and prefix lists: those rules are separate resources).
  virtual bool canInlineRule() const = 0;
  /// Identifies the peer in rule ids and default descriptions (a CIDR, an id, or a group's unique id). May
  /// be a token.
  virtual cdk::Value uniqueId() const = 0;
  virtual PeerRuleConfig toIngressRuleConfig() const = 0;
  virtual PeerRuleConfig toEgressRuleConfig() const = 0;
};

/// Peers that are not constructs (aws-cdk-lib's Peer factories). A Peer is a value: copy it freely.
///
/// Literal CIDRs and ids are checked as aws-cdk-lib checks them (an IPv4 or IPv6 CIDR with a mask,
/// "sg-" ids, 12-digit owner ids) and a bad one throws cdk::Error; tokens are accepted as they are.
class CDKPP_API Peer final : public IPeer {
 public:
  static Peer ipv4(cdk::Value cidrIp);
  static Peer anyIpv4();
  static Peer ipv6(cdk::Value cidrIpv6);
  static Peer anyIpv6();
  static Peer prefixList(cdk::Value prefixListId);
  static Peer securityGroupId(cdk::Value securityGroupId, std::optional<cdk::Value> sourceSecurityGroupOwnerId = {});

  bool canInlineRule() const override { return canInlineRule_; }
  cdk::Value uniqueId() const override { return uniqueId_; }
  PeerRuleConfig toIngressRuleConfig() const override { return ingress_; }
  PeerRuleConfig toEgressRuleConfig() const override { return egress_; }
  /// Connections with this peer as the only rule target and no security groups.
  Connections connections() const override;

 private:
  Peer(bool canInlineRule, cdk::Value uniqueId, PeerRuleConfig ingress, PeerRuleConfig egress);
  bool canInlineRule_;
  cdk::Value uniqueId_;
  PeerRuleConfig ingress_;
  PeerRuleConfig egress_;
};

}  // namespace cdk::ec2
