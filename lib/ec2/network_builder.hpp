// IPv4 arithmetic for splitting a VPC range into subnets (aws-cdk-lib's NetworkUtils, NetworkBuilder and
// CidrBlock, with the same rounding). Internal to the ec2 module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cdk::ec2::detail {

/// "a.b.c.d" to a number; throws cdk::Error naming the address when it is not four numbers 0..255.
std::int64_t ipToNum(std::string_view ip);
/// A number to "a.b.c.d"; throws cdk::Error when it is outside the IPv4 space.
std::string numToIp(std::int64_t number);

/// A block of 2^(32-mask) addresses. A start that is not a multiple of the block size is rounded UP to the
/// next multiple, as aws-cdk-lib does.
class CidrBlock {
 public:
  /// "a.b.c.d/m"; throws cdk::Error for anything else.
  explicit CidrBlock(std::string_view cidr);
  CidrBlock(std::int64_t address, int mask);

  static std::int64_t netsize(int mask) { return std::int64_t{1} << (32 - mask); }
  int mask() const noexcept { return mask_; }
  std::int64_t minAddress() const noexcept { return networkAddress_ - networkAddress_ % netsize(mask_); }
  std::int64_t maxAddress() const noexcept { return minAddress() + netsize(mask_) - 1; }
  /// "<first address>/<mask>".
  std::string cidr() const;

 private:
  int mask_;
  std::int64_t networkAddress_;
};

/// Hands out consecutive subnets of a network.
class NetworkBuilder {
 public:
  explicit NetworkBuilder(std::string_view cidr);
  const CidrBlock& networkCidr() const noexcept { return network_; }
  /// The next subnet with this mask (aligned up). Throws cdk::Error when the mask is not 16..28 or the
  /// subnet does not fit; `what` names the subnet in the message.
  std::string addSubnet(int mask, std::string_view what);
  /// The largest mask that gives `count` equal subnets of the space left (may be outside 16..28).
  int maskForRemainingSubnets(std::size_t count) const;
  std::int64_t remaining() const noexcept { return network_.maxAddress() - nextAvailableIp_ + 1; }

 private:
  CidrBlock network_;
  std::int64_t nextAvailableIp_;
};

}  // namespace cdk::ec2::detail
