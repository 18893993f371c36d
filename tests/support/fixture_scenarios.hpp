// Whole-template fixtures as a table: each scenario is the C++ port of one TypeScript program
// (tests/<module>/fixtures/<name>.ts). A scenario is compared with aws-cdk-lib's template and annotations, and
// all scenarios of an area are linted together (one cfn-lint run).
#pragma once

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cfn_lint.hpp"
#include "data_test_util.hpp"

namespace cdkpp_test {

struct Scenario {
  /// The fixture name (<name>.ts, <name>.template.json, <name>.annotations.json).
  std::string name;
  /// Builds the program in the stack "TapStackdev" (ap-southeast-1, no account).
  std::function<void(cdk::Stack&)> build;
  /// Context of the app (feature flags).
  cdk::Value::Map context{};
  /// cfn-lint rules allowed in this template, with the reason.
  std::map<std::string, std::string> allowedLintRules{};
};

/// gtest prints scenarios by name.
inline void PrintTo(const Scenario& scenario, std::ostream* os) { *os << scenario.name; }

std::string scenarioTestName(const ::testing::TestParamInfo<Scenario>& info);

/// The level names of aws-cdk-lib's annotations.json.
std::string levelName(cdk::SynthesisMessage::Level level);

/// The messages of the last synthesis are exactly aws-cdk-lib's for the fixture: same levels, construct paths
/// and texts, in any order.
void expectFixtureAnnotations(const cdk::App& app, const std::string& module, const std::string& name);

/// The app of a scenario, built and synthesized in memory; returns the template of "TapStackdev".
nlohmann::ordered_json synthScenario(const Scenario& scenario, datatest::Fixture& f);

/// The template and the annotations equal aws-cdk-lib's.
void expectScenarioMatchesFixture(const std::string& module, const Scenario& scenario);

/// Every scenario's template passes cfn-lint (one run for all); skipped without cfn-lint.
void expectScenariosPassCfnLint(const std::vector<Scenario>& scenarios);

/// aws-cdk-lib's error for a fixture program (<name>.error.txt): the message without the error code, the
/// "Resolution error: " prefixes and the trailing dots they leave, and the construct path it named.
struct AwsError {
  std::string message;
  std::string path;
};

AwsError awsError(const std::string& module, const std::string& name);

/// `build` throws cdk::ConstructError (at once) or cdk::ValidationError (at synthesis) whose message contains
/// `message` and whose path is `path`.
void expectBuildError(const std::function<void(cdk::Stack&)>& build, const std::string& path,
                      const std::string& message, cdk::Value::Map context = {});

/// The fixture program <name> fails in cdkpp as in aws-cdk-lib: same message, same construct path.
void expectAwsError(const std::string& module, const std::string& name, const std::function<void(cdk::Stack&)>& build,
                    cdk::Value::Map context = {});

}  // namespace cdkpp_test
