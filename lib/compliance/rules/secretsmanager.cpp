// Secrets Manager rules (cdk-nag src/rules/secretsmanager).
#include <algorithm>

#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

/// isMatchingRotationSchedule: a schedule of the secret (or of one of its target attachments) with a rotation
/// function and a rule (AutomaticallyAfterDays or ScheduleExpression).
bool rotates(const RuleContext& c, const Resource& schedule, const std::string& secretLogicalId,
             const std::vector<std::string>& attachments) {
  const View& v = c.view;
  Js target = v.resolveResourceFromIntrinsic(c.propertyOf(schedule, "SecretId", As::String));
  const bool ofSecret =
      target.is(secretLogicalId) ||
      (target.isString() && std::find(attachments.begin(), attachments.end(), target.str()) != attachments.end());
  if (!ofSecret) return false;
  if (c.propertyOf(schedule, "HostedRotationLambda").undefined() &&
      c.propertyOf(schedule, "RotationLambdaARN").undefined()) {
    return false;
  }
  Js rules = c.propertyOf(schedule, "RotationRules");
  if (rules.undefined()) return false;
  return !v.member(rules, "AutomaticallyAfterDays").undefined() || !v.member(rules, "ScheduleExpression").undefined();
}

R SecretsManagerRotationEnabled(const RuleContext& c) {
  const View& v = c.view;
  const std::string secretLogicalId(c.resource.logicalId);
  auto schedules = c.index.ofType("AWS::SecretsManager::RotationSchedule");
  if (schedules.empty()) return R::nonCompliant();
  std::vector<std::string> attachments;
  for (const Resource* attachment : c.index.ofType("AWS::SecretsManager::SecretTargetAttachment")) {
    if (v.resolveResourceFromIntrinsic(c.propertyOf(*attachment, "SecretId", As::String)).is(secretLogicalId)) {
      attachments.emplace_back(attachment->logicalId);
    }
  }
  for (const Resource* schedule : schedules) {
    if (rotates(c, *schedule, secretLogicalId, attachments)) return R::compliant();
  }
  return R::nonCompliant();
}

R SecretsManagerUsingKMSKey(const RuleContext& c) {
  Js key = c.property("KmsKeyId", As::String);
  return R::of(!key.undefined() && !key.is("aws/secretsmanager"));
}

constexpr std::string_view kSecret = "AWS::SecretsManager::Secret";

const Rule kSecretsmanagerRules[] = {
    {"SecretsManagerRotationEnabled",
     {kSecret},
     SecretsManagerRotationEnabled,
     "rotate the secret (a RotationSchedule with a rotation function and rules: addRotationSchedule, "
     "addRotationSingleUser)."},
    {"SecretsManagerUsingKMSKey",
     {kSecret},
     SecretsManagerUsingKMSKey,
     "encrypt the secret with a customer managed key (KmsKeyId, encryptionKey)."},
};

}  // namespace

std::span<const Rule> secretsmanagerRules() { return kSecretsmanagerRules; }

}  // namespace cdk::compliance::detail
