#include "cdk/ec2/subnet.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/ec2.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/tags.hpp"

namespace cdk::ec2 {
namespace {

/// The default network ACL of a subnet (aws-cdk-lib's NetworkAcl.fromNetworkAclId(this, "Acl", ...)): a
/// construct without resources that holds the id "Acl".
class ImportedNetworkAcl final : public Resource {
 public:
  ImportedNetworkAcl(Construct& scope, std::string_view id, Value networkAclId)
      : Resource(scope, id), networkAclId_(std::move(networkAclId)) {}
  const Value& networkAclId() const noexcept { return networkAclId_; }

 private:
  Value networkAclId_;
};

/// A subnet that exists outside this app (Subnet::fromSubnetAttributes).
class ImportedSubnet final : public Resource, public virtual ISubnet, public IRouteTable {
 public:
  ImportedSubnet(Construct& scope, std::string_view id, SubnetAttributes attributes)
      : Resource(scope, id), attributes_(std::move(attributes)) {
    if (attributes_.subnetId.isNull()) {
      throw ConstructError(node().path(), "an imported subnet needs its id: set SubnetAttributes::subnetId");
    }
  }
  Value subnetId() const override { return attributes_.subnetId; }
  Value availabilityZone() const override {
    if (!attributes_.availabilityZone) throw missing("availability zone", "availabilityZone");
    return *attributes_.availabilityZone;
  }
  std::string ipv4CidrBlock() const override {
    if (!attributes_.ipv4CidrBlock) throw missing("IPv4 CIDR", "ipv4CidrBlock");
    return *attributes_.ipv4CidrBlock;
  }
  const IRouteTable& routeTable() const override { return *this; }
  Value routeTableId() const override {
    if (!attributes_.routeTableId) throw missing("route table", "routeTableId");
    return *attributes_.routeTableId;
  }
  const IDependable& internetConnectivityEstablished() const override { return none_; }

