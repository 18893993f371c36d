// Every generated L1 type, instantiated once with its required properties set (values that satisfy the schema:
// enums, bounds, lengths, patterns, formats), synthesizes without validation errors and renders templates that
// cfn-lint accepts. One stack per service; cfn-lint runs once over all the templates.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "all_types.hpp"
#include "cdk/cloudformation_include.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace {

/// Runs a shell command and returns its standard output (its exit status in *status).
std::string run(const std::string& command, int* status = nullptr) {
  std::string output;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  if (!pipe) return output;
  char buffer[65536];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0) output.append(buffer, n);
  const int rc = ::pclose(pipe.release());
  if (status) *status = rc;
  return output;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

std::string stackId(const cdkpp_all_types::Service& service) { return std::string("L1-") + service.module; }

/// Builds one stack per service with every type of it; returns the number of resources added. Every GetAtt
/// accessor's value goes into a custom resource of the stack ("AttributeProbe"), so that the template shows
/// which attribute each accessor names and cfn-lint checks those attributes exist.
int addAllTypes(cdk::App& app, std::map<std::string, std::vector<std::string>>* expectedAttributes = nullptr) {
  int total = 0;
  for (const auto& service : cdkpp_all_types::services()) {
    auto& stack = app.make<cdk::Stack>(stackId(service));
    cdkpp_all_types::Attributes attributes;
    const int added = service.add(stack, &attributes);
    EXPECT_EQ(added, service.types) << service.prefix;
    EXPECT_LE(added + 1, 500) << service.prefix << ": CloudFormation takes at most 500 resources per stack";
    total += added;
    if (attributes.empty()) continue;
    cdk::Value::List values;
    for (auto& [value, name] : attributes) {
      values.push_back(value);
      if (expectedAttributes) (*expectedAttributes)[stackId(service)].push_back(name);
    }
    stack.make<cdk::CfnResource>(
        "AttributeProbe",
        cdk::CfnResourceProps{
            .properties = cdk::Value::map({{"ServiceToken", "arn:aws:lambda:us-east-1:123456789012:function:probe"},
                                           {"Attributes", cdk::Value(std::move(values))}}),
            .type = "Custom::AttributeProbe"});
  }
  return total;
}

TEST(AllTypesTest, EveryTypeSynthesizesWithItsRequiredProperties) {
  cdk::App app(cdk::AppProps{.outdir = "unused", .treeMetadata = false});
  std::map<std::string, std::vector<std::string>> expectedAttributes;
  EXPECT_EQ(addAllTypes(app, &expectedAttributes), CDKPP_ALL_TYPES_COUNT);
  const auto& assembly = app.synth({.write = false});  // throws cdk::ValidationError on any schema violation
  std::size_t resources = 0;
  std::size_t attributes = 0;
  for (const auto& service : cdkpp_all_types::services()) {
    const auto& t = assembly.getStackByName(stackId(service)).templateJson();
    for (const auto& [id, resource] : t.at("Resources").items()) {
      if (id == "AttributeProbe") continue;
      EXPECT_EQ(resource.at("Type").get<std::string>().rfind(std::string(service.prefix) + "::", 0), 0u) << id;
      ++resources;
    }
    const auto& expected = expectedAttributes[stackId(service)];
    if (expected.empty()) continue;
    const auto& rendered = t.at("Resources").at("AttributeProbe").at("Properties").at("Attributes");
    ASSERT_EQ(rendered.size(), expected.size()) << service.prefix;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      // {"Fn::GetAtt": [<logical id>, "<attribute>"]}, the attribute spelled as in the schema ("Endpoint.Address").
      EXPECT_EQ(rendered.at(i).at("Fn::GetAtt").at(1), expected[i]) << service.prefix << " " << rendered.at(i).dump();
      EXPECT_TRUE(t.at("Resources").contains(rendered.at(i).at("Fn::GetAtt").at(0).get<std::string>()));
      ++attributes;
    }
  }
  EXPECT_EQ(resources, static_cast<std::size_t>(CDKPP_ALL_TYPES_COUNT));
  std::printf("%zu L1 types synthesized; %zu GetAtt accessors render their schema attribute\n", resources, attributes);
}

