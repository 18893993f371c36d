#include "cdk/rds/instance.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/rds.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "core/js_number.hpp"
#include "core/text_scanner.hpp"
#include "rds/database_defaults.hpp"

namespace cdk::rds {

constexpr auto kStorageTypeNames = cdk::enumNames<StorageType>({
    {StorageType::STANDARD, "standard"},
    {StorageType::GP2, "gp2"},
    {StorageType::GP3, "gp3"},
    {StorageType::IO1, "io1"},
    {StorageType::IO2, "io2"},
});
std::string_view toString(StorageType type) noexcept { return cdk::nameOf(kStorageTypeNames, type); }

namespace {

/// aws-cdk-lib's defaultIops: none for gp2 and standard, as given for gp3, 1000 by default for io1 and io2.
std::optional<int> defaultIops(StorageType storageType, std::optional<int> iops) {
  switch (storageType) {
    case StorageType::STANDARD:
    case StorageType::GP2: return std::nullopt;
    case StorageType::GP3: return iops;
    case StorageType::IO1:
    case StorageType::IO2: return iops.value_or(1000);
  }
  return std::nullopt;
}

/// "postgres-15.4" (aws-cdk-lib's engineDescription).
std::string engineDescription(const Engine& engine) {
  std::string description = engine.engineType();
  if (engine.engineVersion() && engine.engineVersion()->fullVersion) {
    description += "-" + *engine.engineVersion()->fullVersion;
  }
  return description;
}

template <class T>
std::optional<cdk::Value> opt(const std::optional<T>& value) {
  if (!value) return std::nullopt;
  return cdk::Value(*value);
}

}  // namespace

// DatabaseInstanceBase

DatabaseInstanceBase::DatabaseInstanceBase(cdk::Construct& scope, std::string_view id) : cdk::Resource(scope, id) {}

DatabaseInstanceBase::~DatabaseInstanceBase() = default;

cdk::Value DatabaseInstanceBase::instanceArn() const {
  return stack().formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                            .resource = "db",
                            .resourceName = instanceIdentifier(),
                            .service = "rds"});
}

secretsmanager::SecretAttachmentTargetProps DatabaseInstanceBase::asSecretAttachmentTarget() const {
  return {.targetId = instanceIdentifier(), .targetType = secretsmanager::AttachmentTargetType::RDS_DB_INSTANCE};
}

iam::Grant DatabaseInstanceBase::grantConnect(const iam::IGrantable& grantee, const cdk::Value& dbUser) {
  if (enableIamAuthentication_ == false) {
    throw cdk::ConstructError(node().path(),
                              "Cannot grant connect when IAM authentication is disabled; remove iamAuthentication = "
                              "false (grantConnect turns it on)");
  }
  enableIamAuthentication_ = true;
  // The ARN of IAM database access names the resource id and the user, not the instance ARN.
  const cdk::Value arn = stack().formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                            .resource = "dbuser",
                                            .resourceName = instanceResourceId() + "/" + dbUser,
                                            .service = "rds-db"});
  return iam::Grant::addToPrincipal({.actions = {"rds-db:connect"}, .grantee = grantee, .resourceArns = {arn}});
}

cloudwatch::Metric DatabaseInstanceBase::metric(std::string metricName,
                                                const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/RDS", std::move(metricName),
                                         {{"DBInstanceIdentifier", instanceIdentifier()}}, options);
}

namespace {
const cloudwatch::MetricOptions AVERAGE{.statistic = "Average"};
}

cloudwatch::Metric DatabaseInstanceBase::metricCPUUtilization(const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/RDS", "CPUUtilization",
                                         {{"DBInstanceIdentifier", instanceIdentifier()}}, options, AVERAGE);
}

cloudwatch::Metric DatabaseInstanceBase::metricDatabaseConnections(const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/RDS", "DatabaseConnections",
                                         {{"DBInstanceIdentifier", instanceIdentifier()}}, options, AVERAGE);
}

