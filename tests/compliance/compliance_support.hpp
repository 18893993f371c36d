// What the compliance tests share: reading templates and cdk-nag's findings, the packs.
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <cdk/compliance.hpp>

namespace cdkpp_test {

inline std::filesystem::path testsDir() { return std::filesystem::path(CDKPP_SOURCE_DIR) / "tests"; }

inline nlohmann::ordered_json readJson(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  return nlohmann::ordered_json::parse(in);
}

/// A finding as cdk-nag prints it (tools/cdk-nag-check): rule id, logical ID, level, message.
struct JudgeFinding {
  std::string rule;
  std::string logicalId;
  std::string level;
  std::string message;
};

inline std::vector<JudgeFinding> readJudge(const std::filesystem::path& file) {
  std::vector<JudgeFinding> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    out.push_back({j.at("rule"), j.at("logicalId"), j.at("level"), j.at("message")});
  }
  return out;
}

/// The two packs, by the names cdk-nag's classes have.
inline const cdk::compliance::NagPack& pack(const std::string& className) {
  static const cdk::compliance::HIPAASecurityChecks hipaa;
  static const cdk::compliance::AwsSolutionsChecks awsSolutions;
  return className == "HIPAASecurityChecks" ? static_cast<const cdk::compliance::NagPack&>(hipaa) : awsSolutions;
}

inline std::string levelName(cdk::compliance::NagMessageLevel level) {
  switch (level) {
    case cdk::compliance::NagMessageLevel::ERROR: return "error";
    case cdk::compliance::NagMessageLevel::WARN: return "warning";
    case cdk::compliance::NagMessageLevel::INFO: return "info";
  }
  return "?";
}

}  // namespace cdkpp_test
