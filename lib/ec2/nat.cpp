#include "cdk/ec2/nat.hpp"

#include <fmt/format.h>

#include "cdk/cfn/ec2.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/ec2/vpc.hpp"

namespace cdk::ec2 {
namespace {

/// The same availability zone: equal names, or the same token (the VPC hands the same AZ values to all
/// its subnets).
bool sameZone(const Value& a, const Value& b) { return a == b; }

}  // namespace

std::shared_ptr<NatGatewayProvider> NatProvider::gateway(NatGatewayProps props) {
  return std::make_shared<NatGatewayProvider>(std::move(props));
}

NatGatewayProvider::NatGatewayProvider(NatGatewayProps props) : props_(std::move(props)) {}

void NatGatewayProvider::configureNat(const ConfigureNatOptions& options) {
  if (!props_.eipAllocationIds.empty() && props_.eipAllocationIds.size() < options.natSubnets.size()) {
    throw Error(fmt::format(
        "Not enough NAT gateway EIP allocation IDs ({} provided) for the requested subnet count ({} needed). Give one "
        "allocation id per NAT gateway, or lower natGateways.",
        props_.eipAllocationIds.size(), options.natSubnets.size()));
  }
  std::size_t i = 0;
  for (const auto& subnet : options.natSubnets) {
    std::optional<Value> allocationId;
    if (!props_.eipAllocationIds.empty()) allocationId = props_.eipAllocationIds[i % props_.eipAllocationIds.size()];
    CfnNatGateway& gateway = subnet->addNatGateway(std::move(allocationId));
    gateways_.push_back({.az = subnet->availabilityZone(), .gatewayId = gateway.ref()});
    ++i;
  }
  for (const auto& subnet : options.privateSubnets) configureSubnet(*subnet);
}

void NatGatewayProvider::configureSubnet(PrivateSubnet& subnet) {
  if (gateways_.empty()) {
    throw ConstructError(
        subnet.node().path(),
        "Cannot pick, set is empty: the NAT provider has no NAT gateway to route this private subnet to");
  }
  const Value az = subnet.availabilityZone();
  const GatewayConfig* chosen = nullptr;
  for (const auto& gateway : gateways_) {
    if (sameZone(gateway.az, az)) chosen = &gateway;  // the last one in the zone, as aws-cdk-lib's PrefSet
  }
  // No gateway in the zone: the gateways in turn, one counter for all the VPC's private subnets.
  if (!chosen) chosen = &gateways_[next_++ % gateways_.size()];
  subnet.addDefaultNatRoute(chosen->gatewayId);
}

}  // namespace cdk::ec2
