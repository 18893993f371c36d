// Port and Peer: string forms, rule JSON, and the checks on literal input.
#include <gtest/gtest.h>

#include "ec2_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
using cdk::Value;

TEST(Ec2Port, StringFormsAsAwsCdkLib) {
  EXPECT_EQ(ec2::Port::tcp(80).toString(), "80");
  EXPECT_EQ(ec2::Port::tcpRange(1, 2).toString(), "1-2");
  EXPECT_EQ(ec2::Port::allTcp().toString(), "ALL PORTS");
  EXPECT_EQ(ec2::Port::udp(53).toString(), "UDP 53");
  EXPECT_EQ(ec2::Port::udpRange(5, 6).toString(), "UDP 5-6");
  EXPECT_EQ(ec2::Port::allUdp().toString(), "UDP ALL PORTS");
  EXPECT_EQ(ec2::Port::icmpType(8).toString(), "ICMP Type 8");
  EXPECT_EQ(ec2::Port::icmpTypeAndCode(3, 4).toString(), "ICMP Type 3 Code 4");
  EXPECT_EQ(ec2::Port::icmpPing().toString(), "ICMP Type 8");
  EXPECT_EQ(ec2::Port::allIcmp().toString(), "ALL ICMP");
  EXPECT_EQ(ec2::Port::allIcmpV6().toString(), "ALL ICMPv6");
  EXPECT_EQ(ec2::Port::allTraffic().toString(), "ALL TRAFFIC");
  EXPECT_EQ(ec2::Port::esp().toString(), "ESP 50");
  EXPECT_EQ(ec2::Port::ah().toString(), "AH 51");
  EXPECT_EQ(ec2::Port::POSTGRES, ec2::Port::tcp(5432));
  EXPECT_EQ(ec2::Port::DNS_UDP, ec2::Port::udp(53));
}

TEST(Ec2Port, RuleJson) {
  auto tcp = ec2::Port::tcp(443).toRuleJson();
  EXPECT_EQ(tcp.ipProtocol, Value("tcp"));
  EXPECT_EQ(tcp.fromPort, std::optional<Value>(443));
  EXPECT_EQ(tcp.toPort, std::optional<Value>(443));
  auto all = ec2::Port::allTraffic().toRuleJson();
  EXPECT_EQ(all.ipProtocol, Value("-1"));
  EXPECT_FALSE(all.fromPort);
  EXPECT_FALSE(all.toPort);
  EXPECT_EQ(ec2::Port({.protocol = ec2::Protocol::IPTM}).toRuleJson().ipProtocol, Value("84"));
  EXPECT_EQ(ec2::toString(ec2::Protocol::IPTM), "84_");
  EXPECT_EQ(ec2::toString(ec2::Protocol::ICMPV6), "icmpv6");
  EXPECT_EQ(ec2::toString(ec2::Protocol::RESERVED), "255");
}

TEST(Ec2Port, TokenPortsAreIndirectAndNotInlined) {
  auto port = ec2::Port::tcp(cdk::Fn::importValue("SomePort"));
  EXPECT_EQ(port.toString(), "{IndirectPort}");
  EXPECT_FALSE(port.canInlineRule());
  EXPECT_TRUE(ec2::Port::tcp(80).canInlineRule());
}

TEST(Ec2Port, RejectsPortsOutOfRange) {
  EXPECT_THROW_MSG(ec2::Port::tcp(70000), cdk::Error,
                   "Port 70000: tcp port 70000 is out of range; tcp ports are 0 to 65535");
  EXPECT_THROW_MSG(ec2::Port::tcp(-1), cdk::Error, "tcp port -1 is out of range");
  EXPECT_THROW_MSG(ec2::Port::udp(65536), cdk::Error, "udp port 65536 is out of range; udp ports are 0 to 65535");
  EXPECT_THROW_MSG(ec2::Port::tcpRange(0, 70000), cdk::Error, "tcp port 70000 is out of range");
  EXPECT_NO_THROW(ec2::Port::tcp(0));
  EXPECT_NO_THROW(ec2::Port::tcp(65535));
}

