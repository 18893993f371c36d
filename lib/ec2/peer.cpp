#include "cdk/ec2/peer.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/ec2/connections.hpp"
#include "core/text_scanner.hpp"

namespace cdk::ec2 {
namespace {

/// The literal string of a peer value, or nullopt for a token. Other literals are an error.
std::optional<std::string> literalString(const Value& value, std::string_view what) {
  if (value.isUnresolved()) return std::nullopt;
  if (!value.isString()) throw Error(fmt::format("{} must be a string or a token, got {}", what, value.toString()));
  return value.asString();
}

}  // namespace

Peer::Peer(bool canInlineRule, Value uniqueId, PeerRuleConfig ingress, PeerRuleConfig egress)
    : canInlineRule_(canInlineRule),
      uniqueId_(std::move(uniqueId)),
      ingress_(std::move(ingress)),
      egress_(std::move(egress)) {}

Peer Peer::ipv4(Value cidrIp) {
  if (auto cidr = literalString(cidrIp, "Peer::ipv4(): the CIDR")) {
    // aws-cdk-lib's check: ^(\d{1,3}\.){3}\d{1,3}(\/\d+)?$, then the mask must be there.
    cdk::detail::TextScanner scan(*cidr);
    bool valid = true;
    for (int octet = 0; octet < 4 && valid; ++octet) {
      valid = (octet == 0 || scan.literal(".")) && scan.take(cdk::detail::isAsciiDigit, 1, 3);
    }
    const bool hasMask = valid && scan.literal("/");
    if (!valid || (hasMask && !scan.take(cdk::detail::isAsciiDigit)) || !scan.atEnd()) {
      throw Error(fmt::format("Invalid IPv4 CIDR: \"{}\"; Peer::ipv4() takes a CIDR such as \"10.0.0.0/16\"", *cidr));
    }
    if (!hasMask) {
      throw Error(fmt::format("CIDR mask is missing in IPv4: \"{0}\". Did you mean \"{0}/32\"?", *cidr));
    }
  }
  return Peer(true, cidrIp, {.cidrIp = cidrIp}, {.cidrIp = cidrIp});
}

Peer Peer::anyIpv4() { return ipv4("0.0.0.0/0"); }

Peer Peer::ipv6(Value cidrIpv6) {
  if (auto cidr = literalString(cidrIpv6, "Peer::ipv6(): the CIDR")) {
    // aws-cdk-lib's check: ^([\da-f]{0,4}:){2,7}([\da-f]{0,4})?(\/\d+)?$, then the mask must be there.
    cdk::detail::TextScanner scan(*cidr);
    int groups = 0;  // hex groups followed by ':'
    while (scan.take(cdk::detail::isLowerHexDigit, 0, 4) && scan.literal(":")) ++groups;
    const bool hasMask = scan.literal("/");
    if (groups < 2 || groups > 7 || (hasMask && !scan.take(cdk::detail::isAsciiDigit)) || !scan.atEnd()) {
      throw Error(fmt::format(
          "Invalid IPv6 CIDR: \"{}\"; Peer::ipv6() takes a CIDR in lower-case hexadecimal such as \"2001:db8::/32\"",
          *cidr));
    }
    if (!hasMask) {
      throw Error(fmt::format("CIDR mask is missing in IPv6: \"{0}\". Did you mean \"{0}/128\"?", *cidr));
    }
  }
  return Peer(true, cidrIpv6, {.cidrIpv6 = cidrIpv6}, {.cidrIpv6 = cidrIpv6});
}

Peer Peer::anyIpv6() { return ipv6("::/0"); }

Peer Peer::prefixList(Value prefixListId) {
  literalString(prefixListId, "Peer::prefixList(): the prefix list id");
  return Peer(false, prefixListId, {.sourcePrefixListId = prefixListId}, {.destinationPrefixListId = prefixListId});
}

Peer Peer::securityGroupId(Value securityGroupId, std::optional<Value> sourceSecurityGroupOwnerId) {
  if (auto id = literalString(securityGroupId, "Peer::securityGroupId(): the security group id")) {
    cdk::detail::TextScanner scan(*id);
    const auto lowerOrDigit = [](char c) { return cdk::detail::isAsciiLower(c) || cdk::detail::isAsciiDigit(c); };
    if (!(scan.literal("sg-") && scan.take(lowerOrDigit, 8, 17) && scan.atEnd())) {
      throw Error(fmt::format(
          "Invalid security group ID: \"{}\"; a security group id is \"sg-\" and 8 to 17 lower-case letters or digits",
          *id));
    }
  }
  if (sourceSecurityGroupOwnerId) {
    if (auto owner = literalString(*sourceSecurityGroupOwnerId, "Peer::securityGroupId(): the owner id")) {
      if (owner->size() != 12 || !cdk::detail::allOf(*owner, cdk::detail::isAsciiDigit)) {
        throw Error(
            fmt::format("Invalid security group owner ID: \"{}\"; an owner id is a 12-digit AWS account id", *owner));
      }
    }
  }
  PeerRuleConfig ingress{.sourceSecurityGroupId = securityGroupId};
  if (sourceSecurityGroupOwnerId) ingress.sourceSecurityGroupOwnerId = *sourceSecurityGroupOwnerId;
  return Peer(true, securityGroupId, std::move(ingress), {.destinationSecurityGroupId = securityGroupId});
}

Connections Peer::connections() const { return Connections(ConnectionsProps{.peer = *this}); }

}  // namespace cdk::ec2
