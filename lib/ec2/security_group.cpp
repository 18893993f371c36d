#include "cdk/ec2/security_group.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/ec2.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/vpc.hpp"

namespace cdk::ec2 {
namespace {

constexpr std::string_view DISABLE_INLINE_RULES_CONTEXT_KEY = "@aws-cdk/aws-ec2.securityGroupDisableInlineRules";

/// Construct ids cannot hold '/'; the tree replaces it with "--" (as constructs does), so look children up
/// by the same spelling.
std::string sanitizeId(std::string_view id) {
  std::string out;
  for (char c : id) {
    if (c == '/') {
      out += "--";
    } else {
      out += c;
    }
  }
  return out;
}

bool truthy(const std::optional<Value>& value) {
  if (!value || value->isNull()) return false;
  if (value->isBool()) return value->asBool();
  if (value->isString()) return !value->asString().empty() && value->asString() != "false";
  if (value->isNumber()) return value->asNumber() != 0;
  return true;
}

SecurityGroup::InlineRule makeRule(const PeerRuleConfig& peer, const PortRuleJson& port, Value description) {
  return {.cidrIp = peer.cidrIp,
          .cidrIpv6 = peer.cidrIpv6,
          .description = std::move(description),
          .destinationPrefixListId = peer.destinationPrefixListId,
          .destinationSecurityGroupId = peer.destinationSecurityGroupId,
          .fromPort = port.fromPort,
          .ipProtocol = port.ipProtocol,
          .sourcePrefixListId = peer.sourcePrefixListId,
          .sourceSecurityGroupId = peer.sourceSecurityGroupId,
          .sourceSecurityGroupName = std::nullopt,
          .sourceSecurityGroupOwnerId = peer.sourceSecurityGroupOwnerId,
          .toPort = port.toPort};
}

bool ingressRulesEqual(const SecurityGroup::InlineRule& a, const SecurityGroup::InlineRule& b) {
  return a.cidrIp == b.cidrIp && a.cidrIpv6 == b.cidrIpv6 && a.fromPort == b.fromPort && a.toPort == b.toPort &&
         a.ipProtocol == b.ipProtocol && a.sourceSecurityGroupId == b.sourceSecurityGroupId &&
         a.sourceSecurityGroupName == b.sourceSecurityGroupName &&
         a.sourceSecurityGroupOwnerId == b.sourceSecurityGroupOwnerId;
}

bool egressRulesEqual(const SecurityGroup::InlineRule& a, const SecurityGroup::InlineRule& b) {
  return a.cidrIp == b.cidrIp && a.cidrIpv6 == b.cidrIpv6 && a.fromPort == b.fromPort && a.toPort == b.toPort &&
         a.ipProtocol == b.ipProtocol && a.destinationPrefixListId == b.destinationPrefixListId &&
         a.destinationSecurityGroupId == b.destinationSecurityGroupId;
}

bool isAllTrafficRule(const SecurityGroup::InlineRule& rule) {
  return (rule.cidrIp == std::optional<Value>("0.0.0.0/0") || rule.cidrIpv6 == std::optional<Value>("::/0")) &&
         rule.ipProtocol == std::optional<Value>("-1");
}

// aws-cdk-lib's placeholder for a group that allows no outbound traffic, and the allow-all default.
const SecurityGroup::InlineRule& matchNoTraffic() {
  static const SecurityGroup::InlineRule rule{.cidrIp = "255.255.255.255/32",
                                              .description = "Disallow all traffic",
                                              .fromPort = 252,
                                              .ipProtocol = "icmp",
                                              .toPort = 86};
  return rule;
}
constexpr std::string_view NO_TRAFFIC_CIDR = "255.255.255.255/32";
constexpr int NO_TRAFFIC_TYPE = 252;
constexpr int NO_TRAFFIC_CODE = 86;
constexpr std::string_view ALLOW_ALL_DESCRIPTION = "Allow all outbound traffic by default";
constexpr std::string_view ALLOW_ALL_IPV6_DESCRIPTION = "Allow all outbound ipv6 traffic by default";

/// The group's L1 resource; its rule lists are rendered from the group's rules each time the template is
/// rendered (aws-cdk-lib renders them lazily), so rules added after construction are included.
class SecurityGroupResource final : public CfnSecurityGroup {
 public:
  SecurityGroupResource(Construct& scope, std::string_view id, const SecurityGroup& owner, CfnSecurityGroupProps props)
      : CfnSecurityGroup(scope, id, std::move(props)), owner_(owner) {}

