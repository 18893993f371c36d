// DependencyGraph on its own: edges kept once in order, cycles, topological order, DOT output, bad vertices.
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "cdk/core/dependency_graph.hpp"

namespace {

using cdk::DependencyGraph;
using Kind = DependencyGraph::EdgeKind;

DependencyGraph threeElements() {
  DependencyGraph g;
  g.addVertex({"S/A", "A", "S"});
  g.addVertex({"S/B", "B", "S"});
  g.addVertex({"S/C", "C", "S"});
  return g;
}

TEST(DependencyGraphTest, EdgesAreKeptOnceInTheOrderFirstAdded) {
  DependencyGraph g = threeElements();
  g.addEdge(2, 1, Kind::Reference);
  g.addEdge(1, 0, Kind::DependsOn);
  g.addEdge(2, 1, Kind::Reference);  // the same edge again
  g.addEdge(2, 1, Kind::DependsOn);  // same vertices, another kind: a second edge
  const auto& edges = g.edges();
  ASSERT_EQ(edges.size(), 3u);
  EXPECT_EQ(edges[0].from, 2u);
  EXPECT_EQ(edges[0].to, 1u);
  EXPECT_EQ(edges[0].kind, Kind::Reference);
  EXPECT_EQ(edges[1].from, 1u);
  EXPECT_EQ(edges[1].kind, Kind::DependsOn);
  EXPECT_EQ(edges[2].kind, Kind::DependsOn);
  EXPECT_EQ(g.vertexCount(), 3u);
  EXPECT_EQ(g.vertex(1).logicalId, "B");
}

TEST(DependencyGraphTest, TopologicalOrderPutsDependenciesFirst) {
  DependencyGraph g = threeElements();
  g.addEdge(0, 1, Kind::Reference);  // A depends on B
  g.addEdge(1, 2, Kind::Reference);  // B depends on C
  EXPECT_EQ(g.topologicalOrder(), (std::vector<std::size_t>{2, 1, 0}));
  EXPECT_TRUE(g.findCycle().empty());
}

TEST(DependencyGraphTest, CycleIsFoundOnlyAmongAcceptedEdges) {
  DependencyGraph g = threeElements();
  g.addEdge(0, 1, Kind::Reference);
  g.addEdge(1, 2, Kind::Reference);
  g.addEdge(2, 0, Kind::DependsOn);
  const auto cycle = g.findCycle();
  ASSERT_EQ(cycle.size(), 4u);
  EXPECT_EQ(cycle.front(), cycle.back());
  EXPECT_TRUE(g.topologicalOrder().empty());
  const auto referencesOnly = [](const DependencyGraph::Edge& e) { return e.kind == Kind::Reference; };
  EXPECT_TRUE(g.findCycle(referencesOnly).empty());
  EXPECT_EQ(g.topologicalOrder(referencesOnly).size(), 3u);
}

TEST(DependencyGraphTest, GraphvizLabelsVerticesAndEdgeKinds) {
  DependencyGraph g = threeElements();
  g.addVertex({"S", "", "S"});
  g.addEdge(0, 1, Kind::Reference);
  g.addEdge(1, 2, Kind::DependsOn);
  std::ostringstream dot;
  g.writeGraphviz(dot);
  const std::string text = dot.str();
  EXPECT_NE(text.find("digraph"), std::string::npos);
  EXPECT_NE(text.find("[label=\"S/A\nA\"]"), std::string::npos) << text;  // path and logical ID on two lines
  EXPECT_NE(text.find("[label=S, shape=box, style=bold]"), std::string::npos) << text;  // the stack vertex
  EXPECT_NE(text.find("0->1 [label=ref]"), std::string::npos) << text;
  EXPECT_NE(text.find("1->2 [label=dependsOn, style=dashed]"), std::string::npos) << text;
}

TEST(DependencyGraphTest, EdgeToAMissingVertexIsAnError) {
  DependencyGraph g = threeElements();
  try {
    g.addEdge(0, 7, Kind::Reference);
    FAIL() << "expected std::out_of_range";
  } catch (const std::out_of_range& e) {
    EXPECT_STREQ(e.what(), "DependencyGraph::addEdge: vertex 0 or 7 does not exist (the graph has 3)");
  }
  EXPECT_TRUE(g.edges().empty());
}

}  // namespace
