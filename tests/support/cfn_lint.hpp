// Running cfn-lint over templates the tests synthesized (skipped where cfn-lint is not installed).
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace cdkpp_test {

inline bool haveCfnLint() { return haveCommand("cfn-lint"); }

/// What cfn-lint may report on a template because aws-cdk-lib's output for the same program gets it too:
/// the rule ("E3512", "W3005") and why the template is as it is.
struct AcceptedFinding {
  std::string rule;
  std::string reason;
};

/// Writes each template to a file named after it and runs cfn-lint once over all of them; every finding
/// other than those accepted for its template fails the test.
inline void expectCfnLintClean(const std::map<std::string, nlohmann::ordered_json>& templates,
                               const std::map<std::string, std::vector<AcceptedFinding>>& accepted = {}) {
  TempDir dir;
  std::string command = "cfn-lint --format parseable";
  for (const auto& [name, body] : templates) {
    const auto file = dir / (name + ".template.json");
    std::ofstream(file) << body.dump(1) << '\n';
    command += " '" + file.string() + "'";
  }
  const std::string output = runCommand(command).output;
  std::string unexpected;
  std::size_t start = 0;
  while (start < output.size()) {
    std::size_t end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    const std::string line = output.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    bool ok = false;
    for (const auto& [name, findings] : accepted) {
      if (line.find("/" + name + ".template.json:") == std::string::npos) continue;
      for (const auto& finding : findings) ok = ok || line.find(":" + finding.rule + ":") != std::string::npos;
    }
    if (!ok) unexpected += line + "\n";
  }
  EXPECT_EQ(unexpected, "") << "cfn-lint reported:\n" << output;
}

}  // namespace cdkpp_test
