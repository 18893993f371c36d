#include "cdk/ec2/peer.hpp"

#include <regex>
#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/ec2/connections.hpp"

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
    static const std::regex pattern(R"(^(\d{1,3}\.){3}\d{1,3}(\/\d+)?$)");
    std::smatch match;
    if (!std::regex_match(*cidr, match, pattern)) {
      throw Error(fmt::format("Invalid IPv4 CIDR: \"{}\"; Peer::ipv4() takes a CIDR such as \"10.0.0.0/16\"", *cidr));
    }
    if (!match[2].matched) {
      throw Error(fmt::format("CIDR mask is missing in IPv4: \"{0}\". Did you mean \"{0}/32\"?", *cidr));
    }
  }
  return Peer(true, cidrIp, {.cidrIp = cidrIp}, {.cidrIp = cidrIp});
}

Peer Peer::anyIpv4() { return ipv4("0.0.0.0/0"); }

Peer Peer::ipv6(Value cidrIpv6) {
  if (auto cidr = literalString(cidrIpv6, "Peer::ipv6(): the CIDR")) {
    static const std::regex pattern(R"(^([\da-f]{0,4}:){2,7}([\da-f]{0,4})?(\/\d+)?$)");
    std::smatch match;
    if (!std::regex_match(*cidr, match, pattern)) {
      throw Error(fmt::format(
          "Invalid IPv6 CIDR: \"{}\"; Peer::ipv6() takes a CIDR in lower-case hexadecimal such as \"2001:db8::/32\"",
          *cidr));
    }
    if (!match[3].matched) {
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
    static const std::regex pattern("^sg-[a-z0-9]{8,17}$");
    if (!std::regex_match(*id, pattern)) {
      throw Error(fmt::format(
          "Invalid security group ID: \"{}\"; a security group id is \"sg-\" and 8 to 17 lower-case letters or digits",
          *id));
    }
  }
  if (sourceSecurityGroupOwnerId) {
    if (auto owner = literalString(*sourceSecurityGroupOwnerId, "Peer::securityGroupId(): the owner id")) {
      static const std::regex pattern("^[0-9]{12}$");
      if (!std::regex_match(*owner, pattern)) {
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