TEST(AllTypesTest, EveryTypeComesBackTypedThroughCfnInclude) {
  // Each service's template included again: the generated factory of every type makes its L1 class, whose
  // props hold every property and render them as they were.
  cdkpp_test::TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "cdk.out").string(), .treeMetadata = false});
  addAllTypes(app);
  const auto& assembly = app.synth();
  int typed = 0;
  for (const auto& artifact : assembly.stacks()) {
    // The including stack's synthesizer adds the BootstrapVersion parameter and rule itself (aws-cdk-lib fails on
    // the duplicate too), so the template is included without them and the round trip compares whole templates.
    const auto templateFile = dir / (artifact.artifactId + ".included.json");
    std::ofstream(templateFile) << cdkpp_test::withoutBootstrapScaffolding(artifact.templateJson()).dump(1);
    cdk::App again(cdk::AppProps{.treeMetadata = false});
    auto& stack = again.make<cdk::Stack>(artifact.artifactId);
    auto& included =
        stack.make<cdk::cloudformation_include::CfnInclude>("Included", {.templateFile = templateFile.string()});
    for (const auto& [id, resource] : artifact.templateJson().at("Resources").items()) {
      if (id == "AttributeProbe") continue;
      const cdk::CfnResource& l1 = included.getResource(id);
      EXPECT_NE(l1.typeInfo(), nullptr) << id << ": a CfnResource, not the generated class";
      EXPECT_NE(typeid(l1), typeid(cdk::CfnResource)) << id;
      ++typed;
    }
    const auto& synthesized = again.synth({.write = false});
    EXPECT_EQ(synthesized.stacks().front().templateJson(), artifact.templateJson()) << artifact.artifactId;
    for (const auto& message : synthesized.messages()) {
      EXPECT_EQ(message.message.find("does not list the property"), std::string::npos) << message.message;
    }
  }
  EXPECT_EQ(typed, CDKPP_ALL_TYPES_COUNT);
}

TEST(AllTypesTest, CfnLintAcceptsEveryType) {
  const std::string cfnLint = trim(run("command -v cfn-lint 2>/dev/null"));
  if (cfnLint.empty())
    GTEST_SKIP() << "cfn-lint is not on PATH (pip install cfn-lint==1.51.0): skipping the lint of "
                 << CDKPP_ALL_TYPES_COUNT << " L1 types";

  cdkpp_test::TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "cdk.out").string(), .treeMetadata = false});
  addAllTypes(app);
  const auto& assembly = app.synth();
  std::string command = "'" + cfnLint + "' --format json --regions us-east-1 --";
  for (const auto& stack : assembly.stacks())
    command += " '" + (assembly.directory() / stack.templateFile).string() + "'";

  int status = 0;
  const std::string output = run(command + " 2>&1", &status);
  nlohmann::json findings;
  try {
    findings = nlohmann::json::parse(output);
  } catch (const nlohmann::json::exception&) {
    FAIL() << "cfn-lint did not print JSON (exit status " << status << "):\n" << output.substr(0, 4000);
  }
  ASSERT_TRUE(findings.is_array()) << output.substr(0, 4000);

  std::map<std::string, int> byLevel;
  std::map<std::string, int> warningsByRule;
  std::string errors;
  std::string others;
  for (const auto& f : findings) {
    const std::string level = f.value("Level", "");
    const std::string rule = f.at("Rule").value("Id", "");
    ++byLevel[level];
    const auto path = f.at("Location").value("Path", nlohmann::json::array());
    const std::string line = "\n  " + rule + " " + std::filesystem::path(f.value("Filename", "")).filename().string() +
                             " " + path.dump() + ": " + f.value("Message", "");
    if (level == "Error") {
      errors += line;
    } else {
      ++warningsByRule[rule];
      others += line;
    }
  }
  std::string warnings;
  for (const auto& [rule, count] : warningsByRule) warnings += " " + rule + " x" + std::to_string(count);
  std::printf("cfn-lint checked %d L1 types in %zu templates: %d errors, %d warnings, %d informational;%s\n",
              CDKPP_ALL_TYPES_COUNT, assembly.stacks().size(), byLevel["Error"], byLevel["Warning"],
              byLevel["Informational"], warnings.empty() ? "" : (" not errors:" + warnings + others).c_str());
  EXPECT_EQ(byLevel["Error"], 0) << "cfn-lint errors:" << errors;
}

}  // namespace
