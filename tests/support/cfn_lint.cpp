// Running cfn-lint over templates the tests synthesized (cfn_lint.hpp), compiled once.
#include "cfn_lint.hpp"

#include <fstream>

namespace cdkpp_test {

bool haveCfnLint() { return haveCommand("cfn-lint"); }

void expectCfnLintClean(const std::map<std::string, nlohmann::ordered_json>& templates,
                        const std::map<std::string, std::vector<AcceptedFinding>>& accepted) {
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
