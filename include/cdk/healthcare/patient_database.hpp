// PatientDatabase: the PostgreSQL database of a healthcare application, secure by default.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/instance_types.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/healthcare/environment_profile.hpp"
#include "cdk/rds/cluster_engine.hpp"
#include "cdk/rds/endpoint.hpp"
#include "cdk/rds/instance_engine.hpp"

namespace cdk::ec2 {
class IVpc;
}
namespace cdk::kms {
class IKey;
}
namespace cdk::rds {
class DatabaseCluster;
class DatabaseInstance;
class DatabaseInstanceReadReplica;
}  // namespace cdk::rds
namespace cdk::secretsmanager {
class ISecret;
class SecretRotation;
}  // namespace cdk::secretsmanager

namespace cdk::healthcare {

class BackupPolicy;

/// An RDS for PostgreSQL instance (with read replicas), or an Aurora PostgreSQL cluster.
enum class PatientDatabaseEngine { POSTGRES, AURORA_POSTGRES };

struct PatientDatabaseProps {
  /// Storage of an RDS instance in GiB (gp3); default 100. Not for Aurora.
  std::optional<int> allocatedStorage{};
  /// Default AuroraPostgresEngineVersion::VER_17_6 (AURORA_POSTGRES only).
  std::optional<rds::AuroraPostgresEngineVersion> auroraPostgresVersion{};
  /// The AWS Backup policy that covers the database; default a new one, the child "Backup".
  cdk::Handle<BackupPolicy> backupPolicy{};
  /// Automated backups (1 to 35 days); default the profile's backupRetention.
  std::optional<cdk::Duration> backupRetention{};
  /// A database created with the instance or cluster.
  std::optional<std::string> databaseName{};
  /// Default the profile's deletionProtection; false needs noDeletionProtectionReason.
  std::optional<bool> deletionProtection{};
  /// The key of the storage and of the credentials' secret; default a new key with rotation, the child "Key".
  cdk::Handle<kms::IKey> encryptionKey{};
  PatientDatabaseEngine engine = PatientDatabaseEngine::POSTGRES;
  /// The RDS instance's identifier, e.g. "medzen-ehrbase-postgres" (RDS instance only: 1 to 63 letters, digits and
  /// hyphens, beginning with a letter); its logs go to /aws/rds/instance/<identifier>/postgresql. Default a
  /// generated one.
  std::optional<std::string> instanceIdentifier{};
  /// Default the profile's databaseInstanceType.
  std::optional<ec2::InstanceType> instanceType{};
  /// The master user; default "postgres".
  std::optional<std::string> masterUsername{};
  /// Storage autoscaling up to this many GiB (RDS instance only).
  std::optional<int> maxAllocatedStorage{};
  /// Enhanced monitoring every 1, 5, 10, 15, 30 or 60 seconds.
  cdk::Duration monitoringInterval = cdk::Duration::seconds(60);
  /// Default the profile's multiAz; false needs singleAzReason. For Aurora, Multi-AZ means a reader at least.
  std::optional<bool> multiAz{};
  /// Why the database may be deleted without turning deletion protection off first; default the profile's.
  std::optional<std::string> noDeletionProtectionReason{};
  /// The port, rendered, and the default port of connections() (a literal, so security group rules can be judged).
  int port = 5432;
  /// Default PostgresEngineVersion::VER_17_6 (POSTGRES only).
  std::optional<rds::PostgresEngineVersion> postgresVersion{};
  /// "hh24:mi-hh24:mi" in UTC.
  std::string preferredBackupWindow = "03:00-04:00";
  /// "ddd:hh24:mi-ddd:hh24:mi" in UTC, outside the backup window.
  std::string preferredMaintenanceWindow = "sun:04:30-sun:05:30";
  /// Default the prod preset.
  EnvironmentProfile profile{};
  /// Read replicas (RDS) or readers (Aurora), 0 to 15; default the profile's readReplicas.
  std::optional<int> readReplicas{};
  /// The credentials' secret is rotated this often (4 hours to 1000 days).
  cdk::Duration rotationAfter = cdk::Duration::days(30);
  /// Why the database may run in one availability zone; default the profile's.
  std::optional<std::string> singleAzReason{};
  /// The VPC (required), e.g. SecureVpc's vpc().
  cdk::Handle<ec2::IVpc> vpc{};
  /// Default the isolated subnets ({.subnetType = PRIVATE_ISOLATED}); never public ones.
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// The database of a healthcare application: RDS for PostgreSQL (an instance and the profile's read replicas) or
/// Aurora PostgreSQL (a writer and readers), in the isolated subnets, its storage and the credentials' secret
/// encrypted with a customer key, the secret rotated by the engine's rotation application, Multi-AZ, deletion
/// protection, automated backups in a backup window, the engine's logs exported, enhanced monitoring, minor
/// version upgrades, and an AWS Backup plan. Nothing may connect to it until connections() allows it (the rotation
/// function is allowed in); its rules name the port as a literal.
///
/// Children: "Key" (unless given); "Instance" (rds::DatabaseInstance) and "Replica1", "Replica2", ... sharing its
/// security group, or "Cluster" (rds::DatabaseCluster, instances "Writer", "Reader1", ...); "Rotation"
/// (secretsmanager::SecretRotation); "Backup" (BackupPolicy, unless given).
///
/// Acknowledged: HIPAA.Security-RDSMultiAZSupport and -RDSInstanceDeletionProtectionEnabled when the profile or a
/// prop turns them off (with their reason); HIPAA.Security-RDSStorageEncrypted on read replicas, which inherit
/// their source's encryption and may not say so (CloudFormation forbids StorageEncrypted with
/// SourceDBInstanceIdentifier, cfn-lint E3020).
///
/// Bad props throw cdk::ConstructError with the construct path and what to change.
class CDKPP_API PatientDatabase : public cdk::Construct, public ec2::IConnectable {
 public:
  using Props = PatientDatabaseProps;
  PatientDatabase(cdk::Construct& scope, std::string_view id, PatientDatabaseProps props);
  ~PatientDatabase() override;

  /// The database's security group, with the default port `port` (a literal).
  ec2::Connections connections() const override { return connections_; }
  /// The RDS instance; nullptr for Aurora.
  rds::DatabaseInstance* instance() const noexcept { return instance_; }
  const std::vector<rds::DatabaseInstanceReadReplica*>& replicas() const noexcept { return replicas_; }
  /// The Aurora cluster; nullptr for an RDS instance.
  rds::DatabaseCluster* cluster() const noexcept { return cluster_; }
  /// The writer's address and the port.
  rds::Endpoint endpoint() const;
  /// The credentials (JSON with engine, host, port, username, password, dbname).
  secretsmanager::ISecret& secret() const noexcept { return *secret_; }
  kms::IKey& key() const noexcept { return *key_; }
  secretsmanager::SecretRotation& rotation() const noexcept { return *rotation_; }
  BackupPolicy& backupPolicy() const noexcept { return *backupPolicy_; }
  int port() const noexcept { return port_; }
  const EnvironmentProfile& profile() const noexcept { return profile_; }

 private:
  EnvironmentProfile profile_;
  int port_;
  kms::IKey* key_ = nullptr;
  rds::DatabaseInstance* instance_ = nullptr;
  std::vector<rds::DatabaseInstanceReadReplica*> replicas_;
  rds::DatabaseCluster* cluster_ = nullptr;
  secretsmanager::ISecret* secret_ = nullptr;
  secretsmanager::SecretRotation* rotation_ = nullptr;
  BackupPolicy* backupPolicy_ = nullptr;
  ec2::Connections connections_;
};

}  // namespace cdk::healthcare
