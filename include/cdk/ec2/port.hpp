// Ports and protocols of security group rules (aws-cdk-lib's ec2.Port and ec2.Protocol).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::ec2 {

/// IP protocols, with aws-cdk-lib's member names. toString() gives the value rendered as IpProtocol
/// ("-1", "tcp", "udp", "icmp", "icmpv6" or the protocol number).
enum class Protocol {
  ALL,
  HOPOPT,
  ICMP,
  IGMP,
  GGP,
  IPV4,
  ST,
  TCP,
  CBT,
  EGP,
  IGP,
  BBN_RCC_MON,
  NVP_II,
  PUP,
  EMCON,
  XNET,
  CHAOS,
  UDP,
  MUX,
  DCN_MEAS,
  HMP,
  PRM,
  XNS_IDP,
  TRUNK_1,
  TRUNK_2,
  LEAF_1,
  LEAF_2,
  RDP,
  IRTP,
  ISO_TP4,
  NETBLT,
  MFE_NSP,
  MERIT_INP,
  DCCP,
  THREEPC,
  IDPR,
  XTP,
  DDP,
  IDPR_CMTP,
  TPPLUSPLUS,
  IL,
  IPV6,
  SDRP,
  IPV6_ROUTE,
  IPV6_FRAG,
  IDRP,
  RSVP,
  GRE,
  DSR,
  BNA,
  ESP,
  AH,
  I_NLSP,
  SWIPE,
  NARP,
  MOBILE,
  TLSP,
  SKIP,
  ICMPV6,
  IPV6_NONXT,
  IPV6_OPTS,
  CFTP,
  ANY_LOCAL,
  SAT_EXPAK,
  KRYPTOLAN,
  RVD,
  IPPC,
  ANY_DFS,
  SAT_MON,
  VISA,
  IPCV,
  CPNX,
  CPHB,
  WSN,
  PVP,
  BR_SAT_MON,
  SUN_ND,
  WB_MON,
  WB_EXPAK,
  ISO_IP,
  VMTP,
  SECURE_VMTP,
  VINES,
  TTP,
  IPTM,
  NSFNET_IGP,
  DGP,
  TCF,
  EIGRP,
  OSPFIGP,
  SPRITE_RPC,
  LARP,
  MTP,
  AX_25,
  IPIP,
  MICP,
  SCC_SP,
  ETHERIP,
  ENCAP,
  ANY_ENC,
  GMTP,
  IFMP,
  PNNI,
  PIM,
  ARIS,
  SCPS,
  QNX,
  A_N,
  IPCOMP,
  SNP,
  COMPAQ_PEER,
  IPX_IN_IP,
  VRRP,
  PGM,
  ANY_0_HOP,
  L2_T_P,
  DDX,
  IATP,
  STP,
  SRP,
  UTI,
  SMP,
  SM,
  PTP,
  ISIS_IPV4,
  FIRE,
  CRTP,
  CRUDP,
  SSCOPMCE,
  IPLT,
  SPS,
  PIPE,
  SCTP,
  FC,
  RSVP_E2E_IGNORE,
  MOBILITY_HEADER,
  UDPLITE,
  MPLS_IN_IP,
  MANET,
  HIP,
  SHIM6,
  WESP,
  ROHC,
  ETHERNET,
  EXPERIMENT_1,
  EXPERIMENT_2,
  RESERVED
};

/// The CloudFormation value of a protocol as aws-cdk-lib spells it (IPTM is "84_" here and "84" in rules).
CDKPP_API std::string_view toString(Protocol protocol) noexcept;

struct PortProps {
  /// The first port (or ICMP type). Unset for protocols without ports. May be a token.
  std::optional<cdk::Value> fromPort{};
  Protocol protocol = Protocol::TCP;
  /// The text used in rule ids and default descriptions, e.g. "80", "UDP 53", "ALL TRAFFIC".
  std::string stringRepresentation{};
  /// The last port (or ICMP code). Unset for protocols without ports. May be a token.
  std::optional<cdk::Value> toPort{};

  friend bool operator==(const PortProps&, const PortProps&) = default;
};

/// The protocol and port part of a rule, as the L1 rule properties take it.
struct PortRuleJson {
  std::optional<cdk::Value> fromPort{};
  cdk::Value ipProtocol{};
  std::optional<cdk::Value> toPort{};
};

/// A port or port range of a protocol. Values, copied freely.
///
/// Unlike aws-cdk-lib, literal port numbers are checked: TCP and UDP ports must be within 0..65535 and a
/// range must not end before it starts; ICMP types and codes must be within -1..255. A bad one throws
/// cdk::Error. Ports given as tokens (e.g. a database endpoint's port) are accepted as they are; they
/// render as "{IndirectPort}" in ids and descriptions and always make separate rule resources.
class CDKPP_API Port {
 public:
  explicit Port(PortProps props);

  static Port tcp(cdk::Value port);
  static Port tcpRange(cdk::Value startPort, cdk::Value endPort);
  static Port allTcp();
  static Port udp(cdk::Value port);
  static Port udpRange(cdk::Value startPort, cdk::Value endPort);
  static Port allUdp();
  static Port icmpTypeAndCode(int type, int code);
  static Port icmpType(int type);
  static Port icmpPing();
  static Port allIcmp();
  static Port allIcmpV6();
  static Port allTraffic();
  static Port esp();
  static Port ah();

  // Well-known ports (defined in the library; use them at run time, not to initialise other statics).
  static const Port SSH;
  static const Port SMTP;
  static const Port DNS_UDP;
  static const Port DNS_TCP;
  static const Port HTTP;
  static const Port POP3;
  static const Port IMAP;
  static const Port LDAP;
  static const Port HTTPS;
  static const Port SMB;
  static const Port IMAPS;
  static const Port POP3S;
  static const Port MSSQL;
  static const Port NFS;
  static const Port MYSQL_AURORA;
  static const Port RDP;
  static const Port POSTGRES;

  /// False when a port is a token: such rules cannot be inlined into the security group.
  bool canInlineRule() const noexcept;
  PortRuleJson toRuleJson() const;
  /// The string form used in rule ids and default descriptions ("80", "80-90", "UDP 53", "ALL TRAFFIC").
  const std::string& toString() const noexcept { return props_.stringRepresentation; }

  Protocol protocol() const noexcept { return props_.protocol; }
  const std::optional<cdk::Value>& fromPort() const noexcept { return props_.fromPort; }
  const std::optional<cdk::Value>& toPort() const noexcept { return props_.toPort; }

  friend bool operator==(const Port& a, const Port& b) = default;

 private:
  PortProps props_;
};

}  // namespace cdk::ec2