TEST(Ec2Port, RejectsReversedRanges) {
  EXPECT_THROW_MSG(ec2::Port::tcpRange(90, 80), cdk::Error,
                   "Port 90-80: the range starts at 90 but ends at 80; give the lower port first");
  EXPECT_THROW_MSG(ec2::Port::udpRange(10, 9), cdk::Error, "Port UDP 10-9: the range starts at 10 but ends at 9");
  EXPECT_NO_THROW(ec2::Port::tcpRange(80, 80));
}

TEST(Ec2Port, RejectsBadIcmpAndNonNumbers) {
  EXPECT_THROW_MSG(ec2::Port::icmpType(256), cdk::Error,
                   "ICMP type 256 is out of range; use -1 (all types) or 0 to 255");
  EXPECT_THROW_MSG(ec2::Port::icmpTypeAndCode(3, 300), cdk::Error, "ICMP code 300 is out of range");
  EXPECT_THROW_MSG(ec2::Port::tcp("80"), cdk::Error, "the start port must be an integer or a token, got 80");
}

TEST(Ec2Peer, Kinds) {
  auto v4 = ec2::Peer::ipv4("10.0.0.0/16");
  EXPECT_TRUE(v4.canInlineRule());
  EXPECT_EQ(v4.uniqueId(), Value("10.0.0.0/16"));
  EXPECT_EQ(v4.toIngressRuleConfig().cidrIp, std::optional<Value>("10.0.0.0/16"));
  EXPECT_EQ(ec2::Peer::anyIpv4().uniqueId(), Value("0.0.0.0/0"));
  EXPECT_EQ(ec2::Peer::anyIpv6().toEgressRuleConfig().cidrIpv6, std::optional<Value>("::/0"));
  auto list = ec2::Peer::prefixList("pl-1234");
  EXPECT_FALSE(list.canInlineRule());
  EXPECT_EQ(list.toIngressRuleConfig().sourcePrefixListId, std::optional<Value>("pl-1234"));
  EXPECT_EQ(list.toEgressRuleConfig().destinationPrefixListId, std::optional<Value>("pl-1234"));
  auto sg = ec2::Peer::securityGroupId("sg-12345678", Value("123456789012"));
  EXPECT_EQ(sg.toIngressRuleConfig().sourceSecurityGroupOwnerId, std::optional<Value>("123456789012"));
  EXPECT_EQ(sg.toEgressRuleConfig().destinationSecurityGroupId, std::optional<Value>("sg-12345678"));
  EXPECT_FALSE(sg.toEgressRuleConfig().sourceSecurityGroupOwnerId);
  // Octets are not range-checked (as in aws-cdk-lib).
  EXPECT_NO_THROW(ec2::Peer::ipv4("999.0.0.0/8"));
  // Tokens are not checked.
  EXPECT_NO_THROW(ec2::Peer::ipv4(cdk::Fn::importValue("Cidr")));
}

TEST(Ec2Peer, RejectsBadInput) {
  EXPECT_THROW_MSG(ec2::Peer::ipv4("abc"), cdk::Error, "Invalid IPv4 CIDR: \"abc\"");
  EXPECT_THROW_MSG(ec2::Peer::ipv4("10.0.0.0"), cdk::Error,
                   "CIDR mask is missing in IPv4: \"10.0.0.0\". Did you mean \"10.0.0.0/32\"?");
  EXPECT_THROW_MSG(ec2::Peer::ipv6("zz"), cdk::Error, "Invalid IPv6 CIDR: \"zz\"");
  EXPECT_THROW_MSG(ec2::Peer::ipv6("2001:db8::"), cdk::Error,
                   "CIDR mask is missing in IPv6: \"2001:db8::\". Did you mean \"2001:db8::/128\"?");
  EXPECT_THROW_MSG(ec2::Peer::securityGroupId("sg-1"), cdk::Error, "Invalid security group ID: \"sg-1\"");
  EXPECT_THROW_MSG(ec2::Peer::securityGroupId("sg-12345678", Value("12")), cdk::Error,
                   "Invalid security group owner ID: \"12\"");
  EXPECT_THROW_MSG(ec2::Peer::ipv4(42), cdk::Error, "Peer::ipv4(): the CIDR must be a string or a token, got 42");
}

}  // namespace
