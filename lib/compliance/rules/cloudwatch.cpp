// CloudWatch rules (cdk-nag src/rules/cloudwatch).
#include <cmath>

#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

/// `actions ? actions.length : 0`, NaN where the length is undefined (an intrinsic).
double actionCount(Js actions) {
  if (!truthy(actions)) return 0;
  return length(actions).value_or(NAN);
}

R CloudWatchAlarmAction(const RuleContext& c) {
  if (c.property("ActionsEnabled", As::Boolean).isFalse()) return R::nonCompliant();
  const double total = actionCount(c.property("AlarmActions")) + actionCount(c.property("InsufficientDataActions")) +
                       actionCount(c.property("OKActions"));
  return R::of(!(total == 0));
}

R CloudWatchLogGroupEncrypted(const RuleContext& c) { return R::of(!c.property("KmsKeyId").nullish()); }

R CloudWatchLogGroupRetentionPeriod(const RuleContext& c) { return R::of(!c.property("RetentionInDays").nullish()); }

const Rule kCloudwatchRules[] = {
    {"CloudWatchAlarmAction",
     {"AWS::CloudWatch::Alarm"},
     CloudWatchAlarmAction,
     "give the alarm an alarm, OK or insufficient-data action (alarm.addAlarmAction) and keep ActionsEnabled."},
    {"CloudWatchLogGroupEncrypted",
     {"AWS::Logs::LogGroup"},
     CloudWatchLogGroupEncrypted,
     "set KmsKeyId (logs::LogGroup encryptionKey) to a customer managed key."},
    {"CloudWatchLogGroupRetentionPeriod",
     {"AWS::Logs::LogGroup"},
     CloudWatchLogGroupRetentionPeriod,
     "set RetentionInDays (logs::LogGroup retention)."},
};

}  // namespace

std::span<const Rule> cloudwatchRules() { return kCloudwatchRules; }

}  // namespace cdk::compliance::detail
