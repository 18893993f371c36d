// API Gateway rules (cdk-nag src/rules/apigw).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

/// The first method setting for all methods and resources ("*", "/*") that `accept` accepts.
template <class Accept>
R allMethodsSetting(const RuleContext& c, Accept accept) {
  const View& v = c.view;
  if (c.property("MethodSettings").nullish()) return R::nonCompliant();
  for (Js setting : v.iterate(c.property("MethodSettings"))) {
    if (looseEquals(v.optionalMember(setting, "HttpMethod", As::String), "*") &&
        looseEquals(v.optionalMember(setting, "ResourcePath", As::String), "/*") && accept(setting)) {
      return R::compliant();
    }
  }
  return R::nonCompliant();
}

R APIGWCacheEnabledAndEncrypted(const RuleContext& c) {
  return allMethodsSetting(c, [&](Js setting) {
    return truthy(c.view.optionalMember(setting, "CacheDataEncrypted", As::Boolean)) &&
           truthy(c.view.optionalMember(setting, "CachingEnabled", As::Boolean));
  });
}

R APIGWExecutionLoggingEnabled(const RuleContext& c) {
  return allMethodsSetting(c, [&](Js setting) {
    Js level = c.view.optionalMember(setting, "LoggingLevel", As::String);
    return looseEquals(level, "ERROR") || looseEquals(level, "INFO");
  });
}

R APIGWSSLEnabled(const RuleContext& c) { return R::of(!c.property("ClientCertificateId").nullish()); }

R APIGWXrayEnabled(const RuleContext& c) {
  return R::of(c.view.resolveIfPrimitive(c.property("TracingEnabled", As::Boolean)).isTrue());
}

const Rule kApigwRules[] = {
    {"APIGWCacheEnabledAndEncrypted",
     {"AWS::ApiGateway::Stage"},
     APIGWCacheEnabledAndEncrypted,
     "add a MethodSettings entry for HttpMethod \"*\" and ResourcePath \"/*\" with CachingEnabled and "
     "CacheDataEncrypted true."},
    {"APIGWExecutionLoggingEnabled",
     {"AWS::ApiGateway::Stage"},
     APIGWExecutionLoggingEnabled,
     "add a MethodSettings entry for HttpMethod \"*\" and ResourcePath \"/*\" with LoggingLevel ERROR or INFO."},
    {"APIGWSSLEnabled", {"AWS::ApiGateway::Stage"}, APIGWSSLEnabled, "set the stage's ClientCertificateId."},
    {"APIGWXrayEnabled", {"AWS::ApiGateway::Stage"}, APIGWXrayEnabled, "set the stage's TracingEnabled to true."},
};

}  // namespace

std::span<const Rule> apigwRules() { return kApigwRules; }

}  // namespace cdk::compliance::detail
