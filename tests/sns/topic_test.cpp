// Topics: names, keys, the topic policy made on first use, grants, subscriptions and imported topics.
#include <gtest/gtest.h>

#include "cdk/cfn/sns.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/sns.hpp"
#include "cdk/sns_subscriptions.hpp"
#include "data_test_util.hpp"

namespace {

namespace iam = cdk::iam;
namespace sns = cdk::sns;
namespace subscriptions = cdk::subscriptions;
using datatest::json;

iam::Role& role(cdk::Stack& stack) {
  return stack.make<iam::Role>("Role", {.assumedBy = std::make_shared<iam::ServicePrincipal>("lambda.amazonaws.com")});
}

TEST(SnsTopic, PolicyOnlyWhenAStatementNeedsIt) {
  datatest::Fixture f;
  auto& topic = f.stack->make<sns::Topic>("Topic");
  EXPECT_EQ(topic.policy(), nullptr);
  EXPECT_EQ(datatest::synthTemplate(f.app)["Resources"].size(), 1u);
  const auto result = topic.addToResourcePolicy(iam::PolicyStatement(
      {.actions = {"sns:Publish"}, .principals = {std::make_shared<iam::AccountRootPrincipal>()}, .resources = {"*"}}));
  EXPECT_TRUE(result.statementAdded);
  ASSERT_NE(topic.policy(), nullptr);
  EXPECT_EQ(result.policyDependable, topic.policy());
  EXPECT_EQ(topic.policy()->node().path(), "TapStackdev/Topic/Policy");
}

TEST(SnsTopic, FifoNames) {
  datatest::Fixture f;
  auto& named = f.stack->make<sns::Topic>("Named", {.fifo = true, .topicName = "orders"});
  auto& unnamed = f.stack->make<sns::Topic>("Unnamed", {.fifo = true});
  EXPECT_TRUE(named.fifo());
  EXPECT_FALSE(named.contentBasedDeduplication());
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Resources"][named.cfnTopic().logicalId()]["Properties"]["TopicName"], "orders.fifo");
  EXPECT_EQ(t["Resources"][unnamed.cfnTopic().logicalId()]["Properties"]["TopicName"],
            "TapStackdev-Unnamed-9FDFA79D.fifo");
}

TEST(SnsTopic, FalseIsRenderedWhenGiven) {
  datatest::Fixture f;
  f.stack->make<sns::Topic>("Topic", {.contentBasedDeduplication = false, .fifo = false});
  const json p = datatest::synthTemplate(f.app)["Resources"]["TopicBFC7AF6E"]["Properties"];
  EXPECT_EQ(p["FifoTopic"], false);
  EXPECT_EQ(p["ContentBasedDeduplication"], false);
}

TEST(SnsTopic, GrantSubscribe) {
  datatest::Fixture f;
  auto& topic = f.stack->make<sns::Topic>("Topic");
  topic.grantSubscribe(role(*f.stack));
  cdk::assertions::Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::IAM::Policy", cdk::Value::fromJson(nlohmann::json::parse(R"({"PolicyDocument": {"Statement": [
        {"Action": "sns:Subscribe", "Effect": "Allow", "Resource": {"Ref": "TopicBFC7AF6E"}}]}})")));
}

TEST(SnsTopic, ImportedTopicWithKey) {
  datatest::Fixture f;
  auto& topic = sns::Topic::fromTopicAttributes(
      *f.stack, "Orders",
      {.contentBasedDeduplication = true,
       .keyArn = "arn:aws:kms:ap-southeast-1:123456789012:key/11111111-2222-3333-4444-555555555555",
       .topicArn = "arn:aws:sns:ap-southeast-1:123456789012:orders.fifo"});
  EXPECT_TRUE(topic.fifo());
  EXPECT_TRUE(topic.contentBasedDeduplication());
  ASSERT_NE(topic.masterKey(), nullptr);
  EXPECT_EQ(topic.topicName(), cdk::Value("orders.fifo"));
  EXPECT_EQ(topic.env().account, cdk::Value("123456789012"));
  topic.grantPublish(role(*f.stack));
  const json statements = datatest::synthTemplate(
      f.app)["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]["Statement"];
  ASSERT_EQ(statements.size(), 2u) << statements.dump(1);
  EXPECT_EQ(statements[0]["Resource"], "arn:aws:sns:ap-southeast-1:123456789012:orders.fifo");
  EXPECT_EQ(statements[1]["Action"], json::parse(R"(["kms:Decrypt", "kms:GenerateDataKey*"])"));
}

TEST(SnsTopic, TokenSubscriptionsAreNumbered) {
  datatest::Fixture f;
  auto& topic = f.stack->make<sns::Topic>("Topic");
  auto& email = f.stack->make<cdk::CfnParameter>("Email");
  auto& first = topic.addSubscription(subscriptions::EmailSubscription(email.valueAsString()));
  auto& second = topic.addSubscription(subscriptions::EmailSubscription(email.valueAsString(), {.json = true}));
  EXPECT_EQ(first.node().id(), "TokenSubscription:1");
  EXPECT_EQ(second.node().id(), "TokenSubscription:2");
  auto& url = topic.addSubscription(
      subscriptions::UrlSubscription(email.valueAsString(), {.protocol = sns::SubscriptionProtocol::HTTPS}));
  EXPECT_EQ(url.node().id(), "TokenSubscription:3");
}

TEST(SnsTopic, SubscriptionOnItsOwn) {
  datatest::Fixture f;
  auto& topic = f.stack->make<sns::Topic>("Topic");
  f.stack->make<sns::Subscription>(
      "Sms", {.endpoint = "+6512345678", .protocol = sns::SubscriptionProtocol::SMS, .topic = topic});
  cdk::assertions::Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::SNS::Subscription",
      cdk::Value::fromJson(nlohmann::json::parse(
          R"({"Endpoint": "+6512345678", "Protocol": "sms", "TopicArn": {"Ref": "TopicBFC7AF6E"}})")));
}

}  // namespace
