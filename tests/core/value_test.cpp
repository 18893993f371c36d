#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using json = nlohmann::ordered_json;

/// Renders a value as property "P" of a resource in a stack of the given environment.
json render(const Value& value, std::optional<cdk::Environment> env = std::nullopt) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S", {.env = env});
  stack.make<cdk::CfnResource>("R", {.properties = Value::map({{"P", value}}), .type = "Custom::Thing"});
  const auto& t = app.synth({.write = false}).getStackByName("S").templateJson();
  const auto& props = t["Resources"]["R"]["Properties"];
  return props.contains("P") ? props["P"] : json();
}

TEST(ValueTest, Literals) {
  EXPECT_EQ(render("text"), json("text"));
  EXPECT_EQ(render(42), json(42));
  EXPECT_EQ(render(true), json(true));
  EXPECT_EQ(render(0.5).dump(), "0.5");
  EXPECT_EQ(render(2.0).dump(), "2");  // integral numbers print as integers, never "2.0"
  EXPECT_EQ(render(nullptr), json(nullptr));
  EXPECT_EQ(render(Value::list({1, "a"})).dump(), R"([1,"a"])");
  EXPECT_EQ(render(Value::map({{"b", 1}, {"a", 2}})).dump(), R"({"b":1,"a":2})");  // insertion order kept
}

TEST(ValueTest, PointersDoNotBecomeBooleans) {
  static_assert(!std::is_constructible_v<Value, int*>);
  static_assert(std::is_constructible_v<Value, const char*>);
}

TEST(ValueTest, TypedAccessErrors) {
  EXPECT_THROW_MSG(Value(1).asString(), cdk::Error, "expected a string but the value is an integer: 1");
  EXPECT_EQ(Value(2.0).asInteger(), 2);
}

TEST(ValueTest, MapEditing) {
  Value v;
  v.set("a", 1);
  v.set("b", 2);
  v.set("a", 3);
  EXPECT_EQ(v.find("a")->asInteger(), 3);
  EXPECT_EQ(v.asMap().front().first, "a");
  EXPECT_TRUE(v.erase("a"));
  EXPECT_FALSE(v.erase("a"));
  EXPECT_EQ(v.find("a"), nullptr);
}

TEST(ValueTest, FromJson) {
  Value v = Value::fromJson(nlohmann::json::parse(R"({"a":[1,2.5,"x",true,null]})"));
  EXPECT_EQ(render(v).dump(), R"({"a":[1,2.5,"x",true,null]})");
}

TEST(ValueTest, ConcatenationOfLiteralsIsAString) {
  Value v = Value("healthcare-") + "vpc-" + 3;
  ASSERT_TRUE(v.isString());
  EXPECT_EQ(v.asString(), "healthcare-vpc-3");
}

TEST(ValueTest, ConcatenationWithTokensIsAMinimalJoin) {
  Value v = Value("from ") + cdk::Aws::REGION + ":" + 6379;
  EXPECT_EQ(render(v).dump(), R"({"Fn::Join":["",["from ",{"Ref":"AWS::Region"},":6379"]]})");
  // Appending to a join extends it instead of nesting joins.
  Value w = v + "/x";
  EXPECT_EQ(render(w).dump(), R"({"Fn::Join":["",["from ",{"Ref":"AWS::Region"},":6379/x"]]})");
  EXPECT_THROW_MSG(Value("a") + Value::list({1}), cdk::Error, "cannot concatenate a list");
}

TEST(ValueTest, ConcreteRegionFoldsIntoTheString) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  Value v = Value("secretsmanager.") + stack.region() + ".amazonaws.com";
  ASSERT_TRUE(v.isString());
  EXPECT_EQ(v.asString(), "secretsmanager.ap-southeast-1.amazonaws.com");
}

TEST(ValueTest, Join) {
  EXPECT_EQ(render(cdk::Fn::join(",", {"a", "b"})), json("a,b"));
  EXPECT_EQ(render(cdk::Fn::join("", {"arn:", cdk::Aws::PARTITION, ":iam::", cdk::Aws::ACCOUNT_ID, ":root"})).dump(),
            R"({"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]})");
  // A lazy that resolves to a literal merges with its neighbours after resolution.
  Value lazy = cdk::Lazy::string([] { return std::string("b"); });
  EXPECT_EQ(render(cdk::Fn::join("-", {"a", lazy, "c"})), json("a-b-c"));
  // A nested join with the same delimiter is spliced in.
  Value inner = cdk::Fn::join("-", {cdk::Aws::REGION, "x"});
  EXPECT_EQ(render(cdk::Fn::join("-", {"a", inner})).dump(), R"({"Fn::Join":["-",["a",{"Ref":"AWS::Region"},"x"]]})");
  EXPECT_THROW_MSG(cdk::Fn::join(",", cdk::ValueList{}), cdk::Error, "at least one value");
}

