#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace {

TEST(SynthesisSmokeTest, OneResourceStack) {
  cdk::App app(cdk::AppProps{.outdir = "unused"});
  auto& stack = app.make<cdk::Stack>("MyStack");
  auto& topic = stack.make<cdk::CfnResource>(
      "Topic", {.properties = cdk::Value::map({{"TopicName", "t"}}), .type = "AWS::SNS::Topic"});
  stack.make<cdk::CfnOutput>("TopicArn", {.value = topic.ref()});
  const auto& assembly = app.synth({.write = false});
  const auto& t = assembly.getStackByName("MyStack").templateJson();
  EXPECT_EQ(
      cdkpp_test::withoutBootstrapScaffolding(t).dump(),
      R"({"Resources":{"Topic":{"Type":"AWS::SNS::Topic","Properties":{"TopicName":"t"}}},"Outputs":{"TopicArn":{"Value":{"Ref":"Topic"}}}})");
}

}  // namespace