cloudwatch::Metric DatabaseInstanceBase::metricFreeStorageSpace(const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/RDS", "FreeStorageSpace",
                                         {{"DBInstanceIdentifier", instanceIdentifier()}}, options, AVERAGE);
}

cloudwatch::Metric DatabaseInstanceBase::metricFreeableMemory(const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/RDS", "FreeableMemory",
                                         {{"DBInstanceIdentifier", instanceIdentifier()}}, options, AVERAGE);
}

cloudwatch::Metric DatabaseInstanceBase::metricReadIOPS(const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/RDS", "ReadIOPS", {{"DBInstanceIdentifier", instanceIdentifier()}},
                                         options, AVERAGE);
}

cloudwatch::Metric DatabaseInstanceBase::metricWriteIOPS(const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/RDS", "WriteIOPS",
                                         {{"DBInstanceIdentifier", instanceIdentifier()}}, options, AVERAGE);
}

// DatabaseInstanceNew

DatabaseInstanceNew::DatabaseInstanceNew(cdk::Construct& scope, std::string_view id)
    : DatabaseInstanceBase(scope, id) {}

DatabaseInstanceNew::~DatabaseInstanceNew() = default;

template <class Props>
void DatabaseInstanceNew::createCommon(const Props& props, CfnDBInstanceProps& cfn) {
  const std::string& path = node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (!props.vpc) fail("a database instance needs a VPC: pass vpc = <the VPC of the instance>");
  vpc_ = props.vpc.get();
  vpcPlacement_ = props.vpcSubnets;
  if (props.multiAz == true && props.availabilityZone) {
    fail(
        "Requesting a specific availability zone is not valid for Multi-AZ instances; remove availabilityZone or "
        "multiAz");
  }

  ISubnetGroup* subnetGroup = props.subnetGroup.get();
  if (!subnetGroup) {
    const std::optional<cdk::RemovalPolicy> helperPolicy =
        props.removalPolicy == cdk::RemovalPolicy::RETAIN ? std::optional(cdk::RemovalPolicy::RETAIN) : std::nullopt;
    subnetGroup = &make<SubnetGroup>(
        "SubnetGroup", SubnetGroupProps{.description = fmt::format("Subnet group for {} database", node().id()),
                                        .removalPolicy = helperPolicy,
                                        .vpc = props.vpc,
                                        .vpcSubnets = vpcPlacement_});
  }
  if (!props.securityGroups.empty()) {
    securityGroups_ = props.securityGroups;
  } else {
    securityGroups_.push_back(make<ec2::SecurityGroup>(
        "SecurityGroup",
        ec2::SecurityGroupProps{.description = fmt::format("Security group for {} database", node().id()),
                                .vpc = props.vpc}));
  }

  if (props.monitoringInterval && props.monitoringInterval->toSeconds() != 0) {
    monitoringRole_ = props.monitoringRole.get();
    if (!monitoringRole_) {
      monitoringRole_ = &make<iam::Role>(
          "MonitoringRole",
          iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("monitoring.rds.amazonaws.com"),
                         .managedPolicies = {iam::ManagedPolicy::fromAwsManagedPolicyName(
                             "service-role/AmazonRDSEnhancedMonitoringRole")}});
    }
  }

  const StorageType storageType = props.storageType.value_or(StorageType::GP2);
  const std::optional<int> iops = defaultIops(storageType, props.iops);
  if (props.storageThroughput && *props.storageThroughput != 0 && storageType != StorageType::GP3) {
    fail(
        fmt::format("The storage throughput can only be specified with GP3 storage type. Got {}. Use storageType = "
                    "rds::StorageType::GP3 or remove storageThroughput",
                    rds::toString(storageType)));
  }
  if (storageType == StorageType::GP3 && props.storageThroughput && *props.storageThroughput != 0 && iops &&
      *iops != 0 && static_cast<double>(*props.storageThroughput) / *iops > 0.25) {
    fail(fmt::format(
        "The maximum ratio of storage throughput to IOPS is 0.25. Got {}. Lower storageThroughput or raise iops",
        cdk::detail::jsNumber(static_cast<double>(*props.storageThroughput) / *iops)));
  }
  enableIamAuthentication_ = props.iamAuthentication;

  // 2.276: an explicit enablePerformanceInsights wins; otherwise a retention or a key turns it on.
  std::optional<bool> enablePerformanceInsights = props.enablePerformanceInsights;
  if (!enablePerformanceInsights && (props.performanceInsightRetention || props.performanceInsightEncryptionKey)) {
    enablePerformanceInsights = true;
  }

  std::optional<ParameterGroupConfig> parameterGroupConfig;
  if (props.parameterGroup) parameterGroupConfig = props.parameterGroup->bindToInstance();

  cfn.autoMinorVersionUpgrade = opt(props.autoMinorVersionUpgrade);
  if (props.multiAz != true) cfn.availabilityZone = opt(props.availabilityZone);
  if (props.backupRetention) cfn.backupRetentionPeriod = props.backupRetention->toDays();
  cfn.copyTagsToSnapshot = props.copyTagsToSnapshot;
  cfn.dbInstanceClass = "db." + props.instanceType.value_or(ec2::InstanceType("m5.large")).toString();
  if (props.instanceIdentifier) cfn.dbInstanceIdentifier = cdk::detail::toAsciiLower(*props.instanceIdentifier);
  cfn.dbSubnetGroupName = subnetGroup->subnetGroupName();
  cfn.deleteAutomatedBackups = opt(props.deleteAutomatedBackups);
  cfn.deletionProtection = opt(detail::defaultDeletionProtection(props.deletionProtection, props.removalPolicy));
  if (!props.cloudwatchLogsExports.empty()) {
    cfn.enableCloudwatchLogsExports = cdk::ValueList(props.cloudwatchLogsExports);
  }
  // grantConnect may turn IAM authentication on later.
  cfn.enableIamDatabaseAuthentication = cdk::Lazy::any(
      [this]() -> cdk::Value {
        return enableIamAuthentication_ ? cdk::Value(*enableIamAuthentication_) : cdk::Value(cdk::Value::List{});
      },
      {.omitEmptyArray = true});
  cfn.enablePerformanceInsights = opt(enablePerformanceInsights);
  cfn.iops = opt(iops);
  if (monitoringRole_) {
    cfn.monitoringInterval = props.monitoringInterval->toSeconds();
    cfn.monitoringRoleArn = monitoringRole_->roleArn();
  } else if (props.monitoringInterval) {
    cfn.monitoringInterval = props.monitoringInterval->toSeconds();
  }
  cfn.multiAz = opt(props.multiAz);
  if (parameterGroupConfig) cfn.dbParameterGroupName = parameterGroupConfig->parameterGroupName;
  if (props.performanceInsightEncryptionKey) {
    cfn.performanceInsightsKmsKeyId = props.performanceInsightEncryptionKey->keyArn();
  }
  if (enablePerformanceInsights == true) {
    cfn.performanceInsightsRetentionPeriod =
        static_cast<int>(props.performanceInsightRetention.value_or(PerformanceInsightRetention::DEFAULT));
  }
  // Port is a string property of AWS::RDS::DBInstance.
  if (props.port) cfn.port = std::to_string(*props.port);
  cfn.preferredBackupWindow = opt(props.preferredBackupWindow);
  cfn.preferredMaintenanceWindow = opt(props.preferredMaintenanceWindow);
  if (props.publiclyAccessible) {
    cfn.publiclyAccessible = *props.publiclyAccessible;
  } else if (vpcPlacement_) {
    cfn.publiclyAccessible = vpcPlacement_->subnetType == ec2::SubnetType::PUBLIC;
  }
  cfn.storageType = std::string(rds::toString(storageType));
  cfn.storageThroughput = opt(props.storageThroughput);
  cdk::Value::List securityGroupIds;
  for (const auto& group : securityGroups_) securityGroupIds.push_back(group->securityGroupId());
  cfn.vpcSecurityGroups = cdk::ValueList(std::move(securityGroupIds));
  cfn.maxAllocatedStorage = opt(props.maxAllocatedStorage);
}