TEST(ValueTest, IntrinsicFunctions) {
  EXPECT_EQ(render(cdk::Fn::select(1, cdk::Fn::getAzs())).dump(), R"({"Fn::Select":[1,{"Fn::GetAZs":""}]})");
  EXPECT_EQ(render(cdk::Fn::select(1, {"a", "b"})), json("b"));
  EXPECT_THROW_MSG(cdk::Fn::select(3, {"a"}), cdk::Error, "out of range");
  EXPECT_EQ(render(cdk::Fn::split(",", "a,b")).dump(), R"(["a","b"])");
  EXPECT_EQ(render(cdk::Fn::split(",", cdk::Aws::NOTIFICATION_ARNS)).dump(),
            R"({"Fn::Split":[",",{"Ref":"AWS::NotificationARNs"}]})");
  EXPECT_EQ(render(cdk::Fn::importValue("shared")).dump(), R"({"Fn::ImportValue":"shared"})");
  EXPECT_EQ(render(cdk::Fn::base64("x")).dump(), R"({"Fn::Base64":"x"})");
  EXPECT_EQ(render(cdk::Fn::cidr("10.0.0.0/16", 4, 8)).dump(), R"({"Fn::Cidr":["10.0.0.0/16",4,8]})");
  EXPECT_EQ(render(cdk::Fn::sub("${AWS::Region}-x")).dump(), R"({"Fn::Sub":"${AWS::Region}-x"})");
  EXPECT_EQ(render(cdk::Fn::sub("${A}-x", {{"A", cdk::Aws::STACK_NAME}})).dump(),
            R"({"Fn::Sub":["${A}-x",{"A":{"Ref":"AWS::StackName"}}]})");
  EXPECT_EQ(render(cdk::Fn::findInMap("M", "k1", "k2")).dump(), R"({"Fn::FindInMap":["M","k1","k2"]})");
  EXPECT_EQ(render(cdk::Fn::getAtt("X", "Arn")).dump(), R"({"Fn::GetAtt":["X","Arn"]})");
  EXPECT_EQ(render(cdk::Fn::ref("X")).dump(), R"({"Ref":"X"})");
  EXPECT_EQ(render(cdk::Aws::NO_VALUE).dump(), R"({"Ref":"AWS::NoValue"})");
  EXPECT_EQ(render(cdk::Fn::transform("M", {{"p", 1}})).dump(),
            R"({"Fn::Transform":{"Name":"M","Parameters":{"p":1}}})");
}

TEST(ValueTest, Conditions) {
  Value eq = cdk::Fn::conditionEquals(cdk::Aws::REGION, "us-east-1");
  EXPECT_EQ(render(eq).dump(), R"({"Fn::Equals":[{"Ref":"AWS::Region"},"us-east-1"]})");
  EXPECT_EQ(render(cdk::Fn::conditionNot(eq)).dump(),
            R"({"Fn::Not":[{"Fn::Equals":[{"Ref":"AWS::Region"},"us-east-1"]}]})");
  EXPECT_EQ(render(cdk::Fn::conditionOr({eq})).dump(), render(eq).dump());  // a single condition stays itself
  std::vector<Value> many(12, Value(true));
  // More than 10 conditions nest in groups of 10, as CloudFormation allows at most 10 per Fn::And.
  EXPECT_EQ(render(cdk::Fn::conditionAnd(many)).dump(),
            R"({"Fn::And":[{"Fn::And":[true,true,true,true,true,true,true,true,true,true]},{"Fn::And":[true,true]}]})");
  EXPECT_THROW_MSG(cdk::Fn::conditionAnd({}), cdk::Error, "at least one condition");
  EXPECT_EQ(render(cdk::Fn::conditionIf("IsProd", 1, cdk::Aws::NO_VALUE)).dump(),
            R"({"Fn::If":["IsProd",1,{"Ref":"AWS::NoValue"}]})");
}

TEST(ValueTest, LazyValues) {
  int calls = 0;
  Value lazy = cdk::Lazy::any([&] {
    ++calls;
    return Value::list({"x"});
  });
  EXPECT_EQ(render(lazy).dump(), R"(["x"])");
  EXPECT_EQ(calls, 1);
  Value empty = cdk::Lazy::any([] { return Value(Value::List{}); }, {.omitEmptyArray = true});
  EXPECT_TRUE(render(empty).is_null());  // the property is left out
  EXPECT_EQ(render(cdk::Lazy::number([] { return 3.0; })), json(3));
  EXPECT_EQ(render(cdk::Lazy::list([] { return std::vector<std::string>{"a"}; })).dump(), R"(["a"])");
}

TEST(ValueTest, LazyThatThrowsNamesThePathAndProperty) {
  Value broken = cdk::Lazy::any([]() -> Value { throw std::runtime_error("no subnets yet"); });
  EXPECT_THROW_MSG(
      render(broken), cdk::ResolutionError,
      "S/R: the Lazy value at S/R at Resources.R.Properties.P threw while it was computed: no subnets yet");
}

