#include <sstream>

#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_programs.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using json = nlohmann::ordered_json;

using cdkpp_test::topic;

TEST(DependencyTest, ConstructDependenciesExpandToEveryResource) {
  // Mirrors aws-cdk-lib: B/R1 and B/R2 each depend on A (reference output of the same program).
  cdk::App app;
  auto& s = app.make<cdk::Stack>("Service");
  auto& a = topic(s, "A");
  auto& b = s.make<cdk::Construct>("B");
  topic(b, "R1");
  topic(b, "R2");
  b.node().addDependency(a);
  json t = app.synth({.write = false}).getStackByName("Service").templateJson();
  EXPECT_EQ(t["Resources"]["BR1D9C61034"]["DependsOn"].dump(), R"(["A"])");
  EXPECT_EQ(t["Resources"]["BR2304FB75E"]["DependsOn"].dump(), R"(["A"])");
}

TEST(DependencyTest, DependsOnIsSortedByPath) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& role = s.make<cdk::Construct>("TaskRole");
  topic(role, "Resource");
  topic(role.make<cdk::Construct>("DefaultPolicy"), "Resource");
  auto& listener = topic(s.make<cdk::Construct>("ALB").make<cdk::Construct>("Listener"), "Resource");
  auto& service = topic(s, "Service");
  service.node().addDependency(role);
  service.addDependency(listener);
  json t = app.synth({.write = false}).getStackByName("S").templateJson();
  EXPECT_EQ(t["Resources"]["Service"]["DependsOn"].dump(),
            json::array({cdk::makeUniqueId({"ALB", "Listener", "Resource"}),
                         cdk::makeUniqueId({"TaskRole", "DefaultPolicy", "Resource"}),
                         cdk::makeUniqueId({"TaskRole", "Resource"})})
                .dump());
}

TEST(DependencyTest, DependencyGroupsAreReadAtSynthesis) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  cdk::DependencyGroup group;
  auto& consumer = topic(s, "Consumer");
  consumer.node().addDependency(group);
  group.add(topic(s, "Late"));  // added after the dependency was declared
  json t = app.synth({.write = false}).getStackByName("S").templateJson();
  EXPECT_EQ(t["Resources"]["Consumer"]["DependsOn"].dump(), R"(["Late"])");
}

TEST(DependencyTest, ReferenceCycleIsReportedElementByElement) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& a = topic(s, "A");
  auto& b = topic(s, "B", Value::map({{"Peer", a.ref()}}));
  auto& c = topic(s, "C", Value::map({{"Peer", b.getAtt("Arn")}}));
  a.addDependency(c);
  try {
    app.synth({.write = false});
    FAIL() << "expected a CycleError";
  } catch (const cdk::CycleError& e) {
    EXPECT_EQ(e.cycle().size(), 4u);
    EXPECT_EQ(e.cycle().front(), e.cycle().back());
    EXPECT_NE(std::string(e.what()).find("resources of stack 'S' depend on each other in a cycle"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("S/A (A) -> S/C (C) -> S/B (B) -> S/A (A)"), std::string::npos) << e.what();
  }
}

TEST(DependencyTest, StackCycleIsReported) {
  cdk::App app;
  auto& one = app.make<cdk::Stack>("One");
  auto& two = app.make<cdk::Stack>("Two");
  auto& a = topic(one, "A");
  topic(two, "B", Value::map({{"Peer", a.ref()}}));
  one.addDependency(two, "one needs two");
  try {
    app.synth({.write = false});
    FAIL() << "expected a CycleError";
  } catch (const cdk::CycleError& e) {
    EXPECT_NE(std::string(e.what()).find("stacks depend on each other in a cycle: One -> Two -> One"),
              std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("Two/B references One/A"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("one needs two"), std::string::npos) << e.what();
  }
}

TEST(DependencyTest, GraphvizView) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& a = topic(s, "A");
  topic(s, "B", Value::map({{"Peer", a.ref()}}));
  const auto& assembly = app.synth({.write = false});
  std::ostringstream dot;
  assembly.dependencyGraph().writeGraphviz(dot);
  EXPECT_NE(dot.str().find("digraph"), std::string::npos);
  EXPECT_NE(dot.str().find("label=\"S/B\nB\""), std::string::npos) << dot.str();
  EXPECT_NE(dot.str().find("label=ref"), std::string::npos);
}