void DatabaseInstanceNew::createResource(CfnDBInstanceProps cfn, std::optional<cdk::RemovalPolicy> removalPolicy) {
  resource_ = &make<CfnDBInstance>("Resource", std::move(cfn));
  resource_->applyRemovalPolicy(removalPolicy.value_or(cdk::RemovalPolicy::SNAPSHOT));
  std::vector<cdk::Handle<ec2::ISecurityGroup>> groups = securityGroups_;
  connections_ = ec2::Connections(
      {.defaultPort = ec2::Port::tcp(resource_->attrEndpointPort()), .securityGroups = std::move(groups)});
}

cdk::Value DatabaseInstanceNew::instanceIdentifier() const { return resource_->ref(); }

cdk::Value DatabaseInstanceNew::dbInstanceEndpointAddress() const { return resource_->attrEndpointAddress(); }

cdk::Value DatabaseInstanceNew::dbInstanceEndpointPort() const { return resource_->attrEndpointPort(); }

Endpoint DatabaseInstanceNew::instanceEndpoint() const {
  return Endpoint(resource_->attrEndpointAddress(), resource_->attrEndpointPort());
}

cdk::Value DatabaseInstanceNew::instanceResourceId() const { return resource_->attrDbiResourceId(); }

// DatabaseInstance

