// Conditions of listener rules (aws-cdk-lib's elbv2.ListenerCondition).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::elasticloadbalancingv2 {

/// One key/value pair of a query-string condition (the key may be left out).
struct QueryStringCondition {
  std::string key{};
  std::string value{};
};

/// A condition of a listener rule. A value: copy it freely.
class CDKPP_API ListenerCondition {
 public:
  /// Host header patterns, e.g. "example.com", "*.example.com".
  static ListenerCondition hostHeaders(std::vector<std::string> values);
  /// An HTTP header with one of the given values.
  static ListenerCondition httpHeader(std::string name, std::vector<std::string> values);
  /// HTTP request methods, e.g. "GET", "POST".
  static ListenerCondition httpRequestMethods(std::vector<std::string> values);
  /// Path patterns, e.g. "/api/*". At most 5 (cdk::Error otherwise, aws-cdk-lib's message).
  static ListenerCondition pathPatterns(std::vector<std::string> values);
  /// Query-string key/value pairs.
  static ListenerCondition queryStrings(std::vector<QueryStringCondition> values);
  /// Source IP CIDRs, e.g. "192.0.2.0/24".
  static ListenerCondition sourceIps(std::vector<std::string> values);

  /// The condition as CloudFormation's RuleCondition ({ "Field": ..., "<Kind>Config": {...} }), unresolved.
  cdk::Value renderRawCondition() const;

  /// "host-header", "http-header", "http-request-method", "path-pattern", "query-string" or "source-ip".
  const std::string& field() const noexcept { return field_; }
  /// The header name of an "http-header" condition.
  const std::string& httpHeaderName() const noexcept { return httpHeaderName_; }
  /// The values (all kinds but "query-string").
  const std::vector<std::string>& values() const noexcept { return values_; }
  /// The pairs of a "query-string" condition.
  const std::vector<QueryStringCondition>& queryStringValues() const noexcept { return queryStringValues_; }

 private:
  ListenerCondition(std::string field, std::vector<std::string> values)
      : field_(std::move(field)), values_(std::move(values)) {}
  std::string field_;
  std::string httpHeaderName_;
  std::vector<std::string> values_;
  std::vector<QueryStringCondition> queryStringValues_;
};

}  // namespace cdk::elasticloadbalancingv2
