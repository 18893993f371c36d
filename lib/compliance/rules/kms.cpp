// KMS rules (cdk-nag src/rules/kms).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R KMSBackingKeyRotationEnabled(const RuleContext& c) {
  Js spec = c.property("KeySpec", As::String);
  if (spec.nullish() || looseEquals(spec, "SYMMETRIC_DEFAULT")) {
    return R::of(c.view.resolveIfPrimitive(c.property("EnableKeyRotation", As::Boolean)).isTrue());
  }
  return R::compliant();
}

const Rule kKmsRules[] = {
    {"KMSBackingKeyRotationEnabled",
     {"AWS::KMS::Key"},
     KMSBackingKeyRotationEnabled,
     "enable key rotation (kms::Key enableKeyRotation)."},
};

}  // namespace

std::span<const Rule> kmsRules() { return kKmsRules; }

}  // namespace cdk::compliance::detail
