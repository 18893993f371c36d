#include "cdk/elasticloadbalancingv2/application_listener.hpp"

#include <fmt/format.h>

#include "cdk/cfn/elasticloadbalancingv2.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/feature_flags.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/elasticloadbalancingv2/application_load_balancer.hpp"
#include "elasticloadbalancingv2/listener_action_impl.hpp"
#include "elasticloadbalancingv2/load_balancer_props.hpp"

namespace cdk::elasticloadbalancingv2 {
namespace {

void checkAddRuleProps(const Construct& scope, bool hasConditions, bool hasPriority) {
  if (hasConditions != hasPriority) {
    throw ConstructError(
        scope.node().path(),
        "Setting 'conditions', 'pathPattern' or 'hostHeader' also requires 'priority', and vice versa");
  }
}

std::vector<CfnListenerRule::RuleConditionProperty> renderConditions(const std::vector<ListenerCondition>& conditions) {
  std::vector<CfnListenerRule::RuleConditionProperty> out;
  for (const auto& c : conditions) {
    CfnListenerRule::RuleConditionProperty r;
    r.field = c.field();
    const ValueList values(c.values());
    if (c.field() == "host-header") {
      r.hostHeaderConfig = CfnListenerRule::HostHeaderConfigProperty{.values = values};
    } else if (c.field() == "http-header") {
      r.httpHeaderConfig =
          CfnListenerRule::HttpHeaderConfigProperty{.httpHeaderName = c.httpHeaderName(), .values = values};
    } else if (c.field() == "http-request-method") {
      r.httpRequestMethodConfig = CfnListenerRule::HttpRequestMethodConfigProperty{.values = values};
    } else if (c.field() == "path-pattern") {
      r.pathPatternConfig = CfnListenerRule::PathPatternConfigProperty{.values = values};
    } else if (c.field() == "query-string") {
      std::vector<CfnTag> pairs;
      for (const auto& q : c.queryStringValues()) {
        pairs.push_back({.key = q.key.empty() ? Value() : Value(q.key), .value = q.value});
      }
      r.queryStringConfig = CfnListenerRule::QueryStringConfigProperty{.values = std::move(pairs)};
    } else if (c.field() == "source-ip") {
      r.sourceIpConfig = CfnListenerRule::SourceIpConfigProperty{.values = values};
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// ApplicationListener

ApplicationListener::ApplicationListener(Construct& scope, std::string_view id, ApplicationListenerProps props)
    : Resource(scope, id) {
  const std::string& path = node().path();
  if (!props.loadBalancer) throw ConstructError(path, "ApplicationListenerProps::loadBalancer is required");
  auto [protocol, port] = detail::determineProtocolAndPort(path, props.protocol, props.port);
  if (!protocol || !port) {
    throw ConstructError(path, "At least one of 'port' or 'protocol' is required");
  }
  if (props.defaultAction && !props.defaultTargetGroups.empty()) {
    throw ConstructError(path, "Specify at most one of 'defaultAction' and 'defaultTargetGroups'");
  }
  loadBalancer_ = props.loadBalancer.get();
  protocol_ = *protocol;
  port_ = *port;

  std::optional<SslPolicy> sslPolicy = props.sslPolicy;
  if (!sslPolicy && protocol_ == ApplicationProtocol::HTTPS &&
      FeatureFlags::of(*this).isEnabled("@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy")) {
    sslPolicy = SslPolicy::TLS13_12_PQ;
  }
  CfnListenerProps cfn;
  cfn.loadBalancerArn = loadBalancer_->loadBalancerArn();
  cfn.port = port_;
  cfn.protocol = std::string(elasticloadbalancingv2::toString(protocol_));
  if (sslPolicy) cfn.sslPolicy = std::string(elasticloadbalancingv2::toString(*sslPolicy));
  resource_ = &make<CfnListener>("Resource", std::move(cfn));
  node().addValidation([this] { return validateListener(); });

  if (protocol_ == ApplicationProtocol::HTTP && !props.certificates.empty()) {
    Annotations::of(*this).addWarningV2("@aws-cdk/aws-elasticloadbalancingv2:httpListenerWithCertificates",
                                        "Certificates cannot be specified for HTTP listeners. Use HTTPS instead.");
  }
  if (!props.certificateArns.empty()) {
    std::vector<ListenerCertificate> certificates;
    for (auto& arn : props.certificateArns) certificates.push_back(ListenerCertificate::fromArn(arn));
    addCertificates("ListenerCertificate", std::move(certificates));
  }
  if (!props.certificates.empty()) addCertificates("DefaultCertificates", props.certificates);

  connections_ = ec2::Connections(ec2::ConnectionsProps{
      .defaultPort = ec2::Port::tcp(port_), .securityGroups = loadBalancer_->connections().securityGroups()});
  if (props.defaultAction) setDefaultAction(*props.defaultAction);
  if (!props.defaultTargetGroups.empty()) setDefaultAction(ListenerAction::forward(props.defaultTargetGroups));
  if (props.open) {
    const std::string description = fmt::format("Allow from anyone on port {}", port_);
    connections_.allowDefaultPortFrom(ec2::Peer::anyIpv4(), description);
    const IpAddressType type = loadBalancer_->ipAddressType();
    if (type == IpAddressType::DUAL_STACK ||
        (type == IpAddressType::DUAL_STACK_WITHOUT_PUBLIC_IPV4 &&
         FeatureFlags::of(*this).isEnabled(
             "@aws-cdk/aws-elasticloadbalancingV2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault"))) {
      connections_.allowDefaultPortFrom(ec2::Peer::anyIpv6(), description);
    }
  }
}

ApplicationListener::~ApplicationListener() = default;

Value ApplicationListener::listenerArn() const { return resource_->ref(); }

void ApplicationListener::registerConnectable(const ec2::IConnectable& connectable, const ec2::Port& portRange) {
  connectable.connections().allowFrom(*loadBalancer_, portRange, Value("Load balancer to target"));
}

void ApplicationListener::setDefaultAction(const ListenerAction& action) {
  action.bind(*this);
  if (defaultAction_) {
    Annotations::of(*this).addWarningV2(
        "@aws-cdk/aws-elbv2:listenerExistingDefaultActionReplaced",
        "A default Action already existed on this Listener and was replaced. Configure exactly one default Action.");
  }
  defaultAction_ = action;
}

void ApplicationListener::addTargetGroups(std::string_view id, AddApplicationTargetGroupsProps props) {
  checkAddRuleProps(*this, !props.conditions.empty(), props.priority.has_value());
  if (props.priority) {
    make<ApplicationListenerRule>(std::string(id) + "Rule",
                                  ApplicationListenerRuleProps{.conditions = std::move(props.conditions),
                                                               .listener = *this,
                                                               .priority = *props.priority,
                                                               .targetGroups = std::move(props.targetGroups)});
  } else {
    setDefaultAction(ListenerAction::forward(std::move(props.targetGroups)));
  }
}

ApplicationTargetGroup& ApplicationListener::addTargets(std::string_view id, AddApplicationTargetsProps props) {
  ec2::IVpc* vpc = loadBalancer_->vpc();
  if (!vpc) {
    throw ConstructError(node().path(),
                         "Can only call addTargets() when using a constructed Load Balancer or an imported Load "
                         "Balancer with specified vpc; construct a new TargetGroup and use addTargetGroup");
  }
  checkAddRuleProps(*this, !props.conditions.empty(), props.priority.has_value());
  auto& group = make<ApplicationTargetGroup>(std::string(id) + "Group",
                                             ApplicationTargetGroupProps{
                                                 .deregistrationDelay = props.deregistrationDelay,
                                                 .healthCheck = props.healthCheck,
                                                 .loadBalancingAlgorithmType = props.loadBalancingAlgorithmType,
                                                 .port = props.port,
                                                 .protocol = props.protocol,
                                                 .protocolVersion = props.protocolVersion,
                                                 .slowStart = props.slowStart,
                                                 .stickinessCookieDuration = props.stickinessCookieDuration,
                                                 .stickinessCookieName = props.stickinessCookieName,
                                                 .targetGroupName = props.targetGroupName,
                                                 .targets = props.targets,
                                                 .vpc = *vpc,
                                             });
  addTargetGroups(id, {.conditions = std::move(props.conditions), .priority = props.priority, .targetGroups = {group}});
  return group;
}

void ApplicationListener::addAction(std::string_view id, AddApplicationActionProps props) {
  if (!props.action) throw ConstructError(node().path(), "addAction(): AddApplicationActionProps::action is required");
  checkAddRuleProps(*this, !props.conditions.empty(), props.priority.has_value());
  if (props.priority) {
    make<ApplicationListenerRule>(std::string(id) + "Rule",
                                  ApplicationListenerRuleProps{.action = std::move(props.action),
                                                               .conditions = std::move(props.conditions),
                                                               .listener = *this,
                                                               .priority = *props.priority});
  } else {
    setDefaultAction(*props.action);
  }
}

void ApplicationListener::addCertificates(std::string_view id, std::vector<ListenerCertificate> certificates) {
  std::size_t first = 0;
  if (certificateArns_.empty() && !certificates.empty()) {
    certificateArns_.push_back(certificates.front().certificateArn());
    first = 1;
  }
  for (std::size_t i = first; i < certificates.size(); ++i) {
    make<ApplicationListenerCertificate>(
        fmt::format("{}{}", id, i - first + 1),
        ApplicationListenerCertificateProps{.certificates = {certificates[i]}, .listener = *this});
  }
}

void ApplicationListener::setAttribute(std::string_view key, std::optional<cdk::Value> value) {
  detail::setAttribute(attributes_, key, std::move(value));
}

void ApplicationListener::onPrepare() {
  auto& p = resource_->props();
  p.defaultActions = defaultAction_ ? detail::renderActions<CfnListener>(defaultAction_->impl())
                                    : std::vector<CfnListener::ActionProperty>{};
  if (certificateArns_.empty()) {
    p.certificates = std::nullopt;
  } else {
    std::vector<CfnListener::CertificateProperty> certificates;
    for (const auto& arn : certificateArns_) certificates.push_back({.certificateArn = arn});
    p.certificates = std::move(certificates);
  }
  p.listenerAttributes = detail::renderAttributes(attributes_);
}

std::vector<std::string> ApplicationListener::validateListener() const {
  std::vector<std::string> errors;
  if (!defaultAction_) {
    errors.push_back("Listener needs at least one default action or target group (call addTargetGroups or addAction)");
  }
  if (protocol_ == ApplicationProtocol::HTTPS && certificateArns_.empty()) {
    errors.push_back("HTTPS Listener needs at least one certificate (call addCertificates)");
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------------
// ApplicationListenerRule

ApplicationListenerRule::ApplicationListenerRule(Construct& scope, std::string_view id,
                                                 ApplicationListenerRuleProps props)
    : Construct(scope, id), listener_(props.listener.get()), conditions_(std::move(props.conditions)) {
  const std::string& path = node().path();
  if (!listener_) throw ConstructError(path, "ApplicationListenerRuleProps::listener is required");
  if (conditions_.empty()) {
    throw ConstructError(path,
                         "At least one of 'conditions', 'hostHeader', 'pathPattern' or 'pathPatterns' is "
                         "required when defining a load balancing rule.");
  }
  if (props.action && !props.targetGroups.empty()) {
    throw ConstructError(path, "'action,targetGroups' specified together, specify only one");
  }
  if (props.priority <= 0) {
    throw ConstructError(path,
                         fmt::format("Priority must have value greater than or equal to 1 (got {})", props.priority));
  }
  // aws-cdk-lib 2.276 synthesizes two rules of one listener with the same priority, and the deployment then
  // fails (the priority is in use): cdkpp refuses the second rule here, where the cause is visible.
  for (const Construct* other : node().root().node().findAll()) {
    const auto* rule = dynamic_cast<const ApplicationListenerRule*>(other);
    if (rule && rule != this && rule->listener_ == listener_ && rule->priority_ == props.priority) {
      throw ConstructError(path, fmt::format("Priority {} is already used by the rule {} of the same listener: the "
                                             "rules of a listener need different priorities. Give this rule "
                                             "another priority",
                                             props.priority, rule->node().path()));
    }
  }
  priority_ = props.priority;
  resource_ = &make<CfnListenerRule>(
      "Resource", CfnListenerRuleProps{.listenerArn = listener_->listenerArn(), .priority = props.priority});
  if (props.action) configureAction(*props.action);
  if (!props.targetGroups.empty()) configureAction(ListenerAction::forward(std::move(props.targetGroups)));
  node().addValidation([this]() -> std::vector<std::string> {
    if (!action_) return {"Listener rule needs at least one action"};
    if (conditions_.empty()) return {"Listener rule needs at least one condition"};
    return {};
  });
}

ApplicationListenerRule::~ApplicationListenerRule() = default;

Value ApplicationListenerRule::listenerRuleArn() const { return resource_->ref(); }

void ApplicationListenerRule::addCondition(ListenerCondition condition) { conditions_.push_back(std::move(condition)); }

void ApplicationListenerRule::configureAction(const ListenerAction& action) {
  if (action_) {
    Annotations::of(*this).addWarningV2(
        "@aws-cdk/aws-elbv2:albListnerRuleDefaultActionReplaced",
        "An Action already existed on this ListenerRule and was replaced. Configure exactly one default Action.");
  }
  action.bind(*listener_, this);
  action_ = action;
}

void ApplicationListenerRule::onPrepare() {
  auto& p = resource_->props();
  p.conditions = renderConditions(conditions_);
  p.actions = action_ ? detail::renderActions<CfnListenerRule>(action_->impl())
                      : std::vector<CfnListenerRule::ActionProperty>{};
}

// ---------------------------------------------------------------------------------------------------------
// ApplicationListenerCertificate

ApplicationListenerCertificate::ApplicationListenerCertificate(Construct& scope, std::string_view id,
                                                               ApplicationListenerCertificateProps props)
    : Construct(scope, id) {
  if (!props.listener) {
    throw ConstructError(node().path(), "ApplicationListenerCertificateProps::listener is required");
  }
  if (props.certificates.empty() && props.certificateArns.empty()) {
    throw ConstructError(node().path(), "At least one of 'certificateArns' or 'certificates' is required");
  }
  std::vector<CfnListenerCertificate::CertificateProperty> certificates;
  for (const auto& c : props.certificates) certificates.push_back({.certificateArn = c.certificateArn()});
  for (const auto& arn : props.certificateArns) certificates.push_back({.certificateArn = arn});
  resource_ = &make<CfnListenerCertificate>("Resource",
                                            CfnListenerCertificateProps{.certificates = std::move(certificates),
                                                                        .listenerArn = props.listener->listenerArn()});
}

ApplicationListenerCertificate::~ApplicationListenerCertificate() = default;

}  // namespace cdk::elasticloadbalancingv2
