// Arn::format / Arn::split / Arn::extractResourceName, as aws-cdk-lib's core Arn.
#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/arn.hpp"
#include "test_support.hpp"

namespace {

using cdk::Arn;
using cdk::ArnFormat;
using cdk::Value;
using json = nlohmann::ordered_json;

struct ArnTest : ::testing::Test {
  cdk::App app;
  cdk::Stack& stack = app.make<cdk::Stack>("S");
  cdk::Stack& concrete =
      app.make<cdk::Stack>("C", {.env = cdk::Environment{.account = "111111111111", .region = "eu-west-1"}});
  json render(const Value& v) const { return stack.resolve(v); }
};

TEST_F(ArnTest, FormatUsesTheStackForMissingParts) {
  EXPECT_EQ(
      concrete.resolve(Arn::format({.resource = "role", .resourceName = Value("r"), .service = "iam"}, &concrete)),
      json::parse(R"({"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam:eu-west-1:111111111111:role/r"]]})"));
  EXPECT_EQ(render(Arn::format({.account = Value("1"),
                                .partition = Value("aws"),
                                .region = Value(""),
                                .resource = "user",
                                .service = "iam"})),
            json("arn:aws:iam::1:user"));
}

TEST_F(ArnTest, FormatSeparatorsFollowTheFormat) {
  const cdk::ArnComponents base{.account = Value("1"),
                                .partition = Value("aws"),
                                .region = Value("r"),
                                .resource = "res",
                                .resourceName = Value("name"),
                                .service = "svc"};
  auto with = [&](ArnFormat f) {
    auto c = base;
    c.arnFormat = f;
    return render(Arn::format(c));
  };
  EXPECT_EQ(with(ArnFormat::SLASH_RESOURCE_NAME), json("arn:aws:svc:r:1:res/name"));
  EXPECT_EQ(with(ArnFormat::COLON_RESOURCE_NAME), json("arn:aws:svc:r:1:res:name"));
  EXPECT_EQ(with(ArnFormat::SLASH_RESOURCE_SLASH_RESOURCE_NAME), json("arn:aws:svc:r:1:/res/name"));
}

TEST_F(ArnTest, FormatWithoutStackNeedsEveryPart) {
  EXPECT_THROW_MSG(Arn::format({.resource = "r", .service = "s"}), cdk::Error,
                   "the partition must be given when no stack is passed");
}

TEST_F(ArnTest, StackFormatArnIsArnFormat) {
  const cdk::ArnComponents c{.arnFormat = ArnFormat::COLON_RESOURCE_NAME,
                             .resource = "log-group",
                             .resourceName = Value("g"),
                             .service = "logs"};
  EXPECT_EQ(render(stack.formatArn(c)), render(Arn::format(c, &stack)));
}

TEST_F(ArnTest, SplitLiteralSlash) {
  auto c = Arn::split("arn:aws:iam::123456789012:role/path/name", ArnFormat::SLASH_RESOURCE_NAME);
  EXPECT_EQ(c.partition, Value("aws"));
  EXPECT_EQ(c.service, Value("iam"));
  EXPECT_EQ(c.region, Value(""));
  EXPECT_EQ(c.account, Value("123456789012"));
  EXPECT_EQ(c.resource, Value("role"));
  EXPECT_EQ(c.resourceName, Value("path/name"));
  EXPECT_EQ(c.arnFormat, ArnFormat::SLASH_RESOURCE_NAME);
}

TEST_F(ArnTest, SplitLiteralDetectsItsOwnLayout) {
  auto colon = Arn::split("arn:aws:logs:us-east-1:1:log-group:my:group", ArnFormat::SLASH_RESOURCE_NAME);
  EXPECT_EQ(colon.arnFormat, ArnFormat::COLON_RESOURCE_NAME);
  EXPECT_EQ(colon.resource, Value("log-group"));
  EXPECT_EQ(colon.resourceName, Value("my:group"));

  auto none = Arn::split("arn:aws:sns:us-east-1:1:topic", ArnFormat::SLASH_RESOURCE_NAME);
  EXPECT_EQ(none.arnFormat, ArnFormat::NO_RESOURCE_NAME);
  EXPECT_EQ(none.resource, Value("topic"));
  EXPECT_FALSE(none.resourceName);

  auto newStyle = Arn::split("arn:aws:apigateway:us-east-1::/restapis/abc", ArnFormat::SLASH_RESOURCE_NAME);
  EXPECT_EQ(newStyle.arnFormat, ArnFormat::SLASH_RESOURCE_SLASH_RESOURCE_NAME);
  EXPECT_EQ(newStyle.resource, Value("restapis"));
  EXPECT_EQ(newStyle.resourceName, Value("abc"));
  EXPECT_FALSE(newStyle.account->isNull());
  EXPECT_EQ(newStyle.account, Value(""));

  // NO_RESOURCE_NAME keeps a slash inside the resource.
  auto kept = Arn::split("arn:aws:s3:::bucket/key", ArnFormat::NO_RESOURCE_NAME);
  EXPECT_EQ(kept.resource, Value("bucket/key"));
  EXPECT_FALSE(kept.resourceName);
}

TEST_F(ArnTest, SplitThenFormatGivesTheArnBack) {
  for (const char* arn : {"arn:aws:iam::1:role/a/b", "arn:aws:logs:eu-west-1:1:log-group:g:*",
                          "arn:aws-cn:kms:cn-north-1:1:key/abc", "arn:aws:sns:us-east-1:1:topic"}) {
    auto c = Arn::split(arn, ArnFormat::SLASH_RESOURCE_NAME);
    EXPECT_EQ(render(Arn::format(c)), json(arn)) << arn;
  }
}

TEST_F(ArnTest, SplitRejectsWhatIsNotAnArn) {
  EXPECT_THROW_MSG(Arn::split("not-an-arn", ArnFormat::SLASH_RESOURCE_NAME), cdk::Error,
                   "ARNs must start with \"arn:\" and have at least 6 components: not-an-arn");
  EXPECT_THROW_MSG(Arn::split("arn::iam::1:role/x", ArnFormat::SLASH_RESOURCE_NAME), cdk::Error,
                   "The `partition` component (2nd component) of an ARN is required");
  EXPECT_THROW_MSG(Arn::split("arn:aws:::1:role/x", ArnFormat::SLASH_RESOURCE_NAME), cdk::Error,
                   "The `service` component (3rd component) of an ARN is required");
  EXPECT_THROW_MSG(Arn::split("arn:aws:iam::1", ArnFormat::SLASH_RESOURCE_NAME), cdk::Error,
                   "The `resource` component (6th component) of an ARN is required");
}

TEST_F(ArnTest, SplitTokenSelectsFromFnSplit) {
  auto& param = stack.make<cdk::CfnParameter>("Arn", cdk::CfnParameterProps{.type = "String"});
  const Value arn = param.valueAsString();
  auto c = Arn::split(arn, ArnFormat::SLASH_RESOURCE_NAME);
  const json split = json::parse(R"({"Fn::Split":[":",{"Ref":"Arn"}]})");
  EXPECT_EQ(render(*c.account), (json{{"Fn::Select", {4, split}}}));
  EXPECT_EQ(render(c.service), (json{{"Fn::Select", {2, split}}}));
  const json last = json{{"Fn::Split", {"/", json{{"Fn::Select", {5, split}}}}}};
  EXPECT_EQ(render(c.resource), (json{{"Fn::Select", {0, last}}}));
  EXPECT_EQ(render(*c.resourceName), (json{{"Fn::Select", {1, last}}}));

  auto colon = Arn::split(arn, ArnFormat::COLON_RESOURCE_NAME);
  EXPECT_EQ(render(*colon.resourceName), (json{{"Fn::Select", {6, split}}}));
  auto slashSlash = Arn::split(arn, ArnFormat::SLASH_RESOURCE_SLASH_RESOURCE_NAME);
  EXPECT_EQ(render(slashSlash.resource), (json{{"Fn::Select", {1, last}}}));
  EXPECT_EQ(render(*slashSlash.resourceName), (json{{"Fn::Select", {2, last}}}));
}

TEST_F(ArnTest, ExtractResourceName) {
  EXPECT_EQ(Arn::extractResourceName("arn:aws:iam::1:role/path/name", "role"), Value("path/name"));
  EXPECT_THROW_MSG(Arn::extractResourceName("arn:aws:iam::1:user/u", "role"), cdk::Error,
                   "Expected resource type 'role' in ARN, got 'user' in 'arn:aws:iam::1:user/u'");
  EXPECT_THROW_MSG(Arn::extractResourceName("arn:aws:iam::1:role", "role"), cdk::Error,
                   "Expected resource name in ARN, didn't find one: 'arn:aws:iam::1:role'");
  auto& param = stack.make<cdk::CfnParameter>("P", cdk::CfnParameterProps{.type = "String"});
  EXPECT_EQ(render(Arn::extractResourceName(param.valueAsString(), "role")),
            json::parse(R"({"Fn::Select":[1,{"Fn::Split":[":role/",{"Ref":"P"}]}]})"));
}

}  // namespace
