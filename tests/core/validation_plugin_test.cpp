// Validation plugins (Validations::of(app).addPlugins): run once per stack on its resolved template, findings
// mapped back to construct paths, errors failing synthesis together, warnings as annotations, files added to the
// assembly.
#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using cdkpp_test::TempDir;
namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

/// A plugin that records what it was given and reports what it is told to.
class RecordingPlugin : public cdk::IPolicyValidationPlugin {
 public:
  struct Seen {
    std::string stackPath;
    json templateJson;
    std::string templatePath;
    std::string queuePath;  ///< constructPath("Queue")
  };
  std::vector<Seen> seen;
  std::function<cdk::PolicyValidationPluginReport(cdk::IPolicyValidationContext&)> report =
      [](cdk::IPolicyValidationContext&) { return cdk::PolicyValidationPluginReport{}; };

  std::string name() const override { return "Recording"; }
  cdk::PolicyValidationPluginReport validate(cdk::IPolicyValidationContext& context) override {
    seen.push_back({context.stack().node().path(), context.templateJson(), context.templatePath(),
                    std::string(context.constructPath("Queue"))});
    return report(context);
  }
};

/// Two stacks; the second references the first's queue.
void buildQueueAndSubscriber(cdk::App& app) {
  auto& a = app.make<cdk::Stack>("A");
  auto& scope = a.make<cdk::Construct>("Messaging");
  auto& queue = scope.make<cdk::CfnResource>("Queue", {.type = "AWS::SQS::Queue"});
  queue.overrideLogicalId("Queue");
  a.make<cdk::CfnResource>(
      "Topic", {.properties = Value::map({{"DisplayName", queue.getAtt("QueueName")}}), .type = "AWS::SNS::Topic"});
  auto& b = app.make<cdk::Stack>("B");
  b.make<cdk::CfnResource>(
      "Sub", {.properties = Value::map({{"Endpoint", queue.getAtt("Arn")}}), .type = "AWS::SNS::Subscription"});
}

TEST(ValidationPlugins, SeeEachStacksResolvedTemplateOnce) {
  cdk::App app;
  buildQueueAndSubscriber(app);
  auto plugin = std::make_shared<RecordingPlugin>();
  cdk::Validations::of(app).addPlugins(plugin);
  const auto& assembly = app.synth({.write = false});
  ASSERT_EQ(plugin->seen.size(), 2u);
  const auto& a = plugin->seen[0];
  EXPECT_EQ(a.stackPath, "A");
  EXPECT_EQ(a.templatePath, "A.template.json");
  EXPECT_EQ(a.queuePath, "A/Messaging/Queue");
  EXPECT_EQ(a.templateJson["Resources"]["Topic"]["Properties"]["DisplayName"],
            json::parse(R"({"Fn::GetAtt": ["Queue", "QueueName"]})"));
  // The same resources as the template written for the stack.
  EXPECT_EQ(a.templateJson["Resources"], assembly.getStackByName("A").templateJson()["Resources"]);
  const auto& b = plugin->seen[1];
  EXPECT_EQ(b.stackPath, "B");
  EXPECT_EQ(b.queuePath, "");
  EXPECT_TRUE(b.templateJson["Resources"]["Sub"]["Properties"]["Endpoint"].contains("Fn::ImportValue"));
  ASSERT_EQ(assembly.validationReports().size(), 2u);
  EXPECT_EQ(assembly.validationReports()[0].plugin, "Recording");
  EXPECT_EQ(assembly.validationReports()[1].stackPath, "B");
}

TEST(ValidationPlugins, ErrorsOfEveryStackFailSynthesisTogether) {
  cdk::App app;
  buildQueueAndSubscriber(app);
  auto plugin = std::make_shared<RecordingPlugin>();
  plugin->report = [](cdk::IPolicyValidationContext& context) {
    cdk::PolicyValidationPluginReport r;
    r.success = false;
    const std::string id = context.stack().node().path() == "A" ? "Queue" : "Sub";
    r.violations.push_back({.description = "is not encrypted",
                            .fix = "Set KmsMasterKeyId.",
                            .ruleName = "R1",
                            .violatingResources = {{.resourceLogicalId = id}}});
    return r;
  };
  cdk::Validations::of(app).addPlugins(plugin);
  try {
    app.synth({.write = false});
    FAIL() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 2u);
    EXPECT_EQ(e.issues()[0].path, "A/Messaging/Queue");
    EXPECT_EQ(e.issues()[0].message, "R1: is not encrypted Set KmsMasterKeyId.");
    EXPECT_EQ(e.issues()[1].path, "B/Sub");
    EXPECT_NE(std::string(e.what()).find("A/Messaging/Queue"), std::string::npos);
  }
  EXPECT_EQ(plugin->seen.size(), 2u) << "every stack is checked before synthesis fails";
}

