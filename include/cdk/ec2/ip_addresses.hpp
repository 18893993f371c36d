// How a VPC gets its IPv4 range and how the range is split into subnets (aws-cdk-lib's
// ec2.IpAddresses, ec2.IIpAddresses).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::ec2 {

struct SubnetConfiguration;

/// The CIDR properties of the VPC resource.
struct VpcIpamOptions {
  std::optional<std::string> cidrBlock{};
  std::optional<cdk::Value> ipv4IpamPoolId{};
  std::optional<int> ipv4NetmaskLength{};
};

/// One subnet the VPC wants: a group's subnet in one availability zone.
struct RequestedSubnet {
  cdk::Value availabilityZone{};
  const SubnetConfiguration* configuration = nullptr;
  std::string subnetConstructId{};
};

struct AllocateCidrRequest {
  std::vector<RequestedSubnet> requestedSubnets{};
  std::string vpcCidr{};
};

struct AllocatedSubnet {
  std::string cidr{};
};

struct SubnetIpamOptions {
  /// One per requested subnet, in the order requested.
  std::vector<AllocatedSubnet> allocatedSubnets{};
};

/// An IPv4 address strategy. Implementations throw cdk::Error for input they cannot use; the Vpc reports
/// it with its path.
class CDKPP_API IIpAddresses {
 public:
  virtual ~IIpAddresses() = default;
  virtual VpcIpamOptions allocateVpcCidr() = 0;
  virtual SubnetIpamOptions allocateSubnetsCidr(const AllocateCidrRequest& input) = 0;
};

class CDKPP_API IpAddresses {
 public:
  /// A fixed IPv4 range, e.g. "10.0.0.0/16", split as aws-cdk-lib splits it: subnets with a cidrMask
  /// first (in group order, each block aligned up to its size), then the subnets without one, sharing the
  /// remaining space equally. The CIDR is checked when the Vpc uses it.
  static std::shared_ptr<IIpAddresses> cidr(std::string cidrBlock);
};

}  // namespace cdk::ec2
