// sam::CfnApplication (AWS::Serverless::Application): its properties, the SAM transform it adds to its stack,
// tags as a map, and the schema check of its properties at synthesis.
#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/sam.hpp"
#include "data_test_util.hpp"

namespace {

namespace sam = cdk::sam;
using json = nlohmann::ordered_json;

sam::CfnApplicationProps application(std::string version = "1.1.671") {
  return {.location = toValue(sam::CfnApplication::ApplicationLocationProperty{
              .applicationId = "arn:aws:serverlessrepo:us-east-1:297356227824:applications/MyApp",
              .semanticVersion = std::move(version)}),
          .parameters = cdk::Value::Map{{"functionName", "rotate"}, {"endpoint", "https://example.com"}},
          .timeoutInMinutes = 30};
}

TEST(SamCfnApplication, RendersItsPropertiesAndAddsTheTransform) {
  datatest::Fixture f;
  auto& app = f.stack->make<sam::CfnApplication>("App", application());
  EXPECT_EQ(app.cfnResourceType(), "AWS::Serverless::Application");
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Transform"], "AWS::Serverless-2016-10-31");
  EXPECT_EQ(t["Resources"]["App"], json::parse(R"json({
    "Type": "AWS::Serverless::Application",
    "Properties": {
      "Location": {
        "ApplicationId": "arn:aws:serverlessrepo:us-east-1:297356227824:applications/MyApp",
        "SemanticVersion": "1.1.671"
      },
      "Parameters": {"functionName": "rotate", "endpoint": "https://example.com"},
      "TimeoutInMinutes": 30
    }
  })json"));
}

// Stacks without SAM resources have no Transform; two applications give aws-cdk-lib's list of one.
TEST(SamCfnApplication, TransformOncePerStack) {
  datatest::Fixture f;
  auto& other = f.app.make<cdk::Stack>("Other", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  other.make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  f.stack->make<sam::CfnApplication>("First", application());
  f.stack->make<sam::CfnApplication>("Second", application("1.1.670"));
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Transform"], json::array({"AWS::Serverless-2016-10-31"}));
  EXPECT_FALSE(datatest::synthTemplate(f.app, "Other").contains("Transform"));
}

TEST(SamCfnApplication, TagsAreAMap) {
  datatest::Fixture f;
  auto props = application();
  props.tags = cdk::Value::Map{{"team", "data"}};
  f.stack->make<sam::CfnApplication>("App", std::move(props));
  cdk::Tags::of(*f.stack).add("env", "dev");
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Resources"]["App"]["Properties"]["Tags"], json::parse(R"json({"env": "dev", "team": "data"})json"));
}

TEST(SamCfnApplication, LocationIsRequired) {
  datatest::Fixture f;
  f.stack->make<sam::CfnApplication>("App");
  EXPECT_THROW_MSG(f.app.synth({.write = false}), cdk::ValidationError, "Location");
}

TEST(SamCfnApplication, OutputsAreReadWithGetAtt) {
  datatest::Fixture f;
  auto& app = f.stack->make<sam::CfnApplication>("App", application());
  f.stack->make<cdk::CfnOutput>("Fn", {.value = app.getAtt("Outputs.RotationLambdaARN")});
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Outputs"]["Fn"]["Value"],
            json::parse(R"json({"Fn::GetAtt": ["App", "Outputs.RotationLambdaARN"]})json"));
}

}  // namespace
