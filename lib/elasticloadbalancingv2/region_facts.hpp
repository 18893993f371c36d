// What aws-cdk-lib's region-info knows about Elastic Load Balancing, for the elasticloadbalancingv2 sources (not
// installed).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cdk::elasticloadbalancingv2::detail {

/// The account Elastic Load Balancing delivers access logs from in `region` (region-info's elbv2Account);
/// nullopt for a region without one (those launched since August 2022, where the log delivery service principal
/// writes the logs) and for a region aws-cdk-lib 2.276 does not know.
std::optional<std::string> elbv2Account(std::string_view region);

}  // namespace cdk::elasticloadbalancingv2::detail
