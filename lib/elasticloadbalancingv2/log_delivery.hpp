// Who delivers a load balancer's access logs to S3 in a region (aws-cdk-lib's RegionInfo elbv2Account fact), for the
// bucket policy that ApplicationLoadBalancer::logAccessLogs writes.
#pragma once

#include <optional>
#include <string_view>

namespace cdk::elasticloadbalancingv2::detail {

/// The Elastic Load Balancing account of a region that has one; nullopt for the regions (opened after August 2022)
/// whose logs the service principal logdelivery.elasticloadbalancing.amazonaws.com delivers.
std::optional<std::string_view> elbv2Account(std::string_view region) noexcept;

}  // namespace cdk::elasticloadbalancingv2::detail
