// Security groups (aws-cdk-lib's ec2.SecurityGroup, ec2.ISecurityGroup).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/port.hpp"

namespace cdk::ec2 {

class CfnSecurityGroup;
class IVpc;

/// A security group, created here or imported.
class CDKPP_API ISecurityGroup : public virtual cdk::IResource, public IPeer {
 public:
  /// { "Fn::GetAtt": [<group>, "GroupId"] } for a group created here; the id for an imported one.
  virtual cdk::Value securityGroupId() const = 0;
  virtual bool allowAllOutbound() const = 0;
  virtual bool allowAllIpv6Outbound() const = 0;
  /// Adds an ingress rule from `peer`. `remoteRule` is set by Connections for the mirrored half of a
  /// connection: across stacks the rule is then created in the peer's stack.
  virtual void addIngressRule(const IPeer& peer, const Port& port, std::optional<cdk::Value> description = {},
                              bool remoteRule = false) = 0;
  /// Adds an egress rule to `peer` (ignored, with a warning, when the group allows all outbound traffic).
  virtual void addEgressRule(const IPeer& peer, const Port& port, std::optional<cdk::Value> description = {},
                             bool remoteRule = false) = 0;
};

/// What created and imported security groups share: rules as separate AWS::EC2::SecurityGroupIngress /
/// SecurityGroupEgress resources, ids as aws-cdk-lib makes them ("from <peer>:<port>", "to <peer>:<port>").
class CDKPP_API SecurityGroupBase : public cdk::Resource, public virtual ISecurityGroup {
 public:
  ~SecurityGroupBase() override;

  /// True for security groups (created or imported).
  static bool isSecurityGroup(const cdk::Construct& construct) noexcept;

  // IPeer: a group as a peer always makes separate rule resources.
  bool canInlineRule() const override { return false; }
  /// Names::uniqueId of the group: the construct path, stack included, made unique.
  cdk::Value uniqueId() const override;
  PeerRuleConfig toIngressRuleConfig() const override;
  PeerRuleConfig toEgressRuleConfig() const override;
  Connections connections() const override { return connections_; }

  void addIngressRule(const IPeer& peer, const Port& port, std::optional<cdk::Value> description = {},
                      bool remoteRule = false) override;
  void addEgressRule(const IPeer& peer, const Port& port, std::optional<cdk::Value> description = {},
                     bool remoteRule = false) override;

 protected:
  SecurityGroupBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props = {});

  struct RuleScope {
    cdk::Construct* scope;
    std::string id;
  };
  /// Where a separate rule goes: under this group, or (for the mirrored half of a connection with a group
  /// in another stack) under the peer group, so that both rules land in the stack the call was made in.
  RuleScope determineRuleScope(const IPeer& peer, const Port& port, std::string_view fromTo, bool remoteRule);

 private:
  std::string renderPeer(const IPeer& peer);
  Connections connections_;
  int peerAsTokenCount_ = 0;
};

struct SecurityGroupProps {
  /// Adds an egress rule allowing all outbound IPv6 traffic.
  bool allowAllIpv6Outbound = false;
  /// Allows all outbound IPv4 traffic (egress rules added to such a group are ignored). When false, the
  /// group starts with aws-cdk-lib's "Disallow all traffic" placeholder rule, removed by the first IPv4
  /// egress rule.
  bool allowAllOutbound = true;
  /// GroupDescription; default (also for an empty string) the construct path.
  std::optional<std::string> description{};
  /// Always make rules separate resources. Default: the context value
  /// "@aws-cdk/aws-ec2.securityGroupDisableInlineRules" (false when unset).
  std::optional<bool> disableInlineRules{};
  /// GroupName; default a name CloudFormation generates.
  std::optional<cdk::Value> securityGroupName{};
  /// The VPC of the group (required).
  cdk::Handle<IVpc> vpc{};
};

struct SecurityGroupImportOptions {
  bool allowAllIpv6Outbound = false;
  /// Whether the imported group allows all outbound traffic; egress rules are only added to a mutable import
  /// when this is false.
  bool allowAllOutbound = true;
  /// `mutable` in aws-cdk-lib (a C++ keyword): false makes addIngressRule/addEgressRule do nothing.
  bool mutable_ = true;
};

class CDKPP_API SecurityGroup : public SecurityGroupBase {
 public:
  using Props = SecurityGroupProps;

  SecurityGroup(cdk::Construct& scope, std::string_view id, SecurityGroupProps props);
  ~SecurityGroup() override;

  /// An existing security group by id (a construct without resources; rules added to it become separate
  /// resources under it).
  static ISecurityGroup& fromSecurityGroupId(cdk::Construct& scope, std::string_view id, cdk::Value securityGroupId,
                                             SecurityGroupImportOptions options = {});

  cdk::Value securityGroupId() const override { return securityGroupId_; }
  /// { "Fn::GetAtt": [<group>, "VpcId"] }.
  cdk::Value securityGroupVpcId() const { return securityGroupVpcId_; }
  /// { "Ref": <group> }.
  cdk::Value securityGroupName() const { return securityGroupName_; }
  bool allowAllOutbound() const override { return allowAllOutbound_; }
  bool allowAllIpv6Outbound() const override { return allowAllIpv6Outbound_; }
  bool disableInlineRules() const noexcept { return disableInlineRules_; }
  CfnSecurityGroup& cfnSecurityGroup() const noexcept { return *resource_; }

  void addIngressRule(const IPeer& peer, const Port& port, std::optional<cdk::Value> description = {},
                      bool remoteRule = false) override;
  void addEgressRule(const IPeer& peer, const Port& port, std::optional<cdk::Value> description = {},
                     bool remoteRule = false) override;

  /// A rule written into the group's SecurityGroupIngress / SecurityGroupEgress lists.
  struct InlineRule {
    std::optional<cdk::Value> cidrIp{};
    std::optional<cdk::Value> cidrIpv6{};
    std::optional<cdk::Value> description{};
    std::optional<cdk::Value> destinationPrefixListId{};
    std::optional<cdk::Value> destinationSecurityGroupId{};
    std::optional<cdk::Value> fromPort{};
    std::optional<cdk::Value> ipProtocol{};
    std::optional<cdk::Value> sourcePrefixListId{};
    std::optional<cdk::Value> sourceSecurityGroupId{};
    std::optional<cdk::Value> sourceSecurityGroupName{};
    std::optional<cdk::Value> sourceSecurityGroupOwnerId{};
    std::optional<cdk::Value> toPort{};
  };
  const std::vector<InlineRule>& inlineIngressRules() const noexcept { return directIngressRules_; }
  const std::vector<InlineRule>& inlineEgressRules() const noexcept { return directEgressRules_; }

 private:
  void addDefaultEgressRule();
  void addDefaultIpv6EgressRule();
  void removeNoTrafficRule();

  bool allowAllOutbound_;
  bool allowAllIpv6Outbound_;
  bool disableInlineRules_;
  CfnSecurityGroup* resource_ = nullptr;
  cdk::Value securityGroupId_;
  cdk::Value securityGroupVpcId_;
  cdk::Value securityGroupName_;
  std::vector<InlineRule> directIngressRules_;
  std::vector<InlineRule> directEgressRules_;
};

}  // namespace cdk::ec2
