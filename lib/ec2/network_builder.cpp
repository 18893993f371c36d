#include "network_builder.hpp"

#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk::ec2::detail {
namespace {

bool parseOctets(std::string_view ip, std::int64_t& number) {
  number = 0;
  int parts = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = ip.find('.', start);
    const std::string_view part =
        ip.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (part.empty() || part.size() > 3) return false;
    int value = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return false;
      value = value * 10 + (c - '0');
    }
    if (value > 255) return false;
    number = number * 256 + value;
    ++parts;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return parts == 4;
}

}  // namespace

std::int64_t ipToNum(std::string_view ip) {
  std::int64_t number = 0;
  if (!parseOctets(ip, number)) {
    throw Error(fmt::format("{} is not valid: an IPv4 address is four numbers from 0 to 255 separated by dots", ip));
  }
  return number;
}

std::string numToIp(std::int64_t number) {
  if (number < 0 || number > 0xFFFFFFFFLL) {
    throw Error(fmt::format("address {} is outside the IPv4 address space", number));
  }
  return fmt::format("{}.{}.{}.{}", (number >> 24) & 255, (number >> 16) & 255, (number >> 8) & 255, number & 255);
}

CidrBlock::CidrBlock(std::string_view cidr) : mask_(0), networkAddress_(0) {
  const std::size_t slash = cidr.find('/');
  if (slash == std::string_view::npos) {
    throw Error(fmt::format("'{}' has no prefix length: write the CIDR as address/length, e.g. \"10.0.0.0/16\"", cidr));
  }
  const std::string_view maskText = cidr.substr(slash + 1);
  int mask = 0;
  bool ok = !maskText.empty() && maskText.size() <= 2;
  for (char c : maskText) {
    if (c < '0' || c > '9') ok = false;
    if (ok) mask = mask * 10 + (c - '0');
  }
  if (!ok || mask > 32) {
    throw Error(
        fmt::format("'{}' has an invalid prefix length '{}': use 0 to 32, e.g. \"10.0.0.0/16\"", cidr, maskText));
  }
  mask_ = mask;
  networkAddress_ = ipToNum(cidr.substr(0, slash)) + netsize(mask_) - 1;
}

CidrBlock::CidrBlock(std::int64_t address, int mask) : mask_(mask), networkAddress_(address + netsize(mask) - 1) {}

std::string CidrBlock::cidr() const { return fmt::format("{}/{}", numToIp(minAddress()), mask_); }

NetworkBuilder::NetworkBuilder(std::string_view cidr) : network_(cidr), nextAvailableIp_(network_.minAddress()) {}

std::string NetworkBuilder::addSubnet(int mask, std::string_view what) {
  if (mask < 16 || mask > 28) {
    throw Error(fmt::format(
        "{}: x.x.x.x/{} is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is "
        "/28.",
        what, mask));
  }
  const std::int64_t maxIp = nextAvailableIp_ + CidrBlock::netsize(mask);
  if (network_.maxAddress() < maxIp - 1) {
    throw Error(fmt::format("{}: 1 of /{} exceeds remaining space of {}", what, mask, network_.cidr()));
  }
  CidrBlock subnet(nextAvailableIp_, mask);
  nextAvailableIp_ = subnet.maxAddress() + 1;
  return subnet.cidr();
}

int NetworkBuilder::maskForRemainingSubnets(std::size_t count) const {
  if (count == 0) return 32;
  const std::int64_t ipsPerSubnet = remaining() / static_cast<std::int64_t>(count);
  if (ipsPerSubnet <= 0) return 33;  // no space at all
  return 32 - static_cast<int>(std::floor(std::log2(static_cast<double>(ipsPerSubnet))));
}

}  // namespace cdk::ec2::detail
