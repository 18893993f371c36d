#include "cdk/ec2/port.hpp"

#include <fmt/format.h>

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

std::string_view toString(Protocol protocol) noexcept {
  switch (protocol) {
    case Protocol::ALL: return "-1";
    case Protocol::HOPOPT: return "0";
    case Protocol::ICMP: return "icmp";
    case Protocol::IGMP: return "2";
    case Protocol::GGP: return "3";
    case Protocol::IPV4: return "4";
    case Protocol::ST: return "5";
    case Protocol::TCP: return "tcp";
    case Protocol::CBT: return "7";
    case Protocol::EGP: return "8";
    case Protocol::IGP: return "9";
    case Protocol::BBN_RCC_MON: return "10";
    case Protocol::NVP_II: return "11";
    case Protocol::PUP: return "12";
    case Protocol::EMCON: return "14";
    case Protocol::XNET: return "15";
    case Protocol::CHAOS: return "16";
    case Protocol::UDP: return "udp";
    case Protocol::MUX: return "18";
    case Protocol::DCN_MEAS: return "19";
    case Protocol::HMP: return "20";
    case Protocol::PRM: return "21";
    case Protocol::XNS_IDP: return "22";
    case Protocol::TRUNK_1: return "23";
    case Protocol::TRUNK_2: return "24";
    case Protocol::LEAF_1: return "25";
    case Protocol::LEAF_2: return "26";
    case Protocol::RDP: return "27";
    case Protocol::IRTP: return "28";
    case Protocol::ISO_TP4: return "29";
    case Protocol::NETBLT: return "30";
    case Protocol::MFE_NSP: return "31";
    case Protocol::MERIT_INP: return "32";
    case Protocol::DCCP: return "33";
    case Protocol::THREEPC: return "34";
    case Protocol::IDPR: return "35";
    case Protocol::XTP: return "36";
    case Protocol::DDP: return "37";
    case Protocol::IDPR_CMTP: return "38";
    case Protocol::TPPLUSPLUS: return "39";
    case Protocol::IL: return "40";
    case Protocol::IPV6: return "41";
    case Protocol::SDRP: return "42";
    case Protocol::IPV6_ROUTE: return "43";
    case Protocol::IPV6_FRAG: return "44";
    case Protocol::IDRP: return "45";
    case Protocol::RSVP: return "46";
    case Protocol::GRE: return "47";
    case Protocol::DSR: return "48";
    case Protocol::BNA: return "49";
    case Protocol::ESP: return "50";
    case Protocol::AH: return "51";
    case Protocol::I_NLSP: return "52";
    case Protocol::SWIPE: return "53";
    case Protocol::NARP: return "54";
    case Protocol::MOBILE: return "55";
    case Protocol::TLSP: return "56";
    case Protocol::SKIP: return "57";
    case Protocol::ICMPV6: return "icmpv6";
    case Protocol::IPV6_NONXT: return "59";
    case Protocol::IPV6_OPTS: return "60";
    case Protocol::CFTP: return "62";
    case Protocol::ANY_LOCAL: return "63";
    case Protocol::SAT_EXPAK: return "64";
    case Protocol::KRYPTOLAN: return "65";
    case Protocol::RVD: return "66";
    case Protocol::IPPC: return "67";
    case Protocol::ANY_DFS: return "68";
    case Protocol::SAT_MON: return "69";
    case Protocol::VISA: return "70";
    case Protocol::IPCV: return "71";
    case Protocol::CPNX: return "72";
    case Protocol::CPHB: return "73";
    case Protocol::WSN: return "74";
    case Protocol::PVP: return "75";
    case Protocol::BR_SAT_MON: return "76";
    case Protocol::SUN_ND: return "77";
    case Protocol::WB_MON: return "78";
    case Protocol::WB_EXPAK: return "79";
    case Protocol::ISO_IP: return "80";
    case Protocol::VMTP: return "81";
    case Protocol::SECURE_VMTP: return "82";
    case Protocol::VINES: return "83";
    case Protocol::TTP: return "84";
    case Protocol::IPTM: return "84_";
    case Protocol::NSFNET_IGP: return "85";
    case Protocol::DGP: return "86";
    case Protocol::TCF: return "87";
    case Protocol::EIGRP: return "88";
    case Protocol::OSPFIGP: return "89";
    case Protocol::SPRITE_RPC: return "90";
    case Protocol::LARP: return "91";
    case Protocol::MTP: return "92";
    case Protocol::AX_25: return "93";
    case Protocol::IPIP: return "94";
    case Protocol::MICP: return "95";
    case Protocol::SCC_SP: return "96";
    case Protocol::ETHERIP: return "97";
    case Protocol::ENCAP: return "98";
    case Protocol::ANY_ENC: return "99";
    case Protocol::GMTP: return "100";
    case Protocol::IFMP: return "101";
    case Protocol::PNNI: return "102";
    case Protocol::PIM: return "103";
    case Protocol::ARIS: return "104";
    case Protocol::SCPS: return "105";
    case Protocol::QNX: return "106";
    case Protocol::A_N: return "107";
    case Protocol::IPCOMP: return "108";
    case Protocol::SNP: return "109";
    case Protocol::COMPAQ_PEER: return "110";
    case Protocol::IPX_IN_IP: return "111";
    case Protocol::VRRP: return "112";
    case Protocol::PGM: return "113";
    case Protocol::ANY_0_HOP: return "114";
    case Protocol::L2_T_P: return "115";
    case Protocol::DDX: return "116";
    case Protocol::IATP: return "117";
    case Protocol::STP: return "118";
    case Protocol::SRP: return "119";
    case Protocol::UTI: return "120";
    case Protocol::SMP: return "121";
    case Protocol::SM: return "122";
    case Protocol::PTP: return "123";
    case Protocol::ISIS_IPV4: return "124";
    case Protocol::FIRE: return "125";
    case Protocol::CRTP: return "126";
    case Protocol::CRUDP: return "127";
    case Protocol::SSCOPMCE: return "128";
    case Protocol::IPLT: return "129";
    case Protocol::SPS: return "130";
    case Protocol::PIPE: return "131";
    case Protocol::SCTP: return "132";
    case Protocol::FC: return "133";
    case Protocol::RSVP_E2E_IGNORE: return "134";
    case Protocol::MOBILITY_HEADER: return "135";
    case Protocol::UDPLITE: return "136";
    case Protocol::MPLS_IN_IP: return "137";
    case Protocol::MANET: return "138";
    case Protocol::HIP: return "139";
    case Protocol::SHIM6: return "140";
    case Protocol::WESP: return "141";
    case Protocol::ROHC: return "142";
    case Protocol::ETHERNET: return "143";
    case Protocol::EXPERIMENT_1: return "253";
    case Protocol::EXPERIMENT_2: return "254";
    case Protocol::RESERVED: return "255";
  }
  return "-1";
}

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
