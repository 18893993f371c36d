#include "cdk/ec2/ip_addresses.hpp"

#include <set>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cdk/core/errors.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cidr_ip_addresses.hpp"

namespace cdk::ec2 {

std::shared_ptr<IIpAddresses> IpAddresses::cidr(std::string cidrBlock) {
  return std::make_shared<detail::CidrIpAddresses>(std::move(cidrBlock));
}

namespace detail {

NetworkBuilder& CidrIpAddresses::builder() {
  if (!builder_) {
    try {
      builder_.emplace(cidr_);
    } catch (const Error& e) {
      throw Error(fmt::format("ipAddresses: IpAddresses::cidr(\"{}\") is not a valid CIDR: {}", cidr_, e.what()));
    }
    const int mask = builder_->networkCidr().mask();
    if (mask < 16 || mask > 28) {
      const std::string cidr = cidr_;
      builder_.reset();
      throw Error(fmt::format(
          "ipAddresses: IpAddresses::cidr(\"{}\"): a VPC range must have a prefix length from /16 to /28 (AWS "
          "rejects others), e.g. \"10.0.0.0/16\"",
          cidr));
    }
  }
  return *builder_;
}

VpcIpamOptions CidrIpAddresses::allocateVpcCidr() { return {.cidrBlock = builder().networkCidr().cidr()}; }

SubnetIpamOptions CidrIpAddresses::allocateSubnetsCidr(const AllocateCidrRequest& input) {
  NetworkBuilder& network = builder();
  const std::size_t n = input.requestedSubnets.size();
  std::vector<std::optional<std::string>> cidrs(n);
  std::vector<std::size_t> withoutMask;
  const std::string fixHint =
      "Give the VPC a larger range, use smaller subnets (a larger cidrMask), or fewer availability zones.";

  // Subnets with a cidrMask first, in request order, then the others sharing what is left.
  for (std::size_t i = 0; i < n; ++i) {
    const RequestedSubnet& request = input.requestedSubnets[i];
    const SubnetConfiguration& config = *request.configuration;
    if (!config.cidrMask) {
      withoutMask.push_back(i);
      continue;
    }
    const int mask = *config.cidrMask;
    const std::string what = fmt::format("subnet group '{}' (cidrMask {})", config.name, mask);
    if (mask < 16 || mask > 28) {
      throw Error(fmt::format(
          "{}: x.x.x.x/{} is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size "
          "is /28. Set cidrMask to a value from 16 to 28.",
          what, mask));
    }
    try {
      cidrs[i] = network.addSubnet(mask, what);
    } catch (const Error& e) {
      throw Error(fmt::format("{} (subnet {} does not fit). {}", e.what(), request.subnetConstructId, fixHint));
    }
  }

  if (!withoutMask.empty()) {
    const int mask = network.maskForRemainingSubnets(withoutMask.size());
    std::vector<std::string> groups;
    std::set<std::string> seen;
    for (std::size_t i : withoutMask) {
      const std::string& name = input.requestedSubnets[i].configuration->name;
      if (seen.insert(name).second) groups.push_back("'" + name + "'");
    }
    const std::string who =
        fmt::format("the {} subnets without cidrMask (groups {})", withoutMask.size(), fmt::join(groups, ", "));
    if (mask > 28) {
      throw Error(fmt::format(
          "{} share the {} addresses left in {}: each would get less than /28 (x.x.x.x/{} is not a valid VPC CIDR "
          "range. VPCs must be between /16 and /28 and the minimum subnet size is /28). {}",
          who, network.remaining(), network.networkCidr().cidr(),
          mask > 32 ? std::string("Infinity") : std::to_string(mask), fixHint));
    }
    if (mask < 16) {
      throw Error(fmt::format(
          "{} would each get x.x.x.x/{}, an equal share of {}: x.x.x.x/{} is not a valid VPC CIDR range. VPCs must be "
          "between /16 and /28 and the minimum subnet size is /28. Set cidrMask on these groups (16 to 28).",
          who, mask, network.networkCidr().cidr(), mask));
    }
    for (std::size_t i : withoutMask) {
      cidrs[i] =
          network.addSubnet(mask, fmt::format("subnet group '{}'", input.requestedSubnets[i].configuration->name));
    }
  }

  SubnetIpamOptions result;
  for (auto& cidr : cidrs) result.allocatedSubnets.push_back({.cidr = std::move(*cidr)});
  return result;
}

}  // namespace detail
}  // namespace cdk::ec2
