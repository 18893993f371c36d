#include "cdk/elasticloadbalancingv2/enums.hpp"

#include "cdk/core/enum_names.hpp"

namespace cdk::elasticloadbalancingv2 {

constexpr auto kProtocolNames = cdk::enumNames<Protocol>({
    {Protocol::HTTP, "HTTP"},
    {Protocol::HTTPS, "HTTPS"},
    {Protocol::TCP, "TCP"},
    {Protocol::TLS, "TLS"},
    {Protocol::UDP, "UDP"},
    {Protocol::TCP_UDP, "TCP_UDP"},
});
std::string_view toString(Protocol protocol) noexcept { return cdk::nameOf(kProtocolNames, protocol); }

constexpr auto kApplicationProtocolNames = cdk::enumNames<ApplicationProtocol>({
    {ApplicationProtocol::HTTP, "HTTP"},
    {ApplicationProtocol::HTTPS, "HTTPS"},
});
std::string_view toString(ApplicationProtocol protocol) noexcept {
  return cdk::nameOf(kApplicationProtocolNames, protocol);
}

constexpr auto kApplicationProtocolVersionNames = cdk::enumNames<ApplicationProtocolVersion>({
    {ApplicationProtocolVersion::GRPC, "GRPC"},
    {ApplicationProtocolVersion::HTTP1, "HTTP1"},
    {ApplicationProtocolVersion::HTTP2, "HTTP2"},
});
std::string_view toString(ApplicationProtocolVersion version) noexcept {
  return cdk::nameOf(kApplicationProtocolVersionNames, version);
}

constexpr auto kTargetTypeNames = cdk::enumNames<TargetType>({
    {TargetType::INSTANCE, "instance"},
    {TargetType::IP, "ip"},
    {TargetType::LAMBDA, "lambda"},
    {TargetType::ALB, "alb"},
});
std::string_view toString(TargetType type) noexcept { return cdk::nameOf(kTargetTypeNames, type); }

constexpr auto kIpAddressTypeNames = cdk::enumNames<IpAddressType>({
    {IpAddressType::IPV4, "ipv4"},
    {IpAddressType::DUAL_STACK, "dualstack"},
    {IpAddressType::DUAL_STACK_WITHOUT_PUBLIC_IPV4, "dualstack-without-public-ipv4"},
});
std::string_view toString(IpAddressType type) noexcept { return cdk::nameOf(kIpAddressTypeNames, type); }

constexpr auto kSslPolicyNames = cdk::enumNames<SslPolicy>({
    {SslPolicy::RECOMMENDED_TLS, "ELBSecurityPolicy-TLS13-1-2-2021-06"},
    {SslPolicy::TLS13_12_PQ, "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09"},
    {SslPolicy::RECOMMENDED, "ELBSecurityPolicy-2016-08"},
    {SslPolicy::TLS13_RES, "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"},
    {SslPolicy::TLS13_EXT1, "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06"},
    {SslPolicy::TLS13_EXT2, "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06"},
    {SslPolicy::TLS13_10, "ELBSecurityPolicy-TLS13-1-0-2021-06"},
    {SslPolicy::TLS13_11, "ELBSecurityPolicy-TLS13-1-1-2021-06"},
    {SslPolicy::TLS13_13, "ELBSecurityPolicy-TLS13-1-3-2021-06"},
    {SslPolicy::TLS13_13_PQ, "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"},
    {SslPolicy::TLS13_12_RES_PQ, "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"},
    {SslPolicy::TLS13_10_PQ, "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09"},
    {SslPolicy::FIPS_TLS13_13, "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04"},
    {SslPolicy::FIPS_TLS13_12, "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"},
    {SslPolicy::FIPS_TLS13_11, "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04"},
    {SslPolicy::FIPS_TLS13_10, "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04"},
    {SslPolicy::FORWARD_SECRECY_TLS12, "ELBSecurityPolicy-FS-1-2-2019-08"},
    {SslPolicy::FORWARD_SECRECY_TLS11, "ELBSecurityPolicy-FS-1-1-2019-08"},
    {SslPolicy::FORWARD_SECRECY, "ELBSecurityPolicy-FS-2018-06"},
    {SslPolicy::TLS12, "ELBSecurityPolicy-TLS-1-2-2017-01"},
    {SslPolicy::TLS12_EXT, "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"},
    {SslPolicy::TLS11, "ELBSecurityPolicy-TLS-1-1-2017-01"},
    {SslPolicy::LEGACY, "ELBSecurityPolicy-TLS-1-0-2015-04"},
});
std::string_view toString(SslPolicy policy) noexcept { return cdk::nameOf(kSslPolicyNames, policy); }

constexpr auto kTargetGroupLoadBalancingAlgorithmTypeNames = cdk::enumNames<TargetGroupLoadBalancingAlgorithmType>({
    {TargetGroupLoadBalancingAlgorithmType::ROUND_ROBIN, "round_robin"},
    {TargetGroupLoadBalancingAlgorithmType::LEAST_OUTSTANDING_REQUESTS, "least_outstanding_requests"},
    {TargetGroupLoadBalancingAlgorithmType::WEIGHTED_RANDOM, "weighted_random"},
});
std::string_view toString(TargetGroupLoadBalancingAlgorithmType type) noexcept {
  return cdk::nameOf(kTargetGroupLoadBalancingAlgorithmTypeNames, type);
}

constexpr auto kDesyncMitigationModeNames = cdk::enumNames<DesyncMitigationMode>({
    {DesyncMitigationMode::MONITOR, "monitor"},
    {DesyncMitigationMode::DEFENSIVE, "defensive"},
    {DesyncMitigationMode::STRICTEST, "strictest"},
});
std::string_view toString(DesyncMitigationMode mode) noexcept { return cdk::nameOf(kDesyncMitigationModeNames, mode); }

constexpr auto kXffHeaderProcessingModeNames = cdk::enumNames<XffHeaderProcessingMode>({
    {XffHeaderProcessingMode::APPEND, "append"},
    {XffHeaderProcessingMode::PRESERVE, "preserve"},
    {XffHeaderProcessingMode::REMOVE, "remove"},
});
std::string_view toString(XffHeaderProcessingMode mode) noexcept {
  return cdk::nameOf(kXffHeaderProcessingModeNames, mode);
}

}  // namespace cdk::elasticloadbalancingv2
