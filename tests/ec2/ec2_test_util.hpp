// Helpers of the ec2 tests: synthesize a stack and compare it with an aws-cdk-lib fixture.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/assertions.hpp"
#include "cdk/cfn/ec2.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/ec2.hpp"
#include "test_support.hpp"

namespace ec2test {

using json = nlohmann::ordered_json;

/// tests/ec2/fixtures/<name>.template.json: aws-cdk-lib 2.276's template for the program <name>.ts.
inline json fixture(const std::string& name) {
  return json::parse(cdkpp_test::readFile(std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / "ec2" / "fixtures" /
                                          (name + ".template.json")));
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

/// The section (Resources, Outputs) has the same elements, in the same order, each equal (key order included).
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

/// Resources and Outputs equal to the fixture's (the BootstrapVersion parameter and rule of aws-cdk-lib's
/// default synthesizer are not compared).
inline void expectMatchesFixture(const json& actual, const json& expected) {
  expectSameSection(actual, expected, "Resources");
  expectSameSection(actual, expected, "Outputs");
}

/// The messages of the last synthesis that contain `text`.
inline std::vector<cdk::SynthesisMessage> messagesWith(const cdk::App& app, std::string_view text) {
  std::vector<cdk::SynthesisMessage> found;
  if (!app.assembly()) return found;
  for (const auto& message : app.assembly()->messages()) {
    if (message.message.find(text) != std::string::npos) found.push_back(message);
  }
  return found;
}

}  // namespace ec2test
