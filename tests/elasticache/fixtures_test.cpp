// Whole templates: cdkpp's Cache against the proposal emulated with aws-cdk-lib primitives
// (fixtures/elasticache-proposed-cache.ts), and the seed's own L1 cache (fixtures/elasticache-seed-l1.ts).
#include <gtest/gtest.h>

#include "cdk/cfn/elasticache.hpp"
#include "cdk/elasticache.hpp"
#include "cdk/kms.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace elasticache = cdk::elasticache;
using datatest::expectMatchesFixture;
using datatest::Fixture;
using datatest::seedVpc;
using datatest::synthTemplate;

TEST(ElasticacheFixtures, ProposedCache) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  auto& app = f.stack->make<ec2::SecurityGroup>("AppSG", {.vpc = vpc});
  // 1) all defaults
  auto& cache = f.stack->make<elasticache::Cache>("Cache", {.vpc = vpc});
  cache.connections().allowDefaultPortFrom(app);
  // 2) cluster mode with a customer key and an existing secret
  auto& key = f.stack->make<cdk::kms::Key>("Key", {.removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& token = f.stack->make<cdk::secretsmanager::Secret>(
      "Token", {.generateSecretString =
                    cdk::secretsmanager::SecretStringGenerator{.excludePunctuation = true, .passwordLength = 32}});
  f.stack->make<elasticache::Cache>("Sessions", {.authToken = elasticache::CacheAuthToken::fromSecret(token),
                                                 .cacheNodeType = "cache.r7g.large",
                                                 .encryptionKey = key,
                                                 .engine = elasticache::CacheEngine::REDIS,
                                                 .engineVersion = "7.1",
                                                 .numNodeGroups = 3,
                                                 .removalPolicy = cdk::RemovalPolicy::SNAPSHOT,
                                                 .replicasPerNodeGroup = 2,
                                                 .replicationGroupId = "sessions",
                                                 .vpc = vpc});
  // 3) a single node without TLS
  f.stack->make<elasticache::Cache>(
      "Single",
      {.engine = elasticache::CacheEngine::REDIS, .replicasPerNodeGroup = 0, .transitEncryption = false, .vpc = vpc});
  // 4) automatic backups, the generated token's secret under a customer key
  auto& backed = f.stack->make<elasticache::Cache>("Backed", {.authToken = elasticache::CacheAuthToken::generate(key),
                                                              .snapshotRetentionLimit = 15,
                                                              .snapshotWindow = "04:00-05:00",
                                                              .vpc = vpc});
  EXPECT_EQ(backed.authToken()->encryptionKey(), static_cast<cdk::kms::IKey*>(&key));
  // 5) RBAC user groups instead of a token
  auto& rbac = f.stack->make<elasticache::Cache>("Rbac", {.userGroupIds = {"sessions-users"}, .vpc = vpc});
  EXPECT_EQ(rbac.authToken(), nullptr);
  expectMatchesFixture(synthTemplate(f.app), datatest::fixture("elasticache", "elasticache-proposed-cache"));
}

TEST(ElasticacheFixtures, SeedL1Cache) {
  Fixture f;
  auto& vpc = seedVpc(*f.stack);
  std::vector<cdk::Value> privateIds;
  for (const auto& subnet : vpc.privateSubnets()) privateIds.push_back(subnet->subnetId());
  auto& subnetGroup = f.stack->make<elasticache::CfnSubnetGroup>(
      "CacheSubnetGroup", {.description = "Cache subnet group", .subnetIds = cdk::ValueList(privateIds)});
  auto& cacheSg = f.stack->make<ec2::SecurityGroup>("CacheSG", {.allowAllOutbound = false, .vpc = vpc});
  cacheSg.addIngressRule(ec2::Peer::ipv4(vpc.vpcCidrBlock()), ec2::Port::tcp(6379));
  f.stack->make<elasticache::CfnReplicationGroup>("Cache",
                                                  {.atRestEncryptionEnabled = true,
                                                   .automaticFailoverEnabled = false,
                                                   .cacheNodeType = "cache.t3.micro",
                                                   .cacheSubnetGroupName = subnetGroup.ref(),
                                                   .engine = "redis",
                                                   .numCacheClusters = 1,
                                                   .replicationGroupDescription = "Session cache",
                                                   .replicationGroupId = "cache-dev",
                                                   .securityGroupIds = cdk::ValueList{cacheSg.securityGroupId()},
                                                   .transitEncryptionEnabled = false});
  expectMatchesFixture(synthTemplate(f.app), datatest::fixture("elasticache", "elasticache-seed-l1"));
}

}  // namespace
