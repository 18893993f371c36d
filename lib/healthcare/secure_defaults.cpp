#include "healthcare/secure_defaults.hpp"

#include <fmt/format.h>

#include "cdk/core/arn.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/kms/key.hpp"

namespace cdk::healthcare::detail {

void checkProfile(const cdk::Construct& scope, const EnvironmentProfile& profile) {
  const auto problems = profile.problems();
  if (problems.empty()) return;
  throw cdk::ConstructError(scope.node().path(),
                            fmt::format("profile '{}': {}", profile.name, fmt::join(problems, "; ")));
}

const std::string& requireReason(const cdk::Construct& scope, const std::optional<std::string>& reason,
                                 std::string_view weakened, std::string_view reasonProp, std::string_view remedy) {
  if (!reason || reason->size() < 10) {
    throw cdk::ConstructError(
        scope.node().path(),
        fmt::format("{} without a reason: set {} to why (at least 10 characters; it is recorded in the template as the "
                    "cdk-nag acknowledgement of the rule this breaks), or {}",
                    weakened, reasonProp, remedy));
  }
  return *reason;
}

cdk::RemovalPolicy withoutSnapshot(cdk::RemovalPolicy policy) noexcept {
  return policy == cdk::RemovalPolicy::SNAPSHOT ? cdk::RemovalPolicy::RETAIN : policy;
}

void allowCloudWatchLogs(kms::IKey& key) {
  const cdk::Stack& stack = cdk::Stack::of(key);
  const cdk::Value region = stack.region();
  // The regional principal, as CloudWatch Logs' documentation writes it; a token region makes it a token too.
  auto principal =
      region.isString()
          ? std::make_shared<iam::ServicePrincipal>(fmt::format("logs.{}.amazonaws.com", region.asString()))
          : std::make_shared<iam::ServicePrincipal>(cdk::Fn::join("", {"logs.", region, ".amazonaws.com"}));
  key.addToResourcePolicy(iam::PolicyStatement(
      {.actions = {"kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"},
       .conditions = {{"ArnLike", cdk::Value::map({{"kms:EncryptionContext:aws:logs:arn",
                                                    stack.formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                                                     .resource = "log-group",
                                                                     .resourceName = "*",
                                                                     .service = "logs"})}})}},
       .principals = {principal},
       .resources = {"*"}}));
}

}  // namespace cdk::healthcare::detail
