// Options of the secret rotations of a database (aws-cdk-lib's rds.RotationSingleUserOptions and
// rds.RotationMultiUserOptions, with what they share from CommonRotationUserOptions).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/duration.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/secretsmanager/secret_rotation.hpp"

namespace cdk::ec2 {
class IInterfaceVpcEndpoint;
class ISecurityGroup;
}  // namespace cdk::ec2

namespace cdk::secretsmanager {
class ISecret;
}

namespace cdk::rds {

/// addRotationSingleUser: the master user's password is rotated with its own credentials.
struct RotationSingleUserOptions {
  /// How long after a rotation the next one is due: 4 hours to 1000 days; default 30 days.
  std::optional<cdk::Duration> automaticallyAfter{};
  /// A Secrets Manager interface endpoint for the rotation function; default the service's public name.
  cdk::Handle<ec2::IInterfaceVpcEndpoint> endpoint{};
  /// Characters kept out of new passwords; default DEFAULT_PASSWORD_EXCLUDE_CHARS (those of the generated one).
  std::optional<std::string> excludeCharacters{};
  /// RotateImmediatelyOnUpdate of the schedule; default the service's (true).
  std::optional<bool> rotateImmediatelyOnUpdate{};
  /// The rotation function's security group; default a new one, the child "SecurityGroup" of the rotation.
  cdk::Handle<ec2::ISecurityGroup> securityGroup{};
  /// The rotation function's subnets; default the database's vpcSubnets (else the VPC's default selection).
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// addRotationMultiUser: another user's password is rotated with the master user's credentials.
struct RotationMultiUserOptions {
  std::optional<cdk::Duration> automaticallyAfter{};
  cdk::Handle<ec2::IInterfaceVpcEndpoint> endpoint{};
  std::optional<std::string> excludeCharacters{};
  std::optional<bool> rotateImmediatelyOnUpdate{};
  /// The user's secret (required): JSON with username, password and masterarn (the ARN of the database's
  /// secret), attached to the database, e.g. DatabaseSecret{.masterSecret = db.secret()}.attach(db).
  cdk::Handle<secretsmanager::ISecret> secret{};
  cdk::Handle<ec2::ISecurityGroup> securityGroup{};
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

}  // namespace cdk::rds
