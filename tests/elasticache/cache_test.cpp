// Cache defaults, options and attributes.
#include <gtest/gtest.h>

#include "cdk/cfn/elasticache.hpp"
#include "cdk/elasticache.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace elasticache = cdk::elasticache;
using datatest::json;

struct CacheTest : ::testing::Test {
  datatest::Fixture f;
  ec2::Vpc& vpc = datatest::seedVpc(*f.stack);

  elasticache::Cache& cache(elasticache::CacheProps props = {}, std::string_view id = "Cache") {
    if (!props.vpc) props.vpc = vpc;
    return f.stack->make<elasticache::Cache>(id, std::move(props));
  }
  json resources() { return datatest::synthTemplate(f.app)["Resources"]; }
};

TEST_F(CacheTest, Defaults) {
  auto& c = cache();
  EXPECT_FALSE(c.clusterModeEnabled());
  EXPECT_EQ(c.port(), 6379);
  ASSERT_NE(c.authToken(), nullptr);
  ASSERT_NE(c.node().tryFindChild("AuthToken"), nullptr);
  ASSERT_NE(c.node().tryFindChild("SecurityGroup"), nullptr);
  ASSERT_NE(c.node().tryFindChild("Subnets"), nullptr);
  const auto port = c.connections().defaultPort();
  ASSERT_TRUE(port.has_value());
  EXPECT_EQ(port->toString(), "6379");
  const json props = resources()["Cache18F6EE16"]["Properties"];
  EXPECT_EQ(props["Engine"], "valkey");
  EXPECT_EQ(props["NumCacheClusters"], 2);
  EXPECT_EQ(props["AutomaticFailoverEnabled"], true);
  EXPECT_EQ(props["MultiAZEnabled"], true);
  EXPECT_EQ(props["AtRestEncryptionEnabled"], true);
  EXPECT_EQ(props["TransitEncryptionEnabled"], true);
}

TEST_F(CacheTest, Attributes) {
  auto& c = cache();
  EXPECT_EQ(f.stack->resolve(c.replicationGroupId()), f.stack->resolve(c.cfnReplicationGroup().ref()));
  EXPECT_EQ(f.stack->resolve(c.primaryEndpointAddress()),
            f.stack->resolve(c.cfnReplicationGroup().getAtt("PrimaryEndPoint.Address")));
  EXPECT_EQ(f.stack->resolve(c.primaryEndpointPort()),
            f.stack->resolve(c.cfnReplicationGroup().getAtt("PrimaryEndPoint.Port")));
  EXPECT_EQ(f.stack->resolve(c.readerEndpointAddress()),
            f.stack->resolve(c.cfnReplicationGroup().getAtt("ReaderEndPoint.Address")));
  EXPECT_EQ(f.stack->resolve(c.readerEndpointPort()),
            f.stack->resolve(c.cfnReplicationGroup().getAtt("ReaderEndPoint.Port")));
  EXPECT_THROW_MSG(c.configurationEndpointAddress(), cdk::ConstructError,
                   "TapStackdev/Cache: only a cache in cluster mode (numNodeGroups > 1) has a configuration endpoint");
}

TEST_F(CacheTest, ClusterModeAttributes) {
  auto& c = cache({.numNodeGroups = 2});
  EXPECT_TRUE(c.clusterModeEnabled());
  EXPECT_EQ(f.stack->resolve(c.configurationEndpointAddress()),
            f.stack->resolve(c.cfnReplicationGroup().getAtt("ConfigurationEndPoint.Address")));
  EXPECT_EQ(f.stack->resolve(c.configurationEndpointPort()),
            f.stack->resolve(c.cfnReplicationGroup().getAtt("ConfigurationEndPoint.Port")));
  EXPECT_THROW_MSG(
      c.primaryEndpointAddress(), cdk::ConstructError,
      "TapStackdev/Cache: a cache in cluster mode has no primary endpoint; use configurationEndpointAddress()");
  EXPECT_THROW_MSG(c.readerEndpointAddress(), cdk::ConstructError, "has no reader endpoint");
  const json props = resources()["Cache18F6EE16"]["Properties"];
  EXPECT_EQ(props["ClusterMode"], "enabled");
  EXPECT_EQ(props["NumNodeGroups"], 2);
  EXPECT_EQ(props["ReplicasPerNodeGroup"], 1);
  EXPECT_FALSE(props.contains("NumCacheClusters"));
}

TEST_F(CacheTest, NoAuthTokenAndGivenSecurityGroups) {
  auto& sg = f.stack->make<ec2::SecurityGroup>("Sg", {.vpc = vpc});
  auto& c = cache({.authToken = elasticache::CacheAuthToken::none(),
                   .description = "sessions",
                   .multiAz = false,
                   .port = 6380,
                   .securityGroups = {sg}});
  EXPECT_EQ(c.authToken(), nullptr);
  EXPECT_EQ(c.node().tryFindChild("AuthToken"), nullptr);
  EXPECT_EQ(c.node().tryFindChild("SecurityGroup"), nullptr);
  c.connections().allowDefaultPortFromAnyIpv4();
  const json r = resources();
  const json props = r["Cache18F6EE16"]["Properties"];
  EXPECT_FALSE(props.contains("AuthToken"));
  EXPECT_EQ(props["ReplicationGroupDescription"], "sessions");
  EXPECT_EQ(props["MultiAZEnabled"], false);
  EXPECT_EQ(props["AutomaticFailoverEnabled"], true);
  EXPECT_EQ(props["Port"], 6380);
  EXPECT_EQ(r["SgD4954771"]["Properties"]["SecurityGroupIngress"][0]["FromPort"], 6380);
}

TEST_F(CacheTest, IsolatedSubnets) {
  datatest::Fixture g;
  auto& isolated = g.stack->make<ec2::Vpc>(
      "Vpc",
      {.natGateways = 0,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Db", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  g.stack->make<elasticache::Cache>(
      "Cache", {.vpc = isolated, .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_ISOLATED}});
  const json r = datatest::synthTemplate(g.app)["Resources"];
  EXPECT_EQ(r["CacheSubnets75A36213"]["Properties"]["SubnetIds"].size(), 2u);
}

TEST_F(CacheTest, RenderingIsIdempotent) {
  auto& c = cache();
  c.connections().allowDefaultPortFromAnyIpv4();
  EXPECT_EQ(datatest::synthTemplate(f.app), datatest::synthTemplate(f.app));
}

}  // namespace