TEST(CrossStackTest, ReferencesBecomeExportsAndImportsAsInCdk) {
  // The same program with aws-cdk-lib 2.276 renders exactly these outputs and imports.
  cdk::App app;
  auto& network = app.make<cdk::Stack>("Network");
  auto& vpc = network.make<cdk::Construct>("Vpc").make<cdk::CfnResource>(
      "Resource", {.properties = Value::map({{"CidrBlock", "10.0.0.0/16"}}), .type = "AWS::EC2::VPC"});
  auto& service = app.make<cdk::Stack>("Service");
  service.make<cdk::CfnResource>(
      "Sg",
      {.properties = Value::map({{"GroupDescription", "x"}, {"VpcId", vpc.ref()}, {"Other", vpc.getAtt("CidrBlock")}}),
       .type = "AWS::EC2::SecurityGroup"});
  const auto& assembly = app.synth({.write = false});
  const json& networkTemplate = assembly.getStackByName("Network").templateJson();
  EXPECT_EQ(
      json({{"Resources", networkTemplate["Resources"]}, {"Outputs", networkTemplate["Outputs"]}}).dump(),
      R"({"Resources":{"Vpc8378EB38":{"Type":"AWS::EC2::VPC","Properties":{"CidrBlock":"10.0.0.0/16"}}},)"
      R"("Outputs":{"ExportsOutputRefVpc8378EB38272D6E3A":{"Value":{"Ref":"Vpc8378EB38"},)"
      R"("Export":{"Name":"Network:ExportsOutputRefVpc8378EB38272D6E3A"}},)"
      R"("ExportsOutputFnGetAttVpc8378EB38CidrBlock14DD2396":{"Value":{"Fn::GetAtt":["Vpc8378EB38","CidrBlock"]},)"
      R"("Export":{"Name":"Network:ExportsOutputFnGetAttVpc8378EB38CidrBlock14DD2396"}}}})");
  EXPECT_EQ(assembly.getStackByName("Service").templateJson()["Resources"]["Sg"]["Properties"].dump(),
            R"({"GroupDescription":"x","VpcId":{"Fn::ImportValue":"Network:ExportsOutputRefVpc8378EB38272D6E3A"},)"
            R"("Other":{"Fn::ImportValue":"Network:ExportsOutputFnGetAttVpc8378EB38CidrBlock14DD2396"}})");
  EXPECT_EQ(assembly.getStackByName("Service").dependencies, std::vector<std::string>{"Network"});
  // The stacks first, then the stack's asset manifest.
  EXPECT_EQ(assembly.manifest()["artifacts"]["Service"]["dependencies"].dump(), R"(["Network","Service.assets"])");
  // Deployment order: the producer first, whatever the order of creation.
  EXPECT_EQ(assembly.stacks().front().stackName, "Network");
}

TEST(CrossStackTest, ProducerCreatedAfterConsumerStillDeploysFirst) {
  cdk::App app;
  auto& consumer = app.make<cdk::Stack>("Consumer");
  auto& producer = app.make<cdk::Stack>("Producer");
  auto& t = topic(producer, "T");
  topic(consumer, "C", Value::map({{"Peer", t.ref()}}));
  const auto& assembly = app.synth({.write = false});
  ASSERT_EQ(assembly.stacks().size(), 2u);
  EXPECT_EQ(assembly.stacks()[0].stackName, "Producer");
  EXPECT_EQ(assembly.stacks()[1].stackName, "Consumer");
}

TEST(CrossStackTest, ExplicitExport) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("Prod");
  auto& t = topic(s, "T");
  Value imported = s.exportValue(t.ref());
  Value named = s.exportValue(t.getAtt("TopicName"), "topic-name");
  EXPECT_EQ(imported.toString(), "${Token[Fn::ImportValue]}");
  json out = app.synth({.write = false}).getStackByName("Prod").templateJson()["Outputs"];
  const std::string refId = cdk::makeUniqueId({"Exports", R"(Output{"Ref":"T"})"});
  EXPECT_EQ(out[refId].dump(), R"({"Value":{"Ref":"T"},"Export":{"Name":"Prod:)" + refId + R"("}})");
  const std::string attId = cdk::makeUniqueId({"Exports", R"(Output{"Fn::GetAtt":["T","TopicName"]})"});
  EXPECT_EQ(out[attId]["Export"]["Name"], "topic-name");
  EXPECT_THROW_MSG(s.exportValue(t.getAtt("TopicName"), "other-name"), cdk::ConstructError,
                   "is already exported as 'topic-name'");
  EXPECT_THROW_MSG(s.exportValue("literal"), cdk::ConstructError, "pass an explicit export name");
}

TEST(CrossStackTest, AcrossEnvironmentsIsAnError) {
  cdk::App app;
  auto& a = app.make<cdk::Stack>("A", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  auto& b = app.make<cdk::Stack>("B", {.env = cdk::Environment{.account = "222222222222", .region = "us-east-1"}});
  auto& t = topic(a, "T");
  topic(b, "C", Value::map({{"Peer", t.ref()}}));
  EXPECT_THROW_MSG(
      app.synth({.write = false}), cdk::ReferenceError,
      "B/C at Resources.C.Properties.Peer: refers to 'A/T' of stack 'A' (aws://111111111111/us-east-1), but "
      "this stack 'B' is deployed to aws://222222222222/us-east-1");
}

TEST(CrossStackTest, AcrossRegionsIsAnError) {
  cdk::App app;
  auto& a = app.make<cdk::Stack>("A", {.env = cdk::Environment{.region = "us-east-1"}});
  auto& b = app.make<cdk::Stack>("B", {.env = cdk::Environment{.region = "eu-west-1"}});
  auto& t = topic(a, "T");
  topic(b, "C", Value::map({{"Peer", t.ref()}}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ReferenceError, "same account and region");
}

TEST(CrossStackTest, ReferenceToAnotherAppIsAnError) {
  cdk::App one;
  cdk::App two;
  auto& a = one.make<cdk::Stack>("A");
  auto& t = topic(a, "T");
  auto& b = two.make<cdk::Stack>("B");
  topic(b, "C", Value::map({{"Peer", t.ref()}}));
  EXPECT_THROW_MSG(two.synth({.write = false}), cdk::ReferenceError, "refers to 'A/T', which belongs to another App");
  b.node().addDependency(a);
  EXPECT_THROW_MSG(two.synth({.write = false}), cdk::ReferenceError, "belongs to another App");
}

TEST(CrossStackTest, DuplicateExportNamesAreAnError) {
  cdk::App app;
  auto& a = app.make<cdk::Stack>("A");
  auto& b = app.make<cdk::Stack>("B");
  a.make<cdk::CfnOutput>("O", {.exportName = "shared-name", .value = "x"});
  b.make<cdk::CfnOutput>("O", {.exportName = "shared-name", .value = "y"});
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "export name 'shared-name' of output 'O' is also exported by 'A/O'");
}

}  // namespace
