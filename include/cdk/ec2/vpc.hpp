// Virtual private clouds (aws-cdk-lib's ec2.Vpc, ec2.IVpc, ec2.SubnetConfiguration, ec2.SelectedSubnets).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/dependable.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/flow_log.hpp"
#include "cdk/ec2/ip_addresses.hpp"
#include "cdk/ec2/nat.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/ec2/vpc_endpoint.hpp"

namespace cdk::ec2 {

class CfnInternetGateway;
class CfnVPC;
class CfnVPCGatewayAttachment;

/// The subnets a SubnetSelection picked.
class CDKPP_API SelectedSubnets {
 public:
  SelectedSubnets(std::vector<cdk::Handle<ISubnet>> subnets, bool hasPublic,
                  const cdk::IDependable& internetConnectivityEstablished);

  const std::vector<cdk::Handle<ISubnet>>& subnets() const noexcept { return subnets_; }
  /// { "Ref": <subnet> } of each subnet, in order.
  std::vector<cdk::Value> subnetIds() const;
  std::vector<cdk::Value> availabilityZones() const;
  /// True when one of the subnets is a public subnet of the VPC.
  bool hasPublic() const noexcept { return hasPublic_; }
  bool isPendingLookup() const noexcept { return false; }
  /// Depend on this to wait for the route table associations and default routes of all the subnets. It
  /// belongs to the VPC, so it stays valid after this object is gone.
  const cdk::IDependable& internetConnectivityEstablished() const noexcept { return *internetConnectivityEstablished_; }

