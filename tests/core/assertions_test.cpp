#include <gtest/gtest.h>

#include "cdk/assertions.hpp"
#include "cdk/core.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using cdk::assertions::AssertionError;
using cdk::assertions::Match;
using cdk::assertions::Template;

struct AssertionsTest : ::testing::Test {
  AssertionsTest() {
    auto& s = app.make<cdk::Stack>("S");
    auto& a = s.make<cdk::CfnResource>(
        "A", {.properties = Value::map({{"Name", "alpha"},
                                        {"Tags", Value::list({Value::map({{"Key", "k1"}, {"Value", "v1"}}),
                                                              Value::map({{"Key", "k2"}, {"Value", "v2"}})})},
                                        {"Nested", Value::map({{"X", 1}, {"Y", 2}})},
                                        {"Policy", "{\"Version\":\"2012-10-17\"}"}}),
              .type = "AWS::SNS::Topic"});
    auto& b = s.make<cdk::CfnResource>("B", {.properties = Value::map({{"Peer", a.ref()}}), .type = "AWS::SNS::Topic"});
    b.applyRemovalPolicy(cdk::RemovalPolicy::DESTROY);
    s.make<cdk::CfnOutput>("Out", {.exportName = "e", .value = b.ref()});
    s.make<cdk::CfnParameter>("P", {.defaultValue = "d"});
    stack = &s;
  }
  cdk::App app;
  cdk::Stack* stack = nullptr;
};

TEST_F(AssertionsTest, PartialMatches) {
  Template t = Template::fromStack(*stack);
  t.resourceCountIs("AWS::SNS::Topic", 2);
  t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Name", "alpha"}}));
  t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Nested", Value::map({{"X", 1}})}}));
  t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Peer", Value::map({{"Ref", "A"}})}}));
  t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Tags", Match::arrayWith({Value::map({{"Key", "k2"}})})},
                                                         {"Absent", Match::absent()}}));
  t.hasResourceProperties(
      "AWS::SNS::Topic", Value::map({{"Policy", Match::serializedJson(Value::map({{"Version", Match::anyValue()}}))}}));
  t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Name", Match::stringLikeRegexp("^al")}}));
  t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Name", Match::not_("beta")}}));
  t.hasResource("AWS::SNS::Topic", Value::map({{"DeletionPolicy", "Delete"}}));
  t.resourcePropertiesCountIs("AWS::SNS::Topic", Value::map({{"Peer", Match::anyValue()}}), 1);
  EXPECT_EQ(t.findResources("AWS::SNS::Topic", Value::map({{"DeletionPolicy", "Delete"}})).size(), 1u);
  t.hasOutput("Out", Value::map({{"Export", Value::map({{"Name", "e"}})}}));
  t.hasOutput("*", Value::map({{"Value", Value::map({{"Ref", "B"}})}}));
  t.hasParameter("P", Value::map({{"Default", "d"}}));
  t.templateMatches(Value::map({{"Resources", Value::map({{"A", Value::map({{"Type", "AWS::SNS::Topic"}})}})}}));
}

TEST_F(AssertionsTest, FailuresSayWhatDiffered) {
  Template t = Template::fromStack(*stack);
  EXPECT_THROW_MSG(t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Name", "beta"}})), AssertionError,
                   "at /Properties/Name: expected 'beta' but found \"alpha\"");
  EXPECT_THROW_MSG(t.hasResourceProperties("AWS::SQS::Queue", Value::map({})), AssertionError,
                   "no resource of type AWS::SQS::Queue");
  EXPECT_THROW_MSG(t.resourceCountIs("AWS::SNS::Topic", 3), AssertionError,
                   "expected 3 resource(s) of type AWS::SNS::Topic but found 2");
  EXPECT_THROW_MSG(
      t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Nested", Match::objectEquals({{"X", 1}})}})),
      AssertionError, "at /Properties/Nested/Y: unexpected key");
  EXPECT_THROW_MSG(
      t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Tags", Value::list({Value::map({{"Key", "k1"}})})}})),
      AssertionError, "expected a list of 1 items but found 2");
  EXPECT_THROW_MSG(
      t.hasResourceProperties("AWS::SNS::Topic", Value::map({{"Name", Match::absent()}, {"Tags", Match::anyValue()}})),
      AssertionError, "expected nothing here");
  EXPECT_THROW_MSG(t.hasOutput("Nope", Value::map({})), AssertionError, "have no entry 'Nope'");
  EXPECT_THROW_MSG(Template::fromString("{oops"), AssertionError, "not valid JSON");
  EXPECT_THROW_MSG(Match::stringLikeRegexp("("), cdk::Error, "not a valid regular expression");
}

TEST_F(AssertionsTest, MatchersCannotBeRendered) {
  stack->make<cdk::CfnResource>("Bad",
                                {.properties = Value::map({{"X", Match::anyValue()}}), .type = "AWS::SNS::Topic"});
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::Error, "is an assertion pattern and cannot be rendered");
}

}  // namespace
