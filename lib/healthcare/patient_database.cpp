#include "cdk/healthcare/patient_database.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "cdk/cfn/rds.hpp"
#include "cdk/compliance/acknowledge.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/healthcare/backup_policy.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/rds/cluster.hpp"
#include "cdk/rds/credentials.hpp"
#include "cdk/rds/instance.hpp"
#include "cdk/secretsmanager/secret_rotation.hpp"
#include "healthcare/secure_defaults.hpp"

namespace cdk::healthcare {

namespace {

void validate(const cdk::Construct& scope, const PatientDatabaseProps& props, int readReplicas) {
  const std::string path = scope.node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  detail::checkProfile(scope, props.profile);
  if (!props.vpc) fail("vpc is required: pass the VPC of the database (e.g. SecureVpc's vpc())");
  if (props.vpcSubnets && props.vpcSubnets->subnetType == ec2::SubnetType::PUBLIC) {
    fail(
        "vpcSubnets selects public subnets; a database of PHI goes in isolated subnets: remove vpcSubnets (the "
        "default is PRIVATE_ISOLATED) or select private ones");
  }
  if (readReplicas < 0 || readReplicas > 15) {
    fail(fmt::format("readReplicas is {}; give 0 to 15", readReplicas));
  }
  const bool aurora = props.engine == PatientDatabaseEngine::AURORA_POSTGRES;
  if (aurora && props.postgresVersion) {
    fail("postgresVersion is the version of an RDS for PostgreSQL instance; for Aurora give auroraPostgresVersion");
  }
  if (!aurora && props.auroraPostgresVersion) {
    fail(
        "auroraPostgresVersion is the version of Aurora PostgreSQL; for an RDS instance give postgresVersion, or set "
        "engine = PatientDatabaseEngine::AURORA_POSTGRES");
  }
  if (props.instanceIdentifier) {
    if (aurora) {
      fail("instanceIdentifier names an RDS instance; Aurora's instances are named by the cluster: remove it");
    }
    const std::string& name = *props.instanceIdentifier;
    const bool valid = !name.empty() && name.size() <= 63 && std::isalpha(static_cast<unsigned char>(name.front())) &&
                       name.back() != '-' && name.find("--") == std::string::npos &&
                       std::all_of(name.begin(), name.end(),
                                   [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
    if (!valid) {
      fail(
          fmt::format("instanceIdentifier '{}' is no DB instance identifier; give 1 to 63 letters, digits and "
                      "hyphens, beginning with a letter, without two hyphens in a row or one at the end",
                      name));
    }
  }
  if (aurora && (props.allocatedStorage || props.maxAllocatedStorage)) {
    fail(
        "allocatedStorage and maxAllocatedStorage are for RDS instances; Aurora's storage grows by itself: remove "
        "them");
  }
  const auto interval = props.monitoringInterval.toMilliseconds();
  const bool allowed =
      interval % 1000 == 0 && (interval / 1000 == 1 || interval / 1000 == 5 || interval / 1000 == 10 ||
                               interval / 1000 == 15 || interval / 1000 == 30 || interval / 1000 == 60);
  if (!allowed) {
    fail(
        fmt::format("monitoringInterval is {} ms; give 1, 5, 10, 15, 30 or 60 seconds (enhanced monitoring stays on: "
                    "HIPAA.Security-RDSEnhancedMonitoringEnabled)",
                    interval));
  }
  if (props.backupRetention) {
    const auto days = props.backupRetention->toMilliseconds() / 86'400'000;
    if (days < 1 || days > 35) {
      fail(
          fmt::format("backupRetention is {} days; give 1 to 35 (automated backups stay on: "
                      "HIPAA.Security-RDSInstanceBackupEnabled)",
                      days));
    }
  }
}

}  // namespace

PatientDatabase::PatientDatabase(cdk::Construct& scope, std::string_view id, PatientDatabaseProps props)
    : cdk::Construct(scope, id), profile_(props.profile), port_(props.port) {
  const int readReplicas = props.readReplicas.value_or(profile_.readReplicas);
  validate(*this, props, readReplicas);
  const bool multiAz = props.multiAz.value_or(profile_.multiAz);
  const bool deletionProtection = props.deletionProtection.value_or(profile_.deletionProtection);
  // A weakened default carries its reason, which becomes the acknowledgement of the rule it breaks.
  std::string singleAzReason;
  if (!multiAz) {
    singleAzReason = detail::requireReason(*this, props.singleAzReason ? props.singleAzReason : profile_.singleAzReason,
                                           "multiAz is false", "singleAzReason", "leave multiAz at true");
  }
  std::string noDeletionProtectionReason;
  if (!deletionProtection) {
    noDeletionProtectionReason = detail::requireReason(
        *this,
        props.noDeletionProtectionReason ? props.noDeletionProtectionReason : profile_.noDeletionProtectionReason,
        "deletionProtection is false", "noDeletionProtectionReason", "leave deletionProtection at true");
  }
  const ec2::SubnetSelection vpcSubnets =
      props.vpcSubnets.value_or(ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_ISOLATED});
  const ec2::InstanceType instanceType = props.instanceType.value_or(profile_.databaseInstanceType);
  const cdk::Duration backupRetention = props.backupRetention.value_or(profile_.backupRetention);

  key_ = props.encryptionKey.get();
  if (!key_) {
    key_ = &make<kms::Key>("Key", {.description = "Database of " + node().path(),
                                   .enableKeyRotation = true,
                                   .removalPolicy = detail::withoutSnapshot(profile_.removalPolicy)});
  }
  const rds::Credentials credentials =
      rds::Credentials::fromGeneratedSecret(props.masterUsername.value_or("postgres"), {.encryptionKey = *key_});

  std::vector<cdk::Construct*> databaseResources;  // what the acknowledgements of weakened defaults go on
  const secretsmanager::SecretRotationApplication* application = nullptr;
  if (props.engine == PatientDatabaseEngine::AURORA_POSTGRES) {
    // Aurora is Multi-AZ with a reader in another availability zone.
    std::vector<rds::ClusterInstance> readers;
    const int readerCount = std::max(readReplicas, multiAz ? 1 : 0);
    for (int i = 1; i <= readerCount; ++i) {
      readers.push_back(rds::ClusterInstance::provisioned(
          fmt::format("Reader{}", i), {.instanceType = instanceType, .options = {.autoMinorVersionUpgrade = true}}));
    }
    const rds::ClusterEngine engine = rds::DatabaseClusterEngine::auroraPostgres(
        {.version = props.auroraPostgresVersion.value_or(rds::AuroraPostgresEngineVersion::VER_17_6)});
    cluster_ = &make<rds::DatabaseCluster>(
        "Cluster",
        {.backup = rds::BackupProps{.preferredWindow = props.preferredBackupWindow, .retention = backupRetention},
         .cloudwatchLogsExports = {"postgresql"},
         .credentials = credentials,
         .defaultDatabaseName = props.databaseName,
         .deletionProtection = deletionProtection,
         .engine = engine,
         .monitoringInterval = props.monitoringInterval,
         .port = props.port,
         .preferredMaintenanceWindow = props.preferredMaintenanceWindow,
         .readers = std::move(readers),
         .removalPolicy = profile_.removalPolicy,
         .storageEncryptionKey = *key_,
         .vpc = props.vpc,
         .vpcSubnets = vpcSubnets,
         .writer = rds::ClusterInstance::provisioned(
             "Writer", {.instanceType = instanceType, .options = {.autoMinorVersionUpgrade = true}})});
    databaseResources.push_back(&cluster_->cfnDbCluster());
    secret_ = cluster_->secret();
    application = &engine.singleUserRotationApplication();
  } else {
    const rds::InstanceEngine engine = rds::DatabaseInstanceEngine::postgres(
        {.version = props.postgresVersion.value_or(rds::PostgresEngineVersion::VER_17_6)});
    instance_ =
        &make<rds::DatabaseInstance>("Instance", {.allocatedStorage = props.allocatedStorage.value_or(100),
                                                  .autoMinorVersionUpgrade = true,
                                                  .backupRetention = backupRetention,
                                                  .cloudwatchLogsExports = {"postgresql", "upgrade"},
                                                  .credentials = credentials,
                                                  .databaseName = props.databaseName,
                                                  .deletionProtection = deletionProtection,
                                                  .engine = engine,
                                                  .instanceIdentifier = props.instanceIdentifier,
                                                  .instanceType = instanceType,
                                                  .maxAllocatedStorage = props.maxAllocatedStorage,
                                                  .monitoringInterval = props.monitoringInterval,
                                                  .multiAz = multiAz,
                                                  .port = props.port,
                                                  .preferredBackupWindow = props.preferredBackupWindow,
                                                  .preferredMaintenanceWindow = props.preferredMaintenanceWindow,
                                                  .removalPolicy = profile_.removalPolicy,
                                                  .storageEncryptionKey = *key_,
                                                  .storageType = rds::StorageType::GP3,
                                                  .vpc = props.vpc,
                                                  .vpcSubnets = vpcSubnets});
    databaseResources.push_back(&instance_->cfnDbInstance());
    for (int i = 1; i <= readReplicas; ++i) {
      auto& replica = make<rds::DatabaseInstanceReadReplica>(
          fmt::format("Replica{}", i), {.autoMinorVersionUpgrade = true,
                                        .cloudwatchLogsExports = {"postgresql", "upgrade"},
                                        .deletionProtection = deletionProtection,
                                        .instanceType = instanceType,
                                        .monitoringInterval = props.monitoringInterval,
                                        .multiAz = multiAz,
                                        .preferredMaintenanceWindow = props.preferredMaintenanceWindow,
                                        .removalPolicy = profile_.removalPolicy,
                                        .securityGroups = instance_->securityGroups(),
                                        .sourceDatabaseInstance = *instance_,
                                        .storageType = rds::StorageType::GP3,
                                        .vpc = props.vpc,
                                        .vpcSubnets = vpcSubnets});
      compliance::acknowledge(replica.cfnDbInstance(),
                              {.id = "HIPAA.Security-RDSStorageEncrypted",
                               .reason = "Read replica: encrypted with its source's key, which it inherits; "
                                         "CloudFormation forbids StorageEncrypted beside SourceDBInstanceIdentifier "
                                         "(cfn-lint E3020)."});
      replicas_.push_back(&replica);
      databaseResources.push_back(&replica.cfnDbInstance());
    }
    if (!multiAz) {
      for (auto* resource : databaseResources) {
        compliance::acknowledge(*resource, {.id = "HIPAA.Security-RDSMultiAZSupport", .reason = singleAzReason});
      }
    }
    secret_ = instance_->secret();
    application = &engine.singleUserRotationApplication();
  }
  if (!deletionProtection) {
    for (auto* resource : databaseResources) {
      compliance::acknowledge(*resource, {.id = "HIPAA.Security-RDSInstanceDeletionProtectionEnabled",
                                          .reason = noDeletionProtectionReason});
    }
  }

  // The port as a literal: cdk-nag cannot judge a rule whose port is the Endpoint.Port attribute the L2 uses.
  connections_ =
      ec2::Connections({.defaultPort = ec2::Port::tcp(props.port),
                        .securityGroups = cluster_ ? cluster_->securityGroups() : instance_->securityGroups()});
  rotation_ = &make<secretsmanager::SecretRotation>(
      "Rotation", {.application = *application,
                   .automaticallyAfter = props.rotationAfter,
                   .excludeCharacters = std::string(rds::DEFAULT_PASSWORD_EXCLUDE_CHARS),
                   .secret = *secret_,
                   .target = *this,
                   .vpc = props.vpc,
                   .vpcSubnets = vpcSubnets});

  backupPolicy_ = props.backupPolicy.get();
  if (!backupPolicy_) backupPolicy_ = &make<BackupPolicy>("Backup", {.profile = profile_});
  if (cluster_) {
    backupPolicy_->addDatabaseCluster(*cluster_);
  } else {
    backupPolicy_->addDatabaseInstance(*instance_);
    for (auto* replica : replicas_) backupPolicy_->addDatabaseInstance(*replica);
  }
}

PatientDatabase::~PatientDatabase() = default;

rds::Endpoint PatientDatabase::endpoint() const {
  return cluster_ ? cluster_->clusterEndpoint() : instance_->instanceEndpoint();
}

}  // namespace cdk::healthcare
