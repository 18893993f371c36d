#include "cdk/ecs_patterns/application_multiple_target_groups_service_base.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cdk/certificatemanager/certificate.hpp"
#include "cdk/core/cfn_output.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/elasticloadbalancingv2/application_listener.hpp"
#include "cdk/elasticloadbalancingv2/application_load_balancer.hpp"
#include "cdk/elasticloadbalancingv2/application_target_group.hpp"
#include "cdk/route53/hosted_zone.hpp"
#include "cdk/route53/record_set.hpp"
#include "cdk/route53_targets/load_balancer_target.hpp"
#include "core/text_scanner.hpp"
#include "ecs_patterns/shared_steps.hpp"

namespace cdk::ecs_patterns {

namespace elbv2 = elasticloadbalancingv2;

namespace {

elbv2::ApplicationProtocol listenerProtocol(const ApplicationListenerProps& listener) {
  return listener.protocol.value_or(listener.certificate ? elbv2::ApplicationProtocol::HTTPS
                                                         : elbv2::ApplicationProtocol::HTTP);
}

void validateInput(const std::string& path, const ApplicationMultipleTargetGroupsServiceBaseProps& props) {
  if (props.cluster && props.vpc) {
    throw ConstructError(path,
                         "You can only specify either vpc or cluster. Alternatively, you can leave both blank: "
                         "drop vpc (the cluster's VPC is used) or cluster (a default cluster is made in vpc)");
  }
  detail::checkDesiredCount(path, props.desiredCount);
  if (!props.loadBalancers) return;
  if (props.loadBalancers->empty()) {
    throw ConstructError(path,
                         "At least one load balancer must be specified: add one to loadBalancers, or leave "
                         "loadBalancers out for the default one");
  }
  for (const auto& lb : *props.loadBalancers) {
    if (lb.listeners.empty()) {
      throw ConstructError(
          path, fmt::format("At least one listener must be specified: load balancer '{}' has none", lb.name));
    }
  }
}

}  // namespace

ApplicationMultipleTargetGroupsServiceBase::ApplicationMultipleTargetGroupsServiceBase(
    Construct& scope, std::string_view id, const ApplicationMultipleTargetGroupsServiceBaseProps& props)
    : Construct(scope, id) {
  const std::string& path = node().path();
  validateInput(path, props);
  cluster_ = props.cluster ? props.cluster.get() : &getDefaultCluster(*this, props.vpc.get());
  desiredCount_ = props.desiredCount.value_or(1);
  internalDesiredCount_ = props.desiredCount;
  if (props.taskImageOptions) {
    logDriver_ = props.taskImageOptions->logDriver;
    if (!logDriver_ && props.taskImageOptions->enableLogging) logDriver_ = createAWSLogDriver(node().id());
  }

  if (props.loadBalancers) {
    for (const auto& lbProps : *props.loadBalancers) detail::checkIdleTimeout(path, lbProps.idleTimeout);
    for (const auto& lbProps : *props.loadBalancers) {
      auto& lb = createLoadBalancer(lbProps.name, lbProps.publicLoadBalancer, lbProps.idleTimeout);
      loadBalancers_.push_back(&lb);
      // The protocols of the load balancer's listeners, each once, in the order they first appear.
      std::vector<elbv2::ApplicationProtocol> protocols;
      for (const auto& listenerProps : lbProps.listeners) {
        const elbv2::ApplicationProtocol protocol = listenerProtocol(listenerProps);
        if (listenerProps.certificate && protocol != elbv2::ApplicationProtocol::HTTPS) {
          throw ConstructError(path, fmt::format("The HTTPS protocol must be used when a certificate is given: "
                                                 "listener '{}' of '{}' has protocol HTTP",
                                                 listenerProps.name, lbProps.name));
        }
        if (std::find(protocols.begin(), protocols.end(), protocol) == protocols.end()) protocols.push_back(protocol);
        listeners_.push_back(&configListener(protocol, lb, listenerProps, &lbProps));
      }
      const Value domainName = createDomainName(lb, &lbProps);
      const std::string& lbId = lb.node().id();
      make<CfnOutput>("LoadBalancerDNS" + lbId, CfnOutputProps{.value = lb.loadBalancerDnsName()});
      for (const auto protocol : protocols) {
        make<CfnOutput>("ServiceURL" + lbId + cdk::detail::toAsciiLower(elbv2::toString(protocol)),
                        CfnOutputProps{.value = detail::serviceUrl(protocol, domainName)});
      }
    }
    loadBalancer_ = loadBalancers_.front();
    listener_ = listeners_.front();
  } else {
    loadBalancer_ = &createLoadBalancer("LB");
    const elbv2::ApplicationProtocol protocol = elbv2::ApplicationProtocol::HTTP;
    listener_ = &configListener(protocol, *loadBalancer_, {.name = "PublicListener"}, nullptr);
    const Value domainName = createDomainName(*loadBalancer_, nullptr);
    make<CfnOutput>("LoadBalancerDNS", CfnOutputProps{.value = loadBalancer_->loadBalancerDnsName()});
    make<CfnOutput>("ServiceURL", CfnOutputProps{.value = detail::serviceUrl(protocol, domainName)});
  }
}

ApplicationMultipleTargetGroupsServiceBase::~ApplicationMultipleTargetGroupsServiceBase() = default;

ecs::ICluster& ApplicationMultipleTargetGroupsServiceBase::getDefaultCluster(Construct& scope, ec2::IVpc* vpc) {
  return detail::defaultCluster(scope, vpc);
}

std::shared_ptr<ecs::AwsLogDriver> ApplicationMultipleTargetGroupsServiceBase::createAWSLogDriver(
    std::string prefix) const {
  return ecs::LogDriver::awsLogs({.streamPrefix = std::move(prefix)});
}

elbv2::ApplicationListener& ApplicationMultipleTargetGroupsServiceBase::findListener(
    const std::optional<std::string>& name) const {
  if (!name) return *listener_;
  for (auto* listener : listeners_) {
    if (listener->node().id() == *name) return *listener;
  }
  std::string known;
  for (const auto* listener : listeners_) known += (known.empty() ? "" : ", ") + listener->node().id();
  throw ConstructError(node().path(), fmt::format("Listener {0} is not defined. Did you define listener with name "
                                                  "{0}? (the listeners are: {1})",
                                                  *name, known));
}

elbv2::ApplicationTargetGroup& ApplicationMultipleTargetGroupsServiceBase::registerECSTargets(
    ecs::BaseService& service, ecs::ContainerDefinition& container,
    const std::vector<ApplicationTargetProps>& targets) {
  for (const auto& target : targets) {
    std::vector<elbv2::ListenerCondition> conditions;
    if (target.hostHeader) conditions.push_back(elbv2::ListenerCondition::hostHeaders({*target.hostHeader}));
    if (target.pathPattern) conditions.push_back(elbv2::ListenerCondition::pathPatterns({*target.pathPattern}));
    auto ecsTarget = service.loadBalancerTarget({.containerName = container.containerName(),
                                                 .containerPort = target.containerPort,
                                                 .protocol = target.protocol});
    auto& group =
        findListener(target.listener)
            .addTargets(
                fmt::format("ECSTargetGroup{}{}", container.containerName(), target.containerPort),
                {.conditions = std::move(conditions), .port = 80, .priority = target.priority, .targets = {ecsTarget}});
    targetGroups_.push_back(&group);
  }
  if (targetGroups_.empty()) {
    throw ConstructError(node().path(),
                         "At least one target group should be specified: add one to targetGroups, or leave "
                         "targetGroups out for the default one");
  }
  return *targetGroups_.front();
}

void ApplicationMultipleTargetGroupsServiceBase::addPortMappingForTargets(
    ecs::ContainerDefinition& container, const std::vector<ApplicationTargetProps>& targets) {
  for (const auto& target : targets) {
    if (!container.findPortMapping(target.containerPort, target.protocol.value_or(ecs::Protocol::TCP))) {
      container.addPortMappings({.containerPort = target.containerPort, .protocol = target.protocol});
    }
  }
}

elbv2::ApplicationLoadBalancer& ApplicationMultipleTargetGroupsServiceBase::createLoadBalancer(
    const std::string& name, bool publicLoadBalancer, std::optional<Duration> idleTimeout) {
  // The construct id is the load balancer's Name too ("LB" for the default one), as in aws-cdk-lib.
  return make<elbv2::ApplicationLoadBalancer>(name,
                                              elbv2::ApplicationLoadBalancerProps{.idleTimeout = idleTimeout,
                                                                                  .internetFacing = publicLoadBalancer,
                                                                                  .loadBalancerName = name,
                                                                                  .vpc = cluster_->vpc()});
}

elbv2::ApplicationListener& ApplicationMultipleTargetGroupsServiceBase::configListener(
    elbv2::ApplicationProtocol protocol, elbv2::ApplicationLoadBalancer& lb, const ApplicationListenerProps& listener,
    const ApplicationLoadBalancerProps* lbProps) {
  auto& created = lb.addListener(
      listener.name, {.open = true, .port = listener.port, .protocol = protocol, .sslPolicy = listener.sslPolicy});
  if (protocol != elbv2::ApplicationProtocol::HTTPS) return created;
  // aws-cdk-lib asks for the domain even when a certificate is given.
  if (!lbProps || !lbProps->domainName || !lbProps->domainZone) {
    throw ConstructError(node().path(),
                         fmt::format("A domain name and zone is required when using the HTTPS protocol: give the load "
                                     "balancer of listener '{}' domainName and domainZone",
                                     listener.name));
  }
  const certificatemanager::ICertificate* certificate = listener.certificate.get();
  if (!certificate) {
    certificate = &make<certificatemanager::Certificate>(
        "Certificate" + listener.name,
        certificatemanager::CertificateProps{
            .domainName = *lbProps->domainName,
            .validation = certificatemanager::CertificateValidation::fromDns(lbProps->domainZone)});
  }
  created.addCertificates("Arns" + listener.name, {elbv2::ListenerCertificate::fromArn(certificate->certificateArn())});
  return created;
}

Value ApplicationMultipleTargetGroupsServiceBase::createDomainName(elbv2::ApplicationLoadBalancer& lb,
                                                                   const ApplicationLoadBalancerProps* lbProps) {
  if (!lbProps || !lbProps->domainName) return lb.loadBalancerDnsName();
  if (!lbProps->domainZone) {
    throw ConstructError(node().path(),
                         fmt::format("A Route53 hosted domain zone name is required to configure the specified domain "
                                     "name: give load balancer '{}' domainZone",
                                     lbProps->name));
  }
  return make<route53::ARecord>(
             "DNS" + lb.node().id(),
             route53::ARecordProps{.recordName = *lbProps->domainName,
                                   .target = route53::RecordTarget::fromAlias(route53_targets::LoadBalancerTarget(lb)),
                                   .zone = lbProps->domainZone})
      .domainName();
}

}  // namespace cdk::ecs_patterns
