#include "cdk/elasticloadbalancingv2/application_metrics.hpp"

#include <utility>

#include "cdk/core/enum_names.hpp"

namespace cdk::elasticloadbalancingv2 {
namespace {

constexpr const char* kNamespace = "AWS/ApplicationELB";

/// The options with the method's statistic where they name none.
cloudwatch::MetricOptions defaultsOf(std::string_view statistic) { return {.statistic = std::string(statistic)}; }

}  // namespace

constexpr auto kHttpCodeElbNames = cdk::enumNames<HttpCodeElb>({
    {HttpCodeElb::ELB_3XX_COUNT, "HTTPCode_ELB_3XX_Count"},
    {HttpCodeElb::ELB_4XX_COUNT, "HTTPCode_ELB_4XX_Count"},
    {HttpCodeElb::ELB_5XX_COUNT, "HTTPCode_ELB_5XX_Count"},
    {HttpCodeElb::ELB_500_COUNT, "HTTPCode_ELB_500_Count"},
    {HttpCodeElb::ELB_502_COUNT, "HTTPCode_ELB_502_Count"},
    {HttpCodeElb::ELB_503_COUNT, "HTTPCode_ELB_503_Count"},
    {HttpCodeElb::ELB_504_COUNT, "HTTPCode_ELB_504_Count"},
});
std::string_view toString(HttpCodeElb code) noexcept { return cdk::nameOf(kHttpCodeElbNames, code); }

constexpr auto kHttpCodeTargetNames = cdk::enumNames<HttpCodeTarget>({
    {HttpCodeTarget::TARGET_2XX_COUNT, "HTTPCode_Target_2XX_Count"},
    {HttpCodeTarget::TARGET_3XX_COUNT, "HTTPCode_Target_3XX_Count"},
    {HttpCodeTarget::TARGET_4XX_COUNT, "HTTPCode_Target_4XX_Count"},
    {HttpCodeTarget::TARGET_5XX_COUNT, "HTTPCode_Target_5XX_Count"},
});
std::string_view toString(HttpCodeTarget code) noexcept { return cdk::nameOf(kHttpCodeTargetNames, code); }

// ------------------------------------------------------------------------------------------- load balancer

cloudwatch::Metric ApplicationLoadBalancerMetrics::unattached(std::string metricName, std::string_view statistic,
                                                              const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::unattached(kNamespace, std::move(metricName), {{"LoadBalancer", loadBalancerFullName_}},
                                        options, defaultsOf(statistic));
}

cloudwatch::Metric ApplicationLoadBalancerMetrics::canned(std::string metricName, std::string_view statistic,
                                                          const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*scope_, kNamespace, std::move(metricName),
                                         {{"LoadBalancer", loadBalancerFullName_}}, options, defaultsOf(statistic));
}

cloudwatch::Metric ApplicationLoadBalancerMetrics::custom(std::string metricName,
                                                          const cloudwatch::MetricOptions& options) const {
  return unattached(std::move(metricName), "Average", options);  // Metric's own default statistic
}

