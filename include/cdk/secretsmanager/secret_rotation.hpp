// Secret rotation by an application of the Serverless Application Repository (aws-cdk-lib's
// secretsmanager.SecretRotationApplication and secretsmanager.SecretRotation).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ec2/subnet.hpp"

namespace cdk::ec2 {
class IConnectable;
class IInterfaceVpcEndpoint;
class ISecurityGroup;
class IVpc;
}  // namespace cdk::ec2

namespace cdk::sam {
class CfnApplication;
}

namespace cdk::secretsmanager {

class ISecret;

struct SecretRotationApplicationOptions {
  /// The semantic versions in partitions other than "aws" ({"aws-cn", "1.1.440"}, {"aws-us-gov", ...}). A
  /// partition not listed is not supported: a SecretRotation with the application then throws.
  std::vector<std::pair<std::string, std::string>> additionalSemanticVersions{};
  /// Whether the application rotates with the multi user scheme; default: its name ends with "MultiUser".
  std::optional<bool> isMultiUser{};
};

/// A rotation application of the Serverless Application Repository, published by AWS in the partitions
/// "aws", "aws-cn" and "aws-us-gov" under different accounts and versions. A value: copy it freely.
class CDKPP_API SecretRotationApplication {
 public:
  SecretRotationApplication(std::string applicationName, std::string awsSemanticVersion,
                            SecretRotationApplicationOptions options = {});

  // The applications of the database engines, with aws-cdk-lib 2.276's versions. Defined in the library; use
  // them at run time, not to initialise other statics.
  static const SecretRotationApplication MARIADB_ROTATION_SINGLE_USER;
  static const SecretRotationApplication MARIADB_ROTATION_MULTI_USER;
  static const SecretRotationApplication MYSQL_ROTATION_SINGLE_USER;
  static const SecretRotationApplication MYSQL_ROTATION_MULTI_USER;
  static const SecretRotationApplication ORACLE_ROTATION_SINGLE_USER;
  static const SecretRotationApplication ORACLE_ROTATION_MULTI_USER;
  static const SecretRotationApplication POSTGRES_ROTATION_SINGLE_USER;
  static const SecretRotationApplication POSTGRES_ROTATION_MULTI_USER;
  static const SecretRotationApplication SQLSERVER_ROTATION_SINGLE_USER;
  static const SecretRotationApplication SQLSERVER_ROTATION_MULTI_USER;
  static const SecretRotationApplication REDSHIFT_ROTATION_SINGLE_USER;
  static const SecretRotationApplication REDSHIFT_ROTATION_MULTI_USER;
  static const SecretRotationApplication MONGODB_ROTATION_SINGLE_USER;
  static const SecretRotationApplication MONGODB_ROTATION_MULTI_USER;
  static const SecretRotationApplication DB2_ROTATION_SINGLE_USER;
  static const SecretRotationApplication DB2_ROTATION_MULTI_USER;

  /// "arn:<partition>:serverlessrepo:<region>:<account>:applications/<name>" of the account that publishes the
  /// application in `partition` ("aws", "aws-cn" or "aws-us-gov"). Throws cdk::Error for another partition.
  std::string applicationArnForPartition(std::string_view partition) const;
  /// The version in `partition`. Throws cdk::Error for a partition the application has no version for.
  std::string semanticVersionForPartition(std::string_view partition) const;
  /// The ARN in the "aws" partition (aws-cdk-lib keeps it for compatibility).
  std::string applicationId() const { return applicationArnForPartition("aws"); }
  /// The version in the "aws" partition.
  std::string semanticVersion() const { return semanticVersionForPartition("aws"); }
  bool isMultiUser() const noexcept { return isMultiUser_; }
  const std::string& applicationName() const noexcept { return applicationName_; }

 private:
  std::string applicationName_;
  bool isMultiUser_;
  /// "aws" first, then the additional partitions.
  std::vector<std::pair<std::string, std::string>> partitionalSemanticVersions_;
};

struct SecretRotationProps {
  /// The rotation application (required), e.g. SecretRotationApplication::POSTGRES_ROTATION_SINGLE_USER.
  std::optional<SecretRotationApplication> application{};
  /// How long after a rotation the next one is due: 4 hours to 1000 days; default 30 days.
  std::optional<cdk::Duration> automaticallyAfter{};
  /// A Secrets Manager interface endpoint the rotation function calls; default the service's public name
  /// (https://secretsmanager.<region>.<urlSuffix>), which resolves to an endpoint with private DNS anyway.
  cdk::Handle<ec2::IInterfaceVpcEndpoint> endpoint{};
  /// Characters the rotation function keeps out of new passwords; default none.
  std::optional<std::string> excludeCharacters{};
  /// The secret whose user changes the passwords (multi user scheme; required with a multi user application).
  cdk::Handle<ISecret> masterSecret{};
  /// RotateImmediatelyOnUpdate of the schedule; default the service's (true).
  std::optional<bool> rotateImmediatelyOnUpdate{};
  /// The secret to rotate (required): JSON with engine, host, username, password (and masterarn for the multi
  /// user scheme), as a secret attached to a database has.
  cdk::Handle<ISecret> secret{};
  /// The security group of the rotation function; default a new one, the child "SecurityGroup".
  cdk::Handle<ec2::ISecurityGroup> securityGroup{};
  /// The database (required): its default port is opened to the rotation function's security group.
  cdk::Handle<const ec2::IConnectable> target{};
  /// The VPC of the rotation function (required).
  cdk::Handle<ec2::IVpc> vpc{};
  /// The subnets of the rotation function; default the VPC's default selection.
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// Rotation of a secret by a rotation application, built as aws-cdk-lib builds it: children "SecurityGroup"
/// (unless one is given; allowed into the target on its default port), "SARMapping" (the application's ARN and
/// version per partition), "Resource" (AWS::Serverless::Application, which adds the SAM transform to the
/// stack) and "RotationLambda" (the application's function, Outputs.RotationLambdaARN); the secret gets the
/// RotationSchedule "RotationSchedule". With a master secret, its deletion by the account root is denied.
class CDKPP_API SecretRotation : public cdk::Construct {
 public:
  using Props = SecretRotationProps;

  /// Throws cdk::ConstructError when something required is missing, when the target has no default port,
  /// for a multi user application without masterSecret, for an application without a version in "aws-cn" or
  /// "aws-us-gov", and for automaticallyAfter out of range (aws-cdk-lib's messages).
  SecretRotation(cdk::Construct& scope, std::string_view id, SecretRotationProps props);
  ~SecretRotation() override;

  sam::CfnApplication& cfnApplication() const noexcept { return *application_; }

 private:
  sam::CfnApplication* application_ = nullptr;
};

}  // namespace cdk::secretsmanager
