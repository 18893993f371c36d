// The CloudWatch metrics of an application load balancer and of its target groups (aws-cdk-lib's
// ApplicationLoadBalancerMetrics and ApplicationTargetGroupMetrics, `alb.metrics` and `targetGroup.metrics`):
// namespace AWS/ApplicationELB, with the aws-cdk-lib statistic of each metric unless the options name another.
#pragma once

#include <string>
#include <string_view>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class IConstruct;
}

namespace cdk::elasticloadbalancingv2 {

/// The HTTP status counts the load balancer itself answers with (aws-cdk-lib's HttpCodeElb).
enum class HttpCodeElb {
  ELB_3XX_COUNT,
  ELB_4XX_COUNT,
  ELB_5XX_COUNT,
  ELB_500_COUNT,
  ELB_502_COUNT,
  ELB_503_COUNT,
  ELB_504_COUNT
};
/// The metric name ("HTTPCode_ELB_5XX_Count").
CDKPP_API std::string_view toString(HttpCodeElb code) noexcept;

/// The HTTP status counts of the targets' answers (aws-cdk-lib's HttpCodeTarget).
enum class HttpCodeTarget { TARGET_2XX_COUNT, TARGET_3XX_COUNT, TARGET_4XX_COUNT, TARGET_5XX_COUNT };
/// The metric name ("HTTPCode_Target_5XX_Count").
CDKPP_API std::string_view toString(HttpCodeTarget code) noexcept;

/// The metrics of one application load balancer (dimension LoadBalancer: its full name). The named ones are
/// attached to the load balancer; custom() and the ones aws-cdk-lib builds with it are not.
class CDKPP_API ApplicationLoadBalancerMetrics {
 public:
  ApplicationLoadBalancerMetrics(const cdk::IConstruct& scope, cdk::Value loadBalancerFullName)
      : scope_(&scope), loadBalancerFullName_(std::move(loadBalancerFullName)) {}

  /// Any metric of the load balancer by name (statistic Average unless the options name one).
  cloudwatch::Metric custom(std::string metricName, const cloudwatch::MetricOptions& options = {}) const;

  // Sums unless the options say otherwise.
  cloudwatch::Metric activeConnectionCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric clientTlsNegotiationErrorCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric consumedLCUs(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric httpFixedResponseCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric httpRedirectCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric httpRedirectUrlLimitExceededCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric httpCodeElb(HttpCodeElb code, const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric httpCodeTarget(HttpCodeTarget code, const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric ipv6ProcessedBytes(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric ipv6RequestCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric newConnectionCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric processedBytes(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric rejectedConnectionCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric requestCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric ruleEvaluations(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric targetConnectionErrorCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric targetTLSNegotiationErrorCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric elbAuthError(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric elbAuthFailure(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric elbAuthSuccess(const cloudwatch::MetricOptions& options = {}) const;
  // Averages unless the options say otherwise.
  cloudwatch::Metric targetResponseTime(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric elbAuthLatency(const cloudwatch::MetricOptions& options = {}) const;

 private:
  /// Not attached (aws-cdk-lib's custom()).
  cloudwatch::Metric unattached(std::string metricName, std::string_view statistic,
                                const cloudwatch::MetricOptions& options) const;
  /// Attached to the load balancer (aws-cdk-lib's canned metrics).
  cloudwatch::Metric canned(std::string metricName, std::string_view statistic,
                            const cloudwatch::MetricOptions& options) const;

  const cdk::IConstruct* scope_;
  cdk::Value loadBalancerFullName_;
};

/// The metrics of a target group behind its first load balancer (dimensions LoadBalancer and TargetGroup),
/// all attached to the target group.
class CDKPP_API ApplicationTargetGroupMetrics {
 public:
  ApplicationTargetGroupMetrics(const cdk::IConstruct& scope, cdk::Value targetGroupFullName,
                                cdk::Value loadBalancerFullName)
      : scope_(&scope),
        targetGroupFullName_(std::move(targetGroupFullName)),
        loadBalancerFullName_(std::move(loadBalancerFullName)) {}

  /// Any metric of the target group by name (statistic Average unless the options name one).
  cloudwatch::Metric custom(std::string metricName, const cloudwatch::MetricOptions& options = {}) const;

  // Averages unless the options say otherwise.
  cloudwatch::Metric healthyHostCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric unhealthyHostCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric targetResponseTime(const cloudwatch::MetricOptions& options = {}) const;
  // Sums unless the options say otherwise.
  cloudwatch::Metric httpCodeTarget(HttpCodeTarget code, const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric ipv6RequestCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric requestCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric requestCountPerTarget(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric targetConnectionErrorCount(const cloudwatch::MetricOptions& options = {}) const;
  cloudwatch::Metric targetTLSNegotiationErrorCount(const cloudwatch::MetricOptions& options = {}) const;

 private:
  cloudwatch::Metric metric(std::string metricName, std::string_view statistic,
                            const cloudwatch::MetricOptions& options) const;

  const cdk::IConstruct* scope_;
  cdk::Value targetGroupFullName_;
  cdk::Value loadBalancerFullName_;
};

}  // namespace cdk::elasticloadbalancingv2
