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

SynthesizedProgram synthesizeProgram(const FixtureProgram& program);

std::string fixtureFile(const std::string& module, const std::string& name, const std::string& suffix);

/// Resources, Outputs and Parameters as aws-cdk-lib's, and the same warnings and infos on the same paths.
void expectProgramMatchesFixture(const std::string& module, const FixtureProgram& program);

/// Every program's template passes cfn-lint (one run for all).
void expectProgramsLintClean(const std::vector<FixtureProgram>& programs);

}  // namespace cdkpp_test
