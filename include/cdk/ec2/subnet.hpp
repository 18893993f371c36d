// Subnets and route tables (aws-cdk-lib's ec2.Subnet, ec2.PublicSubnet, ec2.PrivateSubnet, ec2.ISubnet,
// ec2.IRouteTable, ec2.SubnetType, ec2.SubnetSelection).
#pragma once

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

namespace cdk::ec2 {

class CfnNatGateway;
class CfnRoute;
class CfnSubnet;

/// The kind of a subnet group.
enum class SubnetType {
  /// No route to the internet (rendered type "Isolated").
  PRIVATE_ISOLATED,
  /// Deprecated alias of PRIVATE_ISOLATED ("Deprecated_Isolated").
  ISOLATED,
  /// Outbound internet access through NAT gateways in the public subnets ("Private").
  PRIVATE_WITH_EGRESS,
  /// Deprecated alias of PRIVATE_WITH_EGRESS ("Deprecated_Private_NAT").
  PRIVATE_WITH_NAT,
  /// Deprecated alias of PRIVATE_WITH_EGRESS ("Deprecated_Private").
  PRIVATE,
  /// A route to the internet gateway ("Public").
  PUBLIC,
};

/// aws-cdk-lib's string value of the enum member ("Isolated", "Private", "Public", "Deprecated_...").
CDKPP_API std::string_view toString(SubnetType type) noexcept;

/// A route table.
class CDKPP_API IRouteTable {
 public:
  virtual ~IRouteTable() = default;
  virtual cdk::Value routeTableId() const = 0;
};

/// A subnet, created here or imported.
class CDKPP_API ISubnet : public virtual cdk::IResource {
 public:
  /// { "Ref": <subnet> }.
  virtual cdk::Value subnetId() const = 0;
  /// The availability zone: a name, or a token (Fn::Select over Fn::GetAZs) in environment-agnostic stacks.
  virtual cdk::Value availabilityZone() const = 0;
  /// The IPv4 CIDR of the subnet (e.g. "10.0.2.0/24").
  virtual std::string ipv4CidrBlock() const = 0;
  virtual const IRouteTable& routeTable() const = 0;
  /// Depend on this to wait for the subnet's route table association and default route.
  virtual const cdk::IDependable& internetConnectivityEstablished() const = 0;
};

/// Which subnets of a VPC to use. At most one of subnetGroupName, subnetType and subnets; none picks the
/// private subnets, else the isolated ones, else the public ones.
struct SubnetSelection {
  /// Keep only subnets in these availability zones (when not empty).
  std::vector<cdk::Value> availabilityZones{};
  /// Keep only the first subnet of each availability zone.
  bool onePerAz = false;
  /// The subnet group with this name (SubnetConfiguration::name).
  std::optional<std::string> subnetGroupName{};
  std::optional<SubnetType> subnetType{};
  /// Exactly these subnets, when not empty (the filters do not apply).
  std::vector<cdk::Handle<ISubnet>> subnets{};
};

/// The router a route sends traffic to.
enum class RouterType {
  CARRIER_GATEWAY,
  EGRESS_ONLY_INTERNET_GATEWAY,
  GATEWAY,
  INSTANCE,
  LOCAL_GATEWAY,
  NAT_GATEWAY,
  NETWORK_INTERFACE,
  TRANSIT_GATEWAY,
  VPC_PEERING_CONNECTION,
  VPC_ENDPOINT,
  CORE_NETWORK,
};

struct AddRouteOptions {
  /// Default "0.0.0.0/0" unless destinationIpv6CidrBlock is given.
  std::optional<std::string> destinationCidrBlock{};
  std::optional<std::string> destinationIpv6CidrBlock{};
  /// Adds the route to the subnet's internetConnectivityEstablished.
  bool enablesInternetConnectivity = false;
  /// The id of the router (required).
  cdk::Value routerId{};
  /// The kind of router (required).
  std::optional<RouterType> routerType{};
};

namespace detail {
/// A route table known by its id.
class CDKPP_API RouteTableRef final : public IRouteTable {
 public:
  explicit RouteTableRef(cdk::Value id = {}) : id_(std::move(id)) {}
  cdk::Value routeTableId() const override { return id_; }