 private:
  std::vector<cdk::Handle<ISubnet>> subnets_;
  bool hasPublic_;
  const cdk::IDependable* internetConnectivityEstablished_;
};

/// A VPC.
class CDKPP_API IVpc : public virtual cdk::IResource {
 public:
  /// { "Ref": <VPC> }.
  virtual cdk::Value vpcId() const = 0;
  /// arn:<partition>:ec2:<region>:<account>:vpc/<id>.
  virtual cdk::Value vpcArn() const = 0;
  /// { "Fn::GetAtt": [<VPC>, "CidrBlock"] }.
  virtual cdk::Value vpcCidrBlock() const = 0;
  /// The availability zones of the VPC's subnets (names, or tokens in environment-agnostic stacks).
  virtual const std::vector<cdk::Value>& availabilityZones() const = 0;
  /// Subnets by kind, in creation order (group by group, zone by zone).
  virtual const std::vector<cdk::Handle<ISubnet>>& publicSubnets() const = 0;
  virtual const std::vector<cdk::Handle<ISubnet>>& privateSubnets() const = 0;
  virtual const std::vector<cdk::Handle<ISubnet>>& isolatedSubnets() const = 0;
  /// Depend on this to wait for the internet gateway.
  virtual const cdk::IDependable& internetConnectivityEstablished() const = 0;
  /// Throws cdk::ConstructError (with the VPC's path) when the selection is contradictory or names
  /// subnets the VPC does not have.
  virtual SelectedSubnets selectSubnets(const SubnetSelection& selection = {}) const = 0;
  /// Adds a gateway endpoint (S3, DynamoDB) as child `id` of the VPC.
  virtual GatewayVpcEndpoint& addGatewayEndpoint(std::string_view id, GatewayVpcEndpointOptions options) = 0;
  /// Adds an interface endpoint as child `id` of the VPC.
  virtual InterfaceVpcEndpoint& addInterfaceEndpoint(std::string_view id, InterfaceVpcEndpointOptions options) = 0;
  /// Adds a flow log of the VPC (to CloudWatch Logs) as child `id` of the VPC.
  virtual FlowLog& addFlowLog(std::string_view id, FlowLogOptions options = {}) = 0;
};

/// One group of subnets: a subnet of this configuration in each availability zone of the VPC, with the
/// construct ids "<name>Subnet1", "<name>Subnet2", ...
struct SubnetConfiguration {
  /// The prefix length of each subnet (16..28); default an equal share of the space the groups with a
  /// cidrMask leave.
  std::optional<int> cidrMask{};
  /// MapPublicIpOnLaunch; PUBLIC groups only (default true there).
  std::optional<bool> mapPublicIpOnLaunch{};
  /// The group name (required, unique within the VPC).
  std::string name{};
  /// Reserve the address space but create no subnets.
  bool reserved = false;
  /// The kind of subnets (required).
  std::optional<SubnetType> subnetType{};
};

enum class DefaultInstanceTenancy { DEFAULT, DEDICATED, HOST };
/// "default", "dedicated" or "host".
CDKPP_API std::string_view toString(DefaultInstanceTenancy tenancy) noexcept;

struct VpcProps {
  /// The availability zones to use (not together with maxAzs); empty: the first maxAzs of the stack's.
  std::vector<cdk::Value> availabilityZones{};
  /// Create an internet gateway when there are public or private-with-egress subnets. Without one, no NAT
  /// gateways are created either.
  bool createInternetGateway = true;
  DefaultInstanceTenancy defaultInstanceTenancy = DefaultInstanceTenancy::DEFAULT;
  /// Default true. As in aws-cdk-lib, setting it to true requires enableDnsSupport = true explicitly.
  std::optional<bool> enableDnsHostnames{};
  /// Default true.
  std::optional<bool> enableDnsSupport{};
  /// Flow logs to add, by construct id (in this order).
  std::vector<std::pair<std::string, FlowLogOptions>> flowLogs{};
  /// Gateway endpoints to add, by construct id (in this order).
  std::vector<std::pair<std::string, GatewayVpcEndpointOptions>> gatewayEndpoints{};
  /// Default IpAddresses::cidr("10.0.0.0/16").
  std::shared_ptr<IIpAddresses> ipAddresses{};
  /// At most this many availability zones (default 3). Environment-agnostic stacks (and stacks without a
  /// concrete account) have only 2.
  std::optional<int> maxAzs{};
  /// Default NatProvider::gateway().
  std::shared_ptr<NatProvider> natGatewayProvider{};
  /// Where the NAT gateways go; default the public subnets.
  std::optional<SubnetSelection> natGatewaySubnets{};
  /// Number of NAT gateways; default one per availability zone when there are private-with-egress
  /// subnets. More than the availability zones are not created (with a warning).
  std::optional<int> natGateways{};
  /// Availability zones to reserve address space for (no subnets are created in them).
  int reservedAzs = 0;
  /// Remove the default security group's rules. Needs a Lambda-backed custom resource, which cdkpp does not
  /// support: true (or the feature flag "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup" without false here)
  /// is an error.
  std::optional<bool> restrictDefaultSecurityGroup{};
  /// The subnet groups; empty: a public and a private-with-egress group (public and isolated when
  /// natGateways is 0). (aws-cdk-lib's `subnetConfiguration: []`, a VPC without subnets, cannot be asked for.)
  std::vector<SubnetConfiguration> subnetConfiguration{};
  /// The Name tag of the VPC; default its construct path.
  std::optional<std::string> vpcName{};
};

/// A VPC with subnets in several availability zones, built as aws-cdk-lib builds it: child "Resource"
/// (AWS::EC2::VPC), the subnets ("<group>Subnet<n>"), "IGW" and "VPCGW" when there are public subnets, NAT
/// gateways in the public subnets, and the default routes.
class CDKPP_API Vpc : public cdk::Resource, public virtual IVpc {
 public:
  using Props = VpcProps;
  static constexpr std::string_view DEFAULT_CIDR_RANGE = "10.0.0.0/16";
  /// [Public, Private (with egress)].
  static std::vector<SubnetConfiguration> DEFAULT_SUBNETS();
  /// [Public, Isolated]: the default when natGateways is 0.
  static std::vector<SubnetConfiguration> DEFAULT_SUBNETS_NO_NAT();

  Vpc(cdk::Construct& scope, std::string_view id, VpcProps props = {});
  ~Vpc() override;

