// Whole-template fixtures as a table of programs (fixture_programs.hpp), compiled once.
#include "fixture_programs.hpp"

#include <algorithm>

namespace cdkpp_test {

SynthesizedProgram synthesizeProgram(const FixtureProgram& program) {
  SynthesizedProgram out{std::make_unique<cdk::App>(), {}};
  cdk::StackProps props;
  if (!program.envAgnostic) props.env = cdk::Environment{.region = "ap-southeast-1"};
  auto& stack = out.app->make<cdk::Stack>("TapStackdev", std::move(props));
  program.build(stack);
  out.templateJson = synthTemplate(*out.app);
  return out;
}

std::string fixtureFile(const std::string& module, const std::string& name, const std::string& suffix) {
  return std::string(CDKPP_SOURCE_DIR) + "/tests/" + module + "/fixtures/" + name + suffix;
}

void expectProgramMatchesFixture(const std::string& module, const FixtureProgram& program) {
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

void expectProgramsLintClean(const std::vector<FixtureProgram>& programs) {
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
