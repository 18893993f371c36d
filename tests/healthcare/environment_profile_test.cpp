// EnvironmentProfile: seed 001's three environments as data, the prod preset as the defaults, and the problems a
// profile of a team's own may have.
#include <gtest/gtest.h>

#include "cdk/healthcare/environment_profile.hpp"
#include "test_support.hpp"

namespace {

using cdk::healthcare::EnvironmentProfile;

TEST(EnvironmentProfile, PresetsAreSeed001sTable) {
  const auto dev = EnvironmentProfile::dev();
  const auto staging = EnvironmentProfile::staging();
  const auto prod = EnvironmentProfile::prod();
  EXPECT_EQ(dev.name, "dev");
  EXPECT_EQ(staging.name, "staging");
  EXPECT_EQ(prod.name, "prod");
  // VPC: 10.0 / 10.1 / 10.2.0.0/16 over 2, 2 and 3 availability zones.
  EXPECT_EQ(dev.vpcCidr, "10.0.0.0/16");
  EXPECT_EQ(staging.vpcCidr, "10.1.0.0/16");
  EXPECT_EQ(prod.vpcCidr, "10.2.0.0/16");
  EXPECT_EQ((std::vector<int>{dev.maxAzs, staging.maxAzs, prod.maxAzs}), (std::vector<int>{2, 2, 3}));
  // ECS: 256/512, 512/1024, 1024/2048; scaling 1-3, 1-5, 2-20.
  EXPECT_EQ((std::vector<int>{dev.taskCpu, dev.taskMemoryMiB, dev.minTasks, dev.maxTasks}),
            (std::vector<int>{256, 512, 1, 3}));
  EXPECT_EQ((std::vector<int>{staging.taskCpu, staging.taskMemoryMiB, staging.minTasks, staging.maxTasks}),
            (std::vector<int>{512, 1024, 1, 5}));
  EXPECT_EQ((std::vector<int>{prod.taskCpu, prod.taskMemoryMiB, prod.minTasks, prod.maxTasks}),
            (std::vector<int>{1024, 2048, 2, 20}));
  // RDS: db.t3.micro, db.t3.small, db.r6g.large with a read replica; 1, 3 and 30 days of backups.
  EXPECT_EQ(dev.databaseInstanceType.toString(), "t3.micro");
  EXPECT_EQ(staging.databaseInstanceType.toString(), "t3.small");
  EXPECT_EQ(prod.databaseInstanceType.toString(), "r6g.large");
  EXPECT_EQ((std::vector<int>{dev.readReplicas, staging.readReplicas, prod.readReplicas}), (std::vector<int>{0, 0, 1}));
  EXPECT_EQ(dev.backupRetention.toDays(), 1);
  EXPECT_EQ(staging.backupRetention.toDays(), 3);
  EXPECT_EQ(prod.backupRetention.toDays(), 30);
  // Multi-AZ and replication in prod only, each weakening with its reason.
  EXPECT_FALSE(dev.multiAz);
  EXPECT_FALSE(staging.multiAz);
  EXPECT_TRUE(prod.multiAz);
  EXPECT_TRUE(dev.singleAzReason && staging.singleAzReason);
  EXPECT_FALSE(prod.singleAzReason);
  EXPECT_FALSE(dev.deletionProtection);
  EXPECT_TRUE(dev.noDeletionProtectionReason);
  EXPECT_TRUE(staging.deletionProtection && prod.deletionProtection);
  // ElastiCache: cache.t3.micro, cache.t3.small, cache.r6g.large with replication and cluster mode.
  EXPECT_EQ(dev.cacheNodeType, "cache.t3.micro");
  EXPECT_EQ(staging.cacheNodeType, "cache.t3.small");
  EXPECT_EQ(prod.cacheNodeType, "cache.r6g.large");
  EXPECT_EQ((std::vector<int>{dev.cacheShards, dev.cacheReplicasPerShard}), (std::vector<int>{1, 0}));
  EXPECT_EQ((std::vector<int>{prod.cacheShards, prod.cacheReplicasPerShard}), (std::vector<int>{2, 1}));
  EXPECT_GE(dev.cacheBackupRetention.toDays(), 15);
  // What is removed with the stack.
  EXPECT_EQ(dev.removalPolicy, cdk::RemovalPolicy::DESTROY);
  EXPECT_EQ(staging.removalPolicy, cdk::RemovalPolicy::SNAPSHOT);
  EXPECT_EQ(prod.removalPolicy, cdk::RemovalPolicy::RETAIN);
  EXPECT_EQ(dev.logRetention, cdk::logs::RetentionDays::ONE_MONTH);
  EXPECT_EQ(prod.logRetention, cdk::logs::RetentionDays::ONE_YEAR);
  EXPECT_EQ((std::vector<int>{dev.natGateways, staging.natGateways, prod.natGateways}), (std::vector<int>{1, 2, 3}));
  for (const auto& profile : {dev, staging, prod}) EXPECT_EQ(profile.problems(), std::vector<std::string>{});
}

TEST(EnvironmentProfile, DefaultsAreProd) {
  const EnvironmentProfile defaults{};
  const auto prod = EnvironmentProfile::prod();
  EXPECT_EQ(defaults.name, prod.name);
  EXPECT_EQ(defaults.vpcCidr, prod.vpcCidr);
  EXPECT_EQ(defaults.databaseInstanceType, prod.databaseInstanceType);
  EXPECT_TRUE(defaults.multiAz && defaults.deletionProtection);
}

TEST(EnvironmentProfile, FromName) {
  EXPECT_EQ(EnvironmentProfile::fromName("dev").vpcCidr, "10.0.0.0/16");
  EXPECT_EQ(EnvironmentProfile::fromName("staging").vpcCidr, "10.1.0.0/16");
  EXPECT_EQ(EnvironmentProfile::fromName("prod").vpcCidr, "10.2.0.0/16");
  EXPECT_THROW_MSG(EnvironmentProfile::fromName("qa"), cdk::Error,
                   "EnvironmentProfile::fromName: no preset named 'qa'; use dev, staging or prod, or fill an "
                   "EnvironmentProfile of your own");
}

TEST(EnvironmentProfile, Problems) {
  auto profile = EnvironmentProfile::prod();
  profile.multiAz = false;
  profile.maxAzs = 0;
  profile.minTasks = 5;
  profile.maxTasks = 2;
  profile.cacheReplicasPerShard = 0;
  profile.cacheBackupRetention = cdk::Duration::days(7);
  profile.deletionProtection = false;
  profile.noDeletionProtectionReason = "short";
  EXPECT_EQ(profile.problems(),
            (std::vector<std::string>{
                "maxAzs is 0; give at least 1", "minTasks is 5 and maxTasks 2; give 1 <= minTasks <= maxTasks",
                "cacheBackupRetention is 7 days; give 15 to 35 (HIPAA.Security-ElastiCacheRedisClusterAutomaticBackup "
                "asks for at least 15)",
                "multiAz is false without singleAzReason; give the reason (at least 10 characters) or set multiAz to "
                "true",
                "deletionProtection is false without noDeletionProtectionReason; give the reason (at least 10 "
                "characters) or set deletionProtection to true",
                "cacheReplicasPerShard is 0 without singleCacheNodeReason; give the reason (at least 10 characters) "
                "or a replica per shard"}));
}

}  // namespace
