// Comparing synthesized templates with aws-cdk-lib's (template_compare.hpp), compiled once.
#include "template_compare.hpp"

namespace cdkpp_test {

nlohmann::ordered_json synthTemplate(cdk::App& app, std::string_view artifactId) {
  return app.synth({.write = false}).getStackArtifact(artifactId).templateJson();
}

std::vector<std::string> keysOf(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  if (object.is_object()) {
    for (const auto& item : object.items()) keys.push_back(item.key());
  }
  return keys;
}

void expectSameSection(const nlohmann::ordered_json& actual, const nlohmann::ordered_json& expected,
                       const std::string& section) {
  const nlohmann::ordered_json none = nlohmann::ordered_json::object();
  const auto& e = expected.contains(section) ? expected[section] : none;
  const auto& a = actual.contains(section) ? actual[section] : none;
  EXPECT_EQ(keysOf(a), keysOf(e)) << section << ": logical ids (in template order) differ";
  for (const auto& item : e.items()) {
    if (!a.contains(item.key())) continue;
    EXPECT_EQ(a[item.key()], item.value()) << section << "." << item.key() << " differs\n--- cdkpp:\n"
                                           << a[item.key()].dump(1) << "\n--- aws-cdk-lib:\n"
                                           << item.value().dump(1);
  }
}

void expectMatchesFixture(const nlohmann::ordered_json& actual, const nlohmann::ordered_json& expected) {
  expectSameSection(actual, expected, "Resources");
  expectSameSection(actual, expected, "Outputs");
}

std::vector<cdk::SynthesisMessage> messagesWith(const cdk::App& app, std::string_view text) {
  std::vector<cdk::SynthesisMessage> found;
  if (!app.assembly()) return found;
  for (const auto& message : app.assembly()->messages()) {
    if (message.message.find(text) != std::string::npos) found.push_back(message);
  }
  return found;
}

}  // namespace cdkpp_test
