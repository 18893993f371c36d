// The programs of tests/sns/fixtures/*.ts in C++: the same templates and warnings as aws-cdk-lib 2.276 gave
// for them, and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/sns.hpp"
#include "cdk/sns_subscriptions.hpp"
#include "fixture_programs.hpp"

namespace {

namespace iam = cdk::iam;
namespace sns = cdk::sns;
namespace subscriptions = cdk::subscriptions;
using cdkpp_test::FixtureProgram;

void defaults(cdk::Stack& stack) {
  auto& topic = stack.make<sns::Topic>("Topic");
  stack.make<cdk::CfnOutput>("TopicArn", {.value = topic.topicArn()});
  stack.make<cdk::CfnOutput>("TopicName", {.value = topic.topicName()});
}

void options(cdk::Stack& stack) {
  auto& key = stack.make<cdk::kms::Key>("Key", {.enableKeyRotation = true});
  auto& topic = stack.make<sns::Topic>("Alerts", {.displayName = "Health platform alerts",
                                                  .enforceSSL = true,
                                                  .masterKey = key,
                                                  .topicName = "health-alerts-dev"});
  topic.addToResourcePolicy(
      iam::PolicyStatement({.actions = {"sns:Publish"},
                            .principals = {std::make_shared<iam::ServicePrincipal>("cloudwatch.amazonaws.com")},
                            .resources = {topic.topicArn()}}));
  auto& role = stack.make<iam::Role>("Publisher",
                                     {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  topic.grantPublish(role);

  auto& plain = stack.make<sns::Topic>("Plain");
  plain.addToResourcePolicy(iam::PolicyStatement({.actions = {"sns:Subscribe"},
                                                  .principals = {std::make_shared<iam::AccountRootPrincipal>()},
                                                  .resources = {plain.topicArn()}}));
  plain.grantPublish(role);
}

void fifo(cdk::Stack& stack) {
  stack.make<sns::Topic>("Orders", {.contentBasedDeduplication = true, .fifo = true, .topicName = "health-orders"});
  stack.make<sns::Topic>("Events", {.fifo = true, .topicName = "health-events.fifo"});
  stack.make<sns::Topic>("Unnamed", {.fifo = true});
}

void subscriptionsProgram(cdk::Stack& stack) {
  auto& topic = stack.make<sns::Topic>("Alerts");
  topic.addSubscription(subscriptions::EmailSubscription("oncall@example.com"));
  topic.addSubscription(subscriptions::EmailSubscription("audit@example.com", {.json = true}));
  topic.addSubscription(
      subscriptions::UrlSubscription("https://hooks.example.com/alerts", {.rawMessageDelivery = true}));
  topic.addSubscription(subscriptions::UrlSubscription("http://pager.example.com/notify"));
  auto& email = stack.make<cdk::CfnParameter>("AlertEmail", {.type = "String"});
  topic.addSubscription(subscriptions::EmailSubscription(email.valueAsString()));
  topic.addSubscription(subscriptions::EmailSubscription(email.valueAsString(), {.json = true}));
}

void importProgram(cdk::Stack& stack) {
  auto& topic = sns::Topic::fromTopicArn(stack, "Shared", "arn:aws:sns:ap-southeast-1:123456789012:shared-alerts");
  auto& role = stack.make<iam::Role>("Publisher",
                                     {.assumedBy = std::make_shared<iam::ServicePrincipal>("lambda.amazonaws.com")});
  topic.grantPublish(role);
  topic.addSubscription(subscriptions::EmailSubscription("oncall@example.com"));
  const auto result = topic.addToResourcePolicy(iam::PolicyStatement(
      {.actions = {"sns:Publish"}, .principals = {std::make_shared<iam::AnyPrincipal>()}, .resources = {"*"}}));
  stack.make<cdk::CfnOutput>("Added", {.value = result.statementAdded ? "true" : "false"});
  stack.make<cdk::CfnOutput>("Name", {.value = topic.topicName()});
  stack.make<cdk::CfnOutput>("Fifo", {.value = topic.fifo() ? "true" : "false"});
}

void topicPolicy(cdk::Stack& stack) {
  auto& a = stack.make<sns::Topic>("A");
  auto& b = stack.make<sns::Topic>("B");
  auto& policy = stack.make<sns::TopicPolicy>("Policy", {.enforceSSL = true, .topics = {a, b}});
  policy.document().addStatements(
      iam::PolicyStatement({.actions = {"sns:Publish"},
                            .principals = {std::make_shared<iam::ServicePrincipal>("events.amazonaws.com")},
                            .resources = {a.topicArn(), b.topicArn()}}));
  iam::PolicyDocument document(
      {.statements = {iam::PolicyStatement({.actions = {"sns:Subscribe"},
                                            .principals = {std::make_shared<iam::AccountRootPrincipal>()},
                                            .resources = {a.topicArn()}})}});
  stack.make<sns::TopicPolicy>("Given", {.policyDocument = document, .topics = {a}});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "sns-defaults", .build = defaults},
      {.name = "sns-options", .build = options},
      {.name = "sns-fifo", .build = fifo},
      {.name = "sns-subscriptions", .build = subscriptionsProgram},
      {.name = "sns-import", .build = importProgram},
      {.name = "sns-topic-policy",
       .build = topicPolicy,
       .lintAccepted = {{.rule = "E3512",
                         .reason = "enforceSSL gives each topic a deny statement with the same Sid, "
                                   "AllowPublishThroughSSLOnly, as aws-cdk-lib's TopicPolicy does"}}},
  };
  return list;
}

class SnsFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(SnsFixtures, SameTemplateAndWarningsAsAwsCdkLib) { cdkpp_test::expectProgramMatchesFixture("sns", GetParam()); }

INSTANTIATE_TEST_SUITE_P(Programs, SnsFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(SnsFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
