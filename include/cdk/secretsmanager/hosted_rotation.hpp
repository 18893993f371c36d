// Hosted rotation (aws-cdk-lib's secretsmanager.HostedRotation, HostedRotationType and the hosted rotation
// options): Secrets Manager creates the rotation function itself, from one of its rotation templates, when the
// template is deployed with the AWS::SecretsManager transform; the rotation schedule names the template and where the
// function runs (its HostedRotationLambda property).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/subnet.hpp"

namespace cdk {
class Construct;
}

namespace cdk::ec2 {
class ISecurityGroup;
class IVpc;
}  // namespace cdk::ec2

namespace cdk::secretsmanager {

class ISecret;

/// A rotation template of Secrets Manager (aws-cdk-lib's HostedRotationType): its RotationType name and whether it
/// uses the alternating users (multi user) scheme. A value: copy it freely.
class CDKPP_API HostedRotationType {
 public:
  static const HostedRotationType MYSQL_SINGLE_USER;
  static const HostedRotationType MYSQL_MULTI_USER;
  static const HostedRotationType POSTGRESQL_SINGLE_USER;
  static const HostedRotationType POSTGRESQL_MULTI_USER;
  static const HostedRotationType ORACLE_SINGLE_USER;
  static const HostedRotationType ORACLE_MULTI_USER;
  static const HostedRotationType MARIADB_SINGLE_USER;
  static const HostedRotationType MARIADB_MULTI_USER;
  static const HostedRotationType SQLSERVER_SINGLE_USER;
  static const HostedRotationType SQLSERVER_MULTI_USER;
  static const HostedRotationType REDSHIFT_SINGLE_USER;
  static const HostedRotationType REDSHIFT_MULTI_USER;
  static const HostedRotationType MONGODB_SINGLE_USER;
  static const HostedRotationType MONGODB_MULTI_USER;

  /// The RotationType value: "MySQLSingleUser", "PostgreSQLMultiUser", ...
  const std::string& name() const noexcept { return name_; }
  bool isMultiUser() const noexcept { return multiUser_; }

 private:
  HostedRotationType(std::string name, bool multiUser) : name_(std::move(name)), multiUser_(multiUser) {}
  std::string name_;
  bool multiUser_;
};

/// Where and how the rotation function of a single user template runs.
struct SingleUserHostedRotationOptions {
  /// Characters the new passwords must not have; default the excludeCharacters of the rotated secret's
  /// generateSecretString when it is a Secret created in the app, or else " %+~`#$&*()|[]{}:;<>?!'/@\"\\".
  std::optional<std::string> excludeCharacters{};
  /// RotationLambdaName; default a name CloudFormation generates.
  std::optional<cdk::Value> functionName{};
  /// The security groups of the function (needs vpc); default one new security group, the child "SecurityGroup" of
  /// the rotation schedule.
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  /// The VPC the function runs in; default none (the function is not in a VPC).
  cdk::Handle<ec2::IVpc> vpc{};
  /// The subnets of the function in the VPC; default the VPC's default selection.
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// Where and how the rotation function of a multi user (alternating users) template runs.
struct MultiUserHostedRotationOptions {
  std::optional<std::string> excludeCharacters{};
  std::optional<cdk::Value> functionName{};
  /// The secret of the user that creates the alternating users and changes their passwords (required).
  cdk::Handle<ISecret> masterSecret{};
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  cdk::Handle<ec2::IVpc> vpc{};
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// The HostedRotationLambda property a hosted rotation gives the rotation schedule it is bound to (aws-cdk-lib's
/// CfnRotationSchedule.HostedRotationLambdaProperty, as HostedRotation.bind returns it).
struct HostedRotationLambdaConfig {
  std::string excludeCharacters{};
  /// The key of the rotated secret.
  std::optional<cdk::Value> kmsKeyArn{};
  /// The master secret's full ARN, or its partial ARN followed by "-??????".
  std::optional<cdk::Value> masterSecretArn{};
  std::optional<cdk::Value> masterSecretKmsKeyArn{};
  std::optional<cdk::Value> rotationLambdaName{};
  std::string rotationType{};
  /// The security group ids, comma-separated.
  std::optional<cdk::Value> vpcSecurityGroupIds{};
  /// The subnet ids, comma-separated.
  std::optional<cdk::Value> vpcSubnetIds{};
};

/// A hosted rotation: a rotation template and where its function runs, for
/// `secret.addRotationSchedule(id, {.hostedRotation = HostedRotation::postgreSqlSingleUser({.vpc = vpc})})`.
///
/// A handle, as aws-cdk-lib's object is a reference: copies share one state, so the copy a program keeps knows the
/// security group bind() made, and `db.connections().allowDefaultPortFrom(rotation)` lets the function in.
class CDKPP_API HostedRotation final : public ec2::IConnectable {
 public:
  static HostedRotation mysqlSingleUser(SingleUserHostedRotationOptions options = {});
  static HostedRotation mysqlMultiUser(MultiUserHostedRotationOptions options);
  static HostedRotation postgreSqlSingleUser(SingleUserHostedRotationOptions options = {});
  static HostedRotation postgreSqlMultiUser(MultiUserHostedRotationOptions options);
  static HostedRotation oracleSingleUser(SingleUserHostedRotationOptions options = {});
  static HostedRotation oracleMultiUser(MultiUserHostedRotationOptions options);
  static HostedRotation mariaDbSingleUser(SingleUserHostedRotationOptions options = {});
  static HostedRotation mariaDbMultiUser(MultiUserHostedRotationOptions options);
  static HostedRotation sqlServerSingleUser(SingleUserHostedRotationOptions options = {});
  static HostedRotation sqlServerMultiUser(MultiUserHostedRotationOptions options);
  static HostedRotation redshiftSingleUser(SingleUserHostedRotationOptions options = {});
  static HostedRotation redshiftMultiUser(MultiUserHostedRotationOptions options);
  static HostedRotation mongoDbSingleUser(SingleUserHostedRotationOptions options = {});
  static HostedRotation mongoDbMultiUser(MultiUserHostedRotationOptions options);

  ~HostedRotation() override;
  HostedRotation(const HostedRotation&);
  HostedRotation& operator=(const HostedRotation&);

  /// Binds the rotation to `secret`, for the rotation schedule `scope`, as aws-cdk-lib does: adds the
  /// AWS::SecretsManager-2024-09-16 transform to the stack, makes the security group "SecurityGroup" under `scope`
  /// (in a VPC, without securityGroups), denies the account root the deletion of the master secret, and returns
  /// the HostedRotationLambda property. Throws cdk::ConstructError (the secret's path) for securityGroups without
  /// a vpc.
  HostedRotationLambdaConfig bind(ISecret& secret, cdk::Construct& scope);

  /// The security groups of the function. Throws cdk::Error when the rotation is not in a VPC, or not bound yet
  /// (aws-cdk-lib's messages).
  ec2::Connections connections() const override;
  const HostedRotationType& type() const noexcept;

 private:
  struct State;
  explicit HostedRotation(std::shared_ptr<State> state);
  static HostedRotation make(const HostedRotationType& type, SingleUserHostedRotationOptions options);
  static HostedRotation make(const HostedRotationType& type, MultiUserHostedRotationOptions options);

  std::shared_ptr<State> state_;
};

}  // namespace cdk::secretsmanager
