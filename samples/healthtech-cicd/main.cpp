// Seed 004 (HealthTech CI/CD): `healthtech-cicd [--output DIR] [--context KEY=VALUE]... [--diagram]`. The template
// is written as JSON and, as the seed's is, as YAML (HealthTechCicd.template.yaml).
#include <cstdlib>
#include <optional>
#include <string>

#include <cdk/core.hpp>
#include <cdk/runner/run_app.hpp>

#include "healthtech_cicd_stack.hpp"

int main(int argc, char** argv) {
  return cdk::runApp(
      argc, argv,
      [](cdk::App& app) {
        const char* account = std::getenv("CDK_DEFAULT_ACCOUNT");
        // The environment is chosen at deployment (the EnvironmentSuffix parameter), so the stack's name is fixed.
        app.make<healthtech::HealthTechCicdStack>(
            "HealthTechCicd",
            cdk::StackProps{
                .description = "HealthTech Solutions: secure CI/CD pipeline for a healthcare SaaS platform (seed 004)",
                .env = cdk::Environment{.account =
                                            account && *account ? std::optional<std::string>(account) : std::nullopt,
                                        .region = "eu-south-1"},
            });
      },
      {.yaml = true});
}
