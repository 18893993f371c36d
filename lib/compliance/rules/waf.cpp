// WAFv2 rules (cdk-nag src/rules/waf).
#include <fmt/format.h>

#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R WAFv2LoggingEnabled(const RuleContext& c) {
  Js name = c.property("Name", As::String);
  for (const Resource* configuration : c.index.ofType("AWS::WAFv2::LoggingConfiguration")) {
    const std::string arn = c.view.stringify(c.propertyOf(*configuration, "ResourceArn", As::String));
    if (regexSearch(fmt::format("{}(?![\\w])", c.resource.logicalId), arn) ||
        (!name.nullish() && regexSearch(fmt::format("webacl/{}(?![\\w\\-_\\.])", toJsString(name)), arn))) {
      return R::compliant();
    }
  }
  return R::nonCompliant();
}

const Rule kWafRules[] = {
    {"WAFv2LoggingEnabled",
     {"AWS::WAFv2::WebACL"},
     WAFv2LoggingEnabled,
     "log the web ACL (a WAFv2 LoggingConfiguration for it)."},
};

}  // namespace

std::span<const Rule> wafRules() { return kWafRules; }

}  // namespace cdk::compliance::detail
