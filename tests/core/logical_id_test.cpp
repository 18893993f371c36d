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

// Vectors from aws-cdk-lib 2.276's Names.uniqueResourceName: the stack name, the ids below it, the hash.
TEST(LogicalIdTest, UniqueResourceName) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev");
  auto& unnamed = stack.make<cdk::Construct>("Unnamed");
  EXPECT_EQ(cdk::Names::uniqueResourceName(unnamed, {.maxLength = 251, .separator = "-"}),
            "TapStackdev-Unnamed-9FDFA79D");
  auto& deep = stack.make<cdk::Construct>("Level-One")
                   .make<cdk::Construct>("Resource")
                   .make<cdk::Construct>(std::string(40, 'x'));
  EXPECT_EQ(cdk::Names::uniqueResourceName(deep, {.maxLength = 32, .separator = "_"}),
            "TapStackdev_xxxxxxxxxxx_6448B5AC");
  EXPECT_EQ(cdk::Names::uniqueResourceName(deep), "TapStackdevLevelOne" + std::string(40, 'x') + "6448B5AC");
  EXPECT_EQ(cdk::Names::uniqueResourceName(stack), "TapStackdev");
  auto& named = app.make<cdk::Stack>("Other", {.stackName = "other-name"});
  EXPECT_EQ(cdk::Names::uniqueResourceName(named.make<cdk::Construct>("Default"), {.allowedSpecialCharacters = {'-'}}),
            "other-name");
  EXPECT_EQ(cdk::Names::uniqueResourceName(named.make<cdk::Construct>("Thing"), {.allowedSpecialCharacters = {'-'}}),
            "other-nameThingFF7C45F3");
}

TEST(LogicalIdTest, OnlyDefaultIsAnError) { EXPECT_THROW_MSG(makeUniqueId({"Default"}), cdk::Error, "Default"); }

// Names.uniqueResourceName vectors from aws-cdk-lib 2.276 (route53 set identifiers use it): the path starts at
// the stack, with its stack name.
TEST(LogicalIdTest, UniqueResourceNameVectors) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev");
  auto& a = stack.make<cdk::Construct>("Weighted");
  auto& b = a.make<cdk::Construct>("Resource");
  auto& c = stack.make<cdk::Construct>("A-very-long-construct-id-that-goes-on-and-on");
  auto& d = c.make<cdk::Construct>("Child.with_dots");
  auto& other = app.make<cdk::Stack>("Other", cdk::StackProps{.stackName = "custom-name"});
  auto& e = other.make<cdk::Construct>("Default");
  auto& f = other.make<cdk::Construct>("X");
  EXPECT_EQ(cdk::Names::uniqueResourceName(a, {.maxLength = 51}), "TapStackdevWeightedABA26D0D");
  EXPECT_EQ(cdk::Names::uniqueResourceName(b), "TapStackdevWeighted0708B8DF");
  EXPECT_EQ(cdk::Names::uniqueResourceName(d, {.maxLength = 31}), "TapStackdevildwithdotsAD44E7AE");
  EXPECT_EQ(
      cdk::Names::uniqueResourceName(d, {.allowedSpecialCharacters = {'.', '_'}, .maxLength = 30, .separator = "-"}),
      "TapStackdev.with_dots-AD44E7AE");
  EXPECT_EQ(cdk::Names::uniqueResourceName(e), "customname");
  EXPECT_EQ(cdk::Names::uniqueResourceName(f, {.separator = "-"}), "customname-X-B8D10D36");
  EXPECT_EQ(cdk::Names::uniqueResourceName(stack), "TapStackdev");
}

}  // namespace
