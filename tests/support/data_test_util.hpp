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
std::filesystem::path fixturePath(std::string_view module, const std::string& name, std::string_view suffix);

json fixture(std::string_view module, const std::string& name);

/// The first line of <name>.error.txt without aws-cdk-lib's error code ("Code: message" -> "message").
std::string fixtureError(std::string_view module, const std::string& name);

/// The seed-000 reference template (../shared/reference/seed-000-cdk, copied into tests/samples/fixtures).
json seedTemplate();

/// An app with the stack "TapStackdev" in ap-southeast-1 without account (the fixtures' and the seed's env).
struct Fixture {
  explicit Fixture(cdk::AppProps props = {}) : app(std::move(props)) {
    stack = &app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  }
  cdk::App app;
  cdk::Stack* stack = nullptr;
};

/// The fixtures' seedVpc(): 10.0.0.0/16, max 3 AZs, one NAT gateway, Public and Private (with egress) /24s.
cdk::ec2::Vpc& seedVpc(cdk::Construct& scope, std::string_view id = "VPC", std::optional<std::string> name = {});

/// The resources of `expected` named in `logicalIds` are in `actual`, equal and in the same relative order.
void expectResourcesEqual(const json& actual, const json& expected, const std::vector<std::string>& logicalIds);

/// `build` throws cdk::ConstructError while the constructs are made (not at synthesis), naming `path`.
void expectConstructError(const std::function<void(Fixture&)>& build, const std::string& path,
                          const std::string& message);

}  // namespace datatest
