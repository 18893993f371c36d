// Helpers of the data and container modules' tests (data_test_util.hpp), compiled once.
#include "data_test_util.hpp"

namespace datatest {

std::filesystem::path fixturePath(std::string_view module, const std::string& name, std::string_view suffix) {
  return std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / std::string(module) / "fixtures" /
         (name + std::string(suffix));
}

json fixture(std::string_view module, const std::string& name) {
  return json::parse(cdkpp_test::readFile(fixturePath(module, name, ".template.json")));
}

std::string fixtureError(std::string_view module, const std::string& name) {
  std::string text = cdkpp_test::readFile(fixturePath(module, name, ".error.txt"));
  text = text.substr(0, text.find('\n'));
  const auto colon = text.find(": ");
  return colon == std::string::npos ? text : text.substr(colon + 2);
}

json seedTemplate() { return json::parse(cdkpp_test::readFile(CDKPP_SEED000_TEMPLATE)); }

cdk::ec2::Vpc& seedVpc(cdk::Construct& scope, std::string_view id, std::optional<std::string> name) {
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

void expectResourcesEqual(const json& actual, const json& expected, const std::vector<std::string>& logicalIds) {
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

void expectConstructError(const std::function<void(Fixture&)>& build, const std::string& path,
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
