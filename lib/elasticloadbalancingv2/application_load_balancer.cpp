#include "cdk/elasticloadbalancingv2/application_load_balancer.hpp"

#include <fmt/format.h>

#include "cdk/cfn/elasticloadbalancingv2.hpp"
#include "cdk/cfn/s3.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/s3/bucket.hpp"
#include "cdk/s3/bucket_policy.hpp"
#include "elasticloadbalancingv2/load_balancer_props.hpp"
#include "elasticloadbalancingv2/log_delivery.hpp"

namespace cdk::elasticloadbalancingv2 {
namespace {

ResourceProps loadBalancerResourceProps(const ApplicationLoadBalancerProps& props) {
  ResourceProps resourceProps;
  resourceProps.physicalName = props.loadBalancerName;
  return resourceProps;
}

/// Checks what aws-cdk-lib checks before anything is created (the path is the load balancer's).
void checkProps(const std::string& path, const ApplicationLoadBalancerProps& props) {
  if (!props.vpc) throw ConstructError(path, "ApplicationLoadBalancerProps::vpc is required; pass the VPC");
  if (props.minimumCapacityUnit && *props.minimumCapacityUnit < 100) {
    throw ConstructError(path, fmt::format("'minimumCapacityUnit' must be a positive integer greater than or equal to "
                                           "100 for Application Load Balancer, got: {}.",
                                           *props.minimumCapacityUnit));
  }
  if (props.ipAddressType == IpAddressType::DUAL_STACK_WITHOUT_PUBLIC_IPV4 && !props.internetFacing) {
    throw ConstructError(path, "dual-stack without public IPv4 address can only be used with internet-facing scheme.");
  }
  if (props.clientKeepAlive) {
    const auto millis = props.clientKeepAlive->toMilliseconds();
    if (millis < 1000) {
      throw ConstructError(path, fmt::format("'clientKeepAlive' must be between 60 and 604800 seconds. Got: {} "
                                             "milliseconds",
                                             millis));
    }
    const auto seconds = props.clientKeepAlive->toSeconds();
    if (seconds < 60 || seconds > 604800) {
      throw ConstructError(
          path, fmt::format("'clientKeepAlive' must be between 60 and 604800 seconds. Got: {} seconds", seconds));
    }
  }
  if (props.crossZoneEnabled == false) {
    throw ConstructError(path, "crossZoneEnabled cannot be false with Application Load Balancers.");
  }
}

}  // namespace

ApplicationLoadBalancer::ApplicationLoadBalancer(Construct& scope, std::string_view id,
                                                 ApplicationLoadBalancerProps props)
    : Resource(scope, id, loadBalancerResourceProps(props)) {
  checkProps(node().path(), props);
  vpc_ = props.vpc.get();
  loadBalancerNameProp_ = props.loadBalancerName;
  ipAddressType_ = props.ipAddressType.value_or(IpAddressType::IPV4);

  // BaseLoadBalancer: the subnets, the resource, the dependency on the routes of public subnets.
  const ec2::SubnetSelection selection =
      props.vpcSubnets ? *props.vpcSubnets
                       : (props.internetFacing ? ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}
                                               : ec2::SubnetSelection{});
  const ec2::SelectedSubnets selected = vpc_->selectSubnets(selection);
  CfnLoadBalancerProps cfn;
  if (props.ipAddressType) cfn.ipAddressType = std::string(elasticloadbalancingv2::toString(*props.ipAddressType));
  if (props.minimumCapacityUnit) {
    cfn.minimumLoadBalancerCapacity =
        CfnLoadBalancer::MinimumLoadBalancerCapacityProperty{.capacityUnits = *props.minimumCapacityUnit};
  }
  cfn.name = props.loadBalancerName;
  cfn.scheme = props.internetFacing ? "internet-facing" : "internal";
  cfn.subnets = ValueList(selected.subnetIds());
  cfn.type = "application";
  resource_ = &make<CfnLoadBalancer>("Resource", std::move(cfn));
  if (props.internetFacing) resource_->node().addDependency(selected.internetConnectivityEstablished());
  setAttribute("deletion_protection.enabled", props.deletionProtection ? "true" : "false");
  if (props.crossZoneEnabled) setAttribute("load_balancing.cross_zone.enabled", "true");
  node().addValidation([this] { return validateLoadBalancer(); });

