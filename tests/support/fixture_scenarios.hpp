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

inline std::string scenarioTestName(const ::testing::TestParamInfo<Scenario>& info) {
  std::string name = info.param.name;
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

/// The level names of aws-cdk-lib's annotations.json.
inline std::string levelName(cdk::SynthesisMessage::Level level) {
  switch (level) {
    case cdk::SynthesisMessage::Level::Info: return "info";
    case cdk::SynthesisMessage::Level::Warning: return "warning";
    case cdk::SynthesisMessage::Level::Error: return "error";
  }
  return "?";
}

/// The messages of the last synthesis are exactly aws-cdk-lib's for the fixture: same levels, construct paths
/// and texts, in any order.
inline void expectFixtureAnnotations(const cdk::App& app, const std::string& module, const std::string& name) {
  const auto expected =
      nlohmann::ordered_json::parse(readFile(datatest::fixturePath(module, name, ".annotations.json")));
  std::multiset<std::string> want;
  for (const auto& a : expected) {
    want.insert(a["level"].get<std::string>() + " " + a["path"].get<std::string>() + ": " +
                a["message"].get<std::string>());
  }
  std::multiset<std::string> got;
  if (app.assembly()) {
    for (const auto& m : app.assembly()->messages()) got.insert(levelName(m.level) + " /" + m.path + ": " + m.message);
  }
  EXPECT_EQ(got, want);
}

/// The app of a scenario, built and synthesized in memory; returns the template of "TapStackdev".
inline nlohmann::ordered_json synthScenario(const Scenario& scenario, datatest::Fixture& f) {
  scenario.build(*f.stack);
  return synthTemplate(f.app);
}

/// The template and the annotations equal aws-cdk-lib's.
inline void expectScenarioMatchesFixture(const std::string& module, const Scenario& scenario) {
  datatest::Fixture f({.context = scenario.context});
  const auto actual = synthScenario(scenario, f);
  expectMatchesFixture(actual, datatest::fixture(module, scenario.name));
  expectFixtureAnnotations(f.app, module, scenario.name);
}

/// Every scenario's template passes cfn-lint (one run for all); skipped without cfn-lint.
inline void expectScenariosPassCfnLint(const std::vector<Scenario>& scenarios) {
  if (!haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  std::map<std::string, nlohmann::ordered_json> templates;
  std::map<std::string, std::vector<AcceptedFinding>> accepted;
  for (const auto& scenario : scenarios) {
    datatest::Fixture f({.context = scenario.context});
    templates[scenario.name] = synthScenario(scenario, f);
    for (const auto& [rule, reason] : scenario.allowedLintRules) accepted[scenario.name].push_back({rule, reason});
  }
  expectCfnLintClean(templates, accepted);
}

/// aws-cdk-lib's error for a fixture program (<name>.error.txt): the message without the error code, the
/// "Resolution error: " prefixes and the trailing dots they leave, and the construct path it named.
struct AwsError {
  std::string message;
  std::string path;
};

inline AwsError awsError(const std::string& module, const std::string& name) {
  const std::string text = readFile(datatest::fixturePath(module, name, ".error.txt"));
  AwsError error;
  std::size_t lineStart = 0;
  bool first = true;
  while (lineStart < text.size()) {
    std::size_t end = text.find('\n', lineStart);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(lineStart, end - lineStart);
    lineStart = end + 1;
    if (line.rfind("constructPath: ", 0) == 0) {
      error.path = line.substr(15);
    } else if (first) {
      std::string message = line.substr(line.find(": ") + 2);
      const std::string prefix = "Resolution error: ";
      while (message.rfind(prefix, 0) == 0) message = message.substr(prefix.size());
      while (!message.empty() && message.back() == '.') message.pop_back();
      error.message = message;
      first = false;
    } else if (!error.path.empty() || line.rfind("constructPath", 0) == 0) {
      // nothing after the path
    } else {
      error.message += "\n" + line;
    }
  }
  return error;
}

/// `build` throws cdk::ConstructError (at once) or cdk::ValidationError (at synthesis) whose message contains
/// `message` and whose path is `path`.
inline void expectBuildError(const std::function<void(cdk::Stack&)>& build, const std::string& path,
                             const std::string& message, cdk::Value::Map context = {}) {
  datatest::Fixture f({.context = std::move(context)});
  try {
    build(*f.stack);
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected an error containing: " << message;
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), path) << e.what();
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what() << "\nexpected: " << message;
  } catch (const cdk::ValidationError& e) {
    ASSERT_FALSE(e.issues().empty()) << e.what();
    EXPECT_EQ(e.issues()[0].path, path) << e.what();
    EXPECT_NE(e.issues()[0].message.find(message), std::string::npos) << e.what() << "\nexpected: " << message;
  }
}

/// The fixture program <name> fails in cdkpp as in aws-cdk-lib: same message, same construct path.
inline void expectAwsError(const std::string& module, const std::string& name,
                           const std::function<void(cdk::Stack&)>& build, cdk::Value::Map context = {}) {
  const AwsError error = awsError(module, name);
  expectBuildError(build, error.path, error.message, std::move(context));
}

}  // namespace cdkpp_test
