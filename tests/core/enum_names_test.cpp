// cdk::enumNames / nameOf / valueOf: the one table mechanism behind the toString functions of enums.
#include <gtest/gtest.h>

#include "cdk/core/enum_names.hpp"
#include "cdk/ec2.hpp"
#include "cdk/ecs.hpp"
#include "cdk/elbv2.hpp"
#include "cdk/kms.hpp"

namespace {

enum class Color { RED, GREEN, BLUE };
constexpr auto kColorNames = cdk::enumNames<Color>({{Color::RED, "red"}, {Color::GREEN, "green"}});

// Lookups are constant expressions.
static_assert(cdk::nameOf(kColorNames, Color::GREEN) == "green");
static_assert(cdk::valueOf(kColorNames, "red") == Color::RED);

TEST(EnumNamesTest, Lookups) {
  EXPECT_EQ(cdk::nameOf(kColorNames, Color::RED), "red");
  EXPECT_EQ(cdk::nameOf(kColorNames, Color::BLUE), "");  // not in the table
  EXPECT_EQ(cdk::valueOf(kColorNames, "green"), Color::GREEN);
  EXPECT_EQ(cdk::valueOf(kColorNames, "purple"), std::nullopt);
}

TEST(EnumNamesTest, ModuleEnumsUseTheirTables) {
  // A few of the names each module writes into templates (each module's tests check the others in context).
  EXPECT_EQ(cdk::ec2::toString(cdk::ec2::SubnetType::PRIVATE_ISOLATED), "Isolated");
  EXPECT_EQ(cdk::ec2::toString(cdk::ec2::SubnetType::PRIVATE_WITH_NAT), "Deprecated_Private_NAT");
  EXPECT_EQ(cdk::ecs::toString(cdk::ecs::FargatePlatformVersion::VERSION1_4), "1.4.0");
  EXPECT_EQ(cdk::elbv2::toString(cdk::elbv2::SslPolicy::TLS13_12_PQ), "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09");
  EXPECT_EQ(cdk::elbv2::toString(cdk::elbv2::IpAddressType::DUAL_STACK_WITHOUT_PUBLIC_IPV4),
            "dualstack-without-public-ipv4");
  EXPECT_EQ(cdk::kms::toString(cdk::kms::KeySpec::ECC_NIST_EDWARDS25519), "ECC_NIST_EDWARDS25519");
}

}  // namespace
