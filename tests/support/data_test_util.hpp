// Helpers of the tests of the data and container modules (rds, efs, elasticache, ecs, elasticloadbalancingv2):
// the seed-000 VPC, synthesis in memory, comparisons with aws-cdk-lib 2.276 templates (tests/<module>/fixtures).
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/assertions.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/ec2.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace datatest {

using json = nlohmann::ordered_json;
using cdkpp_test::expectMatchesFixture;
using cdkpp_test::expectSameSection;
using cdkpp_test::keysOf;
using cdkpp_test::messagesWith;
using cdkpp_test::synthTemplate;

/// tests/<module>/fixtures/<name>.<suffix>.
inline std::filesystem::path fixturePath(std::string_view module, const std::string& name, std::string_view suffix) {
  return std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / std::string(module) / "fixtures" /
         (name + std::string(suffix));
}

inline json fixture(std::string_view module, const std::string& name) {
  return json::parse(cdkpp_test::readFile(fixturePath(module, name, ".template.json")));
}

/// The first line of <name>.error.txt without aws-cdk-lib's error code ("Code: message" -> "message").
inline std::string fixtureError(std::string_view module, const std::string& name) {
  std::string text = cdkpp_test::readFile(fixturePath(module, name, ".error.txt"));
  text = text.substr(0, text.find('\n'));
  const auto colon = text.find(": ");
  return colon == std::string::npos ? text : text.substr(colon + 2);
}

/// The seed-000 reference template (../shared/reference/seed-000-cdk, copied into tests/samples/fixtures).
inline json seedTemplate() { return json::parse(cdkpp_test::readFile(CDKPP_SEED000_TEMPLATE)); }

/// An app with the stack "TapStackdev" in ap-southeast-1 without account (the fixtures' and the seed's env).
struct Fixture {
  explicit Fixture(cdk::AppProps props = {}) : app(std::move(props)) {
    stack = &app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  }
  cdk::App app;
  cdk::Stack* stack = nullptr;
};

/// The fixtures' seedVpc(): 10.0.0.0/16, max 3 AZs, one NAT gateway, Public and Private (with egress) /24s.
inline cdk::ec2::Vpc& seedVpc(cdk::Construct& scope, std::string_view id = "VPC",
                              std::optional<std::string> name = {}) {
  namespace ec2 = cdk::ec2;
  return scope.make<ec2::Vpc>(
      id,
      {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/16"),
       .maxAzs = 3,
       .natGateways = 1,
       .subnetConfiguration = {{.cidrMask = 24, .name = "Public", .subnetType = ec2::SubnetType::PUBLIC},
                               {.cidrMask = 24, .name = "Private", .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}},
       .vpcName = std::move(name)});
}

/// The resources of `expected` named in `logicalIds` are in `actual`, equal and in the same relative order.
inline void expectResourcesEqual(const json& actual, const json& expected, const std::vector<std::string>& logicalIds) {
  std::vector<std::string> order;
  for (const auto& item : actual["Resources"].items()) {
    for (const auto& id : logicalIds) {
      if (item.key() == id) order.push_back(id);
    }
  }
  EXPECT_EQ(order, logicalIds) << "resources missing or in another order";
  for (const auto& id : logicalIds) {
    ASSERT_TRUE(expected["Resources"].contains(id)) << "the reference has no " << id;
    if (!actual["Resources"].contains(id)) continue;
    EXPECT_EQ(actual["Resources"][id], expected["Resources"][id])
        << id << "\n--- cdkpp:\n"
        << actual["Resources"][id].dump(1) << "\n--- aws-cdk-lib:\n"
        << expected["Resources"][id].dump(1);
  }
}

/// `build` throws cdk::ConstructError while the constructs are made (not at synthesis), naming `path`.
inline void expectConstructError(const std::function<void(Fixture&)>& build, const std::string& path,
                                 const std::string& message) {
  Fixture f;
  try {
    build(f);
    ADD_FAILURE() << "expected a cdk::ConstructError containing: " << message;
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), path) << e.what();
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

}  // namespace datatest
