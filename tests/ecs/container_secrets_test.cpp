// Container secrets from SSM parameters (ecs::Secret::fromSsmParameter) next to a Secrets Manager secret:
// the whole template compared with aws-cdk-lib 2.276's for tests/ecs/fixtures/ecs-ssm-secret.ts (ValueFrom is
// the parameter's ARN, the execution role may read each), and cfn-lint over it.
#include <gtest/gtest.h>

#include "cdk/secretsmanager.hpp"
#include "cdk/ssm.hpp"
#include "ecs_test_util.hpp"
#include "fixture_scenarios.hpp"

namespace {

using namespace ecstest;
using cdkpp_test::Scenario;

const std::vector<Scenario>& secretScenarios() {
  static const std::vector<Scenario> all{
      {"ecs-ssm-secret",
       [](cdk::Stack& stack) {
         auto& dbHost = stack.make<cdk::ssm::StringParameter>(
             "DbHost", {.parameterName = "/health/db-host", .stringValue = "db.internal"});
         auto& apiKey = cdk::ssm::StringParameter::fromStringParameterName(stack, "ApiKey", "/health/api-key");
         auto& password = stack.make<cdk::secretsmanager::Secret>("DbPassword", cdk::secretsmanager::SecretProps{});
         auto& taskDefinition = stack.make<ecs::FargateTaskDefinition>("TaskDef");
         taskDefinition.addContainer("app", {.image = nginx(),
                                             .secrets = {{"DB_HOST", ecs::Secret::fromSsmParameter(dbHost)},
                                                         {"API_KEY", ecs::Secret::fromSsmParameter(apiKey)},
                                                         {"DB_PASSWORD", ecs::Secret::fromSecretsManager(password)}}});
       }},
  };
  return all;
}

class EcsSecretFixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(EcsSecretFixtures, TemplateAndAnnotationsMatchAwsCdkLib) {
  cdkpp_test::expectScenarioMatchesFixture("ecs", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, EcsSecretFixtures, ::testing::ValuesIn(secretScenarios()),
                         cdkpp_test::scenarioTestName);

TEST(EcsSecretLint, EveryFixtureTemplatePassesCfnLint) { cdkpp_test::expectScenariosPassCfnLint(secretScenarios()); }

TEST(EcsSecret, SsmParameterSelectsNoJsonField) {
  Fixture f;
  auto& parameter = cdk::ssm::StringParameter::fromStringParameterName(*f.stack, "P", "/health/p");
  EXPECT_FALSE(ecs::Secret::fromSsmParameter(parameter).hasField());
}

}  // namespace
