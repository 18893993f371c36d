// validateAgainstSpec on a hand-written table in the generated layer's format: strings as offsets into one
// text, specs referring to each other by index.
#include <gtest/gtest.h>

#include "cdk/core/type_spec.hpp"

namespace {

using cdk::CfnValueType;
using cdk::Value;

// Names: "Name" 0-4, "Ports" 4-9, "Mode" 9-13, "fast" 13-17, "safe" 17-21, "Test::Thing" 21-32,
// "Test::Thing.Port" 32-48, "Number" 48-54, "Labels" 54-60, "Arn" 60-63.
constexpr char kText[] = "NamePortsModefastsafeTest::ThingTest::Thing.PortNumberLabelsArn";
constexpr cdk::CfnSpecString kStrings[] = {{13, 4}, {17, 4}, {60, 3}};
constexpr cdk::CfnPropertySpec kProperties[] = {
    // 0-1: Test::Thing.Port
    {.name = {48, 6}, .type = CfnValueType::Integer, .required = true, .minimum = 1, .maximum = 65535},
    {.name = {9, 4}, .type = CfnValueType::String, .allowedValues = 0, .allowedValueCount = 2},
    // 2: the element of Ports; 3: the element of Labels
    {.name = {}, .type = CfnValueType::Object, .objectType = 1},
    {.name = {}, .type = CfnValueType::String, .maxLength = 3},
    // 4-7: Test::Thing
    {.name = {0, 4}, .type = CfnValueType::String, .required = true, .minLength = 1},
    {.name = {4, 5}, .type = CfnValueType::Array, .items = 2},
    {.name = {54, 6}, .type = CfnValueType::Map, .items = 3},
    {.name = {9, 4}, .type = CfnValueType::String, .allowedValues = 0, .allowedValueCount = 2},
};
constexpr cdk::CfnTypeSpec kTypes[] = {{{21, 11}, 4, 4, false}, {{32, 16}, 0, 2, false}};
constexpr cdk::CfnSpecTable kSpecs{{kText, sizeof(kText) - 1}, kStrings, kProperties, kTypes};
static_assert(kSpecs.wellFormed());
static_assert(kSpecs.str(kTypes[1].name) == "Test::Thing.Port");

constexpr cdk::CfnSpecTable kMissingType{{kText, sizeof(kText) - 1}, kStrings, kProperties, std::span(kTypes).first(1)};
static_assert(!kMissingType.wellFormed(), "Ports' element refers to type 1, which this table does not have");

constexpr cdk::CfnResourceTypeInfo kThing{
    .typeName = "Test::Thing", .specs = &kSpecs, .spec = 0, .firstAttribute = 2, .attributeCount = 1};

std::vector<std::string> check(const Value& properties) {
  return cdk::validateAgainstSpec(kSpecs, *kThing.typeSpec(), properties);
}

TEST(TypeSpecTest, ValidPropertiesPass) {
  const Value ok = Value::map({{"Name", "a"},
                               {"Mode", "safe"},
                               {"Ports", Value::list({Value::map({{"Number", 443}, {"Mode", "fast"}})})},
                               {"Labels", Value::map({{"env", "dev"}})}});
  EXPECT_TRUE(check(ok).empty());
}

TEST(TypeSpecTest, EveryKindOfMistakeIsNamedByItsPath) {
  const Value bad = Value::map({{"Mode", "slow"},
                                {"Ports", Value::list({Value::map({{"Number", 0}}), Value::map({{"Mode", "fast"}})})},
                                {"Labels", Value::map({{"env", "prod"}})},
                                {"Colour", "red"}});
  EXPECT_EQ(check(bad), (std::vector<std::string>{
                            "property 'Name' is required but missing; set it",
                            "property 'Ports[0].Number' is 0, below the minimum of 1",
                            "property 'Ports[1].Number' is required but missing; set it",
                            "property 'Labels.env' has 4 characters, more than the maximum of 3",
                            "property 'Mode' is 'slow', which is not one of the allowed values: fast, safe",
                            "property 'Colour' is not a property of Test::Thing; check its spelling",
                        }));
}

TEST(TypeSpecTest, TheShapeAndTheConstraintsCheckedApart) {
  // The shape is what aws-cdk-lib's L1 classes check (CfnInclude's resources are checked so at synthesis); the
  // constraints are what CfnInclude warns of.
  const Value bad = Value::map({{"Mode", "slow"},
                                {"Ports", Value::list({Value::map({{"Number", 0}}), Value::map({{"Number", 1.5}})})},
                                {"Labels", Value::map({{"env", "prod"}, {"n", 7}})},
                                {"Colour", "red"}});
  EXPECT_EQ(cdk::validateAgainstSpec(kSpecs, *kThing.typeSpec(), bad, cdk::CfnSpecCheck::Shape),
            (std::vector<std::string>{
                "property 'Name' is required but missing; set it",
                "property 'Labels.n' must be a string, not 7",
                "property 'Colour' is not a property of Test::Thing; check its spelling",
            }));
  EXPECT_EQ(cdk::validateAgainstSpec(kSpecs, *kThing.typeSpec(), bad, cdk::CfnSpecCheck::Constraints),
            (std::vector<std::string>{
                "property 'Ports[0].Number' is 0, below the minimum of 1",
                "property 'Ports[1].Number' must be an integer, not 1.5",
                "property 'Labels.env' has 4 characters, more than the maximum of 3",
                "property 'Mode' is 'slow', which is not one of the allowed values: fast, safe",
            }));
  EXPECT_EQ(check(bad).size(), 7u);
}

TEST(TypeSpecTest, DynamicReferencesAreLeftToCloudFormation) {
  // CloudFormation resolves {{resolve:...}} at deployment: the secret or parameter must meet the constraints, the
  // reference (longer than Labels' 3 characters, not one of Mode's values) need not.
  const Value ok = Value::map({{"Name", "{{resolve:secretsmanager:app/db:SecretString:username::}}"},
                               {"Mode", "{{resolve:ssm:/app/mode}}"},
                               {"Labels", Value::map({{"env", "{{resolve:ssm:/app/env}}"}})}});
  EXPECT_TRUE(check(ok).empty());
  // Other strings are still checked.
  EXPECT_EQ(check(Value::map({{"Name", "a"}, {"Mode", "{resolve:ssm:/app/mode}"}})),
            (std::vector<std::string>{
                "property 'Mode' is '{resolve:ssm:/app/mode}', which is not one of the allowed values: fast, safe"}));
}

TEST(TypeSpecTest, ResourceTypeInfoReadsItsSpecAndAttributes) {
  ASSERT_NE(kThing.typeSpec(), nullptr);
  EXPECT_EQ(kSpecs.str(kThing.typeSpec()->name), "Test::Thing");
  EXPECT_EQ(kThing.attributes(), (std::vector<std::string_view>{"Arn"}));
  constexpr cdk::CfnResourceTypeInfo unchecked{.typeName = "Test::Other"};
  EXPECT_EQ(unchecked.typeSpec(), nullptr);
  EXPECT_TRUE(unchecked.attributes().empty());
}

}  // namespace
