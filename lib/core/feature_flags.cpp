#include "cdk/core/feature_flags.hpp"

#include <algorithm>
#include <array>

#include "cdk/core/construct.hpp"

namespace cdk {

namespace {

/// The flags that aws-cdk-lib 2.276 treats as on when the context does not set them (cx-api's
/// CURRENT_VERSION_FLAG_DEFAULTS with a true value, the expired v1 flags among them): a v2 app without the
/// flag in cdk.json behaves as if it were true. Every other flag is off until set.
constexpr std::array<std::string_view, 22> kOnWhenUnset{
    "@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId",
    "@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021",
    "@aws-cdk/aws-ecr-assets:dockerIgnoreSupport",
    "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount",
    "@aws-cdk/aws-efs:defaultEncryptionAtRest",
    "@aws-cdk/aws-kms:defaultKeyPolicies",
    "@aws-cdk/aws-lambda:recognizeVersionProps",
    "@aws-cdk/aws-rds:lowercaseDbIdentifier",
    "@aws-cdk/aws-s3:grantWriteWithoutAcl",
    "@aws-cdk/aws-secretsmanager:parseOwnedSecretName",
    "@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction",
    "@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint",
    "@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask",
    "@aws-cdk/core:aspectStabilization",
    "@aws-cdk/core:automaticL1Traits",
    "@aws-cdk/core:enableStackNameDuplicates",
    "@aws-cdk/core:newStyleStackSynthesis",
    "@aws-cdk/core:stackRelativeExports",
    "@aws-cdk/pipelines:reduceAssetRoleTrustScope",
    "@aws-cdk/pipelines:reduceCrossAccountActionRoleTrustScope",
    "@aws-cdk/pipelines:reduceStageRoleTrustScope",
    "aws-cdk:enableDiffNoFail",
};

}  // namespace

bool FeatureFlags::isEnabled(std::string_view flag) const {
  const auto value = scope_->node().tryGetContext(flag);
  if (!value) {
    return std::ranges::find(kOnWhenUnset, flag) != kOnWhenUnset.end();
  }
  if (value->isBool()) return value->asBool();
  if (value->isString()) return value->asString() == "true";
  return false;
}

}  // namespace cdk