TEST(ValidationPlugins, WarningsAndReportOnlyErrorsAreAnnotations) {
  cdk::App app;
  buildQueueAndSubscriber(app);
  auto plugin = std::make_shared<RecordingPlugin>();
  plugin->report = [](cdk::IPolicyValidationContext& context) {
    cdk::PolicyValidationPluginReport r;  // success: the errors do not fail synthesis
    if (context.stack().node().path() != "A") return r;
    r.violations.push_back({.description = "error kept as a warning",
                            .ruleName = "E1",
                            .severity = "error",
                            .violatingResources = {{.resourceLogicalId = "Queue"}}});
    r.violations.push_back({.description = "a warning", .ruleName = "W1", .severity = "warning"});
    r.violations.push_back({.description = "an info",
                            .ruleName = "I1",
                            .severity = "info",
                            .violatingResources = {{.constructPath = "A/Topic"}}});
    return r;
  };
  cdk::Validations::of(app).addPlugins(plugin);
  const auto& assembly = app.synth({.write = false});
  std::vector<std::tuple<cdk::SynthesisMessage::Level, std::string, std::string>> messages;
  for (const auto& m : assembly.messages()) messages.emplace_back(m.level, m.path, m.message);
  using L = cdk::SynthesisMessage::Level;
  EXPECT_NE(std::find(messages.begin(), messages.end(),
                      std::make_tuple(L::Warning, std::string("A/Messaging/Queue"),
                                      std::string("E1: error kept as a warning"))),
            messages.end());
  EXPECT_NE(std::find(messages.begin(), messages.end(),
                      std::make_tuple(L::Warning, std::string("A"), std::string("W1: a warning"))),
            messages.end());
  EXPECT_NE(std::find(messages.begin(), messages.end(),
                      std::make_tuple(L::Info, std::string("A/Topic"), std::string("I1: an info"))),
            messages.end());
  const auto& report = assembly.validationReports()[0].report;
  EXPECT_EQ(report.violations[0].violatingResources[0].constructPath, "A/Messaging/Queue");
  EXPECT_EQ(report.violations[0].violatingResources[0].templatePath, "A.template.json");
}

TEST(ValidationPlugins, AddFilesToTheAssembly) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildQueueAndSubscriber(app);
  auto plugin = std::make_shared<RecordingPlugin>();
  plugin->report = [](cdk::IPolicyValidationContext& context) {
    context.addAssemblyFile("report-" + context.stack().stackName() + ".csv", "a,b\n");
    return cdk::PolicyValidationPluginReport{};
  };
  cdk::Validations::of(app).addPlugins(plugin);
  const auto& assembly = app.synth();
  EXPECT_EQ(cdkpp_test::readFile(dir / "out" / "report-A.csv"), "a,b\n");
  EXPECT_TRUE(fs::exists(dir / "out" / "report-B.csv"));
  // The plugin's files, then the stacks' asset manifests (their synthesizers run after the plugins).
  ASSERT_EQ(assembly.additionalFiles().size(), 4u);
  EXPECT_EQ(assembly.additionalFiles()[0].name, "report-A.csv");
  EXPECT_EQ(assembly.additionalFiles()[1].name, "report-B.csv");
  EXPECT_EQ(assembly.additionalFiles()[2].name, "A.assets.json");
}

TEST(ValidationPlugins, RefuseFileNamesOfTheAssembly) {
  for (const char* name : {"manifest.json", "A.template.json", "../x.csv", "sub/x.csv", ".hidden", ""}) {
    cdk::App app;
    buildQueueAndSubscriber(app);
    auto plugin = std::make_shared<RecordingPlugin>();
    plugin->report = [name](cdk::IPolicyValidationContext& context) {
      context.addAssemblyFile(name, "x");
      return cdk::PolicyValidationPluginReport{};
    };
    cdk::Validations::of(app).addPlugins(plugin);
    EXPECT_THROW_MSG(app.synth({.write = false}), cdk::Error, "a validation plugin asked to add");
  }
  cdk::App app;
  buildQueueAndSubscriber(app);
  auto plugin = std::make_shared<RecordingPlugin>();
  plugin->report = [](cdk::IPolicyValidationContext& context) {
    context.addAssemblyFile("same.csv", "x");
    return cdk::PolicyValidationPluginReport{};
  };
  cdk::Validations::of(app).addPlugins(plugin);
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::Error, "added 'same.csv' to the cloud assembly");
}

TEST(ValidationPlugins, BelongToAnApp) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  EXPECT_THROW_MSG(cdk::Validations::of(stack).addPlugins(std::make_shared<RecordingPlugin>()), cdk::ConstructError,
                   "S: validation plugins can only be added to an App");
  EXPECT_THROW_MSG(cdk::Validations::of(app).addPlugins(nullptr), cdk::ConstructError, "null plugin");
}

TEST(ValidationPlugins, ErrorsOfAPluginNameItAndTheStack) {
  cdk::App app;
  buildQueueAndSubscriber(app);
  auto plugin = std::make_shared<RecordingPlugin>();
  plugin->report = [](cdk::IPolicyValidationContext&) -> cdk::PolicyValidationPluginReport {
    throw std::runtime_error("boom");
  };
  cdk::Validations::of(app).addPlugins(plugin);
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::Error, "validation plugin 'Recording' failed on stack 'A': boom");
}

TEST(ValidationPlugins, WithoutPluginsNothingIsKept) {
  cdk::App app;
  buildQueueAndSubscriber(app);
  const auto& assembly = app.synth({.write = false});
  EXPECT_TRUE(assembly.validationReports().empty());
  // Only the stacks' asset manifests.
  ASSERT_EQ(assembly.additionalFiles().size(), 2u);
  EXPECT_EQ(assembly.additionalFiles()[0].name, "A.assets.json");
}

}  // namespace
