#include "cdk/elasticloadbalancingv2/application_target_group.hpp"

#include <fmt/format.h>

#include "cdk/cfn/elasticloadbalancingv2.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/elasticloadbalancingv2/application_listener.hpp"
#include "elasticloadbalancingv2/load_balancer_props.hpp"

namespace cdk::elasticloadbalancingv2 {
namespace {

std::string seconds(const Duration& d) { return std::to_string(d.toSeconds()); }

}  // namespace

ApplicationTargetGroup::ApplicationTargetGroup(Construct& scope, std::string_view id, ApplicationTargetGroupProps props)
    : Construct(scope, id) {
  const std::string& path = node().path();
  auto [protocol, port] = detail::determineProtocolAndPort(path, props.protocol, props.port);
  protocol_ = protocol;
  port_ = port;
  targetType_ = props.targetType;
  healthCheck_ = props.healthCheck;
  vpc_ = props.vpc.get();
  targetGroupNameProp_ = props.targetGroupName;

  // TargetGroupBase: the attributes of the base props, then the resource.
  if (props.deregistrationDelay) {
    setAttribute("deregistration_delay.timeout_seconds", seconds(*props.deregistrationDelay));
  }
  CfnTargetGroupProps cfn;
  cfn.name = props.targetGroupName;
  if (port_) cfn.port = *port_;
  if (protocol_) cfn.protocol = std::string(elasticloadbalancingv2::toString(*protocol_));
  if (props.protocolVersion)
    cfn.protocolVersion = std::string(elasticloadbalancingv2::toString(*props.protocolVersion));
  resource_ = &make<CfnTargetGroup>("Resource", std::move(cfn));
  node().addValidation([this] { return validateTargetGroup(); });

  // ApplicationTargetGroup: slow start, stickiness, algorithm, targets, anomaly mitigation.
  const bool weightedRandom =
      props.loadBalancingAlgorithmType == TargetGroupLoadBalancingAlgorithmType::WEIGHTED_RANDOM;
  if (props.slowStart) {
    const auto s = props.slowStart->toSeconds();
    if ((s < 30 && s != 0) || s > 900) {
      throw ConstructError(path, fmt::format("Slow start duration value must be between 30 and 900 seconds, or 0 to "
                                             "disable slow start (got {} seconds).",
                                             s));
    }
    setAttribute("slow_start.duration_seconds", std::to_string(s));
    if (weightedRandom) {
      throw ConstructError(path,
                           "The weighted random routing algorithm can not be used with slow start mode; "
                           "remove slowStart or choose another loadBalancingAlgorithmType.");
    }
  }
  if (props.stickinessCookieDuration) {
    enableCookieStickiness(*props.stickinessCookieDuration, props.stickinessCookieName);
  } else {
    setAttribute("stickiness.enabled", "false");
  }
  if (props.loadBalancingAlgorithmType) {
    setAttribute("load_balancing.algorithm.type",
                 std::string(elasticloadbalancingv2::toString(*props.loadBalancingAlgorithmType)));
  }
  for (const auto& target : props.targets) {
    if (!target) throw ConstructError(path, "ApplicationTargetGroupProps::targets holds a null handle; pass targets");
    addTarget(*target);
  }
  if (props.enableAnomalyMitigation) {
    if (*props.enableAnomalyMitigation && !weightedRandom) {
      throw ConstructError(path,
                           "Anomaly mitigation is only available when `loadBalancingAlgorithmType` is "
                           "`TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM`.");
    }
    setAttribute("load_balancing.algorithm.anomaly_mitigation", *props.enableAnomalyMitigation ? "on" : "off");
  }
}

ApplicationTargetGroup::~ApplicationTargetGroup() = default;

Value ApplicationTargetGroup::targetGroupArn() const { return resource_->ref(); }
Value ApplicationTargetGroup::targetGroupFullName() const { return resource_->attrTargetGroupFullName(); }
Value ApplicationTargetGroup::targetGroupName() const { return resource_->attrTargetGroupName(); }
cdk::ValueList ApplicationTargetGroup::targetGroupLoadBalancerArns() const { return resource_->attrLoadBalancerArns(); }

Value ApplicationTargetGroup::firstLoadBalancerFullName() const {
  if (listeners_.empty()) {
    throw ConstructError(node().path(),
                         "The TargetGroup needs to be attached to a LoadBalancer before you can call this method; add "
                         "a listener (or listener rule) that forwards to it first");
  }
  // A listener's ARN is arn:...:listener/app/<name>/<id>/<listener id>: the load balancer's full name is parts 1 to 3.
  const Value arn = listeners_.front()->listenerArn();
  auto part = [&](int index) { return cdk::Fn::select(index, cdk::Fn::split("/", arn)); };
  return cdk::Fn::join("", {part(1), "/", part(2), "/", part(3)});
}

ApplicationTargetGroupMetrics ApplicationTargetGroup::metrics() const {
  return {*this, targetGroupFullName(), firstLoadBalancerFullName()};
}

void ApplicationTargetGroup::registerListener(IApplicationListener& listener, const IDependable* associatingConstruct) {
  for (const auto& [connections, port] : connectableMembers_) listener.registerConnectable(connections, port);
  listeners_.push_back(&listener);
  if (associatingConstruct) {
    loadBalancerAttached_.add(*associatingConstruct);
  } else {
    loadBalancerAttached_.add(listener);
  }
}

void ApplicationTargetGroup::registerConnectable(const ec2::IConnectable& connectable,
                                                 std::optional<ec2::Port> portRange) {
  if (!portRange) {
    if (!port_) {
      throw ConstructError(node().path(), "registerConnectable(): the target group has no port; pass the port range");
    }
    portRange = ec2::Port::tcp(*port_);
  }
  ec2::Connections connections = connectable.connections();
  connectableMembers_.emplace_back(connections, *portRange);
  for (IApplicationListener* listener : listeners_) listener->registerConnectable(connections, *portRange);
}

void ApplicationTargetGroup::addTarget(IApplicationLoadBalancerTarget& target) {
  LoadBalancerTargetProps result = target.attachToApplicationTargetGroup(*this);
  addLoadBalancerTarget(result);
  if (targetType_ == TargetType::LAMBDA) setAttribute("stickiness.enabled", std::nullopt);
}

void ApplicationTargetGroup::addLoadBalancerTarget(const LoadBalancerTargetProps& props) {
  if (targetType_ && *targetType_ != props.targetType) {
    throw ConstructError(node().path(),
                         fmt::format("Already have a of type '{}', adding '{}'; make all targets the same type.",
                                     elasticloadbalancingv2::toString(*targetType_),
                                     elasticloadbalancingv2::toString(props.targetType)));
  }
  targetType_ = props.targetType;
  if (targetType_ == TargetType::LAMBDA && !targetsJson_.empty()) {
    throw ConstructError(node().path(), "TargetGroup can only contain one LAMBDA target. Create a new TargetGroup.");
  }
  if (props.targetJson) targetsJson_.push_back(*props.targetJson);
}

void ApplicationTargetGroup::configureHealthCheck(HealthCheck healthCheck) { healthCheck_ = std::move(healthCheck); }

void ApplicationTargetGroup::enableCookieStickiness(Duration duration, std::optional<std::string> cookieName) {
  const auto s = duration.toSeconds();
  if (s < 1 || s > 604800) {
    throw ConstructError(node().path(), fmt::format("Stickiness cookie duration value must be between 1 second and 7 "
                                                    "days (604800 seconds), got {} seconds.",
                                                    s));
  }
  if (cookieName) {
    if (cookieName->starts_with("AWSALB")) {
      throw ConstructError(node().path(),
                           "App cookie names that start with the following prefixes are not allowed: AWSALB, "
                           "AWSALBAPP, and AWSALBTG; they're reserved for use by the load balancer.");
    }
    if (cookieName->empty()) throw ConstructError(node().path(), "App cookie name cannot be an empty string.");
  }
  setAttribute("stickiness.enabled", "true");
  if (cookieName) {
    setAttribute("stickiness.type", "app_cookie");
    setAttribute("stickiness.app_cookie.cookie_name", *cookieName);
    setAttribute("stickiness.app_cookie.duration_seconds", std::to_string(s));
  } else {
    setAttribute("stickiness.type", "lb_cookie");
    setAttribute("stickiness.lb_cookie.duration_seconds", std::to_string(s));
  }
}

void ApplicationTargetGroup::setAttribute(std::string_view key, std::optional<cdk::Value> value) {
  detail::setAttribute(attributes_, key, std::move(value));
}

void ApplicationTargetGroup::onPrepare() {
  auto& p = resource_->props();
  p.targetGroupAttributes = detail::renderAttributes(attributes_);
  p.targetType =
      targetType_ ? std::optional<Value>(std::string(elasticloadbalancingv2::toString(*targetType_))) : std::nullopt;
  if (targetsJson_.empty()) {
    p.targets = std::nullopt;
  } else {
    std::vector<CfnTargetGroup::TargetDescriptionProperty> targets;
    for (const Value& json : targetsJson_) {
      CfnTargetGroup::TargetDescriptionProperty t;
      if (const Value* v = json.find("AvailabilityZone")) t.availabilityZone = *v;
      if (const Value* v = json.find("Id")) t.id = *v;
      if (const Value* v = json.find("Port")) t.port = *v;
      targets.push_back(std::move(t));
    }
    p.targets = std::move(targets);
  }
  p.vpcId = vpc_ && targetType_ != TargetType::LAMBDA ? std::optional<Value>(vpc_->vpcId()) : std::nullopt;
  const HealthCheck hc = healthCheck_.value_or(HealthCheck{});
  p.healthCheckEnabled = hc.enabled ? std::optional<Value>(*hc.enabled) : std::nullopt;
  p.healthCheckIntervalSeconds = hc.interval ? std::optional<Value>(hc.interval->toSeconds()) : std::nullopt;
  p.healthCheckPath = hc.path ? std::optional<Value>(*hc.path) : std::nullopt;
  p.healthCheckPort = hc.port ? std::optional<Value>(*hc.port) : std::nullopt;
  p.healthCheckProtocol =
      hc.protocol ? std::optional<Value>(std::string(elasticloadbalancingv2::toString(*hc.protocol))) : std::nullopt;
  p.healthCheckTimeoutSeconds = hc.timeout ? std::optional<Value>(hc.timeout->toSeconds()) : std::nullopt;
  p.healthyThresholdCount = hc.healthyThresholdCount ? std::optional<Value>(*hc.healthyThresholdCount) : std::nullopt;
  p.unhealthyThresholdCount =
      hc.unhealthyThresholdCount ? std::optional<Value>(*hc.unhealthyThresholdCount) : std::nullopt;
  if (hc.healthyHttpCodes || hc.healthyGrpcCodes) {
    CfnTargetGroup::MatcherProperty matcher;
    if (hc.healthyGrpcCodes) matcher.grpcCode = *hc.healthyGrpcCodes;
    if (hc.healthyHttpCodes) matcher.httpCode = *hc.healthyHttpCodes;
    p.matcher = std::move(matcher);
  } else {
    p.matcher = std::nullopt;
  }
  // aws-cdk-lib warns (at validation) about a group that will render without a TargetType.
  if (!targetType_ && targetsJson_.empty() && !emptyWarningAdded_) {
    emptyWarningAdded_ = true;
    Annotations::of(*this).addWarningV2(
        "@aws-cdk/aws-elbv2:targetGroupSpecifyTargetTypeForEmptyTargetGroup",
        "When creating an empty TargetGroup, you should specify a 'targetType' (this warning may become an error in "
        "the future).");
  }
}

std::vector<std::string> ApplicationTargetGroup::validateTargetGroup() const {
  std::vector<std::string> ret;
  // TargetGroupBase: health check interval vs timeout.
  const HealthCheck hc = healthCheck_.value_or(HealthCheck{});
  if (hc.interval && hc.timeout && hc.interval->toSeconds() && hc.timeout->toSeconds() &&
      hc.interval->toSeconds() < hc.timeout->toSeconds()) {
    ret.push_back(
        fmt::format("Health check interval must be greater than or equal to the timeout; received interval "
                    "{}, timeout {}.",
                    hc.interval->toSeconds(), hc.timeout->toSeconds()));
  }
  if (targetType_ != TargetType::LAMBDA && !vpc_) ret.push_back("'vpc' is required for a non-Lambda TargetGroup");
  if (targetGroupNameProp_ && targetGroupNameProp_->isString()) {
    for (auto& m : detail::validateName("Target group", targetGroupNameProp_->asString(), false)) ret.push_back(m);
  }
  // ApplicationTargetGroup.
  if (targetType_ && targetType_ != TargetType::LAMBDA && (!protocol_ || !port_)) {
    ret.push_back("At least one of 'port' or 'protocol' is required for a non-Lambda TargetGroup");
  }
  if (hc.interval && hc.timeout && hc.interval->toMilliseconds() <= hc.timeout->toMilliseconds()) {
    ret.push_back(fmt::format("Healthcheck interval {} must be greater than the timeout {}",
                              hc.interval->toHumanString(), hc.timeout->toHumanString()));
  }
  if (hc.protocol && *hc.protocol != Protocol::HTTP && *hc.protocol != Protocol::HTTPS) {
    ret.push_back(fmt::format("Health check protocol '{}' is not supported. Must be one of [HTTP, HTTPS]",
                              elasticloadbalancingv2::toString(*hc.protocol)));
  }
  if (targetType_ == TargetType::LAMBDA && (port_ || protocol_)) {
    ret.push_back("port/protocol should not be specified for Lambda targets");
  }
  return ret;
}

}  // namespace cdk::elasticloadbalancingv2
