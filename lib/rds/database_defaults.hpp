// Steps the rds constructs share (aws-cdk-lib's aws-rds/lib/private/util.ts). Internal: not installed.
#pragma once

#include <optional>
#include <string>

#include "cdk/core/construct.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/rds/credentials.hpp"
#include "cdk/rds/rotation_options.hpp"
#include "cdk/secretsmanager/secret_rotation.hpp"

namespace cdk::rds::detail {

/// The credentials a database uses (renderCredentials): `credentials`, or a user named `defaultUsername`
/// ("admin" when unset); without a secret or a password, a DatabaseSecret is created as the child "Secret" of
/// `scope` and the result reads the user name from it (or keeps the literal one, for fromGeneratedSecret and
/// fromPassword-style credentials). Throws cdk::ConstructError when a generated secret's user name is a token.
Credentials renderCredentials(cdk::Construct& scope, const std::optional<std::string>& defaultUsername,
                              const std::optional<Credentials>& credentials);

/// DeletionProtection: the given value, else true with RETAIN, else unset.
std::optional<bool> defaultDeletionProtection(std::optional<bool> deletionProtection,
                                              std::optional<cdk::RemovalPolicy> removalPolicy);

/// The props of a database's secret rotation (applyDefaultRotationOptions): the options, with
/// DEFAULT_PASSWORD_EXCLUDE_CHARS and the database's `vpcSubnets` where they leave those unset.
secretsmanager::SecretRotationProps rotationProps(const RotationSingleUserOptions& options,
                                                  const std::optional<ec2::SubnetSelection>& vpcSubnets);
secretsmanager::SecretRotationProps rotationProps(const RotationMultiUserOptions& options,
                                                  const std::optional<ec2::SubnetSelection>& vpcSubnets);

}  // namespace cdk::rds::detail