 protected:
  Value renderProperties() const override {
    auto& self = const_cast<SecurityGroupResource&>(*this);
    std::vector<IngressProperty> ingress;
    for (const auto& r : owner_.inlineIngressRules()) {
      ingress.push_back({.cidrIp = r.cidrIp,
                         .cidrIpv6 = r.cidrIpv6,
                         .description = r.description,
                         .fromPort = r.fromPort,
                         .ipProtocol = r.ipProtocol,
                         .sourcePrefixListId = r.sourcePrefixListId,
                         .sourceSecurityGroupId = r.sourceSecurityGroupId,
                         .sourceSecurityGroupName = r.sourceSecurityGroupName,
                         .sourceSecurityGroupOwnerId = r.sourceSecurityGroupOwnerId,
                         .toPort = r.toPort});
    }
    std::vector<EgressProperty> egress;
    for (const auto& r : owner_.inlineEgressRules()) {
      egress.push_back({.cidrIp = r.cidrIp,
                        .cidrIpv6 = r.cidrIpv6,
                        .description = r.description,
                        .destinationPrefixListId = r.destinationPrefixListId,
                        .destinationSecurityGroupId = r.destinationSecurityGroupId,
                        .fromPort = r.fromPort,
                        .ipProtocol = r.ipProtocol,
                        .toPort = r.toPort});
    }
    auto& props = self.props();
    props.securityGroupIngress = ingress.empty() ? std::nullopt : std::optional(std::move(ingress));
    props.securityGroupEgress = egress.empty() ? std::nullopt : std::optional(std::move(egress));
    return CfnSecurityGroup::renderProperties();
  }

 private:
  const SecurityGroup& owner_;
};

/// A security group imported by id (SecurityGroup::fromSecurityGroupId).
class ImportedSecurityGroup final : public SecurityGroupBase {
 public:
  ImportedSecurityGroup(Construct& scope, std::string_view id, Value securityGroupId,
                        SecurityGroupImportOptions options)
      : SecurityGroupBase(scope, id), securityGroupId_(std::move(securityGroupId)), options_(options) {}

  Value securityGroupId() const override { return securityGroupId_; }
  bool allowAllOutbound() const override { return options_.allowAllOutbound; }
  bool allowAllIpv6Outbound() const override { return options_.allowAllIpv6Outbound; }

  void addIngressRule(const IPeer& peer, const Port& port, std::optional<Value> description, bool remoteRule) override {
    if (!options_.mutable_) return;
    SecurityGroupBase::addIngressRule(peer, port, std::move(description), remoteRule);
  }
  void addEgressRule(const IPeer& peer, const Port& port, std::optional<Value> description, bool remoteRule) override {
    if (!options_.mutable_ || options_.allowAllOutbound) return;
    SecurityGroupBase::addEgressRule(peer, port, std::move(description), remoteRule);
  }