namespace {

const InstanceEngine& requireEngine(const cdk::Construct& scope, std::string_view id,
                                    const std::optional<InstanceEngine>& engine) {
  if (!engine) {
    const std::string& parent = scope.node().path();
    throw cdk::ConstructError(parent.empty() ? std::string(id) : parent + "/" + std::string(id),
                              "DatabaseInstance needs an engine: pass engine = rds::DatabaseInstanceEngine::postgres("
                              "{.version = rds::PostgresEngineVersion::VER_15_4}) or mysql(...)");
  }
  return *engine;
}

}  // namespace

DatabaseInstance::DatabaseInstance(cdk::Construct& scope, std::string_view id, DatabaseInstanceProps props)
    : DatabaseInstanceNew(scope, id), engine_(requireEngine(scope, id, props.engine)) {
  CfnDBInstanceProps cfn;
  createCommon(props, cfn);

  if (props.parameterGroup && !props.parameters.empty()) {
    throw cdk::ConstructError(node().path(), "You cannot specify both parameterGroup and parameters; keep one of them");
  }
  if (!props.parameters.empty()) {
    auto& group =
        make<ParameterGroup>("ParameterGroup", ParameterGroupProps{.engine = *engine_, .parameters = props.parameters});
    cfn.dbParameterGroupName = group.bindToInstance().parameterGroupName;
  }
  cfn.allocatedStorage = std::to_string(props.allocatedStorage.value_or(100));
  cfn.dbName = opt(props.databaseName);
  cfn.engine = engine_->engineType();
  if (engine_->engineVersion() && engine_->engineVersion()->fullVersion) {
    cfn.engineVersion = *engine_->engineVersion()->fullVersion;
  }

  const Credentials credentials = detail::renderCredentials(*this, engine_->defaultUsername(), props.credentials);
  if (props.storageEncryptionKey) cfn.kmsKeyId = props.storageEncryptionKey->keyArn();
  cfn.masterUsername = credentials.username();
  cfn.masterUserPassword = credentials.password();
  if (props.storageEncryptionKey) {
    cfn.storageEncrypted = true;
  } else {
    cfn.storageEncrypted = opt(props.storageEncrypted);
  }
  createResource(std::move(cfn), props.removalPolicy);

  if (credentials.secret()) secret_ = &credentials.secret()->attach(*this);
}

DatabaseInstance::~DatabaseInstance() = default;

iam::Grant DatabaseInstance::grantConnect(const iam::IGrantable& grantee) {
  if (!secret_) {
    throw cdk::ConstructError(node().path(),
                              "A secret or dbUser is required to grantConnect(); pass the database user: "
                              "grantConnect(grantee, \"<user>\")");
  }
  return DatabaseInstanceBase::grantConnect(grantee, secret_->secretValueFromJson("username"));
}

