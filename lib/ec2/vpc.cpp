#include "cdk/ec2/vpc.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cdk/cfn/ec2.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/feature_flags.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/tags.hpp"
#include "cidr_ip_addresses.hpp"

namespace cdk::ec2 {
namespace {

constexpr std::string_view FAKE_AZ_NAME = "fake-az";
constexpr std::string_view RESTRICT_DEFAULT_SG_FLAG = "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup";

bool isPrivateWithEgress(SubnetType t) {
  return t == SubnetType::PRIVATE_WITH_EGRESS || t == SubnetType::PRIVATE || t == SubnetType::PRIVATE_WITH_NAT;
}
bool isIsolated(SubnetType t) { return t == SubnetType::PRIVATE_ISOLATED || t == SubnetType::ISOLATED; }

/// aws-cdk-lib's subnetTypeTagValue.
std::string_view subnetTypeTagValue(SubnetType t) {
  if (t == SubnetType::PUBLIC) return "Public";
  if (isIsolated(t)) return "Isolated";
  return "Private";
}

}  // namespace

constexpr auto kDefaultInstanceTenancyNames = cdk::enumNames<DefaultInstanceTenancy>({
    {DefaultInstanceTenancy::DEFAULT, "default"},
    {DefaultInstanceTenancy::DEDICATED, "dedicated"},
    {DefaultInstanceTenancy::HOST, "host"},
});
std::string_view toString(DefaultInstanceTenancy tenancy) noexcept {
  return cdk::nameOf(kDefaultInstanceTenancyNames, tenancy);
}

// ---------------------------------------------------------------------------------------------------------
// SelectedSubnets

SelectedSubnets::SelectedSubnets(std::vector<Handle<ISubnet>> subnets, bool hasPublic,
                                 const IDependable& internetConnectivityEstablished)
    : subnets_(std::move(subnets)),
      hasPublic_(hasPublic),
      internetConnectivityEstablished_(&internetConnectivityEstablished) {}

std::vector<Value> SelectedSubnets::subnetIds() const {
  std::vector<Value> ids;
  for (const auto& subnet : subnets_) ids.push_back(subnet->subnetId());
  return ids;
}

std::vector<Value> SelectedSubnets::availabilityZones() const {
  std::vector<Value> zones;
  for (const auto& subnet : subnets_) zones.push_back(subnet->availabilityZone());
  return zones;
}

// ---------------------------------------------------------------------------------------------------------
// Vpc

std::vector<SubnetConfiguration> Vpc::DEFAULT_SUBNETS() {
  return {{.name = "Public", .subnetType = SubnetType::PUBLIC},
          {.name = "Private", .subnetType = SubnetType::PRIVATE_WITH_EGRESS}};
}

std::vector<SubnetConfiguration> Vpc::DEFAULT_SUBNETS_NO_NAT() {
  return {{.name = "Public", .subnetType = SubnetType::PUBLIC},
          {.name = "Isolated", .subnetType = SubnetType::PRIVATE_ISOLATED}};
}

namespace {

/// The checks aws-cdk-lib makes on the props before anything is created (and cdkpp's own on what C++ lets
/// through: negative counts, unnamed or untyped subnet groups).
void validate(const std::string& path, const VpcProps& props, bool restrictDefaultSgFlag) {
  auto fail = [&path](const std::string& message) { throw ConstructError(path, message); };
  if (props.enableDnsHostnames.value_or(false) && !props.enableDnsSupport.value_or(false)) {
    fail(
        "To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled. Set enableDnsSupport "
        "= true as well (aws-cdk-lib requires it explicitly whenever enableDnsHostnames is set), or leave both unset "
        "(both default to true).");
  }
  if (!props.availabilityZones.empty() && props.maxAzs) {
    fail("Vpc supports 'availabilityZones' or 'maxAzs', but not both. Remove one of them.");
  }
  if (props.maxAzs && *props.maxAzs < 1) fail(fmt::format("maxAzs is {}: it must be at least 1", *props.maxAzs));
  if (props.natGateways && *props.natGateways < 0) {
    fail(fmt::format("natGateways is {}: it must be 0 or more", *props.natGateways));
  }
  if (props.reservedAzs < 0) fail(fmt::format("reservedAzs is {}: it must be 0 or more", props.reservedAzs));
  if ((restrictDefaultSgFlag && props.restrictDefaultSecurityGroup != false) ||
      props.restrictDefaultSecurityGroup == true) {
    fail(fmt::format(
        "restrictDefaultSecurityGroup{} needs aws-cdk-lib's Custom::VpcRestrictDefaultSG, a custom resource backed by "
        "a Lambda function asset, which cdkpp cannot synthesize. Set restrictDefaultSecurityGroup = false (the VPC's "
        "default security group then keeps its default rules){}.",
        props.restrictDefaultSecurityGroup ? std::string(" = true")
                                           : fmt::format(" (from the feature flag \"{}\")", RESTRICT_DEFAULT_SG_FLAG),
        props.restrictDefaultSecurityGroup ? "" : " or remove the feature flag from the context"));
  }
  std::set<std::string> names;
  for (std::size_t i = 0; i < props.subnetConfiguration.size(); ++i) {
    const auto& config = props.subnetConfiguration[i];
    if (config.name.empty()) {
      fail(fmt::format("subnetConfiguration[{}] has no name: give each subnet group a name, e.g. \"Private\"", i));
    }
    if (!config.subnetType) {
      fail(fmt::format("subnet group '{}' has no subnetType: set it to PUBLIC, PRIVATE_WITH_EGRESS or PRIVATE_ISOLATED",
                       config.name));
    }
    if (!names.insert(config.name).second) {
      fail(fmt::format(
          "subnetConfiguration has two subnet groups named '{}': subnet group names must be unique (they name the "
          "subnets, e.g. '{}Subnet1')",
          config.name, config.name));
    }
  }
}

/// aws-cdk-lib's determineNatGatewayCount: the requested count (at most one per zone), or one per zone when
/// there are private subnets with egress; the configuration must have somewhere to put them.
int determineNatGatewayCount(const std::string& path, std::optional<int> requestedCount,
                             const std::vector<SubnetConfiguration>& subnetConfiguration, int azCount) {
  bool hasPrivate = false;
  bool hasPublic = false;
  bool hasCustomEgress = false;
  for (const auto& config : subnetConfiguration) {
    if (isPrivateWithEgress(*config.subnetType) && !config.reserved) hasPrivate = true;
    if (*config.subnetType == SubnetType::PUBLIC && !config.reserved) hasPublic = true;
    if (*config.subnetType == SubnetType::PRIVATE_WITH_EGRESS) hasCustomEgress = true;
  }
  const int count = requestedCount ? std::min(*requestedCount, azCount) : (hasPrivate ? azCount : 0);
  if (count == 0 && hasPrivate && !hasCustomEgress) {
    throw ConstructError(
        path,
        "If you do not want NAT gateways (natGateways=0), make sure you don't configure any PRIVATE(_WITH_NAT) subnets "
        "in 'subnetConfiguration' (make them PUBLIC or ISOLATED instead)");
  }
  if (count > 0 && !hasPublic) {
    std::vector<std::string> groups;
    for (const auto& config : subnetConfiguration) {
      groups.push_back(fmt::format("'{}' ({}{})", config.name, ec2::toString(*config.subnetType),
                                   config.reserved ? ", reserved" : ""));
    }
    throw ConstructError(
        path,
        fmt::format("If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure PUBLIC "
                    "subnets to put the NAT gateways into (got {}). Add a PUBLIC subnet group, or set natGateways "
                    "= 0 (the private subnets then have no route to the internet), or make the private groups "
                    "PRIVATE_ISOLATED.",
                    fmt::join(groups, ", ")));
  }
  return count;
}

}  // namespace

Vpc::Vpc(Construct& scope, std::string_view id, VpcProps props) : Resource(scope, id) {
  const std::string& path = node().path();
  validate(path, props, FeatureFlags::of(*this).isEnabled(RESTRICT_DEFAULT_SG_FLAG));

  std::shared_ptr<IIpAddresses> ipAddresses =
      props.ipAddresses ? props.ipAddresses : IpAddresses::cidr(std::string(DEFAULT_CIDR_RANGE));
  VpcIpamOptions vpcCidr;
  try {
    vpcCidr = ipAddresses->allocateVpcCidr();
  } catch (const ConstructError&) {
    throw;
  } catch (const Error& e) {
    throw ConstructError(path, e.what());
  }
  createVpcResource(props, *ipAddresses, vpcCidr);
  chooseAvailabilityZones(props);
  vpcArn_ = Stack::of(*this).formatArn({.resource = "vpc", .resourceName = vpcId_, .service = "ec2"});

  const std::vector<SubnetConfiguration> subnetConfiguration =
      !props.subnetConfiguration.empty() ? props.subnetConfiguration
                                         : (props.natGateways == 0 ? DEFAULT_SUBNETS_NO_NAT() : DEFAULT_SUBNETS());
  const auto azCount = static_cast<int>(availabilityZones_.size());
  const int natGatewayCount = determineNatGatewayCount(path, props.natGateways, subnetConfiguration, azCount);
  if (props.natGateways && *props.natGateways > azCount) {
    const Stack& stack = Stack::of(*this);
    Annotations::of(*this).addWarningV2(
        "@cdkpp/aws-ec2:natGatewaysMoreThanAzs",
        fmt::format("natGateways is {} but the VPC has {} availability zone{}, so only {} NAT gateway{} created (at "
                    "most one per zone, as aws-cdk-lib does). Set natGateways to {} or less{}.",
                    *props.natGateways, azCount, azCount == 1 ? "" : "s", natGatewayCount,
                    natGatewayCount == 1 ? " is" : "s are", azCount,
                    stack.concreteAccount() && stack.concreteRegion()
                        ? ""
                        : " (stacks without a concrete account and region have 2 availability zones)"));
  }

  createSubnets(subnetConfiguration, *ipAddresses, vpcCidr.cidrBlock.value_or(""));

  // An internet gateway when some subnet routes outside the VPC (aws-cdk-lib's allowOutbound), then NAT.
  const bool allowOutbound = std::any_of(subnetConfiguration.begin(), subnetConfiguration.end(),
                                         [](const auto& c) { return !isIsolated(*c.subnetType) && !c.reserved; });
  if (allowOutbound && props.createInternetGateway) {
    createInternetGateway();
    if (natGatewayCount > 0) createNatGateways(props, natGatewayCount);
  } else if (!props.createInternetGateway && natGatewayCount > 0) {
    Annotations::of(*this).addWarningV2(
        "@cdkpp/aws-ec2:noInternetGatewayNoNat",
        fmt::format("createInternetGateway is false, so no NAT gateways are created ({} would be otherwise) and the "
                    "private subnets have no route to the internet (as aws-cdk-lib does). Set natGateways = 0 to say "
                    "so, or let the VPC create its internet gateway.",
                    natGatewayCount));
  }

  for (auto& [endpointId, options] : props.gatewayEndpoints) addGatewayEndpoint(endpointId, std::move(options));
  for (auto& [flowLogId, options] : props.flowLogs) addFlowLog(flowLogId, std::move(options));
}

void Vpc::createVpcResource(const VpcProps& props, IIpAddresses& ipAddresses, const VpcIpamOptions& vpcCidr) {
  dnsHostnamesEnabled_ = props.enableDnsHostnames.value_or(true);
  dnsSupportEnabled_ = props.enableDnsSupport.value_or(true);
  CfnVPCProps vpcProps{.enableDnsHostnames = dnsHostnamesEnabled_,
                       .enableDnsSupport = dnsSupportEnabled_,
                       .instanceTenancy = Value(ec2::toString(props.defaultInstanceTenancy))};
  if (vpcCidr.cidrBlock) vpcProps.cidrBlock = *vpcCidr.cidrBlock;
  if (vpcCidr.ipv4IpamPoolId) vpcProps.ipv4IpamPoolId = *vpcCidr.ipv4IpamPoolId;
  if (vpcCidr.ipv4NetmaskLength) vpcProps.ipv4NetmaskLength = *vpcCidr.ipv4NetmaskLength;
  resource_ = &make<CfnVPC>("Resource", std::move(vpcProps));
  if (const auto* cidr = dynamic_cast<const detail::CidrIpAddresses*>(&ipAddresses);
      cidr && vpcCidr.cidrBlock && *vpcCidr.cidrBlock != cidr->requestedCidr()) {
    Annotations::of(*this).addWarningV2(
        "@cdkpp/aws-ec2:unalignedVpcCidr",
        fmt::format("IpAddresses::cidr(\"{}\") does not start at a multiple of its size, so the VPC gets {} (the next "
                    "aligned block, as aws-cdk-lib does). Write \"{}\" to say so, or fix the address.",
                    cidr->requestedCidr(), *vpcCidr.cidrBlock, *vpcCidr.cidrBlock));
  }
  vpcId_ = resource_->ref();
  vpcCidrBlock_ = resource_->getAtt("CidrBlock");
  Tags::of(*this).add("Name", props.vpcName && !props.vpcName->empty() ? *props.vpcName : node().path());
}

void Vpc::chooseAvailabilityZones(const VpcProps& props) {
  const Stack& stack = Stack::of(*this);
  if (!props.availabilityZones.empty()) {
    // The given zones must be the stack's, when the stack's are known (looked up into the context; asking for
    // them reports the lookup as missing otherwise, as aws-cdk-lib's Vpc does).
    const bool concrete = stack.concreteAccount() && stack.concreteRegion();
    const std::vector<Value> zonesOfStack = concrete ? stack.availabilityZones() : std::vector<Value>{};
    if (concrete && node().tryGetContext(fmt::format("availability-zones:account={}:region={}",
                                                     *stack.concreteAccount(), *stack.concreteRegion()))) {
      std::vector<std::string> stackZones;
      for (const auto& zone : zonesOfStack) {
        if (zone.isString()) stackZones.push_back(zone.asString());
      }
      for (const auto& zone : props.availabilityZones) {
        if (zone.isString() && std::find(stackZones.begin(), stackZones.end(), zone.asString()) == stackZones.end()) {
          std::vector<std::string> given;
          for (const auto& z : props.availabilityZones) given.push_back(z.toString());
          throw ConstructError(
              node().path(),
              fmt::format("Given VPC 'availabilityZones' {} must be a subset of the stack's availability zones {}; "
                          "'{}' is not one of them",
                          fmt::join(given, ","), fmt::join(stackZones, ","), zone.asString()));
        }
      }
    }
    availabilityZones_ = props.availabilityZones;
  } else {
    auto zones = stack.availabilityZones();
    const auto maxAzs = static_cast<std::size_t>(props.maxAzs.value_or(3));
    if (zones.size() > maxAzs) zones.resize(maxAzs);
    availabilityZones_ = std::move(zones);
  }
  for (int i = 0; i < props.reservedAzs; ++i) availabilityZones_.emplace_back(FAKE_AZ_NAME);
}

void Vpc::createInternetGateway() {
  auto& igw = make<CfnInternetGateway>("IGW");
  internetGatewayId_ = igw.ref();
  internetConnectivityEstablished_.add(igw);
  auto& attachment = make<CfnVPCGatewayAttachment>(
      "VPCGW", CfnVPCGatewayAttachmentProps{.internetGatewayId = igw.ref(), .vpcId = vpcId_});
  for (PublicSubnet* subnet : createdPublicSubnets_) subnet->addDefaultInternetRoute(igw.ref(), attachment);
}

void Vpc::createNatGateways(const VpcProps& props, int natGatewayCount) {
  const SubnetSelection placement =
      props.natGatewaySubnets ? *props.natGatewaySubnets : SubnetSelection{.subnetType = SubnetType::PUBLIC};
  ConfigureNatOptions options{.vpc = *this};
  for (const auto& subnet : selectSubnetObjects(placement)) {
    const auto created = std::find_if(createdPublicSubnets_.begin(), createdPublicSubnets_.end(),
                                      [&](PublicSubnet* s) { return static_cast<const ISubnet*>(s) == subnet.get(); });
    if (created == createdPublicSubnets_.end()) {
      throw ConstructError(node().path(),
                           fmt::format("natGatewaySubnets selects {}, which is not a public subnet of this VPC "
                                       "(aws-cdk-lib: natGatewayPlacement contains non public subnet): NAT gateways "
                                       "must be in the VPC's PUBLIC subnets",
                                       subnet->node().path()));
    }
    if (options.natSubnets.size() < static_cast<std::size_t>(natGatewayCount))
      options.natSubnets.emplace_back(**created);
  }
  if (options.natSubnets.size() < static_cast<std::size_t>(natGatewayCount)) {
    Annotations::of(*this).addWarningV2(
        "@cdkpp/aws-ec2:fewerNatSubnets",
        fmt::format("{} NAT gateway{} requested but natGatewaySubnets selects only {} subnet{}, so only {} {} "
                    "created (as aws-cdk-lib does). Select more public subnets or lower natGateways.",
                    natGatewayCount, natGatewayCount == 1 ? " is" : "s are", options.natSubnets.size(),
                    options.natSubnets.size() == 1 ? "" : "s", options.natSubnets.size(),
                    options.natSubnets.size() == 1 ? "is" : "are"));
  }
  for (PrivateSubnet* subnet : createdPrivateSubnets_) options.privateSubnets.emplace_back(*subnet);
  std::shared_ptr<NatProvider> provider = props.natGatewayProvider ? props.natGatewayProvider : NatProvider::gateway();
  try {
    provider->configureNat(options);
  } catch (const ConstructError&) {
    throw;
  } catch (const Error& e) {
    throw ConstructError(node().path(), e.what());
  }
}

Vpc::~Vpc() = default;

Value Vpc::vpcDefaultSecurityGroup() const { return resource_->attrDefaultSecurityGroup(); }
Value Vpc::vpcDefaultNetworkAcl() const { return resource_->attrDefaultNetworkAcl(); }
ValueList Vpc::vpcCidrBlockAssociations() const { return resource_->attrCidrBlockAssociations(); }
ValueList Vpc::vpcIpv6CidrBlocks() const { return resource_->attrIpv6CidrBlocks(); }

void Vpc::createSubnets(const std::vector<SubnetConfiguration>& configuration, IIpAddresses& ipAddresses,
                        const std::string& vpcCidr) {
  AllocateCidrRequest request{.vpcCidr = vpcCidr};
  for (const auto& config : configuration) {
    for (std::size_t i = 0; i < availabilityZones_.size(); ++i) {
      request.requestedSubnets.push_back({.availabilityZone = availabilityZones_[i],
                                          .configuration = &config,
                                          .subnetConstructId = fmt::format("{}Subnet{}", config.name, i + 1)});
    }
  }
  SubnetIpamOptions allocated;
  try {
    allocated = ipAddresses.allocateSubnetsCidr(request);
  } catch (const ConstructError&) {
    throw;
  } catch (const Error& e) {
    throw ConstructError(node().path(), e.what());
  }
  if (allocated.allocatedSubnets.size() != request.requestedSubnets.size()) {
    throw ConstructError(node().path(),
                         fmt::format("Incomplete Subnet Allocation; the IP address strategy returned {} CIDRs for {} "
                                     "requested subnets",
                                     allocated.allocatedSubnets.size(), request.requestedSubnets.size()));
  }
  for (std::size_t i = 0; i < allocated.allocatedSubnets.size(); ++i) {
    const RequestedSubnet& requested = request.requestedSubnets[i];
    const SubnetConfiguration& config = *requested.configuration;
    if (config.reserved) continue;
    if (requested.availabilityZone.isString() && requested.availabilityZone.asString() == FAKE_AZ_NAME) continue;
    const SubnetType type = *config.subnetType;
    std::optional<bool> mapPublicIpOnLaunch;
    if (type == SubnetType::PUBLIC) {
      mapPublicIpOnLaunch = config.mapPublicIpOnLaunch.value_or(true);
    } else {
      if (config.mapPublicIpOnLaunch) {
        throw ConstructError(node().path(),
                             fmt::format("{} subnet cannot include mapPublicIpOnLaunch parameter (subnet group '{}'): "
                                         "remove mapPublicIpOnLaunch, it only applies to PUBLIC subnets",
                                         ec2::toString(type), config.name));
      }
      mapPublicIpOnLaunch = false;
    }
    SubnetProps subnetProps{.availabilityZone = requested.availabilityZone,
                            .cidrBlock = allocated.allocatedSubnets[i].cidr,
                            .mapPublicIpOnLaunch = mapPublicIpOnLaunch,
                            .vpcId = vpcId_};
    Subnet* subnet = nullptr;
    if (type == SubnetType::PUBLIC) {
      auto& publicSubnet = make<PublicSubnet>(requested.subnetConstructId, std::move(subnetProps));
      createdPublicSubnets_.push_back(&publicSubnet);
      publicSubnets_.emplace_back(publicSubnet);
      subnet = &publicSubnet;
    } else if (isPrivateWithEgress(type)) {
      auto& privateSubnet = make<PrivateSubnet>(requested.subnetConstructId, std::move(subnetProps));
      createdPrivateSubnets_.push_back(&privateSubnet);
      privateSubnets_.emplace_back(privateSubnet);
      subnet = &privateSubnet;
    } else {
      subnet = &make<PrivateSubnet>(requested.subnetConstructId, std::move(subnetProps));
      isolatedSubnets_.emplace_back(*subnet);
    }
    subnetGroupNames_[subnet] = config.name;
    TagProps onlySubnets{.includeResourceTypes = {std::string(CfnSubnet::CFN_RESOURCE_TYPE_NAME)}};
    Tags::of(*subnet).add("aws-cdk:subnet-name", config.name, onlySubnets);
    Tags::of(*subnet).add("aws-cdk:subnet-type", subnetTypeTagValue(type), onlySubnets);
  }
}

std::vector<Handle<ISubnet>> Vpc::selectSubnetObjects(const SubnetSelection& selection) const {
  const std::string path = node().path();
  std::vector<std::string> provided;
  if (!selection.subnets.empty()) provided.emplace_back("subnets");
  if (selection.subnetType) provided.emplace_back("subnetType");
  if (selection.subnetGroupName) provided.emplace_back("subnetGroupName");
  if (provided.size() > 1) {
    throw ConstructError(path, fmt::format("Only one of '{}' can be supplied to subnet selection. Keep one of them.",
                                           fmt::join(provided, ",")));
  }
  if (!selection.subnets.empty()) {
    for (const auto& subnet : selection.subnets) {
      if (!subnet) throw ConstructError(path, "SubnetSelection::subnets holds a null handle; pass subnets");
    }
    return selection.subnets;
  }

  std::vector<Handle<ISubnet>> subnets;
  if (selection.subnetGroupName) {
    std::vector<std::string> names;
    for (const auto* list : {&publicSubnets_, &privateSubnets_, &isolatedSubnets_}) {
      for (const auto& subnet : *list) {
        const std::string& name = subnetGroupNames_.at(subnet.get());
        if (name == *selection.subnetGroupName) subnets.push_back(subnet);
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
      }
    }
    if (subnets.empty()) {
      throw ConstructError(path,
                           fmt::format("There are no subnet groups with name '{}' in this VPC. Available names: {}",
                                       *selection.subnetGroupName, fmt::join(names, ",")));
    }
  } else {
    const SubnetType type = selection.subnetType        ? *selection.subnetType
                            : !privateSubnets_.empty()  ? SubnetType::PRIVATE_WITH_EGRESS
                            : !isolatedSubnets_.empty() ? SubnetType::PRIVATE_ISOLATED
                                                        : SubnetType::PUBLIC;
    const auto& list = type == SubnetType::PUBLIC ? publicSubnets_
                       : isIsolated(type)         ? isolatedSubnets_
                                                  : privateSubnets_;
    if (list.empty()) {
      std::vector<std::string_view> available;
      for (SubnetType t : {SubnetType::PRIVATE_ISOLATED, SubnetType::ISOLATED, SubnetType::PRIVATE_WITH_NAT,
                           SubnetType::PRIVATE_WITH_EGRESS, SubnetType::PRIVATE, SubnetType::PUBLIC}) {
        const auto& candidates = t == SubnetType::PUBLIC ? publicSubnets_
                                 : isIsolated(t)         ? isolatedSubnets_
                                                         : privateSubnets_;
        if (!candidates.empty()) available.push_back(ec2::toString(t));
      }
      throw ConstructError(path, fmt::format("There are no '{}' subnet groups in this VPC. Available types: {}",
                                             ec2::toString(type), fmt::join(available, ",")));
    }
    subnets = list;
  }

  if (!selection.availabilityZones.empty()) {
    std::erase_if(subnets, [&](const Handle<ISubnet>& subnet) {
      const Value zone = subnet->availabilityZone();
      return std::find(selection.availabilityZones.begin(), selection.availabilityZones.end(), zone) ==
             selection.availabilityZones.end();
    });
  }
  if (selection.onePerAz) {
    std::vector<Value> seen;
    std::erase_if(subnets, [&](const Handle<ISubnet>& subnet) {
      const Value zone = subnet->availabilityZone();
      if (std::find(seen.begin(), seen.end(), zone) != seen.end()) return true;
      seen.push_back(zone);
      return false;
    });
  }
  return subnets;
}

const IDependable& Vpc::dependencyGroupFor(const std::vector<Handle<ISubnet>>& subnets) const {
  std::vector<const ISubnet*> key;
  for (const auto& subnet : subnets) key.push_back(subnet.get());
  for (const auto& [members, group] : selectionGroups_) {
    if (members == key) return *group;
  }
  auto group = std::make_unique<DependencyGroup>();
  for (const auto* subnet : key) group->add(subnet->internetConnectivityEstablished());
  selectionGroups_.emplace_back(std::move(key), std::move(group));
  return *selectionGroups_.back().second;
}

SelectedSubnets Vpc::selectSubnets(const SubnetSelection& selection) const {
  std::vector<Handle<ISubnet>> subnets = selectSubnetObjects(selection);
  const bool hasPublic = std::any_of(subnets.begin(), subnets.end(), [&](const Handle<ISubnet>& subnet) {
    return std::find(publicSubnets_.begin(), publicSubnets_.end(), subnet) != publicSubnets_.end();
  });
  const IDependable& group = dependencyGroupFor(subnets);
  return SelectedSubnets(std::move(subnets), hasPublic, group);
}

GatewayVpcEndpoint& Vpc::addGatewayEndpoint(std::string_view id, GatewayVpcEndpointOptions options) {
  return make<GatewayVpcEndpoint>(
      id, GatewayVpcEndpointProps{
              .service = std::move(options.service), .subnets = std::move(options.subnets), .vpc = *this});
}

InterfaceVpcEndpoint& Vpc::addInterfaceEndpoint(std::string_view id, InterfaceVpcEndpointOptions options) {
  return make<InterfaceVpcEndpoint>(id, InterfaceVpcEndpointProps{.open = options.open,
                                                                  .privateDnsEnabled = options.privateDnsEnabled,
                                                                  .securityGroups = std::move(options.securityGroups),
                                                                  .service = std::move(options.service),
                                                                  .subnets = std::move(options.subnets),
                                                                  .vpc = *this});
}

FlowLog& Vpc::addFlowLog(std::string_view id, FlowLogOptions options) {
  return make<FlowLog>(id, FlowLogProps{.destination = std::move(options.destination),
                                        .flowLogName = std::move(options.flowLogName),
                                        .maxAggregationInterval = options.maxAggregationInterval,
                                        .resourceType = FlowLogResourceType::fromVpc(*this),
                                        .trafficType = options.trafficType});
}

}  // namespace cdk::ec2
