// convertToSchemaTypes: a template's values given the types of their properties, as aws-cdk-lib's
// FromCloudFormation.getString/getNumber/getBoolean give them when it includes a template (its results, checked
// with aws-cdk-lib 2.276, are in the comments). A hand-written table in the generated layer's format.
#include <gtest/gtest.h>

#include "cdk/core/cfn_parse.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/type_spec.hpp"
#include "test_support.hpp"

namespace {

using cdk::CfnValueType;
using cdk::Value;

// Names: "Name" 0-4, "Size" 4-8, "Ratio" 8-13, "Enabled" 13-20, "Rule" 20-24, "Args" 24-28, "Labels" 28-34,
// "Policy" 34-40, "Test::Convert" 40-53, "Test::Convert.Rule" 53-71.
constexpr char kConvertText[] = "NameSizeRatioEnabledRuleArgsLabelsPolicyTest::ConvertTest::Convert.Rule";
constexpr cdk::CfnPropertySpec kConvertProperties[] = {
    // 0-1: Test::Convert.Rule
    {.name = {13, 7}, .type = CfnValueType::Boolean},
    {.name = {4, 4}, .type = CfnValueType::Integer},
    // 2: the element of Args and of Labels
    {.name = {}, .type = CfnValueType::String},
    // 3-10: Test::Convert
    {.name = {0, 4}, .type = CfnValueType::String},
    {.name = {4, 4}, .type = CfnValueType::Integer},
    {.name = {8, 5}, .type = CfnValueType::Number},
    {.name = {13, 7}, .type = CfnValueType::Boolean},
    {.name = {20, 4}, .type = CfnValueType::Object, .objectType = 1},
    {.name = {24, 4}, .type = CfnValueType::Array, .items = 2},
    {.name = {28, 6}, .type = CfnValueType::Map, .items = 2},
    {.name = {34, 6}, .type = CfnValueType::Json},
};
constexpr cdk::CfnTypeSpec kConvertTypes[] = {{{40, 13}, 3, 8, false}, {{53, 18}, 0, 2, false}};
constexpr cdk::CfnSpecTable kConvertSpecs{
    {kConvertText, sizeof(kConvertText) - 1}, {}, kConvertProperties, kConvertTypes};
static_assert(kConvertSpecs.wellFormed());
static_assert(kConvertSpecs.str(kConvertTypes[0].name) == "Test::Convert");
static_assert(kConvertSpecs.str(kConvertTypes[1].name) == "Test::Convert.Rule");
static_assert(kConvertSpecs.str(kConvertProperties[10].name) == "Policy");

Value convert(Value properties) {
  return cdk::detail::convertToSchemaTypes(kConvertSpecs, kConvertTypes[0], std::move(properties));
}

/// The value of the one property `name` after conversion.
Value converted(const char* name, Value value) { return *convert(Value::map({{name, std::move(value)}})).find(name); }

TEST(ConvertToSchemaTypes, ANumberWhereTheSchemaHasAStringIsItsJavaScriptText) {
  EXPECT_EQ(converted("Name", 1024), Value("1024"));
  EXPECT_EQ(converted("Name", -7), Value("-7"));
  EXPECT_EQ(converted("Name", 0.5), Value("0.5"));
  EXPECT_EQ(converted("Name", 0.000001), Value("0.000001"));  // String(0.000001)
  EXPECT_EQ(converted("Name", 1e-7), Value("1e-7"));
  EXPECT_EQ(converted("Name", 1e21), Value("1e+21"));
  EXPECT_EQ(converted("Name", 0.1 + 0.2), Value("0.30000000000000004"));
  EXPECT_EQ(converted("Name", true), Value("true"));
  EXPECT_EQ(converted("Name", false), Value("false"));
  EXPECT_EQ(converted("Name", "kept"), Value("kept"));
}

TEST(ConvertToSchemaTypes, AStringWhereTheSchemaHasANumberIsWhatParseFloatReads) {
  EXPECT_EQ(converted("Size", "3"), Value(3));
  EXPECT_TRUE(converted("Size", "3").isInteger());  // written 3, as JavaScript writes it, not 3.0
  EXPECT_EQ(converted("Size", " 42"), Value(42));
  EXPECT_EQ(converted("Size", "60s"), Value(60));  // parseFloat reads the number at the start
  EXPECT_EQ(converted("Size", "1e3"), Value(1000));
  EXPECT_EQ(converted("Size", "-0"), Value(0));
  EXPECT_EQ(converted("Ratio", "1.50"), Value(1.5));
  EXPECT_EQ(converted("Ratio", ".5e-1x"), Value(0.05));
  // No number at its start (parseFloat is NaN): the string stays, and the check at synthesis refuses it.
  EXPECT_EQ(converted("Size", "abc"), Value("abc"));
  EXPECT_EQ(converted("Size", ""), Value(""));
  EXPECT_EQ(converted("Size", true), Value(true));  // not a string: as it is
  EXPECT_EQ(converted("Size", 7), Value(7));
}

TEST(ConvertToSchemaTypes, TrueAndFalseStringsWhereTheSchemaHasABoolean) {
  EXPECT_EQ(converted("Enabled", "true"), Value(true));
  EXPECT_EQ(converted("Enabled", "false"), Value(false));
  EXPECT_EQ(converted("Enabled", 1), Value(1));  // not a string: as it is
  // aws-cdk-lib: "Expected 'true' or 'false' for boolean value, got: 'TRUE'", when it includes the template.
  EXPECT_THROW_MSG(converted("Enabled", "TRUE"), cdk::detail::PropertyValueError,
                   "Expected 'true' or 'false' for boolean value, got: 'TRUE'");
  try {
    convert(Value::map({{"Rule", Value::map({{"Enabled", "yes"}})}}));
    ADD_FAILURE() << "no PropertyValueError";
  } catch (const cdk::detail::PropertyValueError& e) {
    EXPECT_EQ(e.pointer(), "/Rule/Enabled");
  }
}

TEST(ConvertToSchemaTypes, NestedObjectsListsAndMapsByTheTypesOfTheirEntries) {
  const Value before = Value::map({{"Rule", Value::map({{"Enabled", "true"}, {"Size", "10"}, {"Other", "10"}})},
                                   {"Args", Value::list({"sleep", 30, false})},
                                   {"Labels", Value::map({{"version", 2}})},
                                   {"Policy", Value::map({{"Age", 3600}, {"On", "true"}})},
                                   {"Unknown", 5}});
  const Value after = Value::map({{"Rule", Value::map({{"Enabled", true}, {"Size", 10}, {"Other", "10"}})},
                                  {"Args", Value::list({"sleep", "30", "false"})},
                                  {"Labels", Value::map({{"version", "2"}})},
                                  // Free-form JSON and properties the schema does not list: as they are.
                                  {"Policy", Value::map({{"Age", 3600}, {"On", "true"}})},
                                  {"Unknown", 5}});
  EXPECT_EQ(convert(before), after);
}

TEST(ConvertToSchemaTypes, TokensNullsAndValuesOfAnotherShapeStayAsTheyAre) {
  const Value token = cdk::Fn::ref("Thing");
  EXPECT_EQ(converted("Size", token), token);
  EXPECT_EQ(converted("Name", nullptr), Value(nullptr));
  EXPECT_EQ(converted("Name", Value::list({1})), Value::list({1}));
  EXPECT_EQ(converted("Rule", "text"), Value("text"));
  EXPECT_EQ(converted("Args", "text"), Value("text"));
  EXPECT_EQ(converted("Labels", Value::list({1})), Value::list({1}));
  EXPECT_EQ(convert(token), token);  // Properties made by a function
}

}  // namespace
