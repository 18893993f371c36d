// Elastic Load Balancing rules (cdk-nag src/rules/elb): classic load balancers and ELBv2.
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

constexpr std::string_view kClassic = "AWS::ElasticLoadBalancing::LoadBalancer";
constexpr std::string_view kLoadBalancerV2 = "AWS::ElasticLoadBalancingV2::LoadBalancer";
constexpr std::string_view kListenerV2 = "AWS::ElasticLoadBalancingV2::Listener";

/// JSON.stringify of an ELBv2 LoadBalancerAttributes value as aws-cdk-lib holds it: each attribute a
/// {"key", "value"} object (its values as strings), an intrinsic as it is.
std::string stringifyAttributes(const View& v, Js attributes) {
  if (attributes.undefined()) typeError("Cannot read properties of undefined (reading 'search')");
  if (!attributes.isArray()) return v.stringify(attributes);
  json list = json::array();
  for (Js attribute : v.iterate(attributes)) {
    if (!attribute->is_object() || isIntrinsic(*attribute)) {
      list.push_back(*attribute);
      continue;
    }
    json object = json::object();
    if (Js key = v.optionalMember(attribute, "Key", As::String); !key.undefined()) object["key"] = *key;
    if (Js value = v.optionalMember(attribute, "Value", As::String); !value.undefined()) object["value"] = *value;
    list.push_back(std::move(object));
  }
  return v.stringify(v.keep(std::move(list)));
}

R ALBHttpDropInvalidHeaderEnabled(const RuleContext& c) {
  Js type = c.view.resolveIfPrimitive(c.property("Type", As::String));
  if (type.nullish() || looseEquals(type, "application")) {
    Js attributes = c.property("LoadBalancerAttributes");
    if (attributes.nullish()) return R::nonCompliant();
    if (!regexSearch(R"re("routing\.http\.drop_invalid_header_fields\.enabled","value":"true")re",
                     stringifyAttributes(c.view, attributes))) {
      return R::nonCompliant();
    }
  }
  return R::compliant();
}

R ALBHttpToHttpsRedirection(const RuleContext& c) {
  const View& v = c.view;
  Js protocol = v.resolveIfPrimitive(c.property("Protocol", As::String));
  Js actions = c.property("DefaultActions");
  if (looseEquals(protocol, "HTTP")) {
    bool found = false;
    for (Js action : v.iterate(actions)) {
      if (looseEquals(v.member(action, "Type", As::String), "redirect") &&
          looseEquals(v.member(v.member(action, "RedirectConfig"), "Protocol", As::String), "HTTPS")) {
        found = true;
      }
    }
    if (!found) return R::nonCompliant();
  }
  return R::compliant();
}

R ELBACMCertificateRequired(const RuleContext& c) {
  const View& v = c.view;
  Js listeners = c.property("Listeners");
  if (!listeners.nullish()) {
    for (Js listener : v.iterate(listeners)) {
      Js arn = v.resolveIfPrimitive(v.member(listener, "SSLCertificateId", As::String));
      if (arn.nullish()) return R::nonCompliant();
      if (!regexSearch("^arn:[^:]+:acm:.+$", toJsString(arn))) return R::nonCompliant();
    }
  }
  return R::compliant();
}

/// `node.list.length < 2` for a list read without resolution (an intrinsic that stays an object has no length).
bool fewerThanTwo(const View& v, Js raw) {
  auto list = v.rawList(raw);
  return list && list->size() < 2;
}

R ELBCrossZoneLoadBalancingEnabled(const RuleContext& c) {
  const View& v = c.view;
  if (c.property("CrossZone").nullish()) return R::nonCompliant();
  Js subnets = c.property("Subnets");
  if (subnets.nullish()) {
    Js zones = c.property("AvailabilityZones");
    if (zones.nullish() || fewerThanTwo(v, zones)) return R::nonCompliant();
  } else if (fewerThanTwo(v, subnets)) {
    return R::nonCompliant();
  }
  return R::of(looseEqualsBool(v.resolveIfPrimitive(c.property("CrossZone", As::Boolean)), true));
}

R ELBDeletionProtectionEnabled(const RuleContext& c) {
  const View& v = c.view;
  Js attributes = c.property("LoadBalancerAttributes");
  if (attributes.nullish()) return R::nonCompliant();
  bool enabled = false;
  for (Js attribute : v.iterate(attributes)) {
    Js key = v.member(attribute, "Key", As::String);
    if (!key.nullish() && looseEquals(key, "deletion_protection.enabled")) {
      if (looseEquals(v.member(attribute, "Value", As::String), "true")) enabled = true;
    }
  }
  return R::of(enabled);
}

