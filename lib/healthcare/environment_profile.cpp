#include "cdk/healthcare/environment_profile.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk::healthcare {

EnvironmentProfile EnvironmentProfile::dev() {
  return {.backupRetention = cdk::Duration::days(1),
          // HIPAA.Security-ElastiCacheRedisClusterAutomaticBackup asks for 15 days whatever the environment.
          .cacheBackupRetention = cdk::Duration::days(15),
          .cacheNodeType = "cache.t3.micro",
          .cacheReplicasPerShard = 0,
          .cacheShards = 1,
          .databaseInstanceType = ec2::InstanceType("t3.micro"),
          .deletionProtection = false,
          .logRetention = logs::RetentionDays::ONE_MONTH,
          .maxAzs = 2,
          .maxTasks = 3,
          .minTasks = 1,
          .multiAz = false,
          .name = "dev",
          .natGateways = 1,
          .noDeletionProtectionReason = "dev environment: torn down and rebuilt freely; it holds no real PHI.",
          .readReplicas = 0,
          .removalPolicy = cdk::RemovalPolicy::DESTROY,
          .singleAzReason = "dev environment: one availability zone halves the cost; it holds no real PHI.",
          .singleCacheNodeReason = "dev environment: sessions may be lost when the node fails.",
          .taskCpu = 256,
          .taskMemoryMiB = 512,
          .vpcCidr = "10.0.0.0/16"};
}

EnvironmentProfile EnvironmentProfile::staging() {
  return {.backupRetention = cdk::Duration::days(3),
          .cacheBackupRetention = cdk::Duration::days(15),
          .cacheNodeType = "cache.t3.small",
          .cacheReplicasPerShard = 0,
          .cacheShards = 1,
          .databaseInstanceType = ec2::InstanceType("t3.small"),
          .deletionProtection = true,
          .logRetention = logs::RetentionDays::THREE_MONTHS,
          .maxAzs = 2,
          .maxTasks = 5,
          .minTasks = 1,
          .multiAz = false,
          .name = "staging",
          .natGateways = 2,
          .readReplicas = 0,
          .removalPolicy = cdk::RemovalPolicy::SNAPSHOT,
          .singleAzReason =
              "staging environment: seed 001 keeps Multi-AZ and read replicas for prod; it holds "
              "test data only.",
          .singleCacheNodeReason = "staging environment: seed 001 replicates the cache in prod only.",
          .taskCpu = 512,
          .taskMemoryMiB = 1024,
          .vpcCidr = "10.1.0.0/16"};
}

EnvironmentProfile EnvironmentProfile::prod() { return {}; }

EnvironmentProfile EnvironmentProfile::fromName(std::string_view name) {
  if (name == "dev") return dev();
  if (name == "staging") return staging();
  if (name == "prod") return prod();
  throw cdk::Error(
      fmt::format("EnvironmentProfile::fromName: no preset named '{}'; use dev, staging or prod, or "
                  "fill an EnvironmentProfile of your own",
                  name));
}

namespace {

bool hasReason(const std::optional<std::string>& reason) { return reason && reason->size() >= 10; }

}  // namespace

std::vector<std::string> EnvironmentProfile::problems() const {
  std::vector<std::string> out;
  const auto check = [&out](bool ok, std::string message) {
    if (!ok) out.push_back(std::move(message));
  };
  check(maxAzs >= 1, fmt::format("maxAzs is {}; give at least 1", maxAzs));
  check(natGateways >= 0, fmt::format("natGateways is {}; give 0 or more", natGateways));
  check(minTasks >= 1 && minTasks <= maxTasks,
        fmt::format("minTasks is {} and maxTasks {}; give 1 <= minTasks <= maxTasks", minTasks, maxTasks));
  check(readReplicas >= 0 && readReplicas <= 15, fmt::format("readReplicas is {}; give 0 to 15", readReplicas));
  check(cacheShards >= 1 && cacheShards <= 500, fmt::format("cacheShards is {}; give 1 to 500", cacheShards));
  check(cacheReplicasPerShard >= 0 && cacheReplicasPerShard <= 5,
        fmt::format("cacheReplicasPerShard is {}; give 0 to 5", cacheReplicasPerShard));
  const auto cacheDays = cacheBackupRetention.toDays();
  check(cacheDays >= 15 && cacheDays <= 35,
        fmt::format("cacheBackupRetention is {} days; give 15 to 35 (HIPAA.Security-"
                    "ElastiCacheRedisClusterAutomaticBackup asks for at least 15)",
                    cacheDays));
  const auto backupDays = backupRetention.toDays();
  check(backupDays >= 1 && backupDays <= 35,
        fmt::format("backupRetention is {} days; give 1 to 35 (automated RDS backups)", backupDays));
  check(multiAz || hasReason(singleAzReason),
        "multiAz is false without singleAzReason; give the reason (at least 10 characters) or set multiAz to true");
  check(deletionProtection || hasReason(noDeletionProtectionReason),
        "deletionProtection is false without noDeletionProtectionReason; give the reason (at least 10 characters) or "
        "set deletionProtection to true");
  check(cacheReplicasPerShard > 0 || hasReason(singleCacheNodeReason),
        "cacheReplicasPerShard is 0 without singleCacheNodeReason; give the reason (at least 10 characters) or "
        "a replica per shard");
  return out;
}

}  // namespace cdk::healthcare
