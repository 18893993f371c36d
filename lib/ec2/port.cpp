#include "cdk/ec2/port.hpp"

#include <fmt/format.h>

#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::ec2 {
namespace {

/// The text of a port in ids and descriptions: the number, or "{IndirectPort}" for a token.
std::string renderPort(const Value& port) {
  if (port.isUnresolved()) return "{IndirectPort}";
  if (port.isInteger()) return std::to_string(port.asInteger());
  return port.toString();
}

bool isTcpOrUdp(Protocol p) { return p == Protocol::TCP || p == Protocol::UDP; }
bool isIcmp(Protocol p) { return p == Protocol::ICMP || p == Protocol::ICMPV6; }

std::string describe(const PortProps& props) {
  return props.stringRepresentation.empty() ? std::string(toString(props.protocol)) : props.stringRepresentation;
}

/// A literal port must be an integer; tokens are not checked.
void checkNumber(const PortProps& props, const std::optional<Value>& port, std::string_view which) {
  if (!port || port->isUnresolved()) return;
  if (!port->isInteger()) {
    throw Error(
        fmt::format("Port {}: the {} must be an integer or a token, got {}", describe(props), which, port->toString()));
  }
}

void validate(const PortProps& props) {
  checkNumber(props, props.fromPort, "start port");
  checkNumber(props, props.toPort, "end port");
  const bool fromLiteral = props.fromPort && !props.fromPort->isUnresolved();
  const bool toLiteral = props.toPort && !props.toPort->isUnresolved();
  const std::string protocol(toString(props.protocol));
  if (isTcpOrUdp(props.protocol)) {
    for (const auto* port : {&props.fromPort, &props.toPort}) {
      if (*port && !(*port)->isUnresolved()) {
        const auto n = (*port)->asInteger();
        if (n < 0 || n > 65535) {
          throw Error(fmt::format("Port {}: {} port {} is out of range; {} ports are 0 to 65535", describe(props),
                                  protocol, n, protocol));
        }
      }
    }
    if (fromLiteral && toLiteral && props.fromPort->asInteger() > props.toPort->asInteger()) {
      throw Error(fmt::format("Port {}: the range starts at {} but ends at {}; give the lower port first",
                              describe(props), props.fromPort->asInteger(), props.toPort->asInteger()));
    }
  } else if (isIcmp(props.protocol)) {
    if (fromLiteral && (props.fromPort->asInteger() < -1 || props.fromPort->asInteger() > 255)) {
      throw Error(fmt::format("Port {}: ICMP type {} is out of range; use -1 (all types) or 0 to 255", describe(props),
                              props.fromPort->asInteger()));
    }
    if (toLiteral && (props.toPort->asInteger() < -1 || props.toPort->asInteger() > 255)) {
      throw Error(fmt::format("Port {}: ICMP code {} is out of range; use -1 (all codes) or 0 to 255", describe(props),
                              props.toPort->asInteger()));
    }
  }
}

}  // namespace

