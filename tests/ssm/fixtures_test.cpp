// The programs of tests/ssm/fixtures/*.ts in C++: the same templates (parameters included) and warnings as
// aws-cdk-lib 2.276 gave for them, and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/sns.hpp"
#include "cdk/ssm.hpp"
#include "fixture_programs.hpp"

namespace {

namespace iam = cdk::iam;
namespace ssm = cdk::ssm;
using cdkpp_test::FixtureProgram;

void defaults(cdk::Stack& stack) {
  auto& parameter = stack.make<ssm::StringParameter>("Parameter", {.stringValue = "https://api.example.com"});
  stack.make<cdk::CfnOutput>("Name", {.value = parameter.parameterName()});
  stack.make<cdk::CfnOutput>("Arn", {.value = parameter.parameterArn()});
  stack.make<cdk::CfnOutput>("Value", {.value = parameter.stringValue()});
  stack.make<cdk::CfnOutput>("Type", {.value = parameter.parameterType()});
}

void options(cdk::Stack& stack) {
  auto& url = stack.make<ssm::StringParameter>("ApiUrl", {.allowedPattern = "^https://[a-z.]+$",
                                                          .dataType = ssm::ParameterDataType::TEXT,
                                                          .description = "Base URL of the patient API",
                                                          .parameterName = "/health/dev/api-url",
                                                          .stringValue = "https://api.health.example.com",
                                                          .tier = ssm::ParameterTier::ADVANCED});
  auto& flag = stack.make<ssm::StringParameter>(
      "Flag", {.parameterName = "health-feature-flag", .stringValue = "on", .tier = ssm::ParameterTier::STANDARD});
  auto& topic = stack.make<cdk::sns::Topic>("Alerts");
  auto& topicArn = stack.make<ssm::StringParameter>("TopicArn", {.allowedPattern = "^arn:.*$",
                                                                 .parameterName = "/health/dev/alerts-topic",
                                                                 .stringValue = topic.topicArn(),
                                                                 .tier = ssm::ParameterTier::INTELLIGENT_TIERING});
  auto& role = stack.make<iam::Role>("Reader",
                                     {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  url.grantRead(role);
  flag.grantRead(role);
  topicArn.grantRead(role);
  stack.make<cdk::CfnOutput>("UrlArn", {.value = url.parameterArn()});
  stack.make<cdk::CfnOutput>("FlagArn", {.value = flag.parameterArn()});
  stack.make<cdk::CfnOutput>("FlagName", {.value = flag.parameterName()});
}

void valueFor(cdk::Stack& stack) {
  const cdk::Value host = ssm::StringParameter::valueForStringParameter(stack, "/health/dev/db-host");
  auto& nested = stack.make<cdk::Construct>("Nested");
  const cdk::Value again = ssm::StringParameter::valueForStringParameter(nested, "/health/dev/db-host");
  const cdk::Value port = ssm::StringParameter::valueForStringParameter(stack, "db-port");
  const cdk::Value pinned = ssm::StringParameter::valueForStringParameter(stack, "/health/dev/db-name", 3);
  stack.make<ssm::StringParameter>("Copy", {.stringValue = host});
  stack.make<cdk::CfnOutput>("Host", {.value = host});
  stack.make<cdk::CfnOutput>("HostAgain", {.value = again});
  stack.make<cdk::CfnOutput>("Port", {.value = port});
  stack.make<cdk::CfnOutput>("Pinned", {.value = pinned});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "ssm-defaults", .build = defaults},
      {.name = "ssm-options", .build = options},
      {.name = "ssm-value-for", .build = valueFor},
  };
  return list;
}

class SsmFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(SsmFixtures, SameTemplateAndWarningsAsAwsCdkLib) { cdkpp_test::expectProgramMatchesFixture("ssm", GetParam()); }

INSTANTIATE_TEST_SUITE_P(Programs, SsmFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(SsmFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
