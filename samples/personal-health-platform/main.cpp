// Seed 001 (Personal Health Platform): `personal-health-platform [--output DIR] [--context KEY=VALUE]...` writes the
// stacks PersonalHealth-dev, PersonalHealth-staging and PersonalHealth-prod. Context: environment=NAME (one of them
// only), certificateArn=ARN (HTTPS with a redirect), alertEmail=ADDRESS (subscribed to the alarms),
// cacheTokenRotationFunction=NAME (the Lambda function rotating the cache's AUTH token).
#include <cstdlib>
#include <optional>
#include <string>

#include <cdk/core.hpp>
#include <cdk/runner/run_app.hpp>

#include "personal_health_stack.hpp"

namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? std::optional<std::string>(value) : std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  return cdk::runApp(argc, argv, [](cdk::App& app) {
    const auto context = [&app](const char* key) { return app.node().tryGetContext<std::string>(key); };
    const auto only = context("environment");
    if (only && *only != "dev" && *only != "staging" && *only != "prod") {
      throw cdk::Error("--context environment=" + *only +
                       ": give dev, staging or prod (or leave it out for all three)");
    }
    for (const char* name : {"dev", "staging", "prod"}) {
      if (only && *only != name) continue;
      app.make<personalhealth::PersonalHealthStack>(
          std::string("PersonalHealth-") + name,
          personalhealth::PersonalHealthStackProps{
              .stack = {.description = std::string("Personal Health Platform, ") + name + " environment (seed 001)",
                        .env = cdk::Environment{.account = env("CDK_DEFAULT_ACCOUNT"),
                                                .region = env("CDK_DEFAULT_REGION").value_or("us-east-1")}},
              .profile = cdk::healthcare::EnvironmentProfile::fromName(name),
              .certificateArn = context("certificateArn"),
              .alertEmail = context("alertEmail"),
              .cacheTokenRotationFunction = context("cacheTokenRotationFunction")});
    }
  });
}
