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
#include "test_support.hpp"

namespace sectest {

using json = nlohmann::ordered_json;

inline json fixture(std::string_view module, std::string_view name) {
  return json::parse(cdkpp_test::readFile(std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / std::string(module) /
                                          "fixtures" / (std::string(name) + ".template.json")));
}

/// The template of one stack of the app, synthesized in memory.
inline json synthTemplate(cdk::App& app, std::string_view artifactId) {
  return app.synth({.write = false}).getStackArtifact(artifactId).templateJson();
}

inline std::vector<std::string> keysOf(const json& object) {
  std::vector<std::string> keys;
  if (object.is_object()) {
    for (const auto& item : object.items()) keys.push_back(item.key());
  }
  return keys;
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

/// The section has the same elements, in the same order, each equal (key order included).
inline void expectSameSection(const json& actual, const json& expected, const std::string& section) {
  const json none = json::object();
  const json& e = expected.contains(section) ? expected[section] : none;
  const json& a = actual.contains(section) ? actual[section] : none;
  EXPECT_EQ(keysOf(a), keysOf(e)) << section << ": logical ids (in template order) differ";
  for (const auto& item : e.items()) {
    if (!a.contains(item.key())) continue;
    EXPECT_EQ(a[item.key()], item.value()) << section << "." << item.key() << " differs\n--- cdkpp:\n"
                                           << a[item.key()].dump(1) << "\n--- aws-cdk-lib:\n"
                                           << item.value().dump(1);
  }
}

/// Resources and Outputs equal to the fixture's (aws-cdk-lib's BootstrapVersion parameter and rule are not
/// compared).
inline void expectMatchesFixture(const json& actual, const json& expected) {
  expectSameSection(actual, expected, "Resources");
  expectSameSection(actual, expected, "Outputs");
}

}  // namespace sectest
