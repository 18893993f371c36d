// How the props of load balancers, listeners and target groups become CloudFormation, shared by the
// elasticloadbalancingv2 sources (not installed): attribute lists, the protocol/port defaults, name checks.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/cfn_tag.hpp"
#include "cdk/core/value.hpp"
#include "cdk/elasticloadbalancingv2/enums.hpp"

namespace cdk::elasticloadbalancingv2::detail {

/// Attributes in insertion order (re-setting a key keeps its position; nullopt hides it), as aws-cdk-lib's
/// attribute maps.
using Attributes = std::vector<std::pair<std::string, std::optional<cdk::Value>>>;
void setAttribute(Attributes& attributes, std::string_view key, std::optional<cdk::Value> value);
/// The set attributes as [{Key, Value}]; nullopt when there is none.
std::optional<std::vector<cdk::CfnTag>> renderAttributes(const Attributes& attributes);
/// Attributes whose values may be tokens (a load balancer's access log bucket).
using ValueAttributes = std::vector<std::pair<std::string, std::optional<cdk::Value>>>;
void setAttribute(ValueAttributes& attributes, std::string_view key, std::optional<cdk::Value> value);
std::optional<std::vector<cdk::CfnTag>> renderAttributes(const ValueAttributes& attributes);

/// aws-cdk-lib's determineProtocolAndPort. Throws cdk::ConstructError (at `path`) for a port without a
/// known default protocol. Both unset when neither is given.
std::pair<std::optional<ApplicationProtocol>, std::optional<int>> determineProtocolAndPort(
    const std::string& path, std::optional<ApplicationProtocol> protocol, std::optional<int> port);

/// Problems of a load balancer or target group name (aws-cdk-lib's messages); `kind` is "Load balancer"
/// or "Target group".
std::vector<std::string> validateName(std::string_view kind, const std::string& name, bool checkInternalPrefix);

}  // namespace cdk::elasticloadbalancingv2::detail
