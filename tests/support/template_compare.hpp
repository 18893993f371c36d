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
nlohmann::ordered_json synthTemplate(cdk::App& app, std::string_view artifactId = "TapStackdev");

std::vector<std::string> keysOf(const nlohmann::ordered_json& object);

/// The section (Resources, Outputs) has the same elements, in the same order, each equal (key order included).
void expectSameSection(const nlohmann::ordered_json& actual, const nlohmann::ordered_json& expected,
                       const std::string& section);

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
void expectMatchesFixture(const nlohmann::ordered_json& actual, const nlohmann::ordered_json& expected);

/// The messages (warnings, errors, infos) of the last synthesis that contain `text`.
std::vector<cdk::SynthesisMessage> messagesWith(const cdk::App& app, std::string_view text);

}  // namespace cdkpp_test