cloudwatch::Metric ApplicationLoadBalancerMetrics::activeConnectionCount(const cloudwatch::MetricOptions& o) const {
  return canned("ActiveConnectionCount", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::clientTlsNegotiationErrorCount(
    const cloudwatch::MetricOptions& o) const {
  return canned("ClientTLSNegotiationErrorCount", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::consumedLCUs(const cloudwatch::MetricOptions& o) const {
  // aws-cdk-lib's canned metric is an average; its consumedLCUs asks for the sum.
  return canned("ConsumedLCUs", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::httpFixedResponseCount(const cloudwatch::MetricOptions& o) const {
  return canned("HTTP_Fixed_Response_Count", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::httpRedirectCount(const cloudwatch::MetricOptions& o) const {
  return canned("HTTP_Redirect_Count", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::httpRedirectUrlLimitExceededCount(
    const cloudwatch::MetricOptions& o) const {
  return canned("HTTP_Redirect_Url_Limit_Exceeded_Count", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::httpCodeElb(HttpCodeElb code,
                                                               const cloudwatch::MetricOptions& o) const {
  return unattached(std::string(toString(code)), "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::httpCodeTarget(HttpCodeTarget code,
                                                                  const cloudwatch::MetricOptions& o) const {
  return unattached(std::string(toString(code)), "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::ipv6ProcessedBytes(const cloudwatch::MetricOptions& o) const {
  return canned("IPv6ProcessedBytes", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::ipv6RequestCount(const cloudwatch::MetricOptions& o) const {
  return canned("IPv6RequestCount", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::newConnectionCount(const cloudwatch::MetricOptions& o) const {
  return canned("NewConnectionCount", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::processedBytes(const cloudwatch::MetricOptions& o) const {
  return canned("ProcessedBytes", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::rejectedConnectionCount(const cloudwatch::MetricOptions& o) const {
  return canned("RejectedConnectionCount", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::requestCount(const cloudwatch::MetricOptions& o) const {
  return canned("RequestCount", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::ruleEvaluations(const cloudwatch::MetricOptions& o) const {
  return canned("RuleEvaluations", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::targetConnectionErrorCount(
    const cloudwatch::MetricOptions& o) const {
  return unattached("TargetConnectionErrorCount", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::targetTLSNegotiationErrorCount(
    const cloudwatch::MetricOptions& o) const {
  return unattached("TargetTLSNegotiationErrorCount", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::elbAuthError(const cloudwatch::MetricOptions& o) const {
  return unattached("ELBAuthError", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::elbAuthFailure(const cloudwatch::MetricOptions& o) const {
  return unattached("ELBAuthFailure", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::elbAuthSuccess(const cloudwatch::MetricOptions& o) const {
  return unattached("ELBAuthSuccess", "Sum", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::targetResponseTime(const cloudwatch::MetricOptions& o) const {
  return unattached("TargetResponseTime", "Average", o);
}
cloudwatch::Metric ApplicationLoadBalancerMetrics::elbAuthLatency(const cloudwatch::MetricOptions& o) const {
  return unattached("ELBAuthLatency", "Average", o);
}

// -------------------------------------------------------------------------------------------- target group

cloudwatch::Metric ApplicationTargetGroupMetrics::metric(std::string metricName, std::string_view statistic,
                                                         const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(
      *scope_, kNamespace, std::move(metricName),
      {{"LoadBalancer", loadBalancerFullName_}, {"TargetGroup", targetGroupFullName_}}, options, defaultsOf(statistic));
}

cloudwatch::Metric ApplicationTargetGroupMetrics::custom(std::string metricName,
                                                         const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(
      *scope_, kNamespace, std::move(metricName),
      {{"TargetGroup", targetGroupFullName_}, {"LoadBalancer", loadBalancerFullName_}}, options);
}

cloudwatch::Metric ApplicationTargetGroupMetrics::healthyHostCount(const cloudwatch::MetricOptions& o) const {
  return metric("HealthyHostCount", "Average", o);
}
cloudwatch::Metric ApplicationTargetGroupMetrics::unhealthyHostCount(const cloudwatch::MetricOptions& o) const {
  return metric("UnHealthyHostCount", "Average", o);
}
cloudwatch::Metric ApplicationTargetGroupMetrics::targetResponseTime(const cloudwatch::MetricOptions& o) const {
  return metric("TargetResponseTime", "Average", o);
}
cloudwatch::Metric ApplicationTargetGroupMetrics::httpCodeTarget(HttpCodeTarget code,
                                                                 const cloudwatch::MetricOptions& o) const {
  return metric(std::string(toString(code)), "Sum", o);
}
cloudwatch::Metric ApplicationTargetGroupMetrics::ipv6RequestCount(const cloudwatch::MetricOptions& o) const {
  return metric("IPv6RequestCount", "Sum", o);
}
cloudwatch::Metric ApplicationTargetGroupMetrics::requestCount(const cloudwatch::MetricOptions& o) const {
  return metric("RequestCount", "Sum", o);
}
cloudwatch::Metric ApplicationTargetGroupMetrics::requestCountPerTarget(const cloudwatch::MetricOptions& o) const {
  return metric("RequestCountPerTarget", "Sum", o);
}
cloudwatch::Metric ApplicationTargetGroupMetrics::targetConnectionErrorCount(const cloudwatch::MetricOptions& o) const {
  return metric("TargetConnectionErrorCount", "Sum", o);
}
cloudwatch::Metric ApplicationTargetGroupMetrics::targetTLSNegotiationErrorCount(
    const cloudwatch::MetricOptions& o) const {
  return metric("TargetTLSNegotiationErrorCount", "Sum", o);
}

}  // namespace cdk::elasticloadbalancingv2
