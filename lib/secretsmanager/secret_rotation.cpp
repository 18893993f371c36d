#include "cdk/secretsmanager/secret_rotation.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "cdk/core/aws.hpp"
#include "cdk/core/cfn_mapping.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/ec2/vpc_endpoint.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/lambda/function.hpp"
#include "cdk/sam/cfn_application.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "secretsmanager/comma_separated.hpp"

namespace cdk::secretsmanager {

// -------------------------------------------------------------------------------- SecretRotationApplication

SecretRotationApplication::SecretRotationApplication(std::string applicationName, std::string awsSemanticVersion,
                                                     SecretRotationApplicationOptions options)
    : applicationName_(std::move(applicationName)),
      isMultiUser_(options.isMultiUser.value_or(applicationName_.ends_with("MultiUser"))) {
  partitionalSemanticVersions_.emplace_back("aws", std::move(awsSemanticVersion));
  for (auto& [partition, version] : options.additionalSemanticVersions) {
    auto it = std::find_if(partitionalSemanticVersions_.begin(), partitionalSemanticVersions_.end(),
                           [&](const auto& entry) { return entry.first == partition; });
    if (it != partitionalSemanticVersions_.end()) {
      it->second = std::move(version);  // later entries win, as in the object spread of aws-cdk-lib
    } else {
      partitionalSemanticVersions_.emplace_back(std::move(partition), std::move(version));
    }
  }
}

namespace {
using App = SecretRotationApplication;
/// An application with its versions in "aws", "aws-cn" and "aws-us-gov".
App published(std::string name, std::string aws, std::string awsCn, std::string awsUsGov) {
  return App(std::move(name), std::move(aws),
             {.additionalSemanticVersions = {{"aws-cn", std::move(awsCn)}, {"aws-us-gov", std::move(awsUsGov)}}});
}
}  // namespace

// aws-cdk-lib 2.276's versions.
const App App::MARIADB_ROTATION_SINGLE_USER =
    published("SecretsManagerRDSMariaDBRotationSingleUser", "1.1.670", "1.1.442", "1.1.383");
const App App::MARIADB_ROTATION_MULTI_USER =
    published("SecretsManagerRDSMariaDBRotationMultiUser", "1.1.670", "1.1.441", "1.1.383");
const App App::MYSQL_ROTATION_SINGLE_USER =
    published("SecretsManagerRDSMySQLRotationSingleUser", "1.1.671", "1.1.440", "1.1.384");
const App App::MYSQL_ROTATION_MULTI_USER =
    published("SecretsManagerRDSMySQLRotationMultiUser", "1.1.671", "1.1.440", "1.1.383");
const App App::ORACLE_ROTATION_SINGLE_USER =
    published("SecretsManagerRDSOracleRotationSingleUser", "1.1.671", "1.1.441", "1.1.382");
const App App::ORACLE_ROTATION_MULTI_USER =
    published("SecretsManagerRDSOracleRotationMultiUser", "1.1.671", "1.1.441", "1.1.383");
const App App::POSTGRES_ROTATION_SINGLE_USER =
    published("SecretsManagerRDSPostgreSQLRotationSingleUser", "1.1.671", "1.1.440", "1.1.383");
const App App::POSTGRES_ROTATION_MULTI_USER =
    published("SecretsManagerRDSPostgreSQLRotationMultiUser", "1.1.671", "1.1.440", "1.1.383");
const App App::SQLSERVER_ROTATION_SINGLE_USER =
    published("SecretsManagerRDSSQLServerRotationSingleUser", "1.1.670", "1.1.441", "1.1.383");
const App App::SQLSERVER_ROTATION_MULTI_USER =
    published("SecretsManagerRDSSQLServerRotationMultiUser", "1.1.671", "1.1.441", "1.1.384");
const App App::REDSHIFT_ROTATION_SINGLE_USER =
    published("SecretsManagerRedshiftRotationSingleUser", "1.1.671", "1.1.441", "1.1.383");
const App App::REDSHIFT_ROTATION_MULTI_USER =
    published("SecretsManagerRedshiftRotationMultiUser", "1.1.671", "1.1.440", "1.1.383");
const App App::MONGODB_ROTATION_SINGLE_USER =
    published("SecretsManagerMongoDBRotationSingleUser", "1.1.671", "1.1.440", "1.1.384");
const App App::MONGODB_ROTATION_MULTI_USER =
    published("SecretsManagerMongoDBRotationMultiUser", "1.1.671", "1.1.441", "1.1.384");
const App App::DB2_ROTATION_SINGLE_USER =
    published("SecretsManagerRDSDb2RotationSingleUser", "1.1.271", "1.1.242", "1.1.222");
const App App::DB2_ROTATION_MULTI_USER =
    published("SecretsManagerRDSDb2RotationMultiUser", "1.1.272", "1.1.240", "1.1.223");

std::string SecretRotationApplication::applicationArnForPartition(std::string_view partition) const {
  // The accounts that publish the rotation applications, one per partition.
  if (partition == "aws") {
    return "arn:aws:serverlessrepo:us-east-1:297356227824:applications/" + applicationName_;
  }
  if (partition == "aws-cn") {
    return "arn:aws-cn:serverlessrepo:cn-north-1:193023089310:applications/" + applicationName_;
  }
  if (partition == "aws-us-gov") {
    return "arn:aws-us-gov:serverlessrepo:us-gov-west-1:023102451235:applications/" + applicationName_;
  }
  throw cdk::Error(fmt::format("unsupported partition: {}", partition));
}

std::string SecretRotationApplication::semanticVersionForPartition(std::string_view partition) const {
  for (const auto& [name, version] : partitionalSemanticVersions_) {
    if (name == partition) return version;
  }
  throw cdk::Error(fmt::format("unsupported partition: {}", partition));
}

// ----------------------------------------------------------------------------------------------- SecretRotation

namespace {

constexpr std::string_view kPartitions[] = {"aws", "aws-cn", "aws-us-gov"};

void require(const cdk::Construct& self, bool present, std::string_view what) {
  if (!present) throw cdk::ConstructError(self.node().path(), fmt::format("SecretRotation: {} is required", what));
}

/// The application's ARN and version in each partition: a missing version is an error of this rotation.
cdk::Value::Map partitionMapping(const cdk::Construct& self, const SecretRotationApplication& application) {
  cdk::Value::Map mapping;
  for (std::string_view partition : kPartitions) {
    try {
      mapping.emplace_back(std::string(partition),
                           cdk::Value::Map{{"applicationId", application.applicationArnForPartition(partition)},
                                           {"semanticVersion", application.semanticVersionForPartition(partition)}});
    } catch (const cdk::Error& e) {
      throw cdk::ConstructError(
          self.node().path(),
          fmt::format("{}: the rotation application '{}' needs a semantic version for each of aws, aws-cn and "
                      "aws-us-gov; give the others in SecretRotationApplicationOptions::additionalSemanticVersions",
                      e.message(), application.applicationName()));
    }
  }
  return mapping;
}

}  // namespace

SecretRotation::SecretRotation(cdk::Construct& scope, std::string_view id, SecretRotationProps props)
    : cdk::Construct(scope, id) {
  require(*this, props.application.has_value(), "application (the rotation application)");
  require(*this, static_cast<bool>(props.secret), "secret (the secret to rotate)");
  require(*this, static_cast<bool>(props.target), "target (the database)");
  require(*this, static_cast<bool>(props.vpc), "vpc (the VPC of the rotation function)");
  const SecretRotationApplication& app = *props.application;

  if (!props.target->connections().defaultPort()) {
    throw cdk::ConstructError(node().path(), "The `target` connections must have a default port range.");
  }
  if (app.isMultiUser() && !props.masterSecret) {
    throw cdk::ConstructError(node().path(),
                              "The `masterSecret` must be specified for application using the multi user scheme.");
  }

  // Lambda function names have at most 64 characters: the end of the unique id.
  const std::string uniqueId = cdk::Names::uniqueId(*this);
  const std::string functionName = uniqueId.size() > 64 ? uniqueId.substr(uniqueId.size() - 64) : uniqueId;

  ec2::ISecurityGroup& securityGroup =
      props.securityGroup ? *props.securityGroup : make<ec2::SecurityGroup>("SecurityGroup", {.vpc = props.vpc});
  props.target->connections().allowDefaultPortFrom(securityGroup);

  const cdk::Stack& stack = cdk::Stack::of(*this);
  cdk::Value endpoint("https://");
  if (props.endpoint) endpoint = endpoint + props.endpoint->vpcEndpointId() + ".";
  endpoint = endpoint + "secretsmanager." + stack.region() + "." + stack.urlSuffix();

  cdk::Value::Map parameters{
      {"endpoint", std::move(endpoint)},
      {"functionName", functionName},
      {"vpcSubnetIds",
       detail::commaSeparated(props.vpc->selectSubnets(props.vpcSubnets.value_or(ec2::SubnetSelection{})).subnetIds())},
      {"vpcSecurityGroupIds", securityGroup.securityGroupId()},
  };
  if (props.excludeCharacters) parameters.emplace_back("excludeCharacters", *props.excludeCharacters);
  if (kms::IKey* key = props.secret->encryptionKey()) parameters.emplace_back("kmsKeyArn", key->keyArn());
  if (props.masterSecret) {
    parameters.emplace_back("masterSecretArn", props.masterSecret->secretArn());
    if (kms::IKey* key = props.masterSecret->encryptionKey()) {
      parameters.emplace_back("masterSecretKmsKeyArn", key->keyArn());
    }
  }

  auto& mapping = make<cdk::CfnMapping>("SARMapping", {.mapping = partitionMapping(*this, app)});
  application_ = &make<sam::CfnApplication>(
      "Resource",
      sam::CfnApplicationProps{.location = toValue(sam::CfnApplication::ApplicationLocationProperty{
                                   .applicationId = mapping.findInMap(cdk::Aws::PARTITION, "applicationId"),
                                   .semanticVersion = mapping.findInMap(cdk::Aws::PARTITION, "semanticVersion")}),
                               .parameters = std::move(parameters)});
  application_->applyRemovalPolicy(cdk::RemovalPolicy::DESTROY);

  // The schedule refers to the application's function, so CloudFormation creates the application (and the
  // permission it gives Secrets Manager to invoke the function) first.
  auto& rotationLambda =
      lambda::Function::fromFunctionArn(*this, "RotationLambda", application_->getAtt("Outputs.RotationLambdaARN"));
  props.secret->addRotationSchedule("RotationSchedule", {.automaticallyAfter = props.automaticallyAfter,
                                                         .rotateImmediatelyOnUpdate = props.rotateImmediatelyOnUpdate,
                                                         .rotationLambda = rotationLambda});
  // A master secret in use by a rotation must not be deleted.
  if (props.masterSecret) props.masterSecret->denyAccountRootDelete();
}

SecretRotation::~SecretRotation() = default;

}  // namespace cdk::secretsmanager