constexpr auto kProtocolNames = cdk::enumNames<Protocol>({
    {Protocol::ALL, "-1"},
    {Protocol::HOPOPT, "0"},
    {Protocol::ICMP, "icmp"},
    {Protocol::IGMP, "2"},
    {Protocol::GGP, "3"},
    {Protocol::IPV4, "4"},
    {Protocol::ST, "5"},
    {Protocol::TCP, "tcp"},
    {Protocol::CBT, "7"},
    {Protocol::EGP, "8"},
    {Protocol::IGP, "9"},
    {Protocol::BBN_RCC_MON, "10"},
    {Protocol::NVP_II, "11"},
    {Protocol::PUP, "12"},
    {Protocol::EMCON, "14"},
    {Protocol::XNET, "15"},
    {Protocol::CHAOS, "16"},
    {Protocol::UDP, "udp"},
    {Protocol::MUX, "18"},
    {Protocol::DCN_MEAS, "19"},
    {Protocol::HMP, "20"},
    {Protocol::PRM, "21"},
    {Protocol::XNS_IDP, "22"},
    {Protocol::TRUNK_1, "23"},
    {Protocol::TRUNK_2, "24"},
    {Protocol::LEAF_1, "25"},
    {Protocol::LEAF_2, "26"},
    {Protocol::RDP, "27"},
    {Protocol::IRTP, "28"},
    {Protocol::ISO_TP4, "29"},
    {Protocol::NETBLT, "30"},
    {Protocol::MFE_NSP, "31"},
    {Protocol::MERIT_INP, "32"},
    {Protocol::DCCP, "33"},
    {Protocol::THREEPC, "34"},
    {Protocol::IDPR, "35"},
    {Protocol::XTP, "36"},
    {Protocol::DDP, "37"},
    {Protocol::IDPR_CMTP, "38"},
    {Protocol::TPPLUSPLUS, "39"},
    {Protocol::IL, "40"},
    {Protocol::IPV6, "41"},
    {Protocol::SDRP, "42"},
    {Protocol::IPV6_ROUTE, "43"},
    {Protocol::IPV6_FRAG, "44"},
    {Protocol::IDRP, "45"},
    {Protocol::RSVP, "46"},
    {Protocol::GRE, "47"},
    {Protocol::DSR, "48"},
    {Protocol::BNA, "49"},
    {Protocol::ESP, "50"},
    {Protocol::AH, "51"},
    {Protocol::I_NLSP, "52"},
    {Protocol::SWIPE, "53"},
    {Protocol::NARP, "54"},
    {Protocol::MOBILE, "55"},
    {Protocol::TLSP, "56"},
    {Protocol::SKIP, "57"},
    {Protocol::ICMPV6, "icmpv6"},
    {Protocol::IPV6_NONXT, "59"},
    {Protocol::IPV6_OPTS, "60"},
    {Protocol::CFTP, "62"},
    {Protocol::ANY_LOCAL, "63"},
    {Protocol::SAT_EXPAK, "64"},
    {Protocol::KRYPTOLAN, "65"},
    {Protocol::RVD, "66"},
    {Protocol::IPPC, "67"},
    {Protocol::ANY_DFS, "68"},
    {Protocol::SAT_MON, "69"},
    {Protocol::VISA, "70"},
    {Protocol::IPCV, "71"},
    {Protocol::CPNX, "72"},
    {Protocol::CPHB, "73"},
    {Protocol::WSN, "74"},
    {Protocol::PVP, "75"},
    {Protocol::BR_SAT_MON, "76"},
    {Protocol::SUN_ND, "77"},
    {Protocol::WB_MON, "78"},
    {Protocol::WB_EXPAK, "79"},
    {Protocol::ISO_IP, "80"},
    {Protocol::VMTP, "81"},
    {Protocol::SECURE_VMTP, "82"},
    {Protocol::VINES, "83"},
    {Protocol::TTP, "84"},
    {Protocol::IPTM, "84_"},
    {Protocol::NSFNET_IGP, "85"},
    {Protocol::DGP, "86"},
    {Protocol::TCF, "87"},
    {Protocol::EIGRP, "88"},
    {Protocol::OSPFIGP, "89"},
    {Protocol::SPRITE_RPC, "90"},
    {Protocol::LARP, "91"},
    {Protocol::MTP, "92"},
    {Protocol::AX_25, "93"},
    {Protocol::IPIP, "94"},
    {Protocol::MICP, "95"},
    {Protocol::SCC_SP, "96"},
    {Protocol::ETHERIP, "97"},
    {Protocol::ENCAP, "98"},
    {Protocol::ANY_ENC, "99"},
    {Protocol::GMTP, "100"},
    {Protocol::IFMP, "101"},
    {Protocol::PNNI, "102"},
    {Protocol::PIM, "103"},
    {Protocol::ARIS, "104"},
    {Protocol::SCPS, "105"},
    {Protocol::QNX, "106"},
    {Protocol::A_N, "107"},
    {Protocol::IPCOMP, "108"},
    {Protocol::SNP, "109"},
    {Protocol::COMPAQ_PEER, "110"},
    {Protocol::IPX_IN_IP, "111"},
    {Protocol::VRRP, "112"},
    {Protocol::PGM, "113"},
    {Protocol::ANY_0_HOP, "114"},
    {Protocol::L2_T_P, "115"},
    {Protocol::DDX, "116"},
    {Protocol::IATP, "117"},
    {Protocol::STP, "118"},
    {Protocol::SRP, "119"},
    {Protocol::UTI, "120"},
    {Protocol::SMP, "121"},
    {Protocol::SM, "122"},
    {Protocol::PTP, "123"},
    {Protocol::ISIS_IPV4, "124"},
    {Protocol::FIRE, "125"},
    {Protocol::CRTP, "126"},
    {Protocol::CRUDP, "127"},
    {Protocol::SSCOPMCE, "128"},
    {Protocol::IPLT, "129"},
    {Protocol::SPS, "130"},
    {Protocol::PIPE, "131"},
    {Protocol::SCTP, "132"},
    {Protocol::FC, "133"},
    {Protocol::RSVP_E2E_IGNORE, "134"},
    {Protocol::MOBILITY_HEADER, "135"},
    {Protocol::UDPLITE, "136"},
    {Protocol::MPLS_IN_IP, "137"},
    {Protocol::MANET, "138"},
    {Protocol::HIP, "139"},
    {Protocol::SHIM6, "140"},
    {Protocol::WESP, "141"},
    {Protocol::ROHC, "142"},
    {Protocol::ETHERNET, "143"},
    {Protocol::EXPERIMENT_1, "253"},
    {Protocol::EXPERIMENT_2, "254"},
    {Protocol::RESERVED, "255"},
});
std::string_view toString(Protocol protocol) noexcept { return cdk::nameOf(kProtocolNames, protocol); }