  // ApplicationLoadBalancer: the security group, then the attributes of the props.
  ec2::ISecurityGroup* securityGroup = props.securityGroup.get();
  if (!securityGroup) {
    securityGroup = &make<ec2::SecurityGroup>(
        "SecurityGroup",
        ec2::SecurityGroupProps{.allowAllOutbound = false,
                                .description = "Automatically created Security Group for ELB " + Names::uniqueId(*this),
                                .vpc = *vpc_});
  }
  connections_ = ec2::Connections(ec2::ConnectionsProps{.securityGroups = {*securityGroup}});
  if (props.http2Enabled) setAttribute("routing.http2.enabled", *props.http2Enabled ? "true" : "false");
  if (props.idleTimeout) setAttribute("idle_timeout.timeout_seconds", std::to_string(props.idleTimeout->toSeconds()));
  if (props.dropInvalidHeaderFields) {
    setAttribute("routing.http.drop_invalid_header_fields.enabled", *props.dropInvalidHeaderFields ? "true" : "false");
  }
  if (props.desyncMitigationMode) {
    setAttribute("routing.http.desync_mitigation_mode",
                 std::string(elasticloadbalancingv2::toString(*props.desyncMitigationMode)));
  }
  if (props.preserveHostHeader) setAttribute("routing.http.preserve_host_header.enabled", "true");
  if (props.xAmznTlsVersionAndCipherSuiteHeaders) {
    setAttribute("routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "true");
  }
  if (props.preserveXffClientPort) setAttribute("routing.http.xff_client_port.enabled", "true");
  if (props.xffHeaderProcessingMode) {
    setAttribute("routing.http.xff_header_processing.mode",
                 std::string(elasticloadbalancingv2::toString(*props.xffHeaderProcessingMode)));
  }
  if (props.wafFailOpen) setAttribute("waf.fail_open.enabled", "true");
  if (props.clientKeepAlive) {
    setAttribute("client_keep_alive.seconds", std::to_string(props.clientKeepAlive->toSeconds()));
  }
}

ApplicationLoadBalancer::~ApplicationLoadBalancer() = default;

Value ApplicationLoadBalancer::loadBalancerArn() const { return resource_->ref(); }
Value ApplicationLoadBalancer::loadBalancerDnsName() const { return resource_->attrDnsName(); }
Value ApplicationLoadBalancer::loadBalancerCanonicalHostedZoneId() const {
  return resource_->attrCanonicalHostedZoneId();
}
Value ApplicationLoadBalancer::loadBalancerFullName() const { return resource_->attrLoadBalancerFullName(); }
Value ApplicationLoadBalancer::loadBalancerName() const { return resource_->attrLoadBalancerName(); }
Value ApplicationLoadBalancer::loadBalancerSecurityGroups() const { return resource_->getAtt("SecurityGroups"); }

ApplicationLoadBalancerMetrics ApplicationLoadBalancer::metrics() const { return {*this, loadBalancerFullName()}; }

ApplicationListener& ApplicationLoadBalancer::addListener(std::string_view id, BaseApplicationListenerProps props) {
  auto& listener = make<ApplicationListener>(id, ApplicationListenerProps{
                                                     .certificateArns = std::move(props.certificateArns),
                                                     .certificates = std::move(props.certificates),
                                                     .defaultAction = std::move(props.defaultAction),
                                                     .defaultTargetGroups = std::move(props.defaultTargetGroups),
                                                     .loadBalancer = *this,
                                                     .open = props.open,
                                                     .port = props.port,
                                                     .protocol = props.protocol,
                                                     .sslPolicy = props.sslPolicy,
                                                 });
  listeners_.push_back(&listener);
  return listener;
}

ApplicationListener& ApplicationLoadBalancer::addRedirect(ApplicationLoadBalancerRedirectConfig props) {
  const int sourcePort = props.sourcePort.value_or(80);
  const std::string targetPort = std::to_string(props.targetPort.value_or(443));
  return addListener(
      fmt::format("Redirect{}To{}", sourcePort, targetPort),
      {.defaultAction = ListenerAction::redirect({.permanent = true,
                                                  .port = targetPort,
                                                  .protocol = std::string(elasticloadbalancingv2::toString(
                                                      props.targetProtocol.value_or(ApplicationProtocol::HTTPS)))}),
       .open = props.open,
       .port = sourcePort,
       .protocol = props.sourceProtocol.value_or(ApplicationProtocol::HTTP)});
}

void ApplicationLoadBalancer::addSecurityGroup(ec2::ISecurityGroup& securityGroup) {
  connections_.addSecurityGroup(securityGroup);
}

void ApplicationLoadBalancer::setAttribute(std::string_view key, std::optional<std::string> value) {
  std::optional<Value> v;
  if (value) v = Value(std::move(*value));
  detail::setAttribute(attributes_, key, std::move(v));
}

void ApplicationLoadBalancer::logAccessLogs(s3::IBucket& bucket, std::string prefix) {
  // Elastic Load Balancing writes access logs with SSE-S3 only.
  if (bucket.encryptionKey()) {
    throw ConstructError(node().path(),
                         "Encryption key detected. Bucket encryption using KMS keys is unsupported: give a bucket "
                         "encrypted with S3_MANAGED for the access logs");
  }
  const Stack& stack = Stack::of(*this);
  const Value region = stack.region();
  if (!region.isString()) {
    throw ConstructError(node().path(),
                         "Region is required to enable ELBv2 access logging: give the stack an env with a region");
  }
  detail::setAttribute(attributes_, "access_logs.s3.enabled", Value("true"));
  detail::setAttribute(attributes_, "access_logs.s3.bucket", bucket.bucketName());
  detail::setAttribute(attributes_, "access_logs.s3.prefix", Value(prefix));

  const std::string keyPrefix = prefix.empty() ? std::string() : prefix + "/";
  const Value logObjects = bucket.arnForObjects(Fn::join("", {keyPrefix + "AWSLogs/", stack.account(), "/*"}));
  std::shared_ptr<iam::IPrincipal> delivery;
  if (const auto account = detail::elbv2Account(region.asString())) {
    delivery = std::make_shared<iam::AccountPrincipal>(Value(std::string(*account)));
  } else {
    delivery = std::make_shared<iam::ServicePrincipal>("logdelivery.elasticloadbalancing.amazonaws.com");
  }
  auto logsDelivery = std::make_shared<iam::ServicePrincipal>("delivery.logs.amazonaws.com");
  bucket.addToResourcePolicy(
      iam::PolicyStatement({.actions = {"s3:PutObject"}, .principals = {delivery}, .resources = {logObjects}}));
  bucket.addToResourcePolicy(iam::PolicyStatement(
      {.actions = {"s3:PutObject"},
       .conditions = {{"StringEquals", Value::map({{"s3:x-amz-acl", "bucket-owner-full-control"}})}},
       .principals = {logsDelivery},
       .resources = {logObjects}}));
  bucket.addToResourcePolicy(iam::PolicyStatement(
      {.actions = {"s3:GetBucketAcl"}, .principals = {logsDelivery}, .resources = {bucket.bucketArn()}}));
  // The logs can be written once the policy exists; a dependency of the L1s, as aws-cdk-lib adds it, so that no
  // cycle forms through the bucket.
  if (auto* policy = bucket.policy()) resource_->addDependency(policy->cfnBucketPolicy());
}

void ApplicationLoadBalancer::onPrepare() {
  auto& p = resource_->props();
  p.loadBalancerAttributes = detail::renderAttributes(attributes_);
  std::vector<Value> groups;
  for (const auto& group : connections_.securityGroups()) groups.push_back(group->securityGroupId());
  p.securityGroups = ValueList(std::move(groups));
}

std::vector<std::string> ApplicationLoadBalancer::validateLoadBalancer() const {
  if (!loadBalancerNameProp_ || !loadBalancerNameProp_->isString()) return {};
  return detail::validateName("Load balancer", loadBalancerNameProp_->asString(), true);
}

}  // namespace cdk::elasticloadbalancingv2
