// The C++ side of the whole-template fixtures as a table: each entry builds into a stack what the TypeScript
// program tests/<module>/fixtures/<name>.ts builds, and is compared with what aws-cdk-lib 2.276 wrote for it
// (template sections and warnings), and all of them are judged by cfn-lint in one run.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cfn_lint.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace cdkpp_test {

struct FixtureProgram {
  /// The fixture's name: tests/<module>/fixtures/<name>.{ts,template.json,annotations.json}.
  std::string name;
  /// What the program builds in the stack "TapStackdev".
  std::function<void(cdk::Stack&)> build;
  /// The stack has no env (the program passes `{ env: {} }`); default region ap-southeast-1 as runFixture.
  bool envAgnostic = false;
  /// What cfn-lint reports on aws-cdk-lib's template too, with the reason.
  std::vector<AcceptedFinding> lintAccepted{};
};

/// gtest prints a program by its name.
inline void PrintTo(const FixtureProgram& program, std::ostream* os) { *os << program.name; }

/// The app of a program, synthesized in memory.
struct SynthesizedProgram {
  std::unique_ptr<cdk::App> app;
  nlohmann::ordered_json templateJson;
};

inline SynthesizedProgram synthesizeProgram(const FixtureProgram& program) {
  SynthesizedProgram out{std::make_unique<cdk::App>(), {}};
  cdk::StackProps props;
  if (!program.envAgnostic) props.env = cdk::Environment{.region = "ap-southeast-1"};
  auto& stack = out.app->make<cdk::Stack>("TapStackdev", std::move(props));
  program.build(stack);
  out.templateJson = synthTemplate(*out.app);
  return out;
}

inline std::string fixtureFile(const std::string& module, const std::string& name, const std::string& suffix) {
  return std::string(CDKPP_SOURCE_DIR) + "/tests/" + module + "/fixtures/" + name + suffix;
}

/// Resources, Outputs and Parameters as aws-cdk-lib's, and the same warnings and infos on the same paths.
inline void expectProgramMatchesFixture(const std::string& module, const FixtureProgram& program) {
  const auto expected = nlohmann::ordered_json::parse(readFile(fixtureFile(module, program.name, ".template.json")));
  const SynthesizedProgram ours = synthesizeProgram(program);
  expectMatchesFixture(ours.templateJson, expected);
  expectSameSection(withoutBootstrapScaffolding(ours.templateJson), withoutBootstrapScaffolding(expected),
                    "Parameters");

  const auto annotations =
      nlohmann::ordered_json::parse(readFile(fixtureFile(module, program.name, ".annotations.json")));
  std::vector<std::string> want;
  for (const auto& a : annotations) {
    want.push_back(a["level"].get<std::string>() + " " + a["path"].get<std::string>() + ": " +
                   a["message"].get<std::string>());
  }
  std::vector<std::string> got;
  for (const auto& m : ours.app->assembly()->messages()) {
    const char* level = m.level == cdk::SynthesisMessage::Level::Warning ? "warning"
                        : m.level == cdk::SynthesisMessage::Level::Error ? "error"
                                                                         : "info";
    got.push_back(std::string(level) + " /" + m.path + ": " + m.message);
  }
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want) << "warnings and infos differ from aws-cdk-lib's";
}

/// Every program's template passes cfn-lint (one run for all).
inline void expectProgramsLintClean(const std::vector<FixtureProgram>& programs) {
  if (!haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  std::map<std::string, nlohmann::ordered_json> templates;
  std::map<std::string, std::vector<AcceptedFinding>> accepted;
  for (const auto& program : programs) {
    templates[program.name] = synthesizeProgram(program).templateJson;
    if (!program.lintAccepted.empty()) accepted[program.name] = program.lintAccepted;
  }
  expectCfnLintClean(templates, accepted);
}

}  // namespace cdkpp_test