 private:
  cdk::Value id_;
};
}  // namespace detail

/// What is known about an existing subnet (Subnet::fromSubnetAttributes).
struct SubnetAttributes {
  /// Needed to select by availability zone or to place NAT routes.
  std::optional<cdk::Value> availabilityZone{};
  std::optional<std::string> ipv4CidrBlock{};
  /// Needed for gateway endpoints.
  std::optional<cdk::Value> routeTableId{};
  /// The subnet id (required).
  cdk::Value subnetId{};
};

struct SubnetProps {
  /// The availability zone (required).
  cdk::Value availabilityZone{};
  /// The IPv4 CIDR of the subnet (required).
  std::string cidrBlock{};
  /// MapPublicIpOnLaunch; not rendered when unset.
  std::optional<bool> mapPublicIpOnLaunch{};
  /// The VPC id (required).
  cdk::Value vpcId{};
};

/// A subnet with its route table: children "Subnet" (AWS::EC2::Subnet, the default child), "Acl" (the
/// default network ACL; no resource), "RouteTable" and "RouteTableAssociation". Tagged Name = its path.
class CDKPP_API Subnet : public cdk::Resource, public virtual ISubnet {
 public:
  using Props = SubnetProps;

  Subnet(cdk::Construct& scope, std::string_view id, SubnetProps props);
  ~Subnet() override;

  /// True for subnets created by a Subnet (not imported ones).
  static bool isVpcSubnet(const cdk::IConstruct& construct) noexcept;
  /// An existing subnet: a construct without resources. Reading an attribute that was not given (zone, CIDR,
  /// route table) throws cdk::ConstructError saying which attribute to give.
  static ISubnet& fromSubnetAttributes(cdk::Construct& scope, std::string_view id, SubnetAttributes attributes);
  static ISubnet& fromSubnetId(cdk::Construct& scope, std::string_view id, cdk::Value subnetId);

  cdk::Value subnetId() const override { return subnetId_; }
  cdk::Value availabilityZone() const override { return availabilityZone_; }
  std::string ipv4CidrBlock() const override { return ipv4CidrBlock_; }
  const IRouteTable& routeTable() const override { return routeTable_; }
  const cdk::IDependable& internetConnectivityEstablished() const override { return internetConnectivityEstablished_; }

  /// { "Fn::GetAtt": [<subnet>, "VpcId"] } and the other attributes.
  cdk::Value subnetVpcId() const;
  cdk::Value subnetAvailabilityZone() const;
  cdk::ValueList subnetIpv6CidrBlocks() const;
  cdk::Value subnetOutpostArn() const;
  cdk::Value subnetNetworkAclAssociationId() const;
  CfnSubnet& cfnSubnet() const noexcept { return *subnet_; }

  /// Adds the child "DefaultRoute": 0.0.0.0/0 to the internet gateway, after the gateway attachment.
  void addDefaultInternetRoute(const cdk::Value& gatewayId, const cdk::IDependable& gatewayAttachment);
  /// Adds the child "DefaultRoute": 0.0.0.0/0 to a NAT gateway.
  void addDefaultNatRoute(const cdk::Value& natGatewayId);
  /// Adds a route child `id` to the subnet's route table.
  CfnRoute& addRoute(std::string_view id, AddRouteOptions options);

 private:
  CfnSubnet* subnet_ = nullptr;
  cdk::Value availabilityZone_;
  std::string ipv4CidrBlock_;
  cdk::Value subnetId_;
  detail::RouteTableRef routeTable_;
  cdk::DependencyGroup internetConnectivityEstablished_;
};

/// A subnet whose default route goes to the internet gateway; it can host NAT gateways.
class CDKPP_API PublicSubnet : public Subnet {
 public:
  using Props = SubnetProps;
  PublicSubnet(cdk::Construct& scope, std::string_view id, SubnetProps props);
  ~PublicSubnet() override;

  /// Adds the children "EIP" (unless an allocation id is given) and "NATGateway"; the gateway depends on
  /// the subnet's internet connectivity.
  CfnNatGateway& addNatGateway(std::optional<cdk::Value> eipAllocationId = {});
};

/// A subnet without a route to the internet gateway.
class CDKPP_API PrivateSubnet : public Subnet {
 public:
  using Props = SubnetProps;
  PrivateSubnet(cdk::Construct& scope, std::string_view id, SubnetProps props);
  ~PrivateSubnet() override;
};

}  // namespace cdk::ec2
