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

/// Resources and Outputs equal to the fixture's (aws-cdk-lib's BootstrapVersion parameter and rule are not
/// compared).
void expectMatchesFixture(const nlohmann::ordered_json& actual, const nlohmann::ordered_json& expected);

/// The messages (warnings, errors, infos) of the last synthesis that contain `text`.
std::vector<cdk::SynthesisMessage> messagesWith(const cdk::App& app, std::string_view text);

}  // namespace cdkpp_test
