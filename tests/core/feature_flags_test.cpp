// FeatureFlags::of(scope).isEnabled(flag): flags read from context, as aws-cdk-lib's FeatureFlags.
#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/feature_flags.hpp"

namespace {

constexpr std::string_view kFlag = "@aws-cdk/aws-test:someFlag";

TEST(FeatureFlagsTest, UnsetIsOff) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  EXPECT_FALSE(cdk::FeatureFlags::of(stack).isEnabled(kFlag));
}

// aws-cdk-lib v2 treats a few flags as on when cdk.json does not set them (CURRENT_VERSION_FLAG_DEFAULTS).
TEST(FeatureFlagsTest, FlagsOnWhenUnset) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  EXPECT_TRUE(cdk::FeatureFlags::of(stack).isEnabled("@aws-cdk/pipelines:reduceStageRoleTrustScope"));
  EXPECT_TRUE(cdk::FeatureFlags::of(stack).isEnabled("@aws-cdk/aws-kms:defaultKeyPolicies"));
  EXPECT_FALSE(cdk::FeatureFlags::of(stack).isEnabled("@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2"));
  cdk::App off;
  off.node().setContext("@aws-cdk/pipelines:reduceStageRoleTrustScope", false);
  EXPECT_FALSE(
      cdk::FeatureFlags::of(off.make<cdk::Stack>("S")).isEnabled("@aws-cdk/pipelines:reduceStageRoleTrustScope"));
}

TEST(FeatureFlagsTest, BooleanAndTextContext) {
  for (const auto& [value, expected] : std::vector<std::pair<cdk::Value, bool>>{
           {true, true}, {false, false}, {"true", true}, {"false", false}, {"yes", false}, {1, false}}) {
    cdk::App app;
    app.node().setContext(kFlag, value);
    auto& stack = app.make<cdk::Stack>("S");
    EXPECT_EQ(cdk::FeatureFlags::of(stack).isEnabled(kFlag), expected) << value.toString();
  }
}

TEST(FeatureFlagsTest, ReadFromTheClosestScope) {
  cdk::App app;
  app.node().setContext(kFlag, true);
  auto& stack = app.make<cdk::Stack>("S");
  auto& inner = stack.make<cdk::Construct>("Inner");
  inner.node().setContext(kFlag, false);
  auto& leaf = inner.make<cdk::Construct>("Leaf");
  EXPECT_TRUE(cdk::FeatureFlags::of(stack).isEnabled(kFlag));
  EXPECT_FALSE(cdk::FeatureFlags::of(leaf).isEnabled(kFlag));
}

}  // namespace
