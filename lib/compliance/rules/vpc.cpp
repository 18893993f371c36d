// VPC rules (cdk-nag src/rules/vpc).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R VPCDefaultSecurityGroupClosed(const RuleContext& c) {
  // cdk-nag looks for a sibling construct "RestrictDefaultSecurityGroupCustomResource" (what aws-cdk-lib's Vpc
  // creates with restrictDefaultSecurityGroup) and reads its default child. In a template read with CfnInclude
  // the VPC's siblings are the template's elements, named by logical ID, none of which has a default child: an
  // element with that logical ID fails the rule, and without one the VPC is non-compliant.
  if (c.index.hasElement("RestrictDefaultSecurityGroupCustomResource")) {
    typeError("Cannot read properties of undefined (reading 'cfnResourceType')");
  }
  return R::nonCompliant();
}

R VPCFlowLogsEnabled(const RuleContext& c) {
  for (const Resource* flowLog : c.index.ofType("AWS::EC2::FlowLog")) {
    Js target = c.view.resolveResourceFromIntrinsic(c.propertyOf(*flowLog, "ResourceId", As::String));
    if (c.propertyOf(*flowLog, "ResourceType", As::String).is("VPC") && target.is(c.resource.logicalId)) {
      return R::compliant();
    }
  }
  return R::nonCompliant();
}

R VPCNoUnrestrictedRouteToIGW(const RuleContext& c) {
  if (c.property("GatewayId").nullish()) return R::compliant();
  Js v4 = c.view.resolveIfPrimitive(c.property("DestinationCidrBlock", As::String));
  Js v6 = c.view.resolveIfPrimitive(c.property("DestinationIpv6CidrBlock", As::String));
  if (!v4.nullish() && includes(v4, "/0")) return R::nonCompliant();
  if (!v6.nullish() && includes(v6, "/0")) return R::nonCompliant();
  return R::compliant();
}

R VPCSubnetAutoAssignPublicIpDisabled(const RuleContext& c) {
  Js mapPublicIp = c.view.resolveIfPrimitive(c.property("MapPublicIpOnLaunch", As::Boolean));
  Js assignIpv6 = c.view.resolveIfPrimitive(c.property("AssignIpv6AddressOnCreation", As::Boolean));
  return R::of(!(mapPublicIp.isTrue() || assignIpv6.isTrue()));
}

R VPCNoNACLs(const RuleContext&) { return R::nonCompliant(); }

const Rule kVpcRules[] = {
    {"VPCDefaultSecurityGroupClosed",
     {"AWS::EC2::VPC"},
     VPCDefaultSecurityGroupClosed,
     "close the VPC's default security group (ec2::Vpc restrictDefaultSecurityGroup); cdk-nag cannot see that "
     "in a template, so acknowledge the rule where it is done."},
    {"VPCFlowLogsEnabled",
     {"AWS::EC2::VPC"},
     VPCFlowLogsEnabled,
     "add a flow log for the VPC (a FlowLog with ResourceType VPC, vpc.addFlowLog)."},
    {"VPCNoUnrestrictedRouteToIGW",
     {"AWS::EC2::Route"},
     VPCNoUnrestrictedRouteToIGW,
     "route 0.0.0.0/0 and ::/0 through a NAT gateway or firewall instead of the internet gateway, or acknowledge "
     "the rule for public subnets that need it."},
    {"VPCSubnetAutoAssignPublicIpDisabled",
     {"AWS::EC2::Subnet"},
     VPCSubnetAutoAssignPublicIpDisabled,
     "set MapPublicIpOnLaunch and AssignIpv6AddressOnCreation to false (mapPublicIpOnLaunch)."},
    {"VPCNoNACLs",
     {"AWS::EC2::NetworkAcl", "AWS::EC2::NetworkAclEntry"},
     VPCNoNACLs,
     "control traffic with security groups instead of network ACLs, or acknowledge the rule."},
};

}  // namespace

std::span<const Rule> vpcRules() { return kVpcRules; }

}  // namespace cdk::compliance::detail
