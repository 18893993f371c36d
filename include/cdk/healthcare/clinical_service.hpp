// ClinicalService: the Fargate services of a healthcare application behind one load balancer, secure by default.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/elasticloadbalancingv2/enums.hpp"
#include "cdk/healthcare/environment_profile.hpp"
#include "cdk/s3/rule.hpp"

namespace cdk::ec2 {
class IVpc;
}
namespace cdk::ecr {
class IRepository;
}
namespace cdk::ecs {
class FargateService;
class FargateTaskDefinition;
class ICluster;
class ScalableTaskCount;
}  // namespace cdk::ecs
namespace cdk::elasticloadbalancingv2 {
class ApplicationListener;
class ApplicationLoadBalancer;
class ApplicationTargetGroup;
}  // namespace cdk::elasticloadbalancingv2
namespace cdk::iam {
class ManagedPolicy;
}
namespace cdk::kms {
class IKey;
}
namespace cdk::logs {
class LogGroup;
}
namespace cdk::s3 {
class IBucket;
}
namespace cdk::secretsmanager {
class ISecret;
}

namespace cdk::healthcare {

/// An environment variable of a container read from Secrets Manager: the whole secret, or one field of its JSON
/// (e.g. "password" of a database's credentials).
struct ClinicalSecret {
  ClinicalSecret(std::string variable, cdk::Handle<secretsmanager::ISecret> secret,
                 std::optional<std::string> field = std::nullopt)
      : variable(std::move(variable)), secret(std::move(secret)), field(std::move(field)) {}
  std::string variable;
  cdk::Handle<secretsmanager::ISecret> secret;
  std::optional<std::string> field;
};

/// One Fargate service of a ClinicalService: its container, the paths routed to it and its size.
struct ClinicalContainer {
  /// The port the container serves HTTP on, and the target group's.
  int containerPort = 8080;
  /// Task CPU units; default the profile's taskCpu.
  std::optional<int> cpu{};
  /// Plain environment variables, in order.
  std::vector<std::pair<std::string, cdk::Value>> environment{};
  /// The path the load balancer checks (HTTP 200-399 is healthy).
  std::string healthCheckPath = "/health";
  /// An image from a registry, e.g. "ehrbase/ehrbase:2.0.0" (or give repository).
  std::optional<std::string> image{};
  /// The name of the service's log group, e.g. "/ecs/medzen-ehrbase"; default a generated one.
  std::optional<std::string> logGroupName{};
  /// Of the desired count, the percentages of tasks a deployment may run at most and must keep healthy at least:
  /// 200 / 50 lets a deployment of 2 tasks start 2 new ones while it stops 1 old one. maxHealthyPercent is above
  /// minHealthyPercent and at least 100, minHealthyPercent 0 to 100.
  int maxHealthyPercent = 200;
  /// Task counts of autoscaling; default the profile's maxTasks and minTasks (also the desired count).
  std::optional<int> maxTasks{};
  /// Task memory in MiB; default the profile's taskMemoryMiB.
  std::optional<int> memoryMiB{};
  int minHealthyPercent = 100;
  std::optional<int> minTasks{};
  /// The service's construct id and container name, e.g. "Backend" (required).
  std::string name{};
  /// Paths routed to the service, e.g. {"/api", "/api/*"} (at most 5); none: the listener's default action (one
  /// service at most; without one, unmatched paths get a 404).
  std::vector<std::string> pathPatterns{};
  /// An image in this ECR repository, with `tag` (or give image).
  cdk::Handle<ecr::IRepository> repository{};
  /// Environment variables from Secrets Manager, in order, e.g. {"DB_PASS", database.secret(), "password"}: the
  /// execution role may read each secret (and decrypt it with its key).
  std::vector<ClinicalSecret> secrets{};
  /// The ECS service's name, e.g. "medzen-ehrbase-service"; default a generated one.
  std::optional<std::string> serviceName{};
  /// Sticky sessions: the load balancer's cookie keeps a client on one task this long (1 second to 7 days); none
  /// by default.
  std::optional<cdk::Duration> stickinessCookieDuration{};
  std::string tag = "latest";
  /// The target group's name, e.g. "medzen-ehrbase-tg" (at most 32 letters, digits and hyphens); default a
  /// generated one.
  std::optional<std::string> targetGroupName{};
};

struct ClinicalServiceProps {
  /// The load balancer's access logs (SSE-S3: Elastic Load Balancing writes no other); default a new bucket
  /// "AccessLogs", whose server access logs go to a bucket "ServerAccessLogs".
  cdk::Handle<s3::IBucket> accessLogsBucket{};
  /// Lifecycle rules of the "AccessLogs" bucket this pattern creates (not of a bucket given), e.g. moving old logs
  /// to Standard-IA and Glacier as a seed's retention plan asks.
  std::vector<s3::LifecycleRule> accessLogsLifecycleRules{};
  /// An ACM certificate: HTTPS on 443 and a redirect from HTTP on 80. Without it, HTTP on 80 only, which needs
  /// httpOnlyReason.
  std::optional<cdk::Value> certificateArn{};
  /// Default a new cluster "Cluster" in the VPC with Container Insights.
  cdk::Handle<ecs::ICluster> cluster{};
  /// The name of the cluster the pattern creates, e.g. "medzen-ehrbase-cluster" (not with cluster); default a
  /// generated one.
  std::optional<std::string> clusterName{};
  /// The average CPU utilization (percent) autoscaling keeps.
  double cpuTargetPercent = 70;
  /// The key of the log groups; default a new key with rotation, the child "Key".
  cdk::Handle<kms::IKey> encryptionKey{};
  /// Why the load balancer may serve plain HTTP (when no certificate is given).
  std::optional<std::string> httpOnlyReason{};
  /// An internet-facing load balancer in the public subnets, open to everyone on its ports; false: an internal one
  /// in the private subnets that only what connections are allowed may reach.
  bool internetFacing = true;
  /// The load balancer's name, e.g. "medzen-ehrbase-alb" (at most 32 letters, digits and hyphens); default a
  /// generated one.
  std::optional<std::string> loadBalancerName{};
  /// The average memory utilization (percent) autoscaling keeps.
  double memoryTargetPercent = 80;
  /// Default the prod preset: task sizes and counts, log retention, removal policy.
  EnvironmentProfile profile{};
  /// Requests per task and minute autoscaling keeps; std::nullopt: no scaling on request count (CPU and memory
  /// only).
  std::optional<double> requestsPerTarget = 1000;
  /// How long autoscaling waits after removing tasks before it removes more, and after adding tasks before it adds
  /// more, in every policy; default Application Auto Scaling's (300 s each for ECS).
  std::optional<cdk::Duration> scaleInCooldown{};
  std::optional<cdk::Duration> scaleOutCooldown{};
  /// The services (at least one).
  std::vector<ClinicalContainer> services{};
  /// The TLS policy of the HTTPS listener.
  elasticloadbalancingv2::SslPolicy sslPolicy = elasticloadbalancingv2::SslPolicy::RECOMMENDED_TLS;
  /// The VPC (required), e.g. SecureVpc's vpc(): the tasks run in its private subnets with egress.
  cdk::Handle<ec2::IVpc> vpc{};
};

/// Fargate services behind one application load balancer: HTTPS with the certificate and a redirect from HTTP (or,
/// with a reason, HTTP only), a listener rule per service's paths, health checks, tasks in the private subnets
/// without public IPs, deployments with the circuit breaker and rollback, autoscaling on CPU, memory and request
/// count, container secrets from Secrets Manager, log groups encrypted with a customer key and kept for the
/// profile's retention, access logs of the load balancer, invalid headers dropped and deletion protection on.
/// The execution roles' permissions are customer-managed policies (a grant's inline DefaultPolicy is what
/// HIPAA.Security-IAMNoInlinePolicy flags).
///
/// Children: "Key" (unless given); "Cluster" (unless given); "ServerAccessLogs" and "AccessLogs" (s3::Bucket, unless
/// a bucket is given); "LoadBalancer" with its listener "Https" and "Redirect80To443", or "Http"; per service
/// <name>: "<name>LogGroup", "<name>ExecutionRole", "<name>ExecutionPolicy", "<name>TaskDefinition" (container
/// <name>), the ecs::FargateService "<name>" (autoscaling "TaskCount"), and the target group "<name>Group" below the
/// listener.
///
/// Acknowledged: HIPAA.Security-ELBv2ACMCertificateRequired on the redirect listener (it has no certificate and
/// needs none), and with it -ALBHttpToHttpsRedirection on an HTTP-only listener (with httpOnlyReason);
/// HIPAA.Security-S3DefaultEncryptionKMS and -S3BucketReplicationEnabled on the log buckets (log deliveries accept
/// SSE-S3 only; log buckets are not replicated).
///
/// The stack needs a region (the access log bucket's policy names the region's Elastic Load Balancing account).
/// Bad props throw cdk::ConstructError with the construct path and what to change.
class CDKPP_API ClinicalService : public cdk::Construct, public ec2::IConnectable {
 public:
  using Props = ClinicalServiceProps;
  ClinicalService(cdk::Construct& scope, std::string_view id, ClinicalServiceProps props);
  ~ClinicalService() override;

