// Elastic Beanstalk rules (cdk-nag src/rules/elasticbeanstalk).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

struct OptionSetting {
  Js nameSpace;
  Js optionName;
  Js value;
};

/// Read when the loop reaches it (a later entry that is not an object is never read once a rule is decided).
OptionSetting read(const RuleContext& c, Js setting) {
  return {c.view.member(setting, "Namespace", As::String), c.view.member(setting, "OptionName", As::String),
          c.view.member(setting, "Value", As::String)};
}

R ElasticBeanstalkEnhancedHealthReportingEnabled(const RuleContext& c) {
  Js settings = c.property("OptionSettings");
  if (settings.nullish()) return R::nonCompliant();
  for (Js setting : c.view.iterate(settings)) {
    const OptionSetting s = read(c, setting);
    if (s.nameSpace.is("aws:elasticbeanstalk:healthreporting:system") && s.optionName.is("SystemType") &&
        s.value.is("enhanced")) {
      return R::compliant();
    }
  }
  return R::nonCompliant();
}

R ElasticBeanstalkManagedUpdatesEnabled(const RuleContext& c) {
  Js settings = c.property("OptionSettings");
  if (settings.nullish()) return R::nonCompliant();
  bool enabled = false;
  bool level = false;
  for (Js setting : c.view.iterate(settings)) {
    const OptionSetting s = read(c, setting);
    if (s.nameSpace.is("aws:elasticbeanstalk:managedactions") && s.optionName.is("ManagedActionsEnabled") &&
        (s.value.undefined() || s.value.is("true"))) {
      enabled = true;
      if (level) break;
    } else if (s.nameSpace.is("aws:elasticbeanstalk:managedactions:platformupdate") && s.optionName.is("UpdateLevel") &&
               (s.value.is("minor") || s.value.is("patch"))) {
      level = true;
      if (enabled) break;
    }
  }
  return R::of(enabled && level);
}

constexpr std::string_view kEnvironment = "AWS::ElasticBeanstalk::Environment";

const Rule kElasticbeanstalkRules[] = {
    {"ElasticBeanstalkEnhancedHealthReportingEnabled",
     {kEnvironment},
     ElasticBeanstalkEnhancedHealthReportingEnabled,
     "set the option aws:elasticbeanstalk:healthreporting:system SystemType to enhanced."},
    {"ElasticBeanstalkManagedUpdatesEnabled",
     {kEnvironment},
     ElasticBeanstalkManagedUpdatesEnabled,
     "enable managed actions (aws:elasticbeanstalk:managedactions ManagedActionsEnabled true) with UpdateLevel "
     "minor or patch."},
};

}  // namespace

std::span<const Rule> elasticbeanstalkRules() { return kElasticbeanstalkRules; }

}  // namespace cdk::compliance::detail
