#include <gtest/gtest.h>

#include "cdk/assertions.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "template_compare.hpp"
#include "test_programs.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using json = nlohmann::ordered_json;

using cdkpp_test::templateOf;

TEST(ElementsTest, ResourceAttributesInCdkOrder) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& cond = s.make<cdk::CfnCondition>("IsProd", {.expression = cdk::Fn::conditionEquals("a", "b")});
  auto& a = s.make<cdk::CfnResource>("A", {.type = "AWS::SNS::Topic"});
  auto& b = s.make<cdk::CfnResource>("B", {.properties = Value::map({{"TopicName", "b"}}), .type = "AWS::SNS::Topic"});
  b.addDependency(a);
  b.applyRemovalPolicy(cdk::RemovalPolicy::DESTROY);
  b.cfnOptions().condition = &cond;
  b.cfnOptions().updatePolicy = Value::map({{"UseOnlineResharding", true}});
  b.cfnOptions().creationPolicy = Value::map({{"ResourceSignal", Value::map({{"Count", 1}})}});
  b.addMetadata("note", "x");
  json t = templateOf(app);
  EXPECT_EQ(
      t["Resources"]["B"].dump(),
      R"({"Type":"AWS::SNS::Topic","Properties":{"TopicName":"b"},"DependsOn":["A"],)"
      R"("CreationPolicy":{"ResourceSignal":{"Count":1}},"UpdatePolicy":{"UseOnlineResharding":true},)"
      R"("UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete","Metadata":{"note":"x"},"Condition":"IsProd"})");
  EXPECT_EQ(t["Resources"]["A"].dump(), R"({"Type":"AWS::SNS::Topic"})");  // empty Properties are left out
  EXPECT_EQ(t["Conditions"]["IsProd"].dump(), R"({"Fn::Equals":["a","b"]})");
}

TEST(ElementsTest, RemovalPolicies) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& retain = s.make<cdk::CfnResource>("Retain", {.type = "AWS::SNS::Topic"});
  retain.applyRemovalPolicy(cdk::RemovalPolicy::RETAIN);
  auto& keep = s.make<cdk::CfnResource>("Keep", {.type = "AWS::SNS::Topic"});
  keep.applyRemovalPolicy(cdk::RemovalPolicy::RETAIN_ON_UPDATE_OR_DELETE);
  auto& onlyDeletion = s.make<cdk::CfnResource>("Snap", {.type = "AWS::RDS::DBCluster"});
  onlyDeletion.applyRemovalPolicy(cdk::RemovalPolicy::SNAPSHOT, {.applyToUpdateReplacePolicy = false});
  json t = templateOf(app);
  EXPECT_EQ(t["Resources"]["Retain"]["DeletionPolicy"], "Retain");
  EXPECT_EQ(t["Resources"]["Keep"]["DeletionPolicy"], "RetainExceptOnCreate");
  EXPECT_EQ(t["Resources"]["Keep"]["UpdateReplacePolicy"], "Retain");
  EXPECT_EQ(t["Resources"]["Snap"]["DeletionPolicy"], "Snapshot");
  EXPECT_FALSE(t["Resources"]["Snap"].contains("UpdateReplacePolicy"));
}

TEST(ElementsTest, Overrides) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& r = s.make<cdk::CfnResource>(
      "R", {.properties = Value::map({{"Tags", Value::list({Value::map({{"Key", "k"}, {"Value", "v"}})})},
                                      {"Nested", Value::map({{"Keep", 1}, {"Drop", 2}})}}),
            .type = "AWS::SNS::Topic"});
  r.addPropertyOverride("Nested.Deep.Er", "x");
  r.addPropertyOverride("Tags.0.Value", "v2");
  r.addPropertyDeletionOverride("Nested.Drop");
  r.addPropertyOverride("Dotted\\.Name", true);
  r.addOverride("Properties.Nested", Value::map({{"Merged", 3}}));  // maps merge into maps
  r.addOverride("UpdateReplacePolicy", "Retain");
  json t = templateOf(app);
  EXPECT_EQ(t["Resources"]["R"].dump(),
            R"({"Type":"AWS::SNS::Topic","Properties":{"Tags":[{"Key":"k","Value":"v2"}],)"
            R"("Nested":{"Keep":1,"Deep":{"Er":"x"},"Merged":3},"Dotted.Name":true},"UpdateReplacePolicy":"Retain"})");
}

