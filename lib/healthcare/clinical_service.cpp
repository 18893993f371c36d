#include "cdk/healthcare/clinical_service.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "cdk/cfn/elasticloadbalancingv2.hpp"
#include "cdk/cfn/s3.hpp"
#include "cdk/compliance/acknowledge.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/ecr/repository.hpp"
#include "cdk/ecs/cluster.hpp"
#include "cdk/ecs/container_definition.hpp"
#include "cdk/ecs/container_image.hpp"
#include "cdk/ecs/fargate_service.hpp"
#include "cdk/ecs/fargate_task_definition.hpp"
#include "cdk/ecs/log_driver.hpp"
#include "cdk/ecs/scalable_task_count.hpp"
#include "cdk/elasticloadbalancingv2/application_listener.hpp"
#include "cdk/elasticloadbalancingv2/application_load_balancer.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"
#include "cdk/elasticloadbalancingv2/listener_action.hpp"
#include "cdk/elasticloadbalancingv2/listener_certificate.hpp"
#include "cdk/elasticloadbalancingv2/listener_condition.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/logs/log_group.hpp"
#include "cdk/s3/bucket.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "elasticloadbalancingv2/load_balancer_props.hpp"
#include "healthcare/secure_defaults.hpp"

namespace cdk::healthcare {

namespace elbv2 = elasticloadbalancingv2;

namespace {

void validate(const cdk::Construct& scope, const ClinicalServiceProps& props) {
  const std::string path = scope.node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  // ECS names clusters and services with up to 255 letters, digits, hyphens and underscores.
  const auto checkName = [&fail](const std::string& what, const std::string& value) {
    const bool valid = !value.empty() && value.size() <= 255 && std::all_of(value.begin(), value.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
    if (!valid) {
      fail(fmt::format("{} '{}' is no ECS name; give 1 to 255 letters, digits, hyphens and underscores", what, value));
    }
  };
  detail::checkProfile(scope, props.profile);
  if (!props.vpc) fail("vpc is required: pass the VPC of the services (e.g. SecureVpc's vpc())");
  if (props.services.empty()) fail("services is empty: give at least one ClinicalContainer");
  if (!cdk::Stack::of(scope).region().isString()) {
    fail(
        "the stack has no region: the load balancer's access logs need one (the log bucket's policy names the "
        "region's Elastic Load Balancing account): give the stack an env with a region");
  }
  if (props.accessLogsBucket && !props.accessLogsLifecycleRules.empty()) {
    fail(
        "accessLogsLifecycleRules is given with accessLogsBucket: give the rules to the bucket you pass, or leave "
        "accessLogsBucket out so that the pattern creates the bucket with them");
  }
  if (props.certificateArn && props.httpOnlyReason) {
    fail("httpOnlyReason is given with a certificate: remove it (the load balancer serves HTTPS)");
  }
  const auto percent = [&fail](std::string_view name, double value) {
    if (!(value > 0 && value <= 100))
      fail(fmt::format("{} is {}; give a percentage above 0 and at most 100", name, value));
  };
  percent("cpuTargetPercent", props.cpuTargetPercent);
  percent("memoryTargetPercent", props.memoryTargetPercent);
  if (props.requestsPerTarget && !(*props.requestsPerTarget > 0)) {
    fail(fmt::format(
        "requestsPerTarget is {}; give a number of requests above 0, or std::nullopt for no scaling on request count",
        *props.requestsPerTarget));
  }
  if (props.clusterName) {
    if (props.cluster) {
      fail(
          "clusterName is given with cluster: name the cluster you pass where you create it, or leave cluster out so "
          "that the pattern creates one with this name");
    }
    checkName("clusterName", *props.clusterName);
  }
  // Elastic Load Balancing's naming rules, as the L2s check them at synthesis, here with the pattern's path.
  const auto checkElbName = [&fail](std::string_view kind, const std::string& prop, const std::string& value) {
    const auto problems = elbv2::detail::validateName(kind, value, kind == "Load balancer");
    if (!problems.empty()) {
      fail(fmt::format("{}: {} Give at most 32 letters, digits and hyphens, not beginning or ending with a hyphen",
                       prop, fmt::join(problems, " ")));
    }
  };
  if (props.loadBalancerName) checkElbName("Load balancer", "loadBalancerName", *props.loadBalancerName);
  std::set<std::string> names;
  std::set<std::string> serviceNames;
  std::set<std::string> logGroupNames;
  int defaults = 0;
  for (const auto& service : props.services) {
    if (service.name.empty()) fail("a service has no name: give each ClinicalContainer a name, e.g. \"Backend\"");
    const std::string& name = service.name;
    if (!names.insert(name).second) fail(fmt::format("two services are named '{}': give each its own name", name));
    if (service.image.has_value() == static_cast<bool>(service.repository)) {
      fail(fmt::format("service '{}': give either image (a registry image name) or repository (ECR), not {}", name,
                       service.image ? "both" : "neither"));
    }
    if (service.pathPatterns.empty()) ++defaults;
    if (service.pathPatterns.size() > 5) {
      fail(
          fmt::format("service '{}' has {} pathPatterns; a listener rule takes at most 5: split them into fewer "
                      "patterns with wildcards",
                      name, service.pathPatterns.size()));
    }
    const int minTasks = service.minTasks.value_or(props.profile.minTasks);
    const int maxTasks = service.maxTasks.value_or(props.profile.maxTasks);
    if (minTasks < 1 || maxTasks < minTasks) {
      fail(
          fmt::format("service '{}' scales from {} to {} tasks; give minTasks of 1 or more and maxTasks of minTasks "
                      "or more",
                      name, minTasks, maxTasks));
    }
    if (service.healthCheckPath.empty() || service.healthCheckPath.front() != '/') {
      fail(fmt::format("service '{}': healthCheckPath '{}' must start with '/'", name, service.healthCheckPath));
    }
    if (service.serviceName) {
      checkName(fmt::format("service '{}': serviceName", name), *service.serviceName);
      if (!serviceNames.insert(*service.serviceName).second) {
        fail(fmt::format("two services have the serviceName '{}': give each its own (or none)", *service.serviceName));
      }
    }
    if (service.targetGroupName) {
      checkElbName("Target group", fmt::format("service '{}': targetGroupName", name), *service.targetGroupName);
    }
    if (service.logGroupName) {
      const std::string& group = *service.logGroupName;
      const bool valid = !group.empty() && group.size() <= 512 && std::all_of(group.begin(), group.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("._-/#").find(c) != std::string::npos;
      });
      if (!valid) {
        fail(
            fmt::format("service '{}': logGroupName '{}' is no log group name; give 1 to 512 letters, digits and "
                        "'.', '_', '-', '/', '#', e.g. \"/ecs/{}\"",
                        name, group, name));
      }
      if (!logGroupNames.insert(group).second) {
        fail(fmt::format("two services have the logGroupName '{}': give each its own (or none)", group));
      }
    }
    if (service.minHealthyPercent < 0 || service.minHealthyPercent > 100 || service.maxHealthyPercent < 100 ||
        service.maxHealthyPercent <= service.minHealthyPercent) {
      fail(
          fmt::format("service '{}' deploys with maxHealthyPercent {} and minHealthyPercent {}; give "
                      "minHealthyPercent from 0 to 100 and maxHealthyPercent of at least 100 and above it (else a "
                      "deployment can neither start a new task nor stop an old one)",
                      name, service.maxHealthyPercent, service.minHealthyPercent));
    }
    if (service.stickinessCookieDuration) {
      const auto ms = service.stickinessCookieDuration->toMilliseconds();
      if (ms < 1000 || ms > 7 * 86'400'000LL || ms % 1000 != 0) {
        fail(fmt::format("service '{}': stickinessCookieDuration is {} ms; give whole seconds from 1 second to 7 days",
                         name, ms));
      }
    }
  }
  if (defaults > 1) {
    fail(
        fmt::format("{} services have no pathPatterns; only one may take the requests no rule matches: give the others "
                    "pathPatterns",
                    defaults));
  }
}

const std::string kLogBucketReason =
    "Log bucket: log objects are versioned and retained where they are written; replicating logs is not required.";

}  // namespace

ClinicalService::ClinicalService(cdk::Construct& scope, std::string_view id, ClinicalServiceProps props)
    : cdk::Construct(scope, id), profile_(props.profile) {
  // Server access logs are delivered by a bucket policy statement, not the legacy LogDeliveryWrite ACL (cfn-lint
  // W3045): the flag is set for the constructs below this one only.
  node().setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
  validate(*this, props);
  std::string httpOnlyReason;
  if (!props.certificateArn) {
    httpOnlyReason = detail::requireReason(*this, props.httpOnlyReason, "no certificateArn (HTTP only)",
                                           "httpOnlyReason", "give certificateArn to serve HTTPS");
  }
  const cdk::RemovalPolicy removalPolicy = detail::withoutSnapshot(profile_.removalPolicy);
  ec2::IVpc& vpc = *props.vpc;

  key_ = props.encryptionKey.get();
  if (!key_) {
    key_ = &make<kms::Key>(
        "Key", {.description = "Logs of " + node().path(), .enableKeyRotation = true, .removalPolicy = removalPolicy});
  }
  detail::allowCloudWatchLogs(*key_);

  cluster_ = props.cluster.get();
  if (!cluster_) {
    cluster_ = &make<ecs::Cluster>(
        "Cluster", {.clusterName = props.clusterName ? std::optional<cdk::Value>(*props.clusterName) : std::nullopt,
                    .containerInsightsV2 = ecs::ContainerInsights::ENABLED,
                    .vpc = vpc});
  }

  // Elastic Load Balancing writes its logs with SSE-S3 only, and S3 delivers server access logs to SSE-S3 buckets
  // only: the log buckets cannot use the customer key.
  accessLogsBucket_ = props.accessLogsBucket.get();
  if (!accessLogsBucket_) {
    const auto logBucket = [&](std::string_view bucketId, cdk::Handle<s3::IBucket> serverAccessLogs,
                               std::vector<s3::LifecycleRule> lifecycleRules) -> s3::Bucket& {
      auto& bucket = make<s3::Bucket>(
          bucketId,
          {.blockPublicAccess = s3::BlockPublicAccess::BLOCK_ALL,
           .encryption = s3::BucketEncryption::S3_MANAGED,
           .enforceSSL = true,
           .lifecycleRules = std::move(lifecycleRules),
           .minimumTLSVersion = 1.2,
           .removalPolicy = removalPolicy,
           .serverAccessLogsBucket = serverAccessLogs,
           .serverAccessLogsPrefix = serverAccessLogs ? std::optional<std::string>("AccessLogs/") : std::nullopt,
           .versioned = true});
      compliance::acknowledge(bucket.cfnBucket(),
                              {.id = "HIPAA.Security-S3DefaultEncryptionKMS",
                               .reason = "Log bucket: Elastic Load Balancing and S3 server access logging deliver to "
                                         "buckets encrypted with SSE-S3 only."});
      compliance::acknowledge(bucket.cfnBucket(),
                              {.id = "HIPAA.Security-S3BucketReplicationEnabled", .reason = kLogBucketReason});
      return bucket;
    };
    auto& serverAccessLogs = logBucket("ServerAccessLogs", {}, {});
    accessLogsBucket_ = &logBucket("AccessLogs", serverAccessLogs, std::move(props.accessLogsLifecycleRules));
  }

  loadBalancer_ = &make<elbv2::ApplicationLoadBalancer>(
      "LoadBalancer",
      {.deletionProtection = true,
       .dropInvalidHeaderFields = true,
       .internetFacing = props.internetFacing,
       .loadBalancerName = props.loadBalancerName ? std::optional<cdk::Value>(*props.loadBalancerName) : std::nullopt,
       .vpc = vpc,
       .vpcSubnets = ec2::SubnetSelection{.subnetType = props.internetFacing ? ec2::SubnetType::PUBLIC
                                                                             : ec2::SubnetType::PRIVATE_WITH_EGRESS}});
  loadBalancer_->logAccessLogs(*accessLogsBucket_);

  // Requests no rule matches: the service without paths, or 404.
  const bool hasDefault = std::any_of(props.services.begin(), props.services.end(),
                                      [](const ClinicalContainer& s) { return s.pathPatterns.empty(); });
  std::optional<elbv2::ListenerAction> notFound;
  if (!hasDefault)
    notFound = elbv2::ListenerAction::fixedResponse(404, {.contentType = "text/plain", .messageBody = "Not Found"});
  if (props.certificateArn) {
    listener_ = &loadBalancer_->addListener(
        "Https", {.certificates = {elbv2::ListenerCertificate::fromArn(*props.certificateArn)},
                  .defaultAction = notFound,
                  .open = props.internetFacing,
                  .port = 443,
                  .protocol = elbv2::ApplicationProtocol::HTTPS,
                  .sslPolicy = props.sslPolicy});
    redirect_ = &loadBalancer_->addRedirect({.open = props.internetFacing});
    compliance::acknowledge(redirect_->cfnListener(),
                            {.id = "HIPAA.Security-ELBv2ACMCertificateRequired",
                             .reason = "Port 80 only redirects to HTTPS on 443; it serves no content and "
                                       "needs no certificate."});
  } else {
    listener_ = &loadBalancer_->addListener("Http", {.defaultAction = notFound,
                                                     .open = props.internetFacing,
                                                     .port = 80,
                                                     .protocol = elbv2::ApplicationProtocol::HTTP});
    compliance::acknowledge(listener_->cfnListener(),
                            {.id = "HIPAA.Security-ELBv2ACMCertificateRequired", .reason = httpOnlyReason});
    compliance::acknowledge(listener_->cfnListener(),
                            {.id = "HIPAA.Security-ALBHttpToHttpsRedirection", .reason = httpOnlyReason});
  }

  int priority = 0;
  for (const auto& container : props.services) {
    const std::string& name = container.name;
    auto& logGroup = make<logs::LogGroup>(
        name + "LogGroup",
        {.encryptionKey = *key_,
         .logGroupName = container.logGroupName ? std::optional<cdk::Value>(*container.logGroupName) : std::nullopt,
         .removalPolicy = removalPolicy,
         .retention = profile_.logRetention});

    // The execution role takes no grants: what the agent needs (the image, the logs, the secrets) is a managed
    // policy.
    auto& executionRole = make<iam::Role>(
        name + "ExecutionRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
    std::vector<iam::PolicyStatement> statements{iam::PolicyStatement(
        {.actions = {"logs:CreateLogStream", "logs:PutLogEvents"}, .resources = {logGroup.logGroupArn()}})};
    std::shared_ptr<ecs::ContainerImage> image;
    if (container.repository) {
      image = ecs::ContainerImage::fromEcrRepository(*container.repository, container.tag);
      statements.push_back(iam::PolicyStatement(
          {.actions = {"ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"},
           .resources = {container.repository->repositoryArn()}}));
      statements.push_back(iam::PolicyStatement({.actions = {"ecr:GetAuthorizationToken"}, .resources = {"*"}}));
    } else {
      image = ecs::ContainerImage::fromRegistry(*container.image);
    }
    std::vector<std::pair<std::string, ecs::Secret>> secrets;
    std::vector<cdk::Value> secretArns;
    std::vector<cdk::Value> secretKeys;
    for (const auto& [variable, secret, field] : container.secrets) {
      secrets.emplace_back(variable, ecs::Secret::fromSecretsManager(*secret, field));
      secretArns.push_back(secret->secretArn());
      if (auto* key = secret->encryptionKey()) secretKeys.push_back(key->keyArn());
    }
    if (!secretArns.empty()) {
      statements.push_back(iam::PolicyStatement(
          {.actions = {"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"}, .resources = secretArns}));
    }
    if (!secretKeys.empty()) {
      statements.push_back(iam::PolicyStatement({.actions = {"kms:Decrypt"}, .resources = secretKeys}));
    }
    make<iam::ManagedPolicy>(name + "ExecutionPolicy", {.roles = {executionRole}, .statements = std::move(statements)});

    auto& taskDefinition = make<ecs::FargateTaskDefinition>(
        name + "TaskDefinition", {.cpu = container.cpu.value_or(profile_.taskCpu),
                                  .executionRole = executionRole.withoutPolicyUpdates(),
                                  .memoryLimitMiB = container.memoryMiB.value_or(profile_.taskMemoryMiB)});
    taskDefinition.addContainer(name, {.environment = container.environment,
                                       .image = image,
                                       .logging = ecs::LogDriver::awsLogs({.logGroup = logGroup, .streamPrefix = name}),
                                       .portMappings = {{.containerPort = container.containerPort}},
                                       .secrets = std::move(secrets)});

    const int minTasks = container.minTasks.value_or(profile_.minTasks);
    auto& service = make<ecs::FargateService>(
        name, {.assignPublicIp = false,
               .circuitBreaker = ecs::DeploymentCircuitBreaker{.enable = true, .rollback = true},
               .cluster = *cluster_,
               .desiredCount = minTasks,
               .maxHealthyPercent = container.maxHealthyPercent,
               .minHealthyPercent = container.minHealthyPercent,
               .serviceName = container.serviceName,
               .taskDefinition = taskDefinition,
               .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}});

    std::vector<elbv2::ListenerCondition> conditions;
    std::optional<int> rulePriority;
    if (!container.pathPatterns.empty()) {
      conditions.push_back(elbv2::ListenerCondition::pathPatterns(container.pathPatterns));
      rulePriority = ++priority;
    }
    auto& targetGroup = listener_->addTargets(
        name, {.conditions = std::move(conditions),
               .deregistrationDelay = cdk::Duration::seconds(30),
               .healthCheck = elbv2::HealthCheck{.healthyHttpCodes = "200-399",
                                                 .interval = cdk::Duration::seconds(30),
                                                 .path = container.healthCheckPath},
               .port = container.containerPort,
               .priority = rulePriority,
               .protocol = elbv2::ApplicationProtocol::HTTP,
               .stickinessCookieDuration = container.stickinessCookieDuration,
               .targetGroupName =
                   container.targetGroupName ? std::optional<cdk::Value>(*container.targetGroupName) : std::nullopt,
               .targets = {service}});

    auto& taskCount = service.autoScaleTaskCount(
        {.maxCapacity = container.maxTasks.value_or(profile_.maxTasks), .minCapacity = minTasks});
    taskCount.scaleOnCpuUtilization("Cpu", {.scaleInCooldown = props.scaleInCooldown,
                                            .scaleOutCooldown = props.scaleOutCooldown,
                                            .targetUtilizationPercent = props.cpuTargetPercent});
    taskCount.scaleOnMemoryUtilization("Memory", {.scaleInCooldown = props.scaleInCooldown,
                                                  .scaleOutCooldown = props.scaleOutCooldown,
                                                  .targetUtilizationPercent = props.memoryTargetPercent});
    if (props.requestsPerTarget) {
      taskCount.scaleOnRequestCount("Requests", {.requestsPerTarget = *props.requestsPerTarget,
                                                 .scaleInCooldown = props.scaleInCooldown,
                                                 .scaleOutCooldown = props.scaleOutCooldown,
                                                 .targetGroup = targetGroup});
    }

    for (const auto& group : service.connections().securityGroups()) connections_.addSecurityGroup(*group);
    services_.push_back(&service);
    entries_.push_back({name, &service, &taskCount, &targetGroup, &logGroup});
  }
}

ClinicalService::~ClinicalService() = default;

const ClinicalService::Entry& ClinicalService::entry(std::string_view name) const {
  for (const auto& e : entries_) {
    if (e.name == name) return e;
  }
  std::vector<std::string> names;
  for (const auto& e : entries_) names.push_back(e.name);
  throw cdk::ConstructError(node().path(),
                            fmt::format("no service named '{}'; the services are: {}", name, fmt::join(names, ", ")));
}

ecs::FargateService& ClinicalService::service(std::string_view name) const { return *entry(name).service; }
ecs::ScalableTaskCount& ClinicalService::taskCount(std::string_view name) const { return *entry(name).taskCount; }
elbv2::ApplicationTargetGroup& ClinicalService::targetGroup(std::string_view name) const {
  return *entry(name).targetGroup;
}
logs::LogGroup& ClinicalService::logGroup(std::string_view name) const { return *entry(name).logGroup; }

}  // namespace cdk::healthcare
