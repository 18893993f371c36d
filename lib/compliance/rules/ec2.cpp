// EC2 rules (cdk-nag src/rules/ec2): instances, volumes, security groups.
#include <array>

#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R EC2EBSInBackupPlan(const RuleContext& c) { return R::of(inBackupPlan(c, c.resource.logicalId)); }

R EC2EBSOptimizedInstance(const RuleContext& c) {
  static constexpr std::array<std::string_view, 17> kSupported = {
      "c1.xlarge",  "c3.xlarge",  "c3.2xlarge", "c3.4xlarge", "g2.2xlarge", "i2.xlarge",
      "i2.2xlarge", "i2.4xlarge", "m1.large",   "m1.xlarge",  "m2.2xlarge", "m2.4xlarge",
      "m3.xlarge",  "m3.2xlarge", "r3.xlarge",  "r3.2xlarge", "r3.4xlarge"};
  Js raw = c.property("InstanceType", As::String);
  Js type = truthy(raw) ? c.view.resolveIfPrimitive(raw) : c.view.keep("m1.small");
  bool supported = false;
  for (std::string_view t : kSupported) supported = supported || type.is(t);
  return R::of(!(supported && !c.property("EbsOptimized", As::Boolean).isTrue()));
}

/// `meta?.httpTokens === 'required'` of a launch template or launch configuration.
bool hasHttpTokens(const RuleContext& c, const Resource& launch) {
  Js meta;
  if (launch.type == "AWS::EC2::LaunchTemplate") {
    meta = c.view.member(c.propertyOf(launch, "LaunchTemplateData"), "MetadataOptions");
  } else {
    meta = c.propertyOf(launch, "MetadataOptions");
  }
  return c.view.optionalMember(meta, "HttpTokens", As::String).is("required");
}

/// cdk-nag's isMatchingLaunchTemplate: the name equals the template's LaunchTemplateName (read without
/// resolution, so two absent names match), or the id names the template's logical ID.
bool isMatchingLaunchTemplate(const RuleContext& c, const Resource& launchTemplate, Js name, Js id) {
  Js rawName = c.propertyOf(launchTemplate, "LaunchTemplateName", As::String);
  return strictEqualsRaw(name, rawName) || id.is(launchTemplate.logicalId);
}

/// The decision for the first launch template the specification matches; nullopt when none does.
std::optional<R> byLaunchTemplate(const RuleContext& c, Js specification) {
  const View& v = c.view;
  Js name = v.resolveResourceFromIntrinsic(v.member(specification, "LaunchTemplateName", As::String));
  Js id = v.resolveResourceFromIntrinsic(v.member(specification, "LaunchTemplateId", As::String));
  for (const Resource* launchTemplate : c.index.ofType("AWS::EC2::LaunchTemplate")) {
    if (isMatchingLaunchTemplate(c, *launchTemplate, name, id)) return R::of(hasHttpTokens(c, *launchTemplate));
  }
  return std::nullopt;
}

R EC2IMDSv2Enabled(const RuleContext& c) {
  const View& v = c.view;
  if (c.resource.type == "AWS::EC2::Instance") {
    if (v.optionalMember(c.property("MetadataOptions"), "HttpTokens", As::String).is("required")) return R::compliant();
    Js launchTemplate = c.property("LaunchTemplate");
    if (launchTemplate.undefined()) return R::nonCompliant();
    return byLaunchTemplate(c, launchTemplate).value_or(R::nonCompliant());
  }
  // AWS::AutoScaling::AutoScalingGroup
  if (Js launchTemplate = c.property("LaunchTemplate"); truthy(launchTemplate)) {
    if (auto decided = byLaunchTemplate(c, launchTemplate)) return *decided;
  } else if (Js name = c.property("LaunchConfigurationName", As::String); truthy(name)) {
    for (const Resource* configuration : c.index.ofType("AWS::AutoScaling::LaunchConfiguration")) {
      // The group's name (unresolved) equals the configuration's, or both name the same resource.
      Js configurationName = c.propertyOf(*configuration, "LaunchConfigurationName", As::String);
      const bool sameName = !name.isObjectLike() && strictEqualsRaw(name, configurationName);
      if (sameName || v.resolveResourceFromIntrinsic(name).is(configuration->logicalId)) {
        return R::of(hasHttpTokens(c, *configuration));
      }
    }
  }
  return R::nonCompliant();
}

