// Running cfn-lint over templates the tests synthesized: one cfn-lint process for many templates (it takes
// seconds to start), findings other than the allowed rules reported as test failures.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace cdkpp_test {

/// A template to lint and the cfn-lint rules allowed in it, each with the reason (e.g. a warning
/// aws-cdk-lib's own output for the same program also gets).
struct LintedTemplate {
  std::string name;
  nlohmann::ordered_json body;
  std::map<std::string, std::string> allowedRules{};
};

/// Runs cfn-lint once over all the templates; every finding whose rule is not allowed for its template is a
/// failure. Without cfn-lint on PATH the test is skipped.
inline void expectCfnLintClean(const std::vector<LintedTemplate>& templates) {
  if (std::system("command -v cfn-lint >/dev/null 2>&1") != 0) GTEST_SKIP() << "cfn-lint is not installed";
  TempDir dir;
  std::map<std::string, const LintedTemplate*> byFile;
  std::string command = "cfn-lint --format parseable";
  for (const auto& t : templates) {
    const std::filesystem::path file = dir / (t.name + ".template.json");
    std::ofstream(file) << t.body.dump(1);
    byFile[file.string()] = &t;
    command += " '" + file.string() + "'";
  }
  command += " 2>&1";
  std::string output;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
    ::pclose(pipe);
  }
  // Lines: <file>:<line>:<col>:<line>:<col>:<rule>:<message>.
  std::string unexpected;
  std::size_t start = 0;
  while (start < output.size()) {
    std::size_t end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    const std::string line = output.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    const auto fileEnd = line.find(".template.json:");
    if (fileEnd == std::string::npos) {
      unexpected += line + "\n";
      continue;
    }
    const std::string file = line.substr(0, fileEnd + 14);
    std::size_t pos = fileEnd + 15;
    for (int field = 0; field < 4 && pos != std::string::npos; ++field) pos = line.find(':', pos) + 1;
    const std::string rule = pos == std::string::npos ? "" : line.substr(pos, line.find(':', pos) - pos);
    const auto found = byFile.find(file);
    if (found != byFile.end() && found->second->allowedRules.count(rule)) continue;
    unexpected += line + "\n";
  }
  EXPECT_EQ(unexpected, "") << "cfn-lint reported:\n" << output;
}

}  // namespace cdkpp_test
