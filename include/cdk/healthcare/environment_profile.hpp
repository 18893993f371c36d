// Environment profiles: what differs between a team's dev, staging and prod environments (sizes, counts,
// retention, availability), as data the healthcare patterns take rather than branches in the program.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/ec2/instance_types.hpp"
#include "cdk/logs/log_group.hpp"

namespace cdk::healthcare {

/// The settings of one environment. The member defaults are the prod preset, so `EnvironmentProfile{}` and a
/// pattern without a profile are as safe as prod. The presets are seed 001's table (dev, staging, prod); a
/// team fills its own with designated initializers or starts from a preset and changes a field.
///
/// A setting that turns a secure default off (one availability zone, no deletion protection, a single cache node)
/// carries its reason here, and the pattern records it as the cdk-nag acknowledgement of the rule it breaks.
struct CDKPP_API EnvironmentProfile {
  /// Automated database backups are kept this long (whole days), and the AWS Backup plan's copies too.
  cdk::Duration backupRetention = cdk::Duration::days(30);
  /// ElastiCache snapshots are kept this long (whole days, 15 to 35: HIPAA.Security asks for at least 15).
  cdk::Duration cacheBackupRetention = cdk::Duration::days(30);
  std::string cacheNodeType = "cache.r6g.large";
  /// Replicas per shard (0 to 5); 0 means no failover, which needs singleCacheNodeReason.
  int cacheReplicasPerShard = 1;
  /// Shards (node groups); more than one turns cluster mode on.
  int cacheShards = 2;
  /// The database instance class, without "db." (as ec2::InstanceType names it).
  ec2::InstanceType databaseInstanceType{"r6g.large"};
  /// Deletion protection of databases; false needs noDeletionProtectionReason.
  bool deletionProtection = true;
  /// How long log groups keep their events.
  logs::RetentionDays logRetention = logs::RetentionDays::ONE_YEAR;
  /// Availability zones of the VPC.
  int maxAzs = 3;
  /// Scaling of each service: at most and at least this many tasks.
  int maxTasks = 20;
  int minTasks = 2;
  /// Multi-AZ databases; false needs singleAzReason.
  bool multiAz = true;
  /// "dev", "staging", "prod" or a name of the team's.
  std::string name = "prod";
  /// NAT gateways of the VPC (at most one per availability zone is created).
  int natGateways = 3;
  /// Why databases may be deleted without turning deletion protection off first (when deletionProtection is false).
  std::optional<std::string> noDeletionProtectionReason{};
  /// Read replicas of an RDS PostgreSQL instance.
  int readReplicas = 1;
  /// What happens to databases when they leave the stack; resources that keep no snapshot (keys, log groups,
  /// buckets) are retained for SNAPSHOT.
  cdk::RemovalPolicy removalPolicy = cdk::RemovalPolicy::RETAIN;
  /// Why databases may run in one availability zone (when multiAz is false).
  std::optional<std::string> singleAzReason{};
  /// Why the session cache may run without a replica (when cacheReplicasPerShard is 0).
  std::optional<std::string> singleCacheNodeReason{};
  /// Fargate task size: CPU units and MiB.
  int taskCpu = 1024;
  int taskMemoryMiB = 2048;
  /// The VPC's address range.
  std::string vpcCidr = "10.2.0.0/16";

  /// Seed 001's development environment: 10.0.0.0/16 over 2 AZs with one NAT gateway, 256 CPU / 512 MiB tasks
  /// scaling 1-3, db.t3.micro single-AZ without deletion protection and 1 day of backups, one cache.t3.micro
  /// node, a month of logs; removed with the stack.
  static EnvironmentProfile dev();
  /// Seed 001's staging environment: 10.1.0.0/16 over 2 AZs with a NAT gateway each, 512 / 1024 tasks scaling
  /// 1-5, db.t3.small single-AZ with 3 days of backups, one cache.t3.small node, three months of logs;
  /// databases snapshotted when removed.
  static EnvironmentProfile staging();
  /// Seed 001's production environment (the member defaults): 10.2.0.0/16 over 3 AZs with a NAT gateway each,
  /// 1024 / 2048 tasks scaling 2-20, db.r6g.large Multi-AZ with a read replica and 30 days of backups, a
  /// cache.r6g.large cluster of 2 shards with a replica each, a year of logs; everything retained.
  static EnvironmentProfile prod();
  /// dev(), staging() or prod() by name. Throws cdk::Error for another name.
  static EnvironmentProfile fromName(std::string_view name);

  /// What is wrong with the settings (counts out of range, a weakened default without its reason), one sentence
  /// each naming the field and what to change; empty when the profile is usable.
  std::vector<std::string> problems() const;
};

}  // namespace cdk::healthcare