Port::Port(PortProps props) : props_(std::move(props)) { validate(props_); }

Port Port::tcp(Value port) {
  std::string text = renderPort(port);
  return Port({.fromPort = port, .protocol = Protocol::TCP, .stringRepresentation = std::move(text), .toPort = port});
}

Port Port::tcpRange(Value startPort, Value endPort) {
  std::string text = renderPort(startPort) + "-" + renderPort(endPort);
  return Port({.fromPort = std::move(startPort),
               .protocol = Protocol::TCP,
               .stringRepresentation = std::move(text),
               .toPort = std::move(endPort)});
}

Port Port::allTcp() {
  return Port({.fromPort = 0, .protocol = Protocol::TCP, .stringRepresentation = "ALL PORTS", .toPort = 65535});
}

Port Port::udp(Value port) {
  std::string text = "UDP " + renderPort(port);
  return Port({.fromPort = port, .protocol = Protocol::UDP, .stringRepresentation = std::move(text), .toPort = port});
}

Port Port::udpRange(Value startPort, Value endPort) {
  std::string text = "UDP " + renderPort(startPort) + "-" + renderPort(endPort);
  return Port({.fromPort = std::move(startPort),
               .protocol = Protocol::UDP,
               .stringRepresentation = std::move(text),
               .toPort = std::move(endPort)});
}

Port Port::allUdp() {
  return Port({.fromPort = 0, .protocol = Protocol::UDP, .stringRepresentation = "UDP ALL PORTS", .toPort = 65535});
}

Port Port::icmpTypeAndCode(int type, int code) {
  return Port({.fromPort = type,
               .protocol = Protocol::ICMP,
               .stringRepresentation = fmt::format("ICMP Type {} Code {}", type, code),
               .toPort = code});
}

Port Port::icmpType(int type) {
  return Port({.fromPort = type,
               .protocol = Protocol::ICMP,
               .stringRepresentation = fmt::format("ICMP Type {}", type),
               .toPort = -1});
}

Port Port::icmpPing() { return icmpType(8); }

Port Port::allIcmp() {
  return Port({.fromPort = -1, .protocol = Protocol::ICMP, .stringRepresentation = "ALL ICMP", .toPort = -1});
}

Port Port::allIcmpV6() {
  return Port({.fromPort = -1, .protocol = Protocol::ICMPV6, .stringRepresentation = "ALL ICMPv6", .toPort = -1});
}

Port Port::allTraffic() { return Port({.protocol = Protocol::ALL, .stringRepresentation = "ALL TRAFFIC"}); }

Port Port::esp() {
  return Port({.fromPort = 50, .protocol = Protocol::ESP, .stringRepresentation = "ESP 50", .toPort = 50});
}

Port Port::ah() {
  return Port({.fromPort = 51, .protocol = Protocol::AH, .stringRepresentation = "AH 51", .toPort = 51});
}

const Port Port::SSH = Port::tcp(22);
const Port Port::SMTP = Port::tcp(25);
const Port Port::DNS_UDP = Port::udp(53);
const Port Port::DNS_TCP = Port::tcp(53);
const Port Port::HTTP = Port::tcp(80);
const Port Port::POP3 = Port::tcp(110);
const Port Port::IMAP = Port::tcp(143);
const Port Port::LDAP = Port::tcp(389);
const Port Port::HTTPS = Port::tcp(443);
const Port Port::SMB = Port::tcp(445);
const Port Port::IMAPS = Port::tcp(993);
const Port Port::POP3S = Port::tcp(995);
const Port Port::MSSQL = Port::tcp(1433);
const Port Port::NFS = Port::tcp(2049);
const Port Port::MYSQL_AURORA = Port::tcp(3306);
const Port Port::RDP = Port::tcp(3389);
const Port Port::POSTGRES = Port::tcp(5432);

bool Port::canInlineRule() const noexcept {
  return !(props_.fromPort && props_.fromPort->isUnresolved()) && !(props_.toPort && props_.toPort->isUnresolved());
}

PortRuleJson Port::toRuleJson() const {
  const std::string_view protocol =
      props_.protocol == Protocol::IPTM ? std::string_view("84") : ec2::toString(props_.protocol);
  return {.fromPort = props_.fromPort, .ipProtocol = Value(protocol), .toPort = props_.toPort};
}

}  // namespace cdk::ec2
