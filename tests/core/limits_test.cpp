#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;

TEST(LimitsTest, AtMost500Resources) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  for (int i = 0; i < 500; ++i) s.make<cdk::CfnResource>("T" + std::to_string(i), {.type = "AWS::SNS::Topic"});
  EXPECT_NO_THROW(app.synth({.write = false}));
  s.make<cdk::CfnResource>("OneTooMany", {.type = "AWS::SNS::Topic"});
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "S: the template has 501 Resources but CloudFormation allows at most 500 per stack");
}

TEST(LimitsTest, OutputsParametersAndMappings) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::CfnResource>("T", {.type = "AWS::SNS::Topic"});
  for (int i = 0; i < 201; ++i) {
    const std::string n = std::to_string(i);
    s.make<cdk::CfnOutput>("O" + n, {.value = n});
    s.make<cdk::CfnParameter>("P" + n);
    s.make<cdk::CfnMapping>("M" + n, {.mapping = {{"k", Value::map({{"k", 1}})}}});
  }
  try {
    app.synth({.write = false});
    FAIL();
  } catch (const cdk::ValidationError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("201 Outputs but CloudFormation allows at most 200"), std::string::npos);
    // The stack's synthesizer adds the BootstrapVersion parameter to the 201.
    EXPECT_NE(what.find("202 Parameters but CloudFormation allows at most 200 per stack (one is BootstrapVersion, "
                        "which the stack's synthesizer adds; generateBootstrapVersionRule: false leaves it out)"),
              std::string::npos);
    EXPECT_EQ(what.find("Outputs but CloudFormation allows at most 200 per stack (one is"), std::string::npos);
    EXPECT_NE(what.find("201 Mappings but CloudFormation allows at most 200"), std::string::npos);
  }
}

TEST(LimitsTest, TemplateSize) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  const std::string big(20'000, 'x');
  for (int i = 0; i < 3; ++i) {
    s.make<cdk::CfnResource>("T" + std::to_string(i),
                             {.properties = Value::map({{"DisplayName", big}}), .type = "AWS::SNS::Topic"});
  }
  const auto& assembly = app.synth({.write = false});
  ASSERT_EQ(assembly.warnings().size(), 1u);
  EXPECT_EQ(assembly.warnings()[0].path, "S");
  EXPECT_NE(assembly.warnings()[0].message.find("over the 51200 bytes CloudFormation accepts in a request"),
            std::string::npos);
  for (int i = 3; i < 60; ++i) {
    s.make<cdk::CfnResource>("T" + std::to_string(i),
                             {.properties = Value::map({{"DisplayName", big}}), .type = "AWS::SNS::Topic"});
  }
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError, "over the 1000000 bytes CloudFormation accepts");
}

}  // namespace
