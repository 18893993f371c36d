// Dashboards: the layout of rows and columns, widgets changed after they were added, the body as JSON text
// (numbers and strings as JavaScript writes them, references spliced in, from other stacks too).
#include <memory>

#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cloudwatch_test_util.hpp"

namespace {

namespace cw = cdk::cloudwatch;
using datatest::json;

using cwtest::cpu;

/// The body text of the dashboard "Dashboard" of the fixture's stack, with each reference spliced into it
/// written as "<Ref AWS::Region>" (or the JSON of the intrinsic).
std::string bodyText(datatest::Fixture& f) {
  const json value = datatest::synthTemplate(f.app)["Resources"]["Dashboard9E4231ED"]["Properties"]["DashboardBody"];
  if (value.is_string()) return value.get<std::string>();
  std::string text;
  for (const auto& part : value["Fn::Join"][1]) {
    if (part.is_string()) {
      text += part.get<std::string>();
    } else if (part.contains("Ref")) {
      text += "<Ref " + part["Ref"].get<std::string>() + ">";
    } else {
      text += "<" + part.dump() + ">";
    }
  }
  return text;
}

json body(datatest::Fixture& f) { return json::parse(bodyText(f)); }

std::vector<std::pair<int, int>> positions(const json& body) {
  std::vector<std::pair<int, int>> out;
  for (const auto& widget : body["widgets"]) out.emplace_back(widget["x"], widget["y"]);
  return out;
}

cw::TextWidget text(int width, int height = 2) {
  return cw::TextWidget({.height = height, .markdown = "t", .width = width});
}

TEST(CloudwatchDashboard, RowsWrapAndStack) {
  datatest::Fixture f;
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard");
  dashboard.addWidgets(text(10), text(10, 4), text(10), text(24, 1));
  dashboard.addWidgets(text(6));
  const json b = body(f);
  const std::vector<std::pair<int, int>> expected{{0, 0}, {10, 0}, {0, 4}, {0, 6}, {0, 7}};
  EXPECT_EQ(positions(b), expected);
}

TEST(CloudwatchDashboard, ColumnsAndSpacers) {
  datatest::Fixture f;
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard");
  dashboard.addWidgets(cw::Column(text(6, 3), cw::Spacer({.height = 2}), text(8, 1)), cw::Spacer({.width = 4}),
                       text(6));
  const json b = body(f);
  const std::vector<std::pair<int, int>> expected{{0, 0}, {0, 5}, {12, 0}};
  EXPECT_EQ(positions(b), expected);
}

TEST(CloudwatchDashboard, RowAddWidgetPlacesBelowAndRightAsAwsCdkLib) {
  datatest::Fixture f;
  auto row = std::make_shared<cw::Row>(text(6), text(6));
  row->addWidget(text(4));   // right of the width, below the height: (12, 2)
  row->addWidget(text(20));  // does not fit: left edge, below: (0, 4)
  f.stack->make<cw::Dashboard>("Dashboard").addWidgets(row);
  const std::vector<std::pair<int, int>> expected{{0, 0}, {6, 0}, {12, 2}, {0, 4}};
  EXPECT_EQ(positions(body(f)), expected);
}

TEST(CloudwatchDashboard, WidgetsHeldBySharedPointerCanStillChange) {
  datatest::Fixture f;
  auto graph = std::make_shared<cw::GraphWidget>(cw::GraphWidgetProps{.title = "CPU"});
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard", {.widgets = {{graph}}});
  graph->addLeftMetric(cpu());
  graph->addRightMetric(cpu().with({.statistic = "Maximum"}));
  EXPECT_EQ(
      body(f)["widgets"][0]["properties"]["metrics"],
      json::parse(
          R"([["AWS/ECS", "CPUUtilization"], ["AWS/ECS", "CPUUtilization", {"stat": "Maximum", "yAxis": "right"}]])"));
  (void)dashboard;
}

TEST(CloudwatchDashboard, NumbersAndTextAsJavaScriptWritesThem) {
  datatest::Fixture f;
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard");
  dashboard.addWidgets(cw::GraphWidget({.left = {cpu()},
                                        .leftAnnotations = {{.value = 0.1}, {.value = 1e-7}, {.value = 1e21}},
                                        .leftYAxis = cw::YAxisProps{.max = 99.5, .min = -2}}),
                       cw::TextWidget({.markdown = "Überwachung – \"quoted\" \t tab\u0001"}));
  const std::string textBody = bodyText(f);
  EXPECT_NE(
      textBody.find(
          R"("horizontal":[{"value":0.1,"yAxis":"left"},{"value":1e-7,"yAxis":"left"},{"value":1e+21,"yAxis":"left"}])"),
      std::string::npos)
      << textBody;
  EXPECT_NE(textBody.find(R"("yAxis":{"left":{"min":-2,"max":99.5}})"), std::string::npos) << textBody;
  EXPECT_NE(textBody.find(R"("markdown":"Überwachung – \"quoted\" \t tab\u0001")"), std::string::npos) << textBody;
}

TEST(CloudwatchDashboard, ReferencesToOtherStacksAreImported) {
  cdk::App app;
  auto& producer = app.make<cdk::Stack>("Producer", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  auto& consumer = app.make<cdk::Stack>("Consumer", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  auto& alarm = producer.make<cw::Alarm>("Alarm", {.evaluationPeriods = 1, .metric = cpu(), .threshold = 1});
  consumer.make<cw::Dashboard>("Dashboard").addWidgets(cw::AlarmWidget({.alarm = alarm}));
  const auto& assembly = app.synth({.write = false});
  const json t = assembly.getStackArtifact("Consumer").templateJson();
  const json join = t["Resources"]["Dashboard9E4231ED"]["Properties"]["DashboardBody"]["Fn::Join"];
  ASSERT_TRUE(join.is_array()) << t.dump(1);
  EXPECT_EQ(join[0], "");
  bool imported = false;
  for (const auto& part : join[1]) imported = imported || part.contains("Fn::ImportValue");
  EXPECT_TRUE(imported) << join.dump(1);
  const json producerTemplate = assembly.getStackArtifact("Producer").templateJson();
  EXPECT_FALSE(producerTemplate["Outputs"].empty()) << "the producer exports the alarm's ARN";
}

TEST(CloudwatchDashboard, WarningsOfTheMetricsShownGoToTheDashboard) {
  datatest::Fixture f;
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard");
  dashboard.addWidgets(
      cw::Row(cw::GraphWidget({.left = {cw::Metric({.metricName = "m", .namespace_ = "n", .statistic = "median"})}})));
  datatest::synthTemplate(f.app);
  const auto found = datatest::messagesWith(f.app, "Unrecognized statistic \"median\"");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].path, "TapStackdev/Dashboard");
}

TEST(CloudwatchDashboard, SynthesizingTwiceGivesTheSameBody) {
  datatest::Fixture f;
  auto& dashboard = f.stack->make<cw::Dashboard>("Dashboard");
  dashboard.addWidgets(text(10), text(10));
  const json first = datatest::synthTemplate(f.app);
  const json second = datatest::synthTemplate(f.app);
  EXPECT_EQ(first, second);
}

}  // namespace
