#include "cdk/ecs_patterns/application_load_balanced_service_base.hpp"

#include <fmt/format.h>

#include "cdk/certificatemanager/certificate.hpp"
#include "cdk/core/cfn_output.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/feature_flags.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/elasticloadbalancingv2/application_listener.hpp"
#include "cdk/elasticloadbalancingv2/application_load_balancer.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"
#include "cdk/route53/hosted_zone.hpp"
#include "cdk/route53/record_set.hpp"
#include "cdk/route53_targets/load_balancer_target.hpp"
#include "ecs_patterns/shared_steps.hpp"

namespace cdk::ecs_patterns {

namespace elbv2 = elasticloadbalancingv2;

namespace {

constexpr std::string_view kUniqueTargetGroupId = "@aws-cdk/aws-ecs-patterns:uniqueTargetGroupId";
constexpr std::string_view kSecGroupsDisableImplicitOpenListener =
    "@aws-cdk/aws-ecs-patterns:secGroupsDisablesImplicitOpenListener";

}  // namespace

ApplicationLoadBalancedServiceBase::ApplicationLoadBalancedServiceBase(
    Construct& scope, std::string_view id, const ApplicationLoadBalancedServiceBaseProps& props)
    : Construct(scope, id) {
  const std::string& path = node().path();
  if (props.cluster && props.vpc) {
    throw ConstructError(path,
                         "You can only specify either vpc or cluster. Alternatively, you can leave both blank: "
                         "drop vpc (the cluster's VPC is used) or cluster (a default cluster is made in vpc)");
  }
  cluster_ = props.cluster ? props.cluster.get() : &getDefaultCluster(*this, props.vpc.get());
  detail::checkDesiredCount(path, props.desiredCount);
  desiredCount_ = props.desiredCount.value_or(1);
  internalDesiredCount_ = props.desiredCount;

  const bool internetFacing = props.publicLoadBalancer;
  detail::checkIdleTimeout(path, props.idleTimeout);
  if (props.loadBalancer) {
    loadBalancer_ = props.loadBalancer.get();
  } else {
    elbv2::ApplicationLoadBalancerProps lbProps;
    lbProps.idleTimeout = props.idleTimeout;
    lbProps.internetFacing = internetFacing;
    lbProps.ipAddressType = props.ipAddressType;
    if (props.loadBalancerName) lbProps.loadBalancerName = *props.loadBalancerName;
    lbProps.vpc = cluster_->vpc();
    loadBalancer_ = &make<elbv2::ApplicationLoadBalancer>("LB", std::move(lbProps));
  }

  if (props.certificate && props.protocol && *props.protocol != elbv2::ApplicationProtocol::HTTPS) {
    throw ConstructError(path,
                         "The HTTPS protocol must be used when a certificate is given: leave protocol out or set "
                         "it to HTTPS");
  }
  const elbv2::ApplicationProtocol protocol =
      props.protocol.value_or(props.certificate ? elbv2::ApplicationProtocol::HTTPS : elbv2::ApplicationProtocol::HTTP);
  if (protocol != elbv2::ApplicationProtocol::HTTPS && props.redirectHTTP) {
    throw ConstructError(path,
                         "The HTTPS protocol must be used when redirecting HTTP traffic: set protocol to HTTPS (with "
                         "a certificate, or domainName and domainZone) or drop redirectHTTP");
  }

  // A load balancer passed in may carry security groups of its own; the flag then leaves it closed.
  const bool defaultOpenListener =
      !(FeatureFlags::of(*this).isEnabled(kSecGroupsDisableImplicitOpenListener) && props.loadBalancer);
  const bool open = props.openListener.value_or(defaultOpenListener);
  listener_ = &loadBalancer_->addListener(
      "PublicListener", {.open = open, .port = props.listenerPort, .protocol = protocol, .sslPolicy = props.sslPolicy});
  // With the flag, the group's id changes with the load balancer's name and scheme, so replacing the load
  // balancer replaces the group too instead of clashing with it.
  const std::string targetGroupId =
      FeatureFlags::of(*this).isEnabled(kUniqueTargetGroupId)
          ? fmt::format("ECS{}{}", props.loadBalancerName.value_or(""), internetFacing ? "" : "Private")
          : std::string("ECS");
  targetGroup_ = &listener_->addTargets(targetGroupId,
                                        {.protocol = props.targetProtocol.value_or(elbv2::ApplicationProtocol::HTTP),
                                         .protocolVersion = props.protocolVersion});

  if (protocol == elbv2::ApplicationProtocol::HTTPS) {
    if (props.certificate) {
      certificate_ = props.certificate.get();
    } else {
      if (!props.domainName || !props.domainZone) {
        throw ConstructError(path,
                             "A domain name and zone is required when using the HTTPS protocol: pass a certificate, "
                             "or domainName and domainZone for a DNS-validated one");
      }
      certificate_ = &make<certificatemanager::Certificate>(
          "Certificate", certificatemanager::CertificateProps{
                             .domainName = *props.domainName,
                             .validation = certificatemanager::CertificateValidation::fromDns(props.domainZone)});
    }
  }
  if (certificate_) {
    listener_->addCertificates("Arns", {elbv2::ListenerCertificate::fromCertificateManager(*certificate_)});
  }
  if (props.redirectHTTP) {
    const std::string targetPort = props.listenerPort ? std::to_string(*props.listenerPort) : "443";
    redirectListener_ = &loadBalancer_->addListener(
        "PublicRedirectListener",
        {.defaultAction = elbv2::ListenerAction::redirect({.permanent = true, .port = targetPort, .protocol = "HTTPS"}),
         .open = open,
         .port = 80,
         .protocol = elbv2::ApplicationProtocol::HTTP});
    redirectListener_->node().addDependency(*listener_);
  }

  Value domainName = loadBalancer_->loadBalancerDnsName();
  if (props.domainName) {
    if (!props.domainZone) {
      throw ConstructError(path,
                           "A Route53 hosted domain zone name is required to configure the specified domain name: "
                           "pass domainZone (e.g. route53::HostedZone::fromHostedZoneAttributes)");
    }
    switch (props.recordType) {
      case ApplicationLoadBalancedServiceRecordType::ALIAS:
        domainName = make<route53::ARecord>(
                         "DNS", route53::ARecordProps{.recordName = *props.domainName,
                                                      .target = route53::RecordTarget::fromAlias(
                                                          route53_targets::LoadBalancerTarget(*loadBalancer_)),
                                                      .zone = props.domainZone})
                         .domainName();
        break;
      case ApplicationLoadBalancedServiceRecordType::CNAME:
        domainName = make<route53::CnameRecord>(
                         "DNS", route53::CnameRecordProps{.domainName = loadBalancer_->loadBalancerDnsName(),
                                                          .recordName = *props.domainName,
                                                          .zone = props.domainZone})
                         .domainName();
        break;
      case ApplicationLoadBalancedServiceRecordType::NONE: break;
    }
  }
  applicationLoadBalancer_ = dynamic_cast<elbv2::ApplicationLoadBalancer*>(loadBalancer_);
  make<CfnOutput>("LoadBalancerDNS", CfnOutputProps{.value = loadBalancer_->loadBalancerDnsName()});
  make<CfnOutput>("ServiceURL", CfnOutputProps{.value = detail::serviceUrl(protocol, domainName)});
}

ApplicationLoadBalancedServiceBase::~ApplicationLoadBalancedServiceBase() = default;

elbv2::ApplicationLoadBalancer& ApplicationLoadBalancedServiceBase::loadBalancer() const {
  if (!applicationLoadBalancer_) {
    throw ConstructError(node().path(),
                         ".loadBalancer can only be accessed if the class was constructed with an owned, not "
                         "imported, load balancer; use the load balancer you passed in");
  }
  return *applicationLoadBalancer_;
}

ecs::ICluster& ApplicationLoadBalancedServiceBase::getDefaultCluster(Construct& scope, ec2::IVpc* vpc) {
  return detail::defaultCluster(scope, vpc);
}

void ApplicationLoadBalancedServiceBase::addServiceAsTarget(ecs::BaseService& service) {
  targetGroup_->addTarget(service);
}

std::shared_ptr<ecs::AwsLogDriver> ApplicationLoadBalancedServiceBase::createAWSLogDriver(std::string prefix) const {
  return ecs::LogDriver::awsLogs({.streamPrefix = std::move(prefix)});
}

}  // namespace cdk::ecs_patterns
