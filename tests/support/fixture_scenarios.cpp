// Whole-template fixtures as a table of scenarios (fixture_scenarios.hpp), compiled once.
#include "fixture_scenarios.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace cdkpp_test {

std::string scenarioTestName(const ::testing::TestParamInfo<Scenario>& info) {
  std::string name = info.param.name;
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

std::string levelName(cdk::SynthesisMessage::Level level) {
  switch (level) {
    case cdk::SynthesisMessage::Level::Info: return "info";
    case cdk::SynthesisMessage::Level::Warning: return "warning";
    case cdk::SynthesisMessage::Level::Error: return "error";
  }
  return "?";
}

void expectFixtureAnnotations(const cdk::App& app, const std::string& module, const std::string& name) {
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

nlohmann::ordered_json synthScenario(const Scenario& scenario, datatest::Fixture& f) {
  scenario.build(*f.stack);
  return synthTemplate(f.app);
}

void expectScenarioMatchesFixture(const std::string& module, const Scenario& scenario) {
  datatest::Fixture f({.context = scenario.context});
  const auto actual = synthScenario(scenario, f);
  expectMatchesFixture(actual, datatest::fixture(module, scenario.name));
  expectFixtureAnnotations(f.app, module, scenario.name);
}

void expectScenariosPassCfnLint(const std::vector<Scenario>& scenarios) {
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

AwsError awsError(const std::string& module, const std::string& name) {
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

void expectBuildError(const std::function<void(cdk::Stack&)>& build, const std::string& path,
                      const std::string& message, cdk::Value::Map context) {
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

void expectAwsError(const std::string& module, const std::string& name, const std::function<void(cdk::Stack&)>& build,
                    cdk::Value::Map context) {
  const AwsError error = awsError(module, name);
  expectBuildError(build, error.path, error.message, std::move(context));
}

}  // namespace cdkpp_test