  cdk::Value vpcId() const override { return vpcId_; }
  cdk::Value vpcArn() const override { return vpcArn_; }
  cdk::Value vpcCidrBlock() const override { return vpcCidrBlock_; }
  /// { "Fn::GetAtt": [<VPC>, "DefaultSecurityGroup"] } and the other attributes.
  cdk::Value vpcDefaultSecurityGroup() const;
  cdk::Value vpcDefaultNetworkAcl() const;
  cdk::ValueList vpcCidrBlockAssociations() const;
  cdk::ValueList vpcIpv6CidrBlocks() const;
  /// { "Ref": <IGW> } when the VPC has an internet gateway.
  const std::optional<cdk::Value>& internetGatewayId() const noexcept { return internetGatewayId_; }
  bool dnsHostnamesEnabled() const noexcept { return dnsHostnamesEnabled_; }
  bool dnsSupportEnabled() const noexcept { return dnsSupportEnabled_; }
  CfnVPC& cfnVpc() const noexcept { return *resource_; }

  const std::vector<cdk::Value>& availabilityZones() const override { return availabilityZones_; }
  const std::vector<cdk::Handle<ISubnet>>& publicSubnets() const override { return publicSubnets_; }
  const std::vector<cdk::Handle<ISubnet>>& privateSubnets() const override { return privateSubnets_; }
  const std::vector<cdk::Handle<ISubnet>>& isolatedSubnets() const override { return isolatedSubnets_; }
  const cdk::IDependable& internetConnectivityEstablished() const override { return internetConnectivityEstablished_; }
  SelectedSubnets selectSubnets(const SubnetSelection& selection = {}) const override;
  GatewayVpcEndpoint& addGatewayEndpoint(std::string_view id, GatewayVpcEndpointOptions options) override;
  InterfaceVpcEndpoint& addInterfaceEndpoint(std::string_view id, InterfaceVpcEndpointOptions options) override;
  FlowLog& addFlowLog(std::string_view id, FlowLogOptions options = {}) override;

 private:
  std::vector<cdk::Handle<ISubnet>> selectSubnetObjects(const SubnetSelection& selection) const;
  const cdk::IDependable& dependencyGroupFor(const std::vector<cdk::Handle<ISubnet>>& subnets) const;
  // The steps of the constructor, in order (as aws-cdk-lib's vpc.ts names them where it has them).
  void createVpcResource(const VpcProps& props, IIpAddresses& ipAddresses, const VpcIpamOptions& vpcCidr);
  void chooseAvailabilityZones(const VpcProps& props);
  void createSubnets(const std::vector<SubnetConfiguration>& configuration, IIpAddresses& ipAddresses,
                     const std::string& vpcCidr);
  void createInternetGateway();
  void createNatGateways(const VpcProps& props, int natGatewayCount);

  CfnVPC* resource_ = nullptr;
  cdk::Value vpcId_;
  cdk::Value vpcArn_;
  cdk::Value vpcCidrBlock_;
  std::optional<cdk::Value> internetGatewayId_;
  bool dnsHostnamesEnabled_ = true;
  bool dnsSupportEnabled_ = true;
  std::vector<cdk::Value> availabilityZones_;
  std::vector<cdk::Handle<ISubnet>> publicSubnets_;
  std::vector<cdk::Handle<ISubnet>> privateSubnets_;
  std::vector<cdk::Handle<ISubnet>> isolatedSubnets_;
  /// The subnets this VPC created, with their types (routes and NAT gateways are added to them).
  std::vector<PublicSubnet*> createdPublicSubnets_;
  std::vector<PrivateSubnet*> createdPrivateSubnets_;
  /// The group name of each created subnet.
  std::map<const ISubnet*, std::string> subnetGroupNames_;
  cdk::DependencyGroup internetConnectivityEstablished_;
  /// Dependency groups handed out by selectSubnets, one per distinct subnet list; they live as long as
  /// the VPC.
  mutable std::vector<std::pair<std::vector<const ISubnet*>, std::unique_ptr<cdk::DependencyGroup>>> selectionGroups_;
};

}  // namespace cdk::ec2
