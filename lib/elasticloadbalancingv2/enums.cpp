#include "cdk/elasticloadbalancingv2/enums.hpp"

namespace cdk::elasticloadbalancingv2 {

std::string_view toString(Protocol protocol) noexcept {
  switch (protocol) {
    case Protocol::HTTP: return "HTTP";
    case Protocol::HTTPS: return "HTTPS";
    case Protocol::TCP: return "TCP";
    case Protocol::TLS: return "TLS";
    case Protocol::UDP: return "UDP";
    case Protocol::TCP_UDP: return "TCP_UDP";
  }
  return "";
}

std::string_view toString(ApplicationProtocol protocol) noexcept {
  return protocol == ApplicationProtocol::HTTPS ? "HTTPS" : "HTTP";
}

std::string_view toString(ApplicationProtocolVersion version) noexcept {
  switch (version) {
    case ApplicationProtocolVersion::GRPC: return "GRPC";
    case ApplicationProtocolVersion::HTTP1: return "HTTP1";
    case ApplicationProtocolVersion::HTTP2: return "HTTP2";
  }
  return "";
}

std::string_view toString(TargetType type) noexcept {
  switch (type) {
    case TargetType::INSTANCE: return "instance";
    case TargetType::IP: return "ip";
    case TargetType::LAMBDA: return "lambda";
    case TargetType::ALB: return "alb";
  }
  return "";
}

std::string_view toString(IpAddressType type) noexcept {
  switch (type) {
    case IpAddressType::IPV4: return "ipv4";
    case IpAddressType::DUAL_STACK: return "dualstack";
    case IpAddressType::DUAL_STACK_WITHOUT_PUBLIC_IPV4: return "dualstack-without-public-ipv4";
  }
  return "";
}

std::string_view toString(SslPolicy policy) noexcept {
  switch (policy) {
    case SslPolicy::RECOMMENDED_TLS: return "ELBSecurityPolicy-TLS13-1-2-2021-06";
    case SslPolicy::TLS13_12_PQ: return "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09";
    case SslPolicy::RECOMMENDED: return "ELBSecurityPolicy-2016-08";
    case SslPolicy::TLS13_RES: return "ELBSecurityPolicy-TLS13-1-2-Res-2021-06";
    case SslPolicy::TLS13_EXT1: return "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06";
    case SslPolicy::TLS13_EXT2: return "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06";
    case SslPolicy::TLS13_10: return "ELBSecurityPolicy-TLS13-1-0-2021-06";
    case SslPolicy::TLS13_11: return "ELBSecurityPolicy-TLS13-1-1-2021-06";
    case SslPolicy::TLS13_13: return "ELBSecurityPolicy-TLS13-1-3-2021-06";
    case SslPolicy::TLS13_13_PQ: return "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09";
    case SslPolicy::TLS13_12_RES_PQ: return "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";
    case SslPolicy::TLS13_10_PQ: return "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09";
    case SslPolicy::FIPS_TLS13_13: return "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04";
    case SslPolicy::FIPS_TLS13_12: return "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04";
    case SslPolicy::FIPS_TLS13_11: return "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04";
    case SslPolicy::FIPS_TLS13_10: return "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04";
    case SslPolicy::FORWARD_SECRECY_TLS12: return "ELBSecurityPolicy-FS-1-2-2019-08";
    case SslPolicy::FORWARD_SECRECY_TLS11: return "ELBSecurityPolicy-FS-1-1-2019-08";
    case SslPolicy::FORWARD_SECRECY: return "ELBSecurityPolicy-FS-2018-06";
    case SslPolicy::TLS12: return "ELBSecurityPolicy-TLS-1-2-2017-01";
    case SslPolicy::TLS12_EXT: return "ELBSecurityPolicy-TLS-1-2-Ext-2018-06";
    case SslPolicy::TLS11: return "ELBSecurityPolicy-TLS-1-1-2017-01";
    case SslPolicy::LEGACY: return "ELBSecurityPolicy-TLS-1-0-2015-04";
  }
  return "";
}

std::string_view toString(TargetGroupLoadBalancingAlgorithmType type) noexcept {
  switch (type) {
    case TargetGroupLoadBalancingAlgorithmType::ROUND_ROBIN: return "round_robin";
    case TargetGroupLoadBalancingAlgorithmType::LEAST_OUTSTANDING_REQUESTS: return "least_outstanding_requests";
    case TargetGroupLoadBalancingAlgorithmType::WEIGHTED_RANDOM: return "weighted_random";
  }
  return "";
}

std::string_view toString(DesyncMitigationMode mode) noexcept {
  switch (mode) {
    case DesyncMitigationMode::MONITOR: return "monitor";
    case DesyncMitigationMode::DEFENSIVE: return "defensive";
    case DesyncMitigationMode::STRICTEST: return "strictest";
  }
  return "";
}

std::string_view toString(XffHeaderProcessingMode mode) noexcept {
  switch (mode) {
    case XffHeaderProcessingMode::APPEND: return "append";
    case XffHeaderProcessingMode::PRESERVE: return "preserve";
    case XffHeaderProcessingMode::REMOVE: return "remove";
  }
  return "";
}

}  // namespace cdk::elasticloadbalancingv2