TEST(ElementsTest, BadOverridePaths) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& r = s.make<cdk::CfnResource>(
      "R", {.properties = Value::map({{"List", Value::list({1})}, {"Scalar", 1}}), .type = "AWS::SNS::Topic"});
  r.addPropertyOverride("List.5", 2);
  EXPECT_THROW_MSG(templateOf(app), cdk::ValidationError,
                   "S/R: override path 'Properties.List.5': '5' is not an index");
  r.removeDependency(r);  // no-op
  cdk::App app2;
  auto& s2 = app2.make<cdk::Stack>("S");
  auto& r2 = s2.make<cdk::CfnResource>("R", {.properties = Value::map({{"Scalar", 1}}), .type = "AWS::SNS::Topic"});
  r2.addPropertyOverride("Scalar.Below", 2);
  EXPECT_THROW_MSG(templateOf(app2), cdk::ValidationError, "goes through 'Scalar', which is 1");
  cdk::App app3;
  auto& s3 = app3.make<cdk::Stack>("S");
  s3.make<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"}).addOverride("Properties..X", 1);
  EXPECT_THROW_MSG(templateOf(app3), cdk::ValidationError, "empty segment");
}

TEST(ElementsTest, IssuesOfEveryStackAreReported) {
  // Stacks are checked and resolved one after the other; a problem in the first still lets the check of the
  // others run, and all of them are reported together.
  cdk::App app;
  auto& first = app.make<cdk::Stack>("First");
  first.make<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"}).addPropertyOverride("A..B", 1);
  auto& middle = app.make<cdk::Stack>("Middle");
  middle.make<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"});
  auto& last = app.make<cdk::Stack>("Last");
  last.make<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"}).overrideLogicalId("not-valid");
  try {
    app.synth({.write = false});
    FAIL() << "no ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 2u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "First/R");
    EXPECT_NE(e.issues()[0].message.find("empty segment"), std::string::npos) << e.issues()[0].message;
    EXPECT_EQ(e.issues()[1].path, "Last/R");
    EXPECT_NE(e.issues()[1].message.find("logical ID 'not-valid' is not valid"), std::string::npos);
  }
}

TEST(ElementsTest, BadResourceTypeAndProperties) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  EXPECT_THROW_MSG(s.make<cdk::CfnResource>("R", {.type = "Topic"}), cdk::ConstructError,
                   "'Topic' is not a CloudFormation resource type");
  EXPECT_THROW_MSG(s.make<cdk::CfnResource>("R2", {.properties = Value::list({1}), .type = "AWS::SNS::Topic"}),
                   cdk::ConstructError, "must be a map");
}

TEST(ElementsTest, Outputs) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& topic = s.make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  auto& cond = s.make<cdk::CfnCondition>("C", {.expression = cdk::Fn::conditionEquals(1, 1)});
  s.make<cdk::CfnOutput>(
      "Arn", {.condition = &cond, .description = "the topic", .exportName = "dev-topic", .value = topic.ref()});
  auto& keyed = s.make<cdk::CfnOutput>("Out", {.key = "CustomKey", .value = "v"});
  EXPECT_EQ(keyed.logicalId(), "CustomKey");
  json t = templateOf(app);
  EXPECT_EQ(t["Outputs"]["Arn"].dump(),
            R"({"Description":"the topic","Value":{"Ref":"Topic"},"Export":{"Name":"dev-topic"},"Condition":"C"})");
  EXPECT_TRUE(t["Outputs"].contains("CustomKey"));
  EXPECT_EQ(s.node().findChild("Arn").node().id(), "Arn");
  auto& noExport = s.make<cdk::CfnOutput>("NoExport", {.value = "v"});
  EXPECT_THROW_MSG(noExport.importValue(), cdk::ConstructError, "needs an export name");
}

TEST(ElementsTest, OutputWithoutValueFailsValidation) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::CfnOutput>("Empty", cdk::CfnOutputProps{});
  EXPECT_THROW_MSG(templateOf(app), cdk::ValidationError, "S/Empty: CfnOutput has no value; set .value");
}