  /// The services' security groups: allow them into a database with `db.connections().allowDefaultPortFrom(svc)`.
  ec2::Connections connections() const override { return connections_; }
  /// The services, in the order given.
  const std::vector<ecs::FargateService*>& services() const noexcept { return services_; }
  /// The service named `name`. Throws cdk::ConstructError for another name.
  ecs::FargateService& service(std::string_view name) const;
  /// The first service.
  ecs::FargateService& service() const { return *services_.front(); }
  ecs::ScalableTaskCount& taskCount(std::string_view name) const;
  elasticloadbalancingv2::ApplicationTargetGroup& targetGroup(std::string_view name) const;
  logs::LogGroup& logGroup(std::string_view name) const;
  elasticloadbalancingv2::ApplicationLoadBalancer& loadBalancer() const noexcept { return *loadBalancer_; }
  /// The listener the services are behind: HTTPS, or HTTP without a certificate.
  elasticloadbalancingv2::ApplicationListener& listener() const noexcept { return *listener_; }
  /// The HTTP listener that redirects to HTTPS; nullptr without a certificate.
  elasticloadbalancingv2::ApplicationListener* redirectListener() const noexcept { return redirect_; }
  ecs::ICluster& cluster() const noexcept { return *cluster_; }
  kms::IKey& key() const noexcept { return *key_; }
  s3::IBucket& accessLogsBucket() const noexcept { return *accessLogsBucket_; }
  const EnvironmentProfile& profile() const noexcept { return profile_; }

 private:
  struct Entry {
    std::string name;
    ecs::FargateService* service;
    ecs::ScalableTaskCount* taskCount;
    elasticloadbalancingv2::ApplicationTargetGroup* targetGroup;
    logs::LogGroup* logGroup;
  };
  const Entry& entry(std::string_view name) const;

  EnvironmentProfile profile_;
  kms::IKey* key_ = nullptr;
  ecs::ICluster* cluster_ = nullptr;
  s3::IBucket* accessLogsBucket_ = nullptr;
  elasticloadbalancingv2::ApplicationLoadBalancer* loadBalancer_ = nullptr;
  elasticloadbalancingv2::ApplicationListener* listener_ = nullptr;
  elasticloadbalancingv2::ApplicationListener* redirect_ = nullptr;
  std::vector<ecs::FargateService*> services_;
  std::vector<Entry> entries_;
  ec2::Connections connections_;
};

}  // namespace cdk::healthcare
