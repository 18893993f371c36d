// Helpers of the sample tests that read a sample's template: its resources by type, and cdk-nag 3.0.2's findings
// on its committed fixture (tests/samples/fixtures/<stack>.template.json, judged by tools/cdk-nag-check/regenerate).
#pragma once

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace sampletest {

using json = nlohmann::ordered_json;

/// The resources of a type in a template, by logical ID.
inline std::vector<std::pair<std::string, json>> resourcesOfType(const json& tmpl, const std::string& type) {
  std::vector<std::pair<std::string, json>> out;
  for (const auto& [id, resource] : tmpl["Resources"].items()) {
    if (resource["Type"] == type) out.emplace_back(id, resource);
  }
  return out;
}

/// The one resource of a type (a test failure when there is not exactly one).
inline const json& onlyResource(const json& tmpl, const std::string& type) {
  const auto all = resourcesOfType(tmpl, type);
  EXPECT_EQ(all.size(), 1u) << type;
  return tmpl["Resources"][all.at(0).first];
}

/// cdk-nag 3.0.2's HIPAA.Security errors on the committed fixture of `stackName`, as "<rule> <logical id>"; a test
/// failure when its findings were not written.
inline std::vector<std::string> hipaaJudgeErrors(const std::string& stackName) {
  const std::filesystem::path judge = std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / "compliance" / "judge" /
                                      "samples" / "fixtures" / (stackName + ".HIPAASecurityChecks.jsonl");
  EXPECT_TRUE(std::filesystem::exists(judge))
      << "run tools/cdk-nag-check/regenerate tests/samples/fixtures/" << stackName << ".template.json";
  std::vector<std::string> errors;
  if (!std::filesystem::exists(judge)) return {"no findings of cdk-nag"};
  std::istringstream lines(cdkpp_test::readFile(judge));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    const json finding = json::parse(line);
    if (finding["level"] == "error") {
      errors.push_back(finding["rule"].get<std::string>() + " " + finding["logicalId"].get<std::string>());
    }
  }
  return errors;
}

/// The rule ids acknowledged in a template (cdk-nag's Metadata.cdk_nag.rules_to_suppress); a test failure for a
/// reason shorter than 10 characters.
inline std::set<std::string> acknowledgedRules(const json& tmpl) {
  std::set<std::string> acknowledged;
  for (const auto& [id, resource] : tmpl["Resources"].items()) {
    for (const auto& rule : resource.value("Metadata", json::object())
                                .value("cdk_nag", json::object())
                                .value("rules_to_suppress", json::array())) {
      EXPECT_GE(rule["reason"].get<std::string>().size(), 10u) << id << " " << rule["id"];
      acknowledged.insert(rule["id"].get<std::string>());
    }
  }
  return acknowledged;
}

}  // namespace sampletest