secretsmanager::SecretRotation& DatabaseInstance::addRotationSingleUser(RotationSingleUserOptions options) {
  if (!secret_) {
    throw cdk::ConstructError(node().path(),
                              "Cannot add single user rotation for an instance without secret. The credentials have "
                              "a literal password: give credentials with a secret (Credentials::fromUsername, "
                              "fromGeneratedSecret or fromSecret)");
  }
  constexpr std::string_view id = "RotationSingleUser";
  if (node().tryFindChild(id)) {
    throw cdk::ConstructError(node().path(),
                              "A single user rotation was already added to this instance. Call "
                              "addRotationSingleUser once (other users' secrets rotate with addRotationMultiUser)");
  }
  secretsmanager::SecretRotationProps props = detail::rotationProps(options, vpcPlacement_);
  props.application = engine_->singleUserRotationApplication();
  props.secret = *secret_;
  props.target = *this;
  props.vpc = *vpc_;
  return make<secretsmanager::SecretRotation>(id, std::move(props));
}

secretsmanager::SecretRotation& DatabaseInstance::addRotationMultiUser(std::string_view id,
                                                                       RotationMultiUserOptions options) {
  if (!secret_) {
    throw cdk::ConstructError(node().path(),
                              "Cannot add multi user rotation for an instance without secret. The credentials have a "
                              "literal password: give credentials with a secret (Credentials::fromUsername, "
                              "fromGeneratedSecret or fromSecret)");
  }
  secretsmanager::SecretRotationProps props = detail::rotationProps(options, vpcPlacement_);
  props.application = engine_->multiUserRotationApplication();
  props.masterSecret = *secret_;
  props.target = *this;
  props.vpc = *vpc_;
  return make<secretsmanager::SecretRotation>(id, std::move(props));
}

// DatabaseInstanceReadReplica

DatabaseInstanceReadReplica::DatabaseInstanceReadReplica(cdk::Construct& scope, std::string_view id,
                                                         DatabaseInstanceReadReplicaProps props)
    : DatabaseInstanceNew(scope, id) {
  const std::string& path = node().path();
  if (!props.sourceDatabaseInstance) {
    throw cdk::ConstructError(
        path, "DatabaseInstanceReadReplica needs sourceDatabaseInstance: pass the instance to replicate");
  }
  if (!props.instanceType) {
    throw cdk::ConstructError(path,
                              "DatabaseInstanceReadReplica needs an instanceType: pass e.g. instanceType = "
                              "ec2::InstanceType::of(ec2::InstanceClass::R6G, ec2::InstanceSize::LARGE)");
  }
  CfnDBInstanceProps cfn;
  createCommon(props, cfn);
  const auto& sourceEngine = props.sourceDatabaseInstance->engine();
  if (sourceEngine && !sourceEngine->supportsReadReplicaBackups() && props.backupRetention) {
    throw cdk::ConstructError(
        path, fmt::format("Cannot set 'backupRetention', as engine '{}' does not support automatic backups for read "
                          "replicas; remove backupRetention",
                          engineDescription(*sourceEngine)));
  }
  // An ARN, not an identifier, so that the source may be in another region.
  cfn.sourceDbInstanceIdentifier = props.sourceDatabaseInstance->instanceArn();
  if (props.storageEncryptionKey) cfn.kmsKeyId = props.storageEncryptionKey->keyArn();
  if (props.storageEncryptionKey) {
    cfn.storageEncrypted = true;
  } else {
    cfn.storageEncrypted = opt(props.storageEncrypted);
  }
  if (props.allocatedStorage) cfn.allocatedStorage = std::to_string(*props.allocatedStorage);
  createResource(std::move(cfn), props.removalPolicy);
}

DatabaseInstanceReadReplica::~DatabaseInstanceReadReplica() = default;

}  // namespace cdk::rds
