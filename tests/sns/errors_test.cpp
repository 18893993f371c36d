// Bad input: aws-cdk-lib's errors (messages from tests/sns/fixtures/sns-error-*.error.txt) and cdkpp's own
// checks, each naming the construct path (subscribers are not constructs: cdk::Error).
#include <functional>

#include <gtest/gtest.h>

#include "cdk/sns.hpp"
#include "cdk/sns_subscriptions.hpp"
#include "data_test_util.hpp"

namespace {

namespace sns = cdk::sns;
namespace subscriptions = cdk::subscriptions;
using datatest::Fixture;

std::string fixtureError(const std::string& name) { return datatest::fixtureError("sns", name); }

using datatest::expectConstructError;

TEST(SnsErrors, ContentBasedDeduplicationWithoutFifo) {
  expectConstructError([](Fixture& f) { f.stack->make<sns::Topic>("Topic", {.contentBasedDeduplication = true}); },
                       "TapStackdev/Topic", fixtureError("sns-error-dedup-without-fifo"));
  expectConstructError(
      [](Fixture& f) {
        sns::Topic::fromTopicAttributes(
            *f.stack, "Imported",
            {.contentBasedDeduplication = true, .topicArn = "arn:aws:sns:ap-southeast-1:123456789012:plain"});
      },
      "TapStackdev", fixtureError("sns-error-import-dedup-not-fifo"));
}

TEST(SnsErrors, DisplayNameTooLong) {
  expectConstructError([](Fixture& f) { f.stack->make<sns::Topic>("Topic", {.displayName = std::string(101, 'x')}); },
                       "TapStackdev/Topic", fixtureError("sns-error-display-name"));
  Fixture f;
  EXPECT_NO_THROW(f.stack->make<sns::Topic>("Topic", {.displayName = std::string(100, 'x')}));
}

TEST(SnsErrors, FifoOnlyOptionsAndSignatureVersion) {
  expectConstructError([](Fixture& f) { f.stack->make<sns::Topic>("Topic", {.messageRetentionPeriodInDays = 7}); },
                       "TapStackdev/Topic", "`messageRetentionPeriodInDays` is only valid for FIFO SNS topics.");
  expectConstructError(
      [](Fixture& f) { f.stack->make<sns::Topic>("Topic", {.fifo = true, .messageRetentionPeriodInDays = 366}); },
      "TapStackdev/Topic", "`messageRetentionPeriodInDays` must be an integer between 1 and 365");
  expectConstructError([](Fixture& f) { f.stack->make<sns::Topic>("Topic", {.signatureVersion = "3"}); },
                       "TapStackdev/Topic", "signatureVersion must be \"1\" or \"2\", received: \"3\"");
}

TEST(SnsErrors, UrlSubscriptions) {
  EXPECT_THROW_MSG(subscriptions::UrlSubscription("ftp://example.com/alerts"), cdk::Error,
                   fixtureError("sns-error-url-scheme"));
  Fixture f;
  auto& url = f.stack->make<cdk::CfnParameter>("Url");
  EXPECT_THROW_MSG(subscriptions::UrlSubscription(url.valueAsString()), cdk::Error,
                   fixtureError("sns-error-url-token-without-protocol"));
  EXPECT_NO_THROW(subscriptions::UrlSubscription(url.valueAsString(), {.protocol = sns::SubscriptionProtocol::HTTPS}));
}

TEST(SnsErrors, DuplicateSubscription) {
  expectConstructError(
      [](Fixture& f) {
        auto& topic = f.stack->make<sns::Topic>("Topic");
        topic.addSubscription(subscriptions::EmailSubscription("oncall@example.com"));
        topic.addSubscription(subscriptions::EmailSubscription("oncall@example.com", {.json = true}));
      },
      "TapStackdev/Topic", fixtureError("sns-error-duplicate-subscription"));
  expectConstructError(
      [](Fixture& f) {
        auto& topic = f.stack->make<sns::Topic>("Topic");
        topic.addSubscription(subscriptions::UrlSubscription("https://example.com/a/b"));
        topic.addSubscription(subscriptions::UrlSubscription("https://example.com/a/b"));
      },
      "TapStackdev/Topic", "A subscription with id \"https://example.com/a/b\" already exists");
}

TEST(SnsErrors, TopicPolicyAndSubscriptionNeedTheirParts) {
  expectConstructError([](Fixture& f) { f.stack->make<sns::TopicPolicy>("Policy", {}); }, "TapStackdev/Policy",
                       "TopicPolicy needs topics");
  expectConstructError(
      [](Fixture& f) {
        auto& topic = f.stack->make<sns::Topic>("Topic");
        f.stack->make<sns::Subscription>("Sub",
                                         {.endpoint = "arn:aws:firehose:ap-southeast-1:123456789012:deliverystream/x",
                                          .protocol = sns::SubscriptionProtocol::FIREHOSE,
                                          .topic = topic});
      },
      "TapStackdev/Sub", "Subscription role arn is required field for subscriptions with a firehose protocol.");
  expectConstructError([](Fixture& f) { sns::Topic::fromTopicArn(*f.stack, "Imported", "not-an-arn"); }, "TapStackdev",
                       "'not-an-arn' is not a topic ARN");
}

}  // namespace
