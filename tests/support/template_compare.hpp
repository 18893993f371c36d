// Comparing synthesized templates with aws-cdk-lib's (the fixtures of the L2 test areas), shared by every area.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"

namespace cdkpp_test {

/// The template of one stack of the app, synthesized in memory.
inline nlohmann::ordered_json synthTemplate(cdk::App& app, std::string_view artifactId = "TapStackdev") {
  return app.synth({.write = false}).getStackArtifact(artifactId).templateJson();
}

inline std::vector<std::string> keysOf(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  if (object.is_object()) {
    for (const auto& item : object.items()) keys.push_back(item.key());
  }
  return keys;
}

/// The section (Resources, Outputs) has the same elements, in the same order, each equal (key order included).
inline void expectSameSection(const nlohmann::ordered_json& actual, const nlohmann::ordered_json& expected,
                              const std::string& section) {
  const nlohmann::ordered_json none = nlohmann::ordered_json::object();
  const auto& e = expected.contains(section) ? expected[section] : none;
  const auto& a = actual.contains(section) ? actual[section] : none;
  EXPECT_EQ(keysOf(a), keysOf(e)) << section << ": logical ids (in template order) differ";
  for (const auto& item : e.items()) {
    if (!a.contains(item.key())) continue;
    EXPECT_EQ(a[item.key()], item.value()) << section << "." << item.key() << " differs\n--- cdkpp:\n"
                                           << a[item.key()].dump(1) << "\n--- aws-cdk-lib:\n"
                                           << item.value().dump(1);
  }
}

/// The template without the bootstrap scaffolding of DefaultStackSynthesizer (Parameters.BootstrapVersion,
/// Rules.CheckBootstrapVersion, and those sections when nothing else is in them), as tools/cdk-fixtures writes
/// aws-cdk-lib's templates. tests/core/stack_synthesizer_test.cpp compares the scaffolding itself.
inline nlohmann::ordered_json withoutBootstrapScaffolding(nlohmann::ordered_json t) {
  for (const auto& [section, id] : {std::pair{"Parameters", "BootstrapVersion"}, {"Rules", "CheckBootstrapVersion"}}) {
    if (!t.contains(section)) continue;
    t[section].erase(id);
    if (t[section].empty()) t.erase(section);
  }
  return t;
}

/// manifest.json without what depends on the library's version: aws-cdk-lib 2.276 writes the assembly schema 55
/// (cdkpp the version it writes), its minimum CLI version, a feature flag report, and each stack's metadata in a file
/// of its own (cdkpp in manifest.json, as schema 36 has it).
inline nlohmann::ordered_json withoutVersionDependentParts(nlohmann::ordered_json manifest) {
  manifest.erase("version");
  manifest.erase("minimumCliVersion");
  nlohmann::ordered_json& artifacts = manifest["artifacts"];
  artifacts.erase("aws-cdk-lib/feature-flag-report");
  for (auto& [id, artifact] : artifacts.items()) {
    artifact.erase("metadata");
    artifact.erase("additionalMetadataFile");
  }
  return manifest;
}

/// Resources and Outputs equal to the fixture's (aws-cdk-lib's BootstrapVersion parameter and rule are not
/// compared).
inline void expectMatchesFixture(const nlohmann::ordered_json& actual, const nlohmann::ordered_json& expected) {
  expectSameSection(actual, expected, "Resources");
  expectSameSection(actual, expected, "Outputs");
}

/// The messages (warnings, errors, infos) of the last synthesis that contain `text`.
inline std::vector<cdk::SynthesisMessage> messagesWith(const cdk::App& app, std::string_view text) {
  std::vector<cdk::SynthesisMessage> found;
  if (!app.assembly()) return found;
  for (const auto& message : app.assembly()->messages()) {
    if (message.message.find(text) != std::string::npos) found.push_back(message);
  }
  return found;
}

}  // namespace cdkpp_test
