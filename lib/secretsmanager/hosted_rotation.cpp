#include "cdk/secretsmanager/hosted_rotation.hpp"

#include <utility>

#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "secretsmanager/comma_separated.hpp"

namespace cdk::secretsmanager {

const HostedRotationType HostedRotationType::MYSQL_SINGLE_USER{"MySQLSingleUser", false};
const HostedRotationType HostedRotationType::MYSQL_MULTI_USER{"MySQLMultiUser", true};
const HostedRotationType HostedRotationType::POSTGRESQL_SINGLE_USER{"PostgreSQLSingleUser", false};
const HostedRotationType HostedRotationType::POSTGRESQL_MULTI_USER{"PostgreSQLMultiUser", true};
const HostedRotationType HostedRotationType::ORACLE_SINGLE_USER{"OracleSingleUser", false};
const HostedRotationType HostedRotationType::ORACLE_MULTI_USER{"OracleMultiUser", true};
const HostedRotationType HostedRotationType::MARIADB_SINGLE_USER{"MariaDBSingleUser", false};
const HostedRotationType HostedRotationType::MARIADB_MULTI_USER{"MariaDBMultiUser", true};
const HostedRotationType HostedRotationType::SQLSERVER_SINGLE_USER{"SQLServerSingleUser", false};
const HostedRotationType HostedRotationType::SQLSERVER_MULTI_USER{"SQLServerMultiUser", true};
const HostedRotationType HostedRotationType::REDSHIFT_SINGLE_USER{"RedshiftSingleUser", false};
const HostedRotationType HostedRotationType::REDSHIFT_MULTI_USER{"RedshiftMultiUser", true};
const HostedRotationType HostedRotationType::MONGODB_SINGLE_USER{"MongoDBSingleUser", false};
const HostedRotationType HostedRotationType::MONGODB_MULTI_USER{"MongoDBMultiUser", true};

namespace {

/// The characters aws-cdk-lib keeps out of generated database passwords unless told otherwise: they trip up
/// shells, some engines (Oracle and '@') and other services (DMS).
constexpr const char* kDefaultPasswordExcludeCharacters = " %+~`#$&*()|[]{}:;<>?!'/@\"\\";

/// The transform that expands HostedRotationLambda into the rotation function (aws-cdk-lib 2.276's version).
constexpr const char* kSecretsManagerTransform = "AWS::SecretsManager-2024-09-16";

}  // namespace

struct HostedRotation::State {
  HostedRotationType type;
  std::optional<std::string> excludeCharacters;
  std::optional<cdk::Value> functionName;
  ISecret* masterSecret = nullptr;
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups;
  ec2::IVpc* vpc = nullptr;
  std::optional<ec2::SubnetSelection> vpcSubnets;
  /// The function's security groups, once bound in a VPC.
  std::optional<ec2::Connections> connections;
};

HostedRotation::HostedRotation(std::shared_ptr<State> state) : state_(std::move(state)) {}
HostedRotation::~HostedRotation() = default;
HostedRotation::HostedRotation(const HostedRotation&) = default;
HostedRotation& HostedRotation::operator=(const HostedRotation&) = default;

HostedRotation HostedRotation::make(const HostedRotationType& type, SingleUserHostedRotationOptions options) {
  return HostedRotation(std::make_shared<State>(State{.type = type,
                                                      .excludeCharacters = std::move(options.excludeCharacters),
                                                      .functionName = std::move(options.functionName),
                                                      .masterSecret = nullptr,
                                                      .securityGroups = std::move(options.securityGroups),
                                                      .vpc = options.vpc.get(),
                                                      .vpcSubnets = std::move(options.vpcSubnets),
                                                      .connections = std::nullopt}));
}

HostedRotation HostedRotation::make(const HostedRotationType& type, MultiUserHostedRotationOptions options) {
  // No construct is known yet: aws-cdk-lib's error here is unscoped too.
  if (!options.masterSecret) {
    throw cdk::Error(
        "The `masterSecret` must be specified when using the multi user scheme. Pass masterSecret = <the secret of "
        "the user that creates the alternating users and changes their passwords>, or use the single user "
        "template");
  }
  return HostedRotation(std::make_shared<State>(State{.type = type,
                                                      .excludeCharacters = std::move(options.excludeCharacters),
                                                      .functionName = std::move(options.functionName),
                                                      .masterSecret = options.masterSecret.get(),
                                                      .securityGroups = std::move(options.securityGroups),
                                                      .vpc = options.vpc.get(),
                                                      .vpcSubnets = std::move(options.vpcSubnets),
                                                      .connections = std::nullopt}));
}

HostedRotation HostedRotation::mysqlSingleUser(SingleUserHostedRotationOptions options) {
  return make(HostedRotationType::MYSQL_SINGLE_USER, std::move(options));
}
HostedRotation HostedRotation::mysqlMultiUser(MultiUserHostedRotationOptions options) {
  return make(HostedRotationType::MYSQL_MULTI_USER, std::move(options));
}
HostedRotation HostedRotation::postgreSqlSingleUser(SingleUserHostedRotationOptions options) {
  return make(HostedRotationType::POSTGRESQL_SINGLE_USER, std::move(options));
}
HostedRotation HostedRotation::postgreSqlMultiUser(MultiUserHostedRotationOptions options) {
  return make(HostedRotationType::POSTGRESQL_MULTI_USER, std::move(options));
}
HostedRotation HostedRotation::oracleSingleUser(SingleUserHostedRotationOptions options) {
  return make(HostedRotationType::ORACLE_SINGLE_USER, std::move(options));
}
HostedRotation HostedRotation::oracleMultiUser(MultiUserHostedRotationOptions options) {
  return make(HostedRotationType::ORACLE_MULTI_USER, std::move(options));
}
HostedRotation HostedRotation::mariaDbSingleUser(SingleUserHostedRotationOptions options) {
  return make(HostedRotationType::MARIADB_SINGLE_USER, std::move(options));
}
HostedRotation HostedRotation::mariaDbMultiUser(MultiUserHostedRotationOptions options) {
  return make(HostedRotationType::MARIADB_MULTI_USER, std::move(options));
}
HostedRotation HostedRotation::sqlServerSingleUser(SingleUserHostedRotationOptions options) {
  return make(HostedRotationType::SQLSERVER_SINGLE_USER, std::move(options));
}
HostedRotation HostedRotation::sqlServerMultiUser(MultiUserHostedRotationOptions options) {
  return make(HostedRotationType::SQLSERVER_MULTI_USER, std::move(options));
}
HostedRotation HostedRotation::redshiftSingleUser(SingleUserHostedRotationOptions options) {
  return make(HostedRotationType::REDSHIFT_SINGLE_USER, std::move(options));
}
HostedRotation HostedRotation::redshiftMultiUser(MultiUserHostedRotationOptions options) {
  return make(HostedRotationType::REDSHIFT_MULTI_USER, std::move(options));
}
HostedRotation HostedRotation::mongoDbSingleUser(SingleUserHostedRotationOptions options) {
  return make(HostedRotationType::MONGODB_SINGLE_USER, std::move(options));
}
HostedRotation HostedRotation::mongoDbMultiUser(MultiUserHostedRotationOptions options) {
  return make(HostedRotationType::MONGODB_MULTI_USER, std::move(options));
}

const HostedRotationType& HostedRotation::type() const noexcept { return state_->type; }

HostedRotationLambdaConfig HostedRotation::bind(ISecret& secret, cdk::Construct& scope) {
  State& s = *state_;
  cdk::Stack::of(scope).addTransform(kSecretsManagerTransform);
  if (!s.vpc && !s.securityGroups.empty()) {
    throw cdk::ConstructError(secret.node().path(),
                              "`vpc` must be specified when specifying `securityGroups`. Pass the vpc the rotation "
                              "function runs in, or remove securityGroups");
  }
  if (s.vpc) {
    std::vector<cdk::Handle<ec2::ISecurityGroup>> groups = s.securityGroups;
    if (groups.empty()) {
      groups.push_back(scope.make<ec2::SecurityGroup>("SecurityGroup", ec2::SecurityGroupProps{.vpc = *s.vpc}));
    }
    s.connections = ec2::Connections({.securityGroups = std::move(groups)});
  }
  // A master secret under rotation must not be deleted either.
  if (s.masterSecret) s.masterSecret->denyAccountRootDelete();

  HostedRotationLambdaConfig config;
  if (s.masterSecret) {
    // An imported secret known by its partial ARN: the rotation function's policy needs the suffix too.
    config.masterSecretArn =
        s.masterSecret->secretFullArn() ? s.masterSecret->secretArn() : s.masterSecret->secretArn() + "-??????";
    if (kms::IKey* key = s.masterSecret->encryptionKey()) config.masterSecretKmsKeyArn = key->keyArn();
  }
  const auto* created = dynamic_cast<const Secret*>(&secret);
  config.excludeCharacters = s.excludeCharacters                       ? *s.excludeCharacters
                             : created && created->excludeCharacters() ? *created->excludeCharacters()
                                                                       : std::string(kDefaultPasswordExcludeCharacters);
  if (kms::IKey* key = secret.encryptionKey()) config.kmsKeyArn = key->keyArn();
  config.rotationLambdaName = s.functionName;
  config.rotationType = s.type.name();
  if (s.connections) {
    std::vector<cdk::Value> ids;
    for (const auto& group : s.connections->securityGroups()) ids.push_back(group->securityGroupId());
    config.vpcSecurityGroupIds = detail::commaSeparated(ids);
  }
  if (s.vpc)
    config.vpcSubnetIds =
        detail::commaSeparated(s.vpc->selectSubnets(s.vpcSubnets.value_or(ec2::SubnetSelection{})).subnetIds());
  return config;
}

ec2::Connections HostedRotation::connections() const {
  if (!state_->vpc) {
    throw cdk::Error(
        "Cannot use connections for a hosted rotation that is not deployed in a VPC: pass vpc to the hosted "
        "rotation's options");
  }
  if (!state_->connections) {
    throw cdk::Error(
        "Cannot use connections for a hosted rotation that has not been bound to a secret: add it to a rotation "
        "schedule first (secret.addRotationSchedule(id, {.hostedRotation = ...}))");
  }
  return *state_->connections;
}

}  // namespace cdk::secretsmanager
