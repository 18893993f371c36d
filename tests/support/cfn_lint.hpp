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

bool haveCfnLint();

/// What cfn-lint may report on a template because aws-cdk-lib's output for the same program gets it too:
/// the rule ("E3512", "W3005") and why the template is as it is.
struct AcceptedFinding {
  std::string rule;
  std::string reason;
};

/// Writes each template to a file named after it and runs cfn-lint once over all of them; every finding
/// other than those accepted for its template fails the test.
void expectCfnLintClean(const std::map<std::string, nlohmann::ordered_json>& templates,
                        const std::map<std::string, std::vector<AcceptedFinding>>& accepted = {});

}  // namespace cdkpp_test
