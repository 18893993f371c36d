// Steps the rds constructs share (aws-cdk-lib's aws-rds/lib/private/util.ts). Internal: not installed.
#pragma once

#include <optional>
#include <string>

#include "cdk/core/construct.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/rds/credentials.hpp"

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

}  // namespace cdk::rds::detail
