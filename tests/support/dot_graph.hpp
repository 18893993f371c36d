// Reads a Graphviz DOT text back with Graphviz itself (`dot -Tjson`), for tests of the architecture diagrams:
// what a reader of the file gets, not what the writer meant.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace cdkpp_test {

struct DotGraph {
  struct Node {
    std::string label;  ///< the label attribute as Graphviz read it
    std::string text;   ///< the lines it draws, joined with "\n": what a viewer sees
    nlohmann::json attributes;
  };
  struct Cluster {
    std::string label;
    std::set<std::string> nodes;        ///< its own nodes, not those of the clusters inside it
    std::vector<std::string> clusters;  ///< the clusters directly inside it
    std::string parent;                 ///< empty at the top
  };
  struct Edge {
    std::string tail;
    std::string head;
    std::string label;
    nlohmann::json attributes;
  };
  std::map<std::string, Node> nodes;  ///< by node name
  std::map<std::string, Cluster> clusters;
  std::vector<Edge> edges;
};

inline bool haveGraphviz() { return haveCommand("dot"); }

/// The graph as Graphviz reads it. Fails the test (and returns an empty graph) when dot rejects the text.
inline DotGraph readDot(const std::string& dot) {
  TempDir dir;
  {
    std::ofstream out(dir / "graph.dot", std::ios::binary);
    out << dot;
  }
  CommandResult run = runCommand("dot -Tjson '" + (dir / "graph.dot").string() + "'");
  if (run.status != 0 && run.output.find("trouble in init_rank") != std::string::npos) {
    // As the synthesis draws it (lib/core/synthesis/graphviz.cpp): dot's newer ranking, where the classic one fails.
    run = runCommand("dot -Gnewrank=true -Tjson '" + (dir / "graph.dot").string() + "'");
  }
  const auto& [status, output] = run;
  if (status != 0) {
    ADD_FAILURE() << "dot rejects the diagram:\n" << output << "\n" << dot;
    return {};
  }
  const auto json = nlohmann::json::parse(output);
  DotGraph graph;
  std::map<int, std::string> names;  // node _gvid -> name
  const auto& objects = json.value("objects", nlohmann::json::array());
  const int subgraphs = json.value("_subgraph_cnt", 0);
  for (const auto& object : objects) {
    if (object.contains("nodes") || object.value("_gvid", 0) < subgraphs) continue;
    names[object["_gvid"].get<int>()] = object["name"].get<std::string>();
    std::string text;
    for (const auto& op : object.value("_ldraw_", nlohmann::json::array())) {
      if (op.value("op", "") != "T") continue;
      if (!text.empty()) text += '\n';
      text += op.value("text", "");
    }
    graph.nodes[object["name"].get<std::string>()] = {object.value("label", ""), text, object};
  }
  std::map<int, std::string> clusterNames;
  for (const auto& object : objects) {
    if (object.value("_gvid", 0) < subgraphs) clusterNames[object["_gvid"].get<int>()] = object["name"];
  }
  for (const auto& object : objects) {
    if (object.value("_gvid", 0) >= subgraphs) continue;
    DotGraph::Cluster& cluster = graph.clusters[object["name"].get<std::string>()];
    cluster.label = object.value("label", "");
    for (int id : object.value("nodes", std::vector<int>{})) cluster.nodes.insert(names[id]);
    for (int id : object.value("subgraphs", std::vector<int>{})) cluster.clusters.push_back(clusterNames[id]);
  }
  // A cluster lists the nodes of the clusters inside it too: keep its own.
  std::map<std::string, std::set<std::string>> all;
  for (const auto& [name, cluster] : graph.clusters) all[name] = cluster.nodes;
  for (auto& [name, cluster] : graph.clusters) {
    for (const auto& child : cluster.clusters) {
      graph.clusters[child].parent = name;
      for (const auto& node : all[child]) cluster.nodes.erase(node);
    }
  }
  for (const auto& edge : json.value("edges", nlohmann::json::array())) {
    graph.edges.push_back(
        {names[edge["tail"].get<int>()], names[edge["head"].get<int>()], edge.value("label", ""), edge});
  }
  return graph;
}

}  // namespace cdkpp_test