 private:
  ConstructError missing(std::string_view what, std::string_view attribute) const {
    return ConstructError(node().path(), fmt::format("the {} of this imported subnet is not known: give {} in "
                                                     "Subnet::fromSubnetAttributes()",
                                                     what, attribute));
  }
  SubnetAttributes attributes_;
  DependencyGroup none_;
};

CfnRouteProps routeTo(RouterType type, Value routerId, CfnRouteProps props) {
  switch (type) {
    case RouterType::CARRIER_GATEWAY: props.carrierGatewayId = std::move(routerId); break;
    case RouterType::EGRESS_ONLY_INTERNET_GATEWAY: props.egressOnlyInternetGatewayId = std::move(routerId); break;
    case RouterType::GATEWAY: props.gatewayId = std::move(routerId); break;
    case RouterType::INSTANCE: props.instanceId = std::move(routerId); break;
    case RouterType::LOCAL_GATEWAY: props.localGatewayId = std::move(routerId); break;
    case RouterType::NAT_GATEWAY: props.natGatewayId = std::move(routerId); break;
    case RouterType::NETWORK_INTERFACE: props.networkInterfaceId = std::move(routerId); break;
    case RouterType::TRANSIT_GATEWAY: props.transitGatewayId = std::move(routerId); break;
    case RouterType::VPC_PEERING_CONNECTION: props.vpcPeeringConnectionId = std::move(routerId); break;
    case RouterType::VPC_ENDPOINT: props.vpcEndpointId = std::move(routerId); break;
    case RouterType::CORE_NETWORK: props.coreNetworkArn = std::move(routerId); break;
  }
  return props;
}

}  // namespace

constexpr auto kSubnetTypeNames = cdk::enumNames<SubnetType>({
    {SubnetType::PRIVATE_ISOLATED, "Isolated"},
    {SubnetType::ISOLATED, "Deprecated_Isolated"},
    {SubnetType::PRIVATE_WITH_EGRESS, "Private"},
    {SubnetType::PRIVATE_WITH_NAT, "Deprecated_Private_NAT"},
    {SubnetType::PRIVATE, "Deprecated_Private"},
    {SubnetType::PUBLIC, "Public"},
});
std::string_view toString(SubnetType type) noexcept { return cdk::nameOf(kSubnetTypeNames, type); }

Subnet::Subnet(Construct& scope, std::string_view id, SubnetProps props)
    : Resource(scope, id), availabilityZone_(props.availabilityZone), ipv4CidrBlock_(props.cidrBlock) {
  if (props.vpcId.isNull())
    throw ConstructError(node().path(), "Subnet needs the id of its VPC: set SubnetProps::vpcId");
  if (props.cidrBlock.empty()) {
    throw ConstructError(node().path(), "Subnet needs an IPv4 range: set SubnetProps::cidrBlock, e.g. \"10.0.0.0/24\"");
  }
  if (props.availabilityZone.isNull()) {
    throw ConstructError(node().path(), "Subnet needs an availability zone: set SubnetProps::availabilityZone");
  }
  Tags::of(*this).add("Name", node().path());
  CfnSubnetProps subnetProps{
      .availabilityZone = props.availabilityZone, .cidrBlock = props.cidrBlock, .vpcId = props.vpcId};
  if (props.mapPublicIpOnLaunch) subnetProps.mapPublicIpOnLaunch = *props.mapPublicIpOnLaunch;
  subnet_ = &make<CfnSubnet>("Subnet", std::move(subnetProps));
  subnetId_ = subnet_->ref();
  make<ImportedNetworkAcl>("Acl", subnet_->attrNetworkAclAssociationId());
  node().setDefaultChild(subnet_);
  auto& table = make<CfnRouteTable>("RouteTable", CfnRouteTableProps{.vpcId = props.vpcId});
  routeTable_ = detail::RouteTableRef(table.ref());
  auto& association = make<CfnSubnetRouteTableAssociation>(
      "RouteTableAssociation", CfnSubnetRouteTableAssociationProps{.routeTableId = table.ref(), .subnetId = subnetId_});
  internetConnectivityEstablished_.add(association);
}

Subnet::~Subnet() = default;

bool Subnet::isVpcSubnet(const IConstruct& construct) noexcept {
  return dynamic_cast<const Subnet*>(&construct) != nullptr;
}

ISubnet& Subnet::fromSubnetAttributes(Construct& scope, std::string_view id, SubnetAttributes attributes) {
  return scope.make<ImportedSubnet>(id, std::move(attributes));
}

ISubnet& Subnet::fromSubnetId(Construct& scope, std::string_view id, Value subnetId) {
  return fromSubnetAttributes(scope, id, {.subnetId = std::move(subnetId)});
}

Value Subnet::subnetVpcId() const { return subnet_->getAtt("VpcId"); }
Value Subnet::subnetAvailabilityZone() const { return subnet_->getAtt("AvailabilityZone"); }
ValueList Subnet::subnetIpv6CidrBlocks() const { return subnet_->attrIpv6CidrBlocks(); }
Value Subnet::subnetOutpostArn() const { return subnet_->getAtt("OutpostArn"); }
Value Subnet::subnetNetworkAclAssociationId() const { return subnet_->attrNetworkAclAssociationId(); }

void Subnet::addDefaultInternetRoute(const Value& gatewayId, const IDependable& gatewayAttachment) {
  auto& route = make<CfnRoute>("DefaultRoute", CfnRouteProps{.destinationCidrBlock = "0.0.0.0/0",
                                                             .gatewayId = gatewayId,
                                                             .routeTableId = routeTable_.routeTableId()});
  route.node().addDependency(gatewayAttachment);
  internetConnectivityEstablished_.add(route);
}

void Subnet::addDefaultNatRoute(const Value& natGatewayId) {
  addRoute("DefaultRoute",
           {.enablesInternetConnectivity = true, .routerId = natGatewayId, .routerType = RouterType::NAT_GATEWAY});
}

CfnRoute& Subnet::addRoute(std::string_view id, AddRouteOptions options) {
  if (options.destinationCidrBlock && options.destinationIpv6CidrBlock) {
    throw ConstructError(node().path(), fmt::format("route '{}': Cannot specify both 'destinationCidrBlock' and "
                                                    "'destinationIpv6CidrBlock'; give one of them",
                                                    id));
  }
  if (!options.routerType) {
    throw ConstructError(node().path(),
                         fmt::format("route '{}' needs a router: set AddRouteOptions::routerType and routerId", id));
  }
  if (options.routerId.isNull()) {
    throw ConstructError(node().path(),
                         fmt::format("route '{}' needs the router's id: set AddRouteOptions::routerId", id));
  }
  CfnRouteProps props{.routeTableId = routeTable_.routeTableId()};
  if (options.destinationCidrBlock && !options.destinationCidrBlock->empty()) {
    props.destinationCidrBlock = *options.destinationCidrBlock;
  } else if (!options.destinationIpv6CidrBlock) {
    props.destinationCidrBlock = "0.0.0.0/0";
  }
  if (options.destinationIpv6CidrBlock) props.destinationIpv6CidrBlock = *options.destinationIpv6CidrBlock;
  auto& route = make<CfnRoute>(id, routeTo(*options.routerType, std::move(options.routerId), std::move(props)));
  if (options.enablesInternetConnectivity) internetConnectivityEstablished_.add(route);
  return route;
}

PublicSubnet::PublicSubnet(Construct& scope, std::string_view id, SubnetProps props)
    : Subnet(scope, id, std::move(props)) {}
PublicSubnet::~PublicSubnet() = default;

CfnNatGateway& PublicSubnet::addNatGateway(std::optional<Value> eipAllocationId) {
  Value allocationId = eipAllocationId ? std::move(*eipAllocationId)
                                       : make<CfnEIP>("EIP", CfnEIPProps{.domain = "vpc"}).attrAllocationId();
  auto& gateway = make<CfnNatGateway>(
      "NATGateway", CfnNatGatewayProps{.allocationId = std::move(allocationId), .subnetId = subnetId()});
  gateway.node().addDependency(internetConnectivityEstablished());
  return gateway;
}

PrivateSubnet::PrivateSubnet(Construct& scope, std::string_view id, SubnetProps props)
    : Subnet(scope, id, std::move(props)) {}
PrivateSubnet::~PrivateSubnet() = default;

}  // namespace cdk::ec2
