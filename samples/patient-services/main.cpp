// Seed 002 (patient services on Fargate): `patient-services [--output DIR] [--context KEY=VALUE]...`. Stacks
// PatientServices-dev and PatientServices-prod; `--context environment=dev` (or prod) makes one of them,
// `--context certificateArn=ARN` serves HTTPS with a redirect, `--context alertEmail=ADDRESS` subscribes an email.
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <cdk/core.hpp>
#include <cdk/runner/run_app.hpp>

#include "patient_services_stack.hpp"

int main(int argc, char** argv) {
  return cdk::runApp(argc, argv, [](cdk::App& app) {
    // The account and region `cdk deploy` names (CDK_DEFAULT_*), else an account-agnostic stack in us-east-1.
    const char* account = std::getenv("CDK_DEFAULT_ACCOUNT");
    const char* region = std::getenv("CDK_DEFAULT_REGION");
    const cdk::Environment where{.account = account && *account ? std::optional<std::string>(account) : std::nullopt,
                                 .region = region && *region ? std::string(region) : std::string("us-east-1")};
    const auto only = app.node().tryGetContext<std::string>("environment");
    const auto certificateArn = app.node().tryGetContext<std::string>("certificateArn");
    const auto alertEmail = app.node().tryGetContext<std::string>("alertEmail");
    if (only && *only != "dev" && *only != "prod") {
      throw cdk::Error("context environment is '" + *only + "'; give dev or prod (or leave it out for both)");
    }
    for (const std::string environment : {"dev", "prod"}) {
      if (only && *only != environment) continue;
      const std::string name = "PatientServices-" + environment;
      app.make<patient_services::PatientServicesStack>(
          name,
          {.stack = {.description = "Patient and appointment services, " + environment + " (seed 002)", .env = where},
           .environment = environment,
           .certificateArn = certificateArn,
           .alertEmails = alertEmail ? std::vector<std::string>{*alertEmail} : std::vector<std::string>{}});
    }
  });
}