R EC2InstanceDetailedMonitoringEnabled(const RuleContext& c) {
  if (c.resource.type == "AWS::EC2::Instance") {
    Js monitoring = c.view.resolveIfPrimitive(c.property("Monitoring", As::Boolean));
    return R::of(!(monitoring.nullish() || looseEqualsBool(monitoring, false)));
  }
  Js monitoring = c.view.resolveIfPrimitive(c.property("InstanceMonitoring", As::Boolean));
  return R::of(!(!monitoring.nullish() && looseEqualsBool(monitoring, false)));
}

R EC2InstanceNoPublicIp(const RuleContext& c) {
  const View& v = c.view;
  Js interfaces = c.property("NetworkInterfaces");
  if (!interfaces.nullish()) {
    for (Js networkInterface : v.iterate(interfaces)) {
      if (v.resolveIfPrimitive(v.member(networkInterface, "AssociatePublicIpAddress", As::Boolean)).isTrue()) {
        return R::nonCompliant();
      }
    }
  }
  return R::compliant();
}

R EC2InstanceProfileAttached(const RuleContext& c) { return R::of(!c.property("IamInstanceProfile").nullish()); }

R EC2InstancesInVPC(const RuleContext& c) { return R::of(!c.property("SubnetId").nullish()); }

R EC2InstanceTerminationProtection(const RuleContext& c) {
  return R::of(c.view.resolveIfPrimitive(c.property("DisableApiTermination", As::Boolean)).isTrue());
}

/// An ingress rule as the security group rules read it: from a SecurityGroup's SecurityGroupIngress list, or a
/// SecurityGroupIngress resource's own properties.
struct Ingress {
  const RuleContext& c;
  Js rule;  ///< the list's entry; undefined for a SecurityGroupIngress resource
  Js get(std::string_view name, As as) const {
    return rule.undefined() && c.resource.type == "AWS::EC2::SecurityGroupIngress" ? c.property(name, as)
                                                                                   : c.view.member(rule, name, as);
  }
};

/// The fields of an ingress rule the security group rules resolve with NagRules.resolveIfPrimitive, all before they
/// compare any: the first that is not a primitive makes the rule undecided (a security group rule from the VPC's
/// CIDR block, for one).
struct Resolved {
  Js protocol, cidr, cidrV6, from, to;
  const json* undecided = nullptr;
};

Resolved resolveIngress(const Ingress& ingress, bool withV6) {
  Resolved r;
  const auto take = [&](Js value) {
    if (!r.undecided && value.isObjectLike()) r.undecided = value.get();
    return value;
  };
  r.protocol = take(ingress.get("IpProtocol", As::String));
  r.cidr = take(ingress.get("CidrIp", As::String));
  if (withV6) r.cidrV6 = take(ingress.get("CidrIpv6", As::String));
  r.from = take(ingress.get("FromPort", As::Number));
  r.to = take(ingress.get("ToPort", As::Number));
  return r;
}

/// cdk-nag's testPort of EC2RestrictedCommonPorts: false when the rule opens `port` (TCP) to the world or opens
/// every protocol.
bool testPort(const Resolved& r, double port) {
  if (r.protocol.is("tcp")) {
    if (!r.cidr.nullish() && includes(r.cidr, "/0")) {
      if (!r.from.nullish() && !r.to.nullish()) {
        if ((lessOrEqual(r.from, port) && greaterOrEqual(r.to, port)) || looseEquals(r.from, -1) ||
            looseEquals(r.to, -1)) {
          return false;
        }
      } else if (looseEquals(r.from, port)) {
        return false;
      }
    }
  }
  return !r.protocol.is("-1");
}

/// The SecurityGroup's ingress entries, or the SecurityGroupIngress resource itself (one undefined entry).
std::vector<Js> ingressRules(const RuleContext& c, bool& none) {
  none = false;
  if (c.resource.type == "AWS::EC2::SecurityGroupIngress") return {Js()};
  Js rules = c.property("SecurityGroupIngress");
  if (rules.nullish()) {
    none = true;
    return {};
  }
  return c.view.iterate(rules);
}

R EC2RestrictedCommonPorts(const RuleContext& c) {
  static constexpr std::array<double, 6> kBlocked = {20, 21, 3389, 3309, 3306, 4333};
  bool none = false;
  for (Js rule : ingressRules(c, none)) {
    const Resolved r = resolveIngress(Ingress{c, rule}, false);
    if (r.undecided) return R::cannotResolve(Js(r.undecided));
    for (double port : kBlocked) {
      if (!testPort(r, port)) return R::nonCompliant();
    }
  }
  return R::compliant();
}

