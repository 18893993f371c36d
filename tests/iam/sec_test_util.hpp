// Helpers of the iam, kms, secretsmanager and logs tests: synthesize an app in memory and compare with
// aws-cdk-lib fixtures (tests/<module>/fixtures/<name>.template.json, made from <name>.ts).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/assertions.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace sectest {

using json = nlohmann::ordered_json;
using cdkpp_test::expectMatchesFixture;
using cdkpp_test::expectSameSection;
using cdkpp_test::keysOf;
using cdkpp_test::synthTemplate;

inline json fixture(std::string_view module, std::string_view name) {
  return json::parse(cdkpp_test::readFile(std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / std::string(module) /
                                          "fixtures" / (std::string(name) + ".template.json")));
}

/// One element equal to the fixture's (key order included).
inline void expectSameElement(const json& actual, const json& expected, const std::string& section,
                              const std::string& id) {
  ASSERT_TRUE(expected.contains(section) && expected[section].contains(id))
      << "fixture has no " << section << "." << id;
  ASSERT_TRUE(actual.contains(section) && actual[section].contains(id))
      << "cdkpp's template has no " << section << "." << id << "\n"
      << actual.dump(1);
  EXPECT_EQ(actual[section][id], expected[section][id]) << section << "." << id << " differs\n--- cdkpp:\n"
                                                        << actual[section][id].dump(1) << "\n--- aws-cdk-lib:\n"
                                                        << expected[section][id].dump(1);
}

}  // namespace sectest