 private:
  Value securityGroupId_;
  SecurityGroupImportOptions options_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// SecurityGroupBase

SecurityGroupBase::SecurityGroupBase(Construct& scope, std::string_view id, ResourceProps props)
    : Resource(scope, id, std::move(props)),
      connections_(ConnectionsProps{.securityGroups = {static_cast<ISecurityGroup&>(*this)}}) {}

SecurityGroupBase::~SecurityGroupBase() = default;

bool SecurityGroupBase::isSecurityGroup(const Construct& construct) noexcept {
  return dynamic_cast<const ISecurityGroup*>(&construct) != nullptr;
}

Value SecurityGroupBase::uniqueId() const { return Names::uniqueId(*this); }

PeerRuleConfig SecurityGroupBase::toIngressRuleConfig() const { return {.sourceSecurityGroupId = securityGroupId()}; }

PeerRuleConfig SecurityGroupBase::toEgressRuleConfig() const {
  return {.destinationSecurityGroupId = securityGroupId()};
}

std::string SecurityGroupBase::renderPeer(const IPeer& peer) {
  const Value id = peer.uniqueId();
  if (id.isUnresolved()) {
    // aws-cdk-lib: `this.peerAsTokenCount++ ? "'{IndirectPeer<n>}'" : "{IndirectPeer}"`.
    return peerAsTokenCount_++ ? fmt::format("'{{IndirectPeer{}}}'", peerAsTokenCount_) : "{IndirectPeer}";
  }
  return id.toString();
}

SecurityGroupBase::RuleScope SecurityGroupBase::determineRuleScope(const IPeer& peer, const Port& port,
                                                                   std::string_view fromTo, bool remoteRule) {
  const auto* peerGroup = dynamic_cast<const ISecurityGroup*>(&peer);
  if (remoteRule && peerGroup && &Stack::of(*peerGroup) != &Stack::of(*this)) {
    // The mirrored half of a connection with a group of another stack goes next to the other half, in the
    // stack the call was made in.
    const std::string reversed = fromTo == "from" ? "to" : "from";
    return {&peerGroup->node().host(), fmt::format("{}:{} {}", uniqueId().toString(), port.toString(), reversed)};
  }
  std::string id = fmt::format("{} {}:{}", fromTo, renderPeer(peer), port.toString());
  if (auto slash = id.find('/'); slash != std::string::npos) id[slash] = '_';  // the first '/' only
  return {this, std::move(id)};
}

void SecurityGroupBase::addIngressRule(const IPeer& peer, const Port& port, std::optional<Value> description,
                                       bool remoteRule) {
  Value text = description ? *description : Value("from ") + peer.uniqueId() + Value(":" + port.toString());
  auto [scope, id] = determineRuleScope(peer, port, "from", remoteRule);
  if (scope->node().tryFindChild(sanitizeId(id))) return;
  const PeerRuleConfig config = peer.toIngressRuleConfig();
  const PortRuleJson ports = port.toRuleJson();
  scope->make<CfnSecurityGroupIngress>(id, CfnSecurityGroupIngressProps{
                                               .cidrIp = config.cidrIp,
                                               .cidrIpv6 = config.cidrIpv6,
                                               .description = std::move(text),
                                               .fromPort = ports.fromPort,
                                               .groupId = securityGroupId(),
                                               .ipProtocol = ports.ipProtocol,
                                               .sourcePrefixListId = config.sourcePrefixListId,
                                               .sourceSecurityGroupId = config.sourceSecurityGroupId,
                                               .sourceSecurityGroupOwnerId = config.sourceSecurityGroupOwnerId,
                                               .toPort = ports.toPort,
                                           });
}

void SecurityGroupBase::addEgressRule(const IPeer& peer, const Port& port, std::optional<Value> description,
                                      bool remoteRule) {
  Value text = description ? *description : Value("to ") + peer.uniqueId() + Value(":" + port.toString());
  auto [scope, id] = determineRuleScope(peer, port, "to", remoteRule);
  if (scope->node().tryFindChild(sanitizeId(id))) return;
  const PeerRuleConfig config = peer.toEgressRuleConfig();
  const PortRuleJson ports = port.toRuleJson();
  scope->make<CfnSecurityGroupEgress>(id, CfnSecurityGroupEgressProps{
                                              .cidrIp = config.cidrIp,
                                              .cidrIpv6 = config.cidrIpv6,
                                              .description = std::move(text),
                                              .destinationPrefixListId = config.destinationPrefixListId,
                                              .destinationSecurityGroupId = config.destinationSecurityGroupId,
                                              .fromPort = ports.fromPort,
                                              .groupId = securityGroupId(),
                                              .ipProtocol = ports.ipProtocol,
                                              .toPort = ports.toPort,
                                          });
}

// ---------------------------------------------------------------------------------------------------------
// SecurityGroup

namespace {
ResourceProps securityGroupResourceProps(const SecurityGroupProps& props) {
  ResourceProps resourceProps;
  resourceProps.physicalName = props.securityGroupName;
  return resourceProps;
}
}  // namespace

SecurityGroup::SecurityGroup(Construct& scope, std::string_view id, SecurityGroupProps props)
    : SecurityGroupBase(scope, id, securityGroupResourceProps(props)),
      allowAllOutbound_(props.allowAllOutbound),
      allowAllIpv6Outbound_(props.allowAllIpv6Outbound),
      disableInlineRules_(props.disableInlineRules ? *props.disableInlineRules
                                                   : truthy(node().tryGetContext(DISABLE_INLINE_RULES_CONTEXT_KEY))) {
  if (!props.vpc) {
    throw ConstructError(node().path(), "SecurityGroup needs a VPC: set SecurityGroupProps::vpc");
  }
  std::string description = props.description && !props.description->empty() ? *props.description : node().path();
  resource_ = &make<SecurityGroupResource>("Resource", *this,
                                           CfnSecurityGroupProps{.groupDescription = std::move(description),
                                                                 .groupName = props.securityGroupName,
                                                                 .vpcId = props.vpc->vpcId()});
  securityGroupId_ = resource_->attrGroupId();
  securityGroupVpcId_ = resource_->getAtt("VpcId");
  securityGroupName_ = resource_->ref();
  addDefaultEgressRule();
  addDefaultIpv6EgressRule();
}

SecurityGroup::~SecurityGroup() = default;

ISecurityGroup& SecurityGroup::fromSecurityGroupId(Construct& scope, std::string_view id, Value securityGroupId,
                                                   SecurityGroupImportOptions options) {
  return scope.make<ImportedSecurityGroup>(id, std::move(securityGroupId), options);
}

void SecurityGroup::addDefaultEgressRule() {
  if (disableInlineRules_) {
    if (allowAllOutbound_) {
      SecurityGroupBase::addEgressRule(Peer::anyIpv4(), Port::allTraffic(), Value(ALLOW_ALL_DESCRIPTION), false);
    } else {
      SecurityGroupBase::addEgressRule(Peer::ipv4(NO_TRAFFIC_CIDR),
                                       Port::icmpTypeAndCode(NO_TRAFFIC_TYPE, NO_TRAFFIC_CODE),
                                       matchNoTraffic().description, false);
    }
  } else if (allowAllOutbound_) {
    directEgressRules_.push_back({.cidrIp = "0.0.0.0/0", .description = ALLOW_ALL_DESCRIPTION, .ipProtocol = "-1"});
  } else {
    directEgressRules_.push_back(matchNoTraffic());
  }
}

void SecurityGroup::addDefaultIpv6EgressRule() {
  if (!allowAllIpv6Outbound_) return;
  if (disableInlineRules_) {
    SecurityGroupBase::addEgressRule(Peer::anyIpv6(), Port::allTraffic(), Value(ALLOW_ALL_IPV6_DESCRIPTION), false);
  } else {
    directEgressRules_.push_back({.cidrIpv6 = "::/0", .description = ALLOW_ALL_IPV6_DESCRIPTION, .ipProtocol = "-1"});
  }
}

void SecurityGroup::removeNoTrafficRule() {
  if (disableInlineRules_) {
    auto [scope, id] = determineRuleScope(Peer::ipv4(NO_TRAFFIC_CIDR),
                                          Port::icmpTypeAndCode(NO_TRAFFIC_TYPE, NO_TRAFFIC_CODE), "to", false);
    scope->node().tryRemoveChild(sanitizeId(id));
  } else {
    for (auto it = directEgressRules_.begin(); it != directEgressRules_.end(); ++it) {
      if (egressRulesEqual(*it, matchNoTraffic())) {
        directEgressRules_.erase(it);
        break;
      }
    }
  }
}

void SecurityGroup::addIngressRule(const IPeer& peer, const Port& port, std::optional<Value> description,
                                   bool remoteRule) {
  if (!peer.canInlineRule() || !port.canInlineRule() || disableInlineRules_) {
    SecurityGroupBase::addIngressRule(peer, port, std::move(description), remoteRule);
    return;
  }
  Value text = description ? *description : Value("from ") + peer.uniqueId() + Value(":" + port.toString());
  InlineRule rule = makeRule(peer.toIngressRuleConfig(), port.toRuleJson(), std::move(text));
  for (const auto& existing : directIngressRules_) {
    if (ingressRulesEqual(existing, rule)) return;
  }
  directIngressRules_.push_back(std::move(rule));
}

void SecurityGroup::addEgressRule(const IPeer& peer, const Port& port, std::optional<Value> description,
                                  bool remoteRule) {
  const bool isIpv6 = peer.toEgressRuleConfig().cidrIpv6.has_value();
  if (!isIpv6 && allowAllOutbound_) {
    if (!remoteRule) {
      Annotations::of(*this).addWarningV2(
          "@aws-cdk/aws-ec2:ipv4IgnoreEgressRule",
          "Ignoring Egress rule since 'allowAllOutbound' is set to true; To add customized rules, set "
          "allowAllOutbound=false on the SecurityGroup");
    }
    return;
  }
  if (!isIpv6 && !allowAllOutbound_) removeNoTrafficRule();
  if (isIpv6 && allowAllIpv6Outbound_) {
    if (!remoteRule) {
      Annotations::of(*this).addWarningV2(
          "@aws-cdk/aws-ec2:ipv6IgnoreEgressRule",
          "Ignoring Egress rule since 'allowAllIpv6Outbound' is set to true; To add customized rules, set "
          "allowAllIpv6Outbound=false on the SecurityGroup");
    }
    return;
  }
  if (!peer.canInlineRule() || !port.canInlineRule() || disableInlineRules_) {
    SecurityGroupBase::addEgressRule(peer, port, std::move(description), remoteRule);
    return;
  }
  // aws-cdk-lib describes inline egress rules with "from" too.
  Value text = description ? *description : Value("from ") + peer.uniqueId() + Value(":" + port.toString());
  InlineRule rule = makeRule(peer.toEgressRuleConfig(), port.toRuleJson(), std::move(text));
  if (isAllTrafficRule(rule)) {
    throw ConstructError(node().path(),
                         "Cannot add an \"all traffic\" egress rule in this way; set allowAllOutbound=true (for ipv4) "
                         "or allowAllIpv6Outbound=true (for ipv6) on the SecurityGroup instead.");
  }
  for (const auto& existing : directEgressRules_) {
    if (egressRulesEqual(existing, rule)) return;
  }
  directEgressRules_.push_back(std::move(rule));
}

}  // namespace cdk::ec2