R EC2RestrictedSSH(const RuleContext& c) {
  bool none = false;
  for (Js rule : ingressRules(c, none)) {
    const Resolved r = resolveIngress(Ingress{c, rule}, true);
    if (r.undecided) return R::cannotResolve(Js(r.undecided));
    if ((!r.cidr.nullish() && includes(r.cidr, "/0")) || (!r.cidrV6.nullish() && includes(r.cidrV6, "/0"))) {
      if (!r.from.nullish() && !r.to.nullish()) {
        if ((lessOrEqual(r.from, 22) && greaterOrEqual(r.to, 22)) || looseEquals(r.from, -1) || looseEquals(r.to, -1) ||
            looseEquals(r.protocol, "-1")) {
          return R::nonCompliant();
        }
      } else if (looseEquals(r.from, 22) || looseEquals(r.protocol, "-1")) {
        return R::nonCompliant();
      }
    }
  }
  return R::compliant();
}

R EC2RestrictedInbound(const RuleContext& c) {
  bool none = false;
  for (Js rule : ingressRules(c, none)) {
    const Ingress ingress{c, rule};
    Js cidr = ingress.get("CidrIp", As::String);
    if (cidr.isObjectLike()) return R::cannotResolve(cidr);
    Js cidrV6 = ingress.get("CidrIpv6", As::String);
    if (cidrV6.isObjectLike()) return R::cannotResolve(cidrV6);
    if (!cidr.nullish() && includes(cidr, "/0")) return R::nonCompliant();
    if (!cidrV6.nullish() && includes(cidrV6, "/0")) return R::nonCompliant();
  }
  return R::compliant();
}

R EC2SecurityGroupDescription(const RuleContext& c) {
  Js description = c.view.resolveIfPrimitive(c.property("GroupDescription", As::String));
  auto n = length(description);
  return R::of(!(n && *n < 2));
}

constexpr std::string_view kSecurityGroup = "AWS::EC2::SecurityGroup";
constexpr std::string_view kIngress = "AWS::EC2::SecurityGroupIngress";

const Rule kEc2Rules[] = {
    {"EC2EBSInBackupPlan",
     {"AWS::EC2::Volume"},
     EC2EBSInBackupPlan,
     "add the volume to an AWS Backup plan (a BackupSelection naming it)."},
    {"EC2EBSOptimizedInstance", {"AWS::EC2::Instance"}, EC2EBSOptimizedInstance, "set EbsOptimized to true."},
    {"EC2IMDSv2Enabled",
     {"AWS::EC2::Instance", "AWS::AutoScaling::AutoScalingGroup"},
     EC2IMDSv2Enabled,
     "require IMDSv2: MetadataOptions.HttpTokens \"required\" on the instance or its launch template "
     "(requireImdsv2)."},
    {"EC2InstanceDetailedMonitoringEnabled",
     {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"},
     EC2InstanceDetailedMonitoringEnabled,
     "enable detailed monitoring (Monitoring, InstanceMonitoring true)."},
    {"EC2InstanceNoPublicIp",
     {"AWS::EC2::Instance"},
     EC2InstanceNoPublicIp,
     "do not set AssociatePublicIpAddress on the instance's network interfaces; reach it through a load "
     "balancer or Session Manager."},
    {"EC2InstanceProfileAttached",
     {"AWS::EC2::Instance"},
     EC2InstanceProfileAttached,
     "attach an instance profile (IamInstanceProfile, a role)."},
    {"EC2InstancesInVPC", {"AWS::EC2::Instance"}, EC2InstancesInVPC, "launch the instance in a VPC subnet (SubnetId)."},
    {"EC2InstanceTerminationProtection",
     {"AWS::EC2::Instance"},
     EC2InstanceTerminationProtection,
     "set DisableApiTermination to true."},
    {"EC2RestrictedCommonPorts",
     {kSecurityGroup, kIngress},
     EC2RestrictedCommonPorts,
     "do not open TCP ports 20, 21, 3306, 3309, 3389 or 4333 (or every protocol) to 0.0.0.0/0; allow the peers "
     "that need them (connections.allowFrom a security group)."},
    {"EC2RestrictedSSH",
     {kSecurityGroup, kIngress},
     EC2RestrictedSSH,
     "do not open port 22 to 0.0.0.0/0 or ::/0; use Session Manager or allow a known CIDR or security group."},
    {"EC2RestrictedInbound",
     {kSecurityGroup, kIngress},
     EC2RestrictedInbound,
     "allow ingress from known CIDRs or security groups instead of 0.0.0.0/0 or ::/0."},
    {"EC2SecurityGroupDescription",
     {kSecurityGroup},
     EC2SecurityGroupDescription,
     "give the security group a description (GroupDescription) of at least 2 characters."},
};

}  // namespace

std::span<const Rule> ec2Rules() { return kEc2Rules; }

}  // namespace cdk::compliance::detail
