// CloudTrail rules (cdk-nag src/rules/cloudtrail).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R CloudTrailCloudWatchLogsEnabled(const RuleContext& c) {
  return R::of(!c.property("CloudWatchLogsLogGroupArn").nullish());
}

R CloudTrailEncryptionEnabled(const RuleContext& c) { return R::of(!c.property("KMSKeyId").nullish()); }

R CloudTrailLogFileValidationEnabled(const RuleContext& c) {
  Js enabled = c.view.resolveIfPrimitive(c.property("EnableLogFileValidation", As::Boolean));
  return R::of(looseEqualsBool(enabled, true));
}

const Rule kCloudtrailRules[] = {
    {"CloudTrailCloudWatchLogsEnabled",
     {"AWS::CloudTrail::Trail"},
     CloudTrailCloudWatchLogsEnabled,
     "set CloudWatchLogsLogGroupArn (and CloudWatchLogsRoleArn)."},
    {"CloudTrailEncryptionEnabled",
     {"AWS::CloudTrail::Trail"},
     CloudTrailEncryptionEnabled,
     "set KMSKeyId to a customer managed key."},
    {"CloudTrailLogFileValidationEnabled",
     {"AWS::CloudTrail::Trail"},
     CloudTrailLogFileValidationEnabled,
     "set EnableLogFileValidation to true."},
};

}  // namespace

std::span<const Rule> cloudtrailRules() { return kCloudtrailRules; }

}  // namespace cdk::compliance::detail
