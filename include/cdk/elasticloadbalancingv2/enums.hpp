// Enumerations of the load balancing module (aws-cdk-lib's elasticloadbalancingv2 enums), each with the
// value CloudFormation takes (toString).
#pragma once

#include <string_view>

#include "cdk/core/export.hpp"

namespace cdk::elasticloadbalancingv2 {

/// Protocols of load balancers and target groups ("HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP").
enum class Protocol { HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP };

/// Protocols of application load balancers ("HTTP", "HTTPS").
enum class ApplicationProtocol { HTTP, HTTPS };

/// The protocol version of a target group ("GRPC", "HTTP1", "HTTP2").
enum class ApplicationProtocolVersion { GRPC, HTTP1, HTTP2 };

/// How targets are registered ("instance", "ip", "lambda", "alb").
enum class TargetType { INSTANCE, IP, LAMBDA, ALB };

/// The IP address type of a load balancer ("ipv4", "dualstack", "dualstack-without-public-ipv4").
enum class IpAddressType { IPV4, DUAL_STACK, DUAL_STACK_WITHOUT_PUBLIC_IPV4 };

/// Security policies of HTTPS listeners (the "ELBSecurityPolicy-..." names).
enum class SslPolicy {
  RECOMMENDED_TLS,
  TLS13_12_PQ,
  RECOMMENDED,
  TLS13_RES,
  TLS13_EXT1,
  TLS13_EXT2,
  TLS13_10,
  TLS13_11,
  TLS13_13,
  TLS13_13_PQ,
  TLS13_12_RES_PQ,
  TLS13_10_PQ,
  FIPS_TLS13_13,
  FIPS_TLS13_12,
  FIPS_TLS13_11,
  FIPS_TLS13_10,
  FORWARD_SECRECY_TLS12,
  FORWARD_SECRECY_TLS11,
  FORWARD_SECRECY,
  TLS12,
  TLS12_EXT,
  TLS11,
  LEGACY,
};

/// The routing algorithm of a target group ("round_robin", "least_outstanding_requests", "weighted_random").
enum class TargetGroupLoadBalancingAlgorithmType { ROUND_ROBIN, LEAST_OUTSTANDING_REQUESTS, WEIGHTED_RANDOM };

/// How the load balancer handles requests that might pose a security risk ("monitor", "defensive", "strictest").
enum class DesyncMitigationMode { MONITOR, DEFENSIVE, STRICTEST };

/// What the load balancer does with the X-Forwarded-For header ("append", "preserve", "remove").
enum class XffHeaderProcessingMode { APPEND, PRESERVE, REMOVE };

CDKPP_API std::string_view toString(Protocol protocol) noexcept;
CDKPP_API std::string_view toString(ApplicationProtocol protocol) noexcept;
CDKPP_API std::string_view toString(ApplicationProtocolVersion version) noexcept;
CDKPP_API std::string_view toString(TargetType type) noexcept;
CDKPP_API std::string_view toString(IpAddressType type) noexcept;
CDKPP_API std::string_view toString(SslPolicy policy) noexcept;
CDKPP_API std::string_view toString(TargetGroupLoadBalancingAlgorithmType type) noexcept;
CDKPP_API std::string_view toString(DesyncMitigationMode mode) noexcept;
CDKPP_API std::string_view toString(XffHeaderProcessingMode mode) noexcept;

}  // namespace cdk::elasticloadbalancingv2
