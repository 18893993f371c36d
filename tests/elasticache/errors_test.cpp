// Bad input to Cache: each combination the ElastiCache API (or CloudFormation) would reject at deployment is a
// cdk::ConstructError at construction, naming the construct path and what to change.
#include <functional>

#include <gtest/gtest.h>

#include "cdk/elasticache.hpp"
#include "cdk/kms.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace elasticache = cdk::elasticache;

void expectCacheError(const std::function<void(elasticache::CacheProps&, datatest::Fixture&)>& change,
                      const std::string& message) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  elasticache::CacheProps props{.vpc = vpc};
  change(props, f);
  try {
    f.stack->make<elasticache::Cache>("Cache", std::move(props));
    ADD_FAILURE() << "expected a cdk::ConstructError containing: " << message;
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Cache");
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

TEST(CacheErrors, VpcMissing) {
  expectCacheError([](auto& p, auto&) { p.vpc = nullptr; }, "Cache needs a VPC: pass vpc =");
}

TEST(CacheErrors, AuthTokenWithoutTransitEncryption) {
  expectCacheError(
      [](auto& p, datatest::Fixture& f) {
        p.engine = elasticache::CacheEngine::REDIS;
        p.transitEncryption = false;
        p.authToken = elasticache::CacheAuthToken::fromSecret(f.stack->make<cdk::secretsmanager::Secret>("Token"));
      },
      "authToken needs transitEncryption");
  expectCacheError(
      [](auto& p, auto&) {
        p.engine = elasticache::CacheEngine::REDIS;
        p.transitEncryption = false;
        p.authToken = elasticache::CacheAuthToken::generate();
      },
      "Set transitEncryption = true, or remove the authToken");
}

TEST(CacheErrors, UserGroups) {
  expectCacheError(
      [](auto& p, auto&) {
        p.userGroupIds = {"sessions-users"};
        p.authToken = elasticache::CacheAuthToken::generate();
      },
      "userGroupIds and an authToken exclude each other: the users of the groups authenticate. Remove the authToken, "
      "or the userGroupIds");
  expectCacheError(
      [](auto& p, auto&) {
        p.engine = elasticache::CacheEngine::REDIS;
        p.transitEncryption = false;
        p.userGroupIds = {"sessions-users"};
      },
      "userGroupIds need transitEncryption (ElastiCache's role-based access control). Set transitEncryption = true");
}

TEST(CacheErrors, SnapshotRetention) {
  expectCacheError([](auto& p, auto&) { p.snapshotRetentionLimit = 36; },
                   "snapshotRetentionLimit must be between 0 and 35 days, got 36; give how many days automatic backups "
                   "are kept");
}

TEST(CacheErrors, ValkeyWithoutTransitEncryption) {
  expectCacheError([](auto& p, auto&) { p.transitEncryption = false; },
                   "transitEncryption cannot be false for a valkey cache");
}

TEST(CacheErrors, FailoverWithoutReplicas) {
  expectCacheError(
      [](auto& p, auto&) {
        p.replicasPerNodeGroup = 0;
        p.automaticFailover = true;
      },
      "automaticFailover needs at least one replica");
}

TEST(CacheErrors, MultiAzWithoutFailover) {
  expectCacheError(
      [](auto& p, auto&) {
        p.automaticFailover = false;
        p.multiAz = true;
      },
      "multiAz needs automatic failover");
  expectCacheError(
      [](auto& p, auto&) {
        p.replicasPerNodeGroup = 0;
        p.multiAz = true;
      },
      "multiAz needs automatic failover and at least one replica");
}

TEST(CacheErrors, ClusterModeWithoutFailover) {
  expectCacheError(
      [](auto& p, auto&) {
        p.numNodeGroups = 3;
        p.automaticFailover = false;
      },
      "automaticFailover must be true in cluster mode (numNodeGroups = 3)");
}

TEST(CacheErrors, Counts) {
  expectCacheError([](auto& p, auto&) { p.replicasPerNodeGroup = 6; },
                   "replicasPerNodeGroup must be between 0 and 5, got 6");
  expectCacheError([](auto& p, auto&) { p.replicasPerNodeGroup = -1; },
                   "replicasPerNodeGroup must be between 0 and 5, got -1");
  expectCacheError([](auto& p, auto&) { p.numNodeGroups = 0; }, "numNodeGroups must be between 1 and 500, got 0");
  expectCacheError([](auto& p, auto&) { p.numNodeGroups = 501; }, "numNodeGroups must be between 1 and 500, got 501");
  expectCacheError([](auto& p, auto&) { p.port = 0; }, "port must be between 1 and 65535, got 0");
}

TEST(CacheErrors, ReplicationGroupId) {
  expectCacheError([](auto& p, auto&) { p.replicationGroupId = "1cache"; },
                   "replicationGroupId '1cache' is invalid: it must start with a letter");
  expectCacheError([](auto& p, auto&) { p.replicationGroupId = "my--cache"; }, "two hyphens in a row");
  expectCacheError([](auto& p, auto&) { p.replicationGroupId = "cache-"; }, "must not end with a hyphen");
  expectCacheError([](auto& p, auto&) { p.replicationGroupId = "cache_1"; }, "'_' is not allowed");
  expectCacheError([](auto& p, auto&) { p.replicationGroupId = std::string(41, 'a'); }, "it has 41 characters");
}

TEST(CacheErrors, NodeType) {
  expectCacheError([](auto& p, auto&) { p.cacheNodeType = "t3.micro"; },
                   "cacheNodeType 't3.micro' is not a cache node type");
  expectCacheError([](auto& p, auto&) { p.cacheNodeType = "cache.t2.micro"; },
                   "cacheNodeType 'cache.t2.micro' does not support Multi-AZ with automatic failover");
}

TEST(CacheErrors, UnencryptedWithKey) {
  expectCacheError(
      [](auto& p, datatest::Fixture& f) {
        p.atRestEncryption = false;
        p.encryptionKey = f.stack->make<cdk::kms::Key>("Key");
      },
      "atRestEncryption is false but an encryptionKey is given");
}

TEST(CacheErrors, VpcWithoutPrivateSubnets) {
  datatest::Fixture f;
  auto& vpc = f.stack->make<ec2::Vpc>(
      "PublicOnly",
      {.natGateways = 0,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Public", .subnetType = ec2::SubnetType::PUBLIC}}});
  EXPECT_THROW_MSG(f.stack->make<elasticache::Cache>("Cache", {.vpc = vpc}), cdk::ConstructError,
                   "TapStackdev/Cache: the VPC TapStackdev/PublicOnly has no subnets for the cache (subnetType "
                   "PRIVATE_WITH_EGRESS selects none): add a PRIVATE_WITH_EGRESS (or PRIVATE_ISOLATED) subnet group to "
                   "the VPC, or pass vpcSubnets");
}

}  // namespace