R ELBLoggingEnabled(const RuleContext& c) {
  const View& v = c.view;
  if (c.resource.type == kClassic) {
    Js policy = c.property("AccessLoggingPolicy");
    if (policy.nullish()) return R::nonCompliant();
    Js enabled = v.resolveIfPrimitive(v.member(policy, "Enabled", As::Boolean));
    return R::of(!looseEqualsBool(enabled, false));
  }
  const std::string text = stringifyAttributes(v, c.property("LoadBalancerAttributes"));
  return R::of(regexSearch(R"re("access_logs\.s3\.enabled","value":"true")re", text));
}

R ELBTlsHttpsListenersOnly(const RuleContext& c) {
  const View& v = c.view;
  for (Js listener : v.iterate(c.property("Listeners"))) {
    Js protocol = v.resolveIfPrimitive(v.member(listener, "Protocol", As::String));
    Js instanceProtocol = v.resolveIfPrimitive(v.member(listener, "InstanceProtocol", As::String));
    const std::string lower = toLowerCase(protocol);
    if (lower == "ssl") {
      if (!(instanceProtocol.nullish() || toLowerCase(instanceProtocol) == "ssl")) return R::nonCompliant();
    } else if (lower == "https") {
      if (!(instanceProtocol.nullish() || toLowerCase(instanceProtocol) == "https")) return R::nonCompliant();
    }
  }
  return R::compliant();
}

R ELBv2ACMCertificateRequired(const RuleContext& c) {
  const View& v = c.view;
  Js certificates = c.property("Certificates");
  if (certificates.nullish()) return R::nonCompliant();
  for (Js certificate : v.iterate(certificates)) {
    if (!v.member(certificate, "CertificateArn", As::String).nullish()) return R::compliant();
  }
  return R::nonCompliant();
}

R CLBNoInboundHttpHttps(const RuleContext& c) {
  const View& v = c.view;
  for (Js listener : v.iterate(c.property("Listeners"))) {
    const std::string protocol = toLowerCase(v.resolveIfPrimitive(v.member(listener, "Protocol", As::String)));
    if (protocol == "http" || protocol == "https") return R::nonCompliant();
  }
  return R::compliant();
}

R CLBConnectionDraining(const RuleContext& c) {
  Js policy = c.property("ConnectionDrainingPolicy");
  if (policy.nullish()) return R::nonCompliant();
  return R::of(c.view.resolveIfPrimitive(c.view.member(policy, "Enabled", As::Boolean)).isTrue());
}

const Rule kElbRules[] = {
    {"ALBHttpDropInvalidHeaderEnabled",
     {kLoadBalancerV2},
     ALBHttpDropInvalidHeaderEnabled,
     "set the load balancer attribute routing.http.drop_invalid_header_fields.enabled to true "
     "(dropInvalidHeaderFields)."},
    {"ALBHttpToHttpsRedirection",
     {kListenerV2},
     ALBHttpToHttpsRedirection,
     "make the HTTP listener redirect to HTTPS (a redirect action with Protocol HTTPS)."},
    {"ELBACMCertificateRequired",
     {kClassic},
     ELBACMCertificateRequired,
     "give each listener an ACM certificate ARN (SSLCertificateId)."},
    {"ELBCrossZoneLoadBalancingEnabled",
     {kClassic},
     ELBCrossZoneLoadBalancingEnabled,
     "use at least two subnets or zones and set CrossZone to true."},
    {"ELBDeletionProtectionEnabled",
     {kLoadBalancerV2},
     ELBDeletionProtectionEnabled,
     "set the load balancer attribute deletion_protection.enabled to true (deletionProtection)."},
    {"ELBLoggingEnabled",
     {kClassic, kLoadBalancerV2},
     ELBLoggingEnabled,
     "enable access logs to an S3 bucket (logAccessLogs; attribute access_logs.s3.enabled true)."},
    {"ELBTlsHttpsListenersOnly",
     {kClassic},
     ELBTlsHttpsListenersOnly,
     "use SSL or HTTPS listeners whose instance protocol matches."},
    {"ELBv2ACMCertificateRequired",
     {kListenerV2},
     ELBv2ACMCertificateRequired,
     "give the listener an ACM certificate (Certificates with a CertificateArn); it is flagged for every "
     "listener without one, an HTTP redirect too."},
    {"CLBNoInboundHttpHttps",
     {kClassic},
     CLBNoInboundHttpHttps,
     "use an Application Load Balancer for HTTP and HTTPS traffic."},
    {"CLBConnectionDraining",
     {kClassic},
     CLBConnectionDraining,
     "enable connection draining (ConnectionDrainingPolicy.Enabled true)."},
};

}  // namespace

std::span<const Rule> elbRules() { return kElbRules; }

}  // namespace cdk::compliance::detail
