// What CfnInclude does with a template's values that do not have their property's type, or that the schema's
// constraints refuse: what aws-cdk-lib 2.276 does (fixtures/include-conversions.ts, include-boolean-error.ts).
#include <fstream>

#include <gtest/gtest.h>

#include "cdk/cfn/cloudwatch.hpp"
#include "cdk/cfn/ecs.hpp"
#include "cdk/cfn/sns.hpp"
#include "cdk/cloudformation_include.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/template_format.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace {

namespace cfninc = cdk::cloudformation_include;
namespace fs = std::filesystem;
using cdk::Value;
using json = nlohmann::ordered_json;

const fs::path kConversionFixtures = CDKPP_INCLUDE_FIXTURES;

cdk::Stack& tapStackdev(cdk::App& app) {
  return app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
}

TEST(IncludeConversions, ValuesGetTheTypesOfTheirPropertiesAsAwsCdkLibGivesThem) {
  cdk::App app;
  auto& existing = tapStackdev(app).make<cfninc::CfnInclude>(
      "Existing", {.templateFile = (kConversionFixtures / "conversions.json").string()});

  // The typed props hold the converted values.
  const auto& alarm = existing.getResource<cdk::cloudwatch::CfnAlarm>("CpuAlarm").props();
  EXPECT_EQ(alarm.evaluationPeriods, Value(3));  // "3", an integer in the schema
  EXPECT_EQ(alarm.period, Value(60));            // "60s": parseFloat reads 60
  EXPECT_EQ(alarm.threshold, Value(1.5));        // "1.50", a number in the schema
  EXPECT_EQ(alarm.alarmName, Value("123"));      // 123, a string in the schema
  EXPECT_EQ(alarm.alarmDescription, Value("0.000001"));
  EXPECT_EQ(alarm.actionsEnabled, Value(true));  // "true", a boolean in the schema
  const auto& topic = existing.getResource<cdk::sns::CfnTopic>("Alerts").props();
  EXPECT_EQ(topic.displayName, Value("true"));  // true, a string in the schema
  EXPECT_EQ(topic.fifoTopic, Value(false));
  const auto& task = existing.getResource<cdk::ecs::CfnTaskDefinition>("Task").props();
  EXPECT_EQ(task.cpu, Value("256"));
  ASSERT_TRUE(task.containerDefinitions && task.containerDefinitions->size() == 1);
  const auto& container = task.containerDefinitions->front();
  EXPECT_EQ(container.memory, Value(512));
  EXPECT_EQ(container.essential, Value(true));
  ASSERT_TRUE(container.command);
  EXPECT_EQ(container.command->items(), (Value::List{"sleep", "30"}));

  // The template is aws-cdk-lib's, and nothing is warned of (aws-cdk-lib has no annotations either).
  const json ours = cdkpp_test::synthTemplate(app);
  const json theirs = json::parse(cdkpp_test::readFile(kConversionFixtures / "include-conversions.template.json"));
  cdkpp_test::expectMatchesFixture(ours, theirs);
  EXPECT_EQ(ours["Description"], theirs["Description"]);
  EXPECT_EQ(json::parse(cdkpp_test::readFile(kConversionFixtures / "include-conversions.annotations.json")),
            json::array());
  ASSERT_TRUE(app.assembly());
  for (const auto& message : app.assembly()->messages()) ADD_FAILURE() << message.message;
}

TEST(IncludeConversions, ABooleanThatIsNotTrueOrFalseIsRefusedAsAwsCdkLibRefusesIt) {
  // aws-cdk-lib: "Expected 'true' or 'false' for boolean value, got: 'TRUE'" (include-boolean-error.error.txt).
  const std::string aws = cdkpp_test::readFile(kConversionFixtures / "include-boolean-error.error.txt");
  ASSERT_NE(aws.find("Expected 'true' or 'false' for boolean value, got: 'TRUE'"), std::string::npos) << aws;
  const std::string file = (kConversionFixtures / "boolean-not-true-or-false.json").string();
  cdk::App app;
  EXPECT_THROW_MSG(tapStackdev(app).make<cfninc::CfnInclude>("Existing", {.templateFile = file}), cdk::TemplateError,
                   file +
                       " at /Resources/Alerts/Properties/FifoTopic: Expected 'true' or 'false' for boolean value, "
                       "got: 'TRUE' (included by TapStackdev/Existing)");
}

