#include "rds/database_defaults.hpp"

#include <utility>
#include <vector>

#include "cdk/core/errors.hpp"
#include "cdk/kms/key.hpp"

namespace cdk::rds::detail {

Credentials renderCredentials(cdk::Construct& scope, const std::optional<std::string>& defaultUsername,
                              const std::optional<Credentials>& credentials) {
  Credentials rendered = credentials ? *credentials : Credentials::fromUsername(defaultUsername.value_or("admin"));
  if (rendered.secret() || rendered.password()) return rendered;
  if (!rendered.username().isString()) {
    throw cdk::ConstructError(scope.node().path(),
                              "the master user name of a generated secret must be a literal string");
  }
  // A user name that must stay a literal (fromGeneratedSecret) lets the secret be replaced safely when the
  // password criteria change.
  const bool usernameAsString = credentials && credentials->usernameAsString();
  std::vector<secretsmanager::ReplicaRegion> replicaRegions = rendered.replicaRegions();
  auto& secret = scope.make<DatabaseSecret>(
      "Secret",
      DatabaseSecretProps{.encryptionKey = rendered.encryptionKey() ? cdk::Handle<kms::IKey>(*rendered.encryptionKey())
                                                                    : cdk::Handle<kms::IKey>(),
                          .excludeCharacters = rendered.excludeCharacters(),
                          .replaceOnPasswordCriteriaChanges = usernameAsString,
                          .replicaRegions = std::move(replicaRegions),
                          .secretName = rendered.secretName(),
                          .username = rendered.username().asString()});
  return Credentials::fromSecret(secret,
                                 usernameAsString ? std::optional(rendered.username().asString()) : std::nullopt);
}

std::optional<bool> defaultDeletionProtection(std::optional<bool> deletionProtection,
                                              std::optional<cdk::RemovalPolicy> removalPolicy) {
  if (deletionProtection) return deletionProtection;
  if (removalPolicy == cdk::RemovalPolicy::RETAIN) return true;
  return std::nullopt;
}

namespace {

template <class Options>
secretsmanager::SecretRotationProps commonRotationProps(const Options& options,
                                                        const std::optional<ec2::SubnetSelection>& vpcSubnets) {
  return {.automaticallyAfter = options.automaticallyAfter,
          .endpoint = options.endpoint,
          .excludeCharacters = options.excludeCharacters.value_or(std::string(DEFAULT_PASSWORD_EXCLUDE_CHARS)),
          .rotateImmediatelyOnUpdate = options.rotateImmediatelyOnUpdate,
          .securityGroup = options.securityGroup,
          .vpcSubnets = options.vpcSubnets ? options.vpcSubnets : vpcSubnets};
}

}  // namespace

secretsmanager::SecretRotationProps rotationProps(const RotationSingleUserOptions& options,
                                                  const std::optional<ec2::SubnetSelection>& vpcSubnets) {
  return commonRotationProps(options, vpcSubnets);
}

secretsmanager::SecretRotationProps rotationProps(const RotationMultiUserOptions& options,
                                                  const std::optional<ec2::SubnetSelection>& vpcSubnets) {
  secretsmanager::SecretRotationProps props = commonRotationProps(options, vpcSubnets);
  props.secret = options.secret;
  return props;
}

}  // namespace cdk::rds::detail
