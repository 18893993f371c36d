// IpAddresses::cidr's implementation (internal to the ec2 module).
#pragma once

#include <optional>
#include <string>

#include "cdk/ec2/ip_addresses.hpp"
#include "network_builder.hpp"

namespace cdk::ec2::detail {

class CidrIpAddresses final : public IIpAddresses {
 public:
  explicit CidrIpAddresses(std::string cidr) : cidr_(std::move(cidr)) {}
  VpcIpamOptions allocateVpcCidr() override;
  SubnetIpamOptions allocateSubnetsCidr(const AllocateCidrRequest& input) override;
  /// The CIDR as the user wrote it.
  const std::string& requestedCidr() const noexcept { return cidr_; }

 private:
  NetworkBuilder& builder();
  std::string cidr_;
  std::optional<NetworkBuilder> builder_;
};

}  // namespace cdk::ec2::detail
