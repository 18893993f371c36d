// Seed 003 (EHRbase on ECS Fargate and RDS PostgreSQL): `ehrbase [--output DIR] [--context KEY=VALUE]...`. Stack
// MedzenEhrbase; `--context certificateArn=ARN` serves HTTPS with a redirect, `--context alertEmail=ADDRESS`
// subscribes an email to the alarms.
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <cdk/core.hpp>
#include <cdk/runner/run_app.hpp>

#include "ehrbase_stack.hpp"

int main(int argc, char** argv) {
  return cdk::runApp(argc, argv, [](cdk::App& app) {
    // The account and region `cdk deploy` names (CDK_DEFAULT_*), else an account-agnostic stack in us-east-1, the
    // seed's region.
    const char* account = std::getenv("CDK_DEFAULT_ACCOUNT");
    const char* region = std::getenv("CDK_DEFAULT_REGION");
    const cdk::Environment where{.account = account && *account ? std::optional<std::string>(account) : std::nullopt,
                                 .region = region && *region ? std::string(region) : std::string("us-east-1")};
    const auto alertEmail = app.node().tryGetContext<std::string>("alertEmail");
    app.make<ehrbase::EhrbaseStack>(
        "MedzenEhrbase",
        {.stack = {.description = "EHRbase on ECS Fargate with RDS PostgreSQL (seed 003)", .env = where},
         .certificateArn = app.node().tryGetContext<std::string>("certificateArn"),
         .alertEmails = alertEmail ? std::vector<std::string>{*alertEmail} : std::vector<std::string>{}});
  });
}