TEST(ElementsTest, Parameters) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& p = s.make<cdk::CfnParameter>(
      "Env", {.allowedValues = {"dev", "prod"}, .defaultValue = "dev", .description = "environment", .noEcho = true});
  s.make<cdk::CfnResource>(
      "R", {.properties = Value::map({{"Name", Value("t-") + p.valueAsString()}}), .type = "AWS::SNS::Topic"});
  json t = templateOf(app);
  EXPECT_EQ(
      t["Parameters"]["Env"].dump(),
      R"({"Type":"String","Default":"dev","AllowedValues":["dev","prod"],"Description":"environment","NoEcho":true})");
  EXPECT_EQ(t["Resources"]["R"]["Properties"]["Name"].dump(), R"({"Fn::Join":["",["t-",{"Ref":"Env"}]]})");
}

TEST(ElementsTest, ParameterValidation) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::CfnParameter>("A", {.allowedValues = {"x"}, .defaultValue = "y"});
  s.make<cdk::CfnParameter>("B", {.defaultValue = "abc", .maxLength = 2});
  s.make<cdk::CfnParameter>("C", {.defaultValue = "nope", .type = "Number"});
  s.make<cdk::CfnParameter>("D", {.type = "Strnig"});
  s.make<cdk::CfnParameter>("E", {.allowedPattern = "^[a-z]+$", .defaultValue = "ABC"});
  try {
    templateOf(app);
    FAIL() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 5u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "S/A");
    EXPECT_NE(e.issues()[0].message.find("not one of the allowed values"), std::string::npos);
    EXPECT_NE(e.issues()[1].message.find("longer than maxLength 2"), std::string::npos);
    EXPECT_NE(e.issues()[2].message.find("is not a number"), std::string::npos);
    EXPECT_NE(e.issues()[3].message.find("'Strnig' is not a CloudFormation parameter type"), std::string::npos);
    EXPECT_NE(e.issues()[4].message.find("does not match allowedPattern"), std::string::npos);
  }
}

TEST(ElementsTest, ConditionsAndConditionReferences) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& isProd = s.make<cdk::CfnCondition>("IsProd", {.expression = cdk::Fn::conditionEquals(cdk::Aws::REGION, "x")});
  auto& both =
      s.make<cdk::CfnCondition>("Both", {.expression = cdk::Fn::conditionAnd({cdk::Fn::condition(isProd), true})});
  isProd.overrideLogicalId("Production");
  s.make<cdk::CfnResource>(
      "R", {.properties = Value::map({{"Size", cdk::Fn::conditionIf(both, 2, 1)}}), .type = "Custom::X"});
  s.make<cdk::CfnCondition>("Empty");
  EXPECT_THROW_MSG(templateOf(app), cdk::ValidationError, "S/Empty: CfnCondition has no expression");
  s.node().tryRemoveChild("Empty");
  json t = templateOf(app);
  EXPECT_EQ(t["Conditions"]["Both"].dump(), R"({"Fn::And":[{"Condition":"Production"},true]})");
  EXPECT_EQ(t["Resources"]["R"]["Properties"]["Size"].dump(), R"({"Fn::If":["Both",2,1]})");
}

TEST(ElementsTest, ConditionOfAnotherStackIsAnError) {
  cdk::App app;
  auto& a = app.make<cdk::Stack>("A");
  auto& b = app.make<cdk::Stack>("B");
  auto& cond = a.make<cdk::CfnCondition>("C", {.expression = cdk::Fn::conditionEquals(1, 1)});
  auto& r = b.make<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"});
  r.cfnOptions().condition = &cond;
  EXPECT_THROW_MSG(templateOf(app, "B"), cdk::ReferenceError,
                   "conditions and mappings can only be used in their own stack");
}

