#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "test_support.hpp"

namespace {

using cdk::makeUniqueId;

TEST(LogicalIdTest, DesignVectors) {
  EXPECT_EQ(makeUniqueId({"VPC", "Resource"}), "VPCB9E5F0B4");
  EXPECT_EQ(makeUniqueId({"VPC", "PublicSubnet1", "Subnet"}), "VPCPublicSubnet1SubnetB4246D30");
  EXPECT_EQ(makeUniqueId({"VPC", "IGW"}), "VPCIGWB7E252D3");
  EXPECT_EQ(makeUniqueId({"VPC", "VPCGW"}), "VPCVPCGW99B986DC");
}

TEST(LogicalIdTest, SingleComponentIsItsAlphanumerics) {
  EXPECT_EQ(makeUniqueId({"CacheSubnetGroup"}), "CacheSubnetGroup");
  EXPECT_EQ(makeUniqueId({"A-B"}), "AB");
  EXPECT_EQ(makeUniqueId({"Default", "Cache"}), "Cache");
}

TEST(LogicalIdTest, ExportNameVector) {
  EXPECT_EQ(makeUniqueId({"Exports", "OutputRefVpc8378EB38"}).substr(0, 27), "ExportsOutputRefVpc8378EB38");
}

TEST(LogicalIdTest, OnlyDefaultIsAnError) { EXPECT_THROW_MSG(makeUniqueId({"Default"}), cdk::Error, "Default"); }

}  // namespace