TEST(IncludeConversions, AStringWithNoNumberWhereTheSchemaHasANumberIsRefusedAtSynthesis) {
  // aws-cdk-lib keeps "abc" and refuses it at synthesis: 'evaluationPeriods: "abc" should be a number'.
  cdkpp_test::TempDir dir;
  const fs::path file = dir / "alarm.json";
  std::ofstream(file) << R"({"Resources": {"Alarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {
      "ComparisonOperator": "GreaterThanThreshold", "EvaluationPeriods": "abc", "Threshold": 1}}}})";
  cdk::App app;
  auto& existing = tapStackdev(app).make<cfninc::CfnInclude>("Existing", {.templateFile = file.string()});
  EXPECT_EQ(existing.getResource<cdk::cloudwatch::CfnAlarm>("Alarm").props().evaluationPeriods, Value("abc"));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "TapStackdev/Existing/Alarm: AWS::CloudWatch::Alarm property 'EvaluationPeriods' must be an "
                   "integer, not 'abc'");
}

// tests/cloudwatch/fixtures/cw-alarm-evaluation-periods-zero.template.json: aws-cdk-lib includes it (its L1 classes
// check types, not the schema's minimum; its validation plugin warns, F3034), so cdkpp does, with a warning.
TEST(IncludeConstraints, AValueTheSchemaRefusesIsIncludedWithAWarning) {
  const std::string file =
      (fs::path(CDKPP_SOURCE_DIR) / "tests/cloudwatch/fixtures/cw-alarm-evaluation-periods-zero.template.json")
          .string();
  cdk::App app;
  auto& existing = tapStackdev(app).make<cfninc::CfnInclude>("Existing", {.templateFile = file});
  auto& alarm = existing.getResource<cdk::cloudwatch::CfnAlarm>("Alarm7103F465");
  EXPECT_EQ(alarm.props().evaluationPeriods, Value(0));
  const json t = cdkpp_test::synthTemplate(app);
  EXPECT_EQ(t["Resources"]["Alarm7103F465"]["Properties"]["EvaluationPeriods"], 0);
  const auto warnings = cdkpp_test::messagesWith(app, "EvaluationPeriods");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].level, cdk::SynthesisMessage::Level::Warning);
  EXPECT_EQ(warnings[0].path, "TapStackdev/Existing/Alarm7103F465");
  EXPECT_EQ(warnings[0].message,
            file +
                " at /Resources/Alarm7103F465/Properties: AWS::CloudWatch::Alarm property 'EvaluationPeriods' is "
                "0, below the minimum of 1. The resource schema does not allow this value and CloudFormation may "
                "refuse it when deployed; it is included as the template has it, as aws-cdk-lib includes it "
                "[ack: cdkpp:include-schema-constraint]");

  // The shape is still checked at synthesis, as aws-cdk-lib checks it: a string where the schema has an integer.
  alarm.props().evaluationPeriods = "zero";
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "AWS::CloudWatch::Alarm property 'EvaluationPeriods' must be an integer, not 'zero'");
}

TEST(IncludeConstraints, AnL1MadeInCxxKeepsTheWholeSchemaCheck) {
  cdk::App app;
  tapStackdev(app).make<cdk::cloudwatch::CfnAlarm>(
      "Alarm", {.comparisonOperator = "GreaterThanOrEqualToThreshold", .evaluationPeriods = 0, .threshold = 1});
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "AWS::CloudWatch::Alarm property 'EvaluationPeriods' is 0, below the minimum of 1");
}

}  // namespace