TEST(ValueTest, InvalidUtf8IsRefused) {
  EXPECT_THROW_MSG(render(std::string("caf\xC3")), cdk::ResolutionError, "is not valid UTF-8");
  EXPECT_THROW_MSG(render(std::string("\xED\xA0\x80")), cdk::ResolutionError, "not valid UTF-8");  // a surrogate
  EXPECT_EQ(render("café ✓"), json("café ✓"));
}

TEST(ValueTest, NonFiniteNumbersAreRefused) {
  EXPECT_THROW_MSG(render(std::numeric_limits<double>::infinity()), cdk::ResolutionError, "cannot be written");
}

TEST(ValueTest, ValueListAcceptsListsAndTokens) {
  cdk::ValueList literal{"a", "b"};
  EXPECT_EQ(literal.size(), 2u);
  std::vector<std::string> strings{"x", "y"};
  cdk::ValueList fromRange(strings);
  EXPECT_EQ(fromRange.items()[1], Value("y"));
  cdk::ValueList token(cdk::Fn::getAzs());
  EXPECT_TRUE(token.isToken());
  EXPECT_TRUE(cdk::ValueList(cdk::Fn::split(",", cdk::Aws::STACK_NAME)).isToken());
  EXPECT_TRUE(cdk::ValueList(cdk::Aws::NOTIFICATION_ARNS).isToken());
  EXPECT_FALSE(cdk::ValueList(cdk::Aws::REGION).isToken());
  EXPECT_TRUE(cdk::ValueList(cdk::Lazy::list([] { return std::vector<std::string>{"a"}; })).isToken());
  // A single value, literal or token, is a list of one item (as `[x]` in TypeScript).
  const cdk::ValueList scalar(Value("scalar"));
  ASSERT_EQ(scalar.size(), 1u);
  EXPECT_EQ(scalar.items()[0], Value("scalar"));
  EXPECT_TRUE(cdk::ValueList(Value()).empty());
}

TEST(ValueTest, BracedSingleTokenIsAOneItemList) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& r = stack.make<cdk::CfnResource>("R", {.type = "Custom::Thing"});
  // The way a designated initializer of an optional<ValueList> property takes `{token}`.
  const std::optional<cdk::ValueList> ids = {r.ref()};
  ASSERT_TRUE(ids.has_value());
  EXPECT_FALSE(ids->isToken());
  EXPECT_EQ(stack.resolve(ids->toValue()).dump(), R"([{"Ref":"R"}])");
}

TEST(ValueTest, OfTokenMarksAnyTokenAsAWholeList) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& r = stack.make<cdk::CfnResource>("R", {.type = "Custom::Thing"});
  const cdk::ValueList list = cdk::ValueList::ofToken(r.getAtt("Ipv6CidrBlocks"));
  EXPECT_TRUE(list.isToken());
  // Still a whole list after a round trip through Value.
  EXPECT_TRUE(cdk::ValueList(list.toValue()).isToken());
  EXPECT_EQ(stack.resolve(list.toValue()).dump(), R"({"Fn::GetAtt":["R","Ipv6CidrBlocks"]})");
  EXPECT_THROW_MSG(cdk::ValueList::ofToken(Value("x")), cdk::Error,
                   "ValueList::ofToken expects a token that resolves to a list, but got");
}

}  // namespace

namespace {

TEST(StackResolveTest, ResolvesLiteralsAndReferencesWithinTheStack) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& r = stack.make<cdk::CfnResource>("R", {.type = "Custom::Thing"});
  EXPECT_EQ(stack.resolve(Value::map({{"a", 1}, {"b", "x"}})).dump(), R"({"a":1,"b":"x"})");
  EXPECT_EQ(stack.resolve(r.ref()).dump(), R"({"Ref":"R"})");
  EXPECT_EQ(stack.resolve(r.getAtt("Arn")).dump(), R"({"Fn::GetAtt":["R","Arn"]})");
  EXPECT_EQ(stack.resolve(Value("arn:") + r.ref()).dump(), R"({"Fn::Join":["",["arn:",{"Ref":"R"}]]})");
  EXPECT_EQ(stack.resolve(cdk::Lazy::number([] { return 2.0; })), json(2));
}

TEST(StackResolveTest, ReferenceToAnotherStackIsAnError) {
  cdk::App app;
  auto& producer = app.make<cdk::Stack>("P");
  auto& consumer = app.make<cdk::Stack>("C");
  auto& r = producer.make<cdk::CfnResource>("R", {.type = "Custom::Thing"});
  EXPECT_THROW_MSG(consumer.resolve(r.ref()), cdk::ReferenceError,
                   "refers to 'P/R' of stack 'P'; Stack::resolve only resolves references within the stack");
}

}  // namespace