TEST(ElementsTest, Mappings) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& m = s.make<cdk::CfnMapping>("Sizes", {.mapping = {{"dev", Value::map({{"size", "small"}})}}});
  m.setValue("prod", "size", "large");
  s.make<cdk::CfnResource>("R",
                           {.properties = Value::map({{"Size", m.findInMap("prod", "size")}}), .type = "Custom::X"});
  json t = templateOf(app);
  EXPECT_EQ(t["Mappings"]["Sizes"].dump(), R"({"dev":{"size":"small"},"prod":{"size":"large"}})");
  EXPECT_EQ(t["Resources"]["R"]["Properties"]["Size"].dump(), R"({"Fn::FindInMap":["Sizes","prod","size"]})");
  EXPECT_THROW_MSG(m.findInMap("qa", "size"), cdk::ConstructError, "S/Sizes: mapping has no top-level key 'qa'");
  EXPECT_THROW_MSG(m.findInMap("dev", "colour"), cdk::ConstructError, "no key 'colour' under 'dev'");
}

TEST(ElementsTest, LogicalIdOverride) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& scope = s.make<cdk::Construct>("Group");
  auto& r = scope.make<cdk::CfnResource>("Resource", {.type = "AWS::SNS::Topic"});
  EXPECT_EQ(r.logicalId(), cdk::makeUniqueId({"Group", "Resource"}));
  r.overrideLogicalId("MyTopic");
  EXPECT_EQ(r.logicalId(), "MyTopic");
  EXPECT_TRUE(templateOf(app)["Resources"].contains("MyTopic"));
}

TEST(ElementsTest, TwoElementsWithOneLogicalIdIsAnError) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::CfnResource>("A-B", {.type = "AWS::SNS::Topic"});
  s.make<cdk::CfnResource>("AB", {.type = "AWS::SNS::Topic"});
  EXPECT_THROW_MSG(templateOf(app), cdk::ValidationError,
                   "S/AB: logical ID 'AB' is also the logical ID of 'S/A-B' in stack 'S'");
}

TEST(ElementsTest, ParameterAndResourceShareTheirIds) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::CfnParameter>("Name");
  s.make<cdk::CfnResource>("Na-me", {.type = "AWS::SNS::Topic"});
  EXPECT_THROW_MSG(templateOf(app), cdk::ValidationError, "logical ID 'Name' is also the logical ID of 'S/Name'");
}

TEST(ElementsTest, InvalidLogicalIds) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"}).overrideLogicalId("not-alnum");
  s.make<cdk::CfnResource>("---", {.type = "AWS::SNS::Topic"});
  s.make<cdk::CfnResource>("Long", {.type = "AWS::SNS::Topic"}).overrideLogicalId(std::string(256, 'a'));
  try {
    templateOf(app);
    FAIL();
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 3u) << e.what();
    EXPECT_NE(e.issues()[0].message.find("logical ID 'not-alnum' is not valid"), std::string::npos);
    EXPECT_EQ(e.issues()[1].path, "S/---");
    EXPECT_NE(e.issues()[1].message.find("the logical ID would be empty"), std::string::npos);
    EXPECT_NE(e.issues()[2].message.find("1 to 255 letters and digits"), std::string::npos);
  }
}

TEST(ElementsTest, DefaultIdsDropFromLogicalIds) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& group = s.make<cdk::Construct>("Bucket");
  auto& r = group.make<cdk::CfnResource>("Default", {.type = "AWS::SNS::Topic"});
  EXPECT_EQ(r.logicalId(), "Bucket");
  s.make<cdk::CfnResource>("Default", {.type = "AWS::SNS::Topic"});
  EXPECT_THROW_MSG(templateOf(app), cdk::ValidationError, "every path component is 'Default'");
}

TEST(ElementsTest, TemplateSectionsAndHeader) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S", {.description = "my stack"});
  s.addTransform("AWS::Serverless-2016-10-31");
  s.make<cdk::CfnParameter>("P");
  s.make<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"});
  json t = templateOf(app);
  std::vector<std::string> keys;
  for (auto& [k, v] : t.items()) keys.push_back(k);
  // As aws-cdk-lib: the bootstrap version check (Parameters.BootstrapVersion, Rules) comes after the elements.
  EXPECT_EQ(keys, (std::vector<std::string>{"Description", "Transform", "Parameters", "Resources", "Rules"}));
  EXPECT_EQ(cdkpp_test::keysOf(t["Parameters"]), (std::vector<std::string>{"P", "BootstrapVersion"}));
}

}  // namespace
