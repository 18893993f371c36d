// Architecture diagrams (cdk::architectureDiagram, --diagram): what is drawn, read back by Graphviz itself.
#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/diagram.hpp"
#include "dot_graph.hpp"
#include "test_support.hpp"

namespace {

using cdk::CfnResource;
using cdk::Value;
using cdkpp_test::DotGraph;
using cdkpp_test::readDot;
namespace fs = std::filesystem;

/// Two stacks: a construct with two resources (a cluster), one with a single resource (none), security groups
/// with an inline rule from anyone and a rule resource from another group, a DependsOn, references within the
/// stack and across stacks (a resource and a security-group rule).
struct Sample {
  cdk::App app;
  cdk::Stack* net;
  cdk::Stack* svc;

  Sample() {
    net = &app.make<cdk::Stack>("Net");
    auto& network = net->make<cdk::Construct>("Network");
    auto& vpc = network.make<CfnResource>(
        "Resource", {.properties = Value::map({{"CidrBlock", "10.0.0.0/16"}}), .type = "AWS::EC2::VPC"});
    auto& subnet = network.make<CfnResource>(
        "Subnet", {.properties = Value::map({{"VpcId", vpc.ref()}, {"CidrBlock", vpc.getAtt("CidrBlock")}}),
                   .type = "AWS::EC2::Subnet"});
    auto& topic = net->make<cdk::Construct>("Lonely").make<CfnResource>("Resource", {.type = "AWS::SNS::Topic"});
    topic.addDependency(subnet);
    auto& db = net->make<CfnResource>(
        "DbSg", {.properties = Value::map(
                     {{"GroupDescription", "db"},
                      {"VpcId", vpc.ref()},
                      {"SecurityGroupIngress",
                       Value::list({Value::map(
                           {{"CidrIp", "0.0.0.0/0"}, {"FromPort", 443}, {"IpProtocol", "tcp"}, {"ToPort", 443}})})}}),
                 .type = "AWS::EC2::SecurityGroup"});
    auto& appSg =
        net->make<CfnResource>("AppSg", {.properties = Value::map({{"GroupDescription", "app"}, {"VpcId", vpc.ref()}}),
                                         .type = "AWS::EC2::SecurityGroup"});
    net->make<CfnResource>("DbFromApp", {.properties = Value::map({{"GroupId", db.getAtt("GroupId")},
                                                                   {"SourceSecurityGroupId", appSg.getAtt("GroupId")},
                                                                   {"IpProtocol", "tcp"},
                                                                   {"FromPort", 5432},
                                                                   {"ToPort", 5432}}),
                                         .type = "AWS::EC2::SecurityGroupIngress"});
    // Graphviz must read any construct id: quotes, backslashes (one at the end).
    net->make<CfnResource>("We\"ird\\ id\\", {.type = "Custom::Thing"});

    svc = &app.make<cdk::Stack>("Svc");
    svc->make<CfnResource>("Queue", {.properties = Value::map({{"Peer", topic.ref()}}), .type = "AWS::SQS::Queue"});
    auto& svcSg = svc->make<CfnResource>(
        "SvcSg", {.properties = Value::map({{"GroupDescription", "svc"}}), .type = "AWS::EC2::SecurityGroup"});
    svc->make<CfnResource>("SvcFromApp", {.properties = Value::map({{"GroupId", svcSg.getAtt("GroupId")},
                                                                    {"SourceSecurityGroupId", appSg.getAtt("GroupId")},
                                                                    {"IpProtocol", "-1"}}),
                                          .type = "AWS::EC2::SecurityGroupIngress"});
  }
};

/// The node whose drawn text starts with `text` (labels are "<construct id>\n<type>").
std::string nodeNamed(const DotGraph& g, const std::string& text) {
  for (const auto& [name, node] : g.nodes) {
    if (node.text.starts_with(text)) return name;
  }
  ADD_FAILURE() << "no node labelled " << text;
  return "";
}

std::string edgeLabel(const DotGraph& g, const std::string& from, const std::string& to) {
  for (const auto& e : g.edges) {
    if (e.tail == nodeNamed(g, from) && e.head == nodeNamed(g, to)) return e.label;
  }
  return "<none>";
}

TEST(DiagramTest, AStackDrawnWithItsClustersReferencesAndRules) {
  if (!cdkpp_test::haveGraphviz()) GTEST_SKIP() << "Graphviz's dot is not installed (Debian package graphviz)";
  Sample s;
  const auto& assembly = s.app.synth({.write = false});
  const DotGraph g = readDot(cdk::architectureDiagram(s.app, assembly, "Net"));
  // Six resources (the rule resource is an edge), the peer "anyone", and the other stack's queue that refers to
  // the topic.
  EXPECT_EQ(g.nodes.size(), 8u);
  EXPECT_EQ(g.nodes.at(nodeNamed(g, "Network\n")).text, "Network\nAWS::EC2::VPC");  // an L2's "Resource"
  EXPECT_EQ(g.nodes.at(nodeNamed(g, "Lonely\n")).text, "Lonely\nAWS::SNS::Topic");
  EXPECT_EQ(g.nodes.at(nodeNamed(g, "We\"ird\\ id\\\n")).text, "We\"ird\\ id\\\nCustom::Thing");
  EXPECT_EQ(g.nodes.at(nodeNamed(g, "Svc/Queue\n")).attributes.value("style", ""), "filled,dashed");
  EXPECT_EQ(g.nodes.at(nodeNamed(g, "Network\n")).attributes.value("fillcolor", ""), "#8C4FFF");
  EXPECT_EQ(g.nodes.at(nodeNamed(g, "DbSg\n")).attributes.value("shape", ""), "octagon");
  EXPECT_EQ(g.nodes.at(nodeNamed(g, "Lonely\n")).attributes.value("shape", ""), "cds");

  EXPECT_EQ(g.edges.size(), 7u);
  EXPECT_EQ(edgeLabel(g, "Subnet\n", "Network\n"), "Ref, GetAtt");
  EXPECT_EQ(edgeLabel(g, "DbSg\n", "Network\n"), "Ref");
  EXPECT_EQ(edgeLabel(g, "AppSg\n", "Network\n"), "Ref");
  EXPECT_EQ(edgeLabel(g, "Lonely\n", "Subnet\n"), "DependsOn");
  EXPECT_EQ(edgeLabel(g, "0.0.0.0/0\nanyone", "DbSg\n"), "tcp 443");
  EXPECT_EQ(edgeLabel(g, "AppSg\n", "DbSg\n"), "tcp 5432");
  EXPECT_EQ(edgeLabel(g, "Svc/Queue\n", "Lonely\n"), "export (Ref)");

  // One cluster: the construct with two resources.
  ASSERT_EQ(g.clusters.size(), 1u);
  const auto& cluster = g.clusters.begin()->second;
  EXPECT_EQ(cluster.label, "Network\nConstruct");
  EXPECT_EQ(cluster.nodes, (std::set<std::string>{nodeNamed(g, "Network\n"), nodeNamed(g, "Subnet\n")}));
}

TEST(DiagramTest, TheAppDrawnWithAClusterPerStack) {
  if (!cdkpp_test::haveGraphviz()) GTEST_SKIP() << "Graphviz's dot is not installed (Debian package graphviz)";
  Sample s;
  const auto& assembly = s.app.synth({.write = false});
  const DotGraph g = readDot(cdk::architectureDiagram(s.app, assembly));
  EXPECT_EQ(g.nodes.size(), 9u);  // 6 + 2 resources, one peer
  EXPECT_EQ(g.edges.size(), 8u);
  EXPECT_EQ(edgeLabel(g, "Queue\n", "Lonely\n"), "export (Ref)");
  EXPECT_EQ(edgeLabel(g, "AppSg\n", "SvcSg\n"), "all traffic");  // the rule refers to the other stack's group
  std::map<std::string, std::string> parents;
  for (const auto& [name, cluster] : g.clusters)
    parents[cluster.label] = g.clusters.count(cluster.parent) ? g.clusters.at(cluster.parent).label : "";
  EXPECT_EQ(parents, (std::map<std::string, std::string>{
                         {"Net\nStack", ""}, {"Svc\nStack", ""}, {"Network\nConstruct", "Net\nStack"}}));
}

TEST(DiagramTest, UnknownStackIsAnError) {
  Sample s;
  const auto& assembly = s.app.synth({.write = false});
  EXPECT_THROW_MSG(cdk::architectureDiagram(s.app, assembly, "Nope"), cdk::Error,
                   "architectureDiagram: the assembly has no stack 'Nope'; its stacks are: Net, Svc");
}

TEST(DiagramTest, WrittenWhenAskedWithSvgWhenGraphvizIsThere) {
  cdkpp_test::TempDir dir;
  const std::string out = (dir / "out").string();
  const char* argv[] = {"app", "--output", out.c_str(), "--diagram"};
  cdk::App app(4, argv);
  app.make<cdk::Stack>("Only").make<CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  const auto& assembly = app.synth();
  for (const char* name : {"Only.diagram.dot", "app.diagram.dot"}) EXPECT_TRUE(fs::exists(dir / "out" / name)) << name;
  EXPECT_EQ(cdkpp_test::readFile(dir / "out" / "Only.diagram.dot"), cdk::architectureDiagram(app, assembly, "Only"));
  if (cdkpp_test::haveGraphviz()) {
    for (const char* name : {"Only.diagram.svg", "app.diagram.svg"}) {
      ASSERT_TRUE(fs::exists(dir / "out" / name)) << name;
      EXPECT_NE(cdkpp_test::readFile(dir / "out" / name).find("<svg"), std::string::npos);
    }
  }
  // Not asked: not written.
  cdkpp_test::TempDir plain;
  cdk::App quiet(cdk::AppProps{.outdir = (plain / "out").string()});
  quiet.make<cdk::Stack>("Only");
  quiet.synth();
  EXPECT_FALSE(fs::exists(plain / "out" / "app.diagram.dot"));
  // By context, as `cdk synth -c cdkpp:diagram=true` passes it.
  cdkpp_test::TempDir byContext;
  cdk::App asked(cdk::AppProps{.context = {{"cdkpp:diagram", "true"}}, .outdir = (byContext / "out").string()});
  asked.make<cdk::Stack>("Only");
  asked.synth();
  EXPECT_TRUE(fs::exists(byContext / "out" / "Only.diagram.dot"));
}

TEST(DiagramTest, WithoutGraphvizOnlyTheDotFilesAndAnInfo) {
  cdkpp_test::TempDir dir;
  const char* path = std::getenv("PATH");
  const std::string saved = path ? path : "";
  ::setenv("PATH", (dir / "empty").string().c_str(), 1);  // no dot to be found
  cdk::App app(cdk::AppProps{.diagram = true, .outdir = (dir / "out").string()});
  app.make<cdk::Stack>("Only");
  const auto& assembly = app.synth();
  ::setenv("PATH", saved.c_str(), 1);
  EXPECT_TRUE(fs::exists(dir / "out" / "Only.diagram.dot"));
  EXPECT_FALSE(fs::exists(dir / "out" / "Only.diagram.svg"));
  bool told = false;
  for (const auto& m : assembly.messages()) told = told || m.message.find("Graphviz's dot is not installed") == 0;
  EXPECT_TRUE(told);
}

TEST(DiagramTest, AStackCalledAppCannotHaveTheAppsDiagramName) {
  cdkpp_test::TempDir dir;
  cdk::App app(cdk::AppProps{.diagram = true, .outdir = (dir / "out").string()});
  app.make<cdk::Stack>("app");
  EXPECT_THROW_MSG(app.synth(), cdk::ValidationError,
                   "the diagram of stack 'app' would be app.diagram.dot, the name of the app's diagram");
  EXPECT_FALSE(fs::exists(dir / "out"));
}

}  // namespace
