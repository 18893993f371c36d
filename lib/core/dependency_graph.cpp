#include "cdk/core/dependency_graph.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>
#include <stdexcept>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/graph/topological_sort.hpp>
#include <fmt/format.h>

namespace cdk {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                    boost::property<boost::edge_name_t, DependencyGraph::EdgeKind>>;
using VertexDescriptor = boost::graph_traits<Graph>::vertex_descriptor;

// Edges are kept in one contiguous list, in the order they were added; each query builds the Boost graph it
// needs from it. A Boost adjacency list kept up to date would hold every edge's property in its own heap
// block: walking 100,000 of them scattered over a large app's heap cost more than building a graph afresh.
// Duplicates are found on the source's own edges, chained through the list (a vertex has a few), not in a
// hash set of every edge of the app, whose lookups miss the cache more as the app grows.
struct DependencyGraph::Impl {
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<Vertex> vertices;
  std::vector<std::size_t> newestEdgeFrom;  ///< per vertex: its newest outgoing edge, or kNone
  std::vector<Edge> edges;
  std::vector<std::size_t> olderEdgeFrom;  ///< per edge: the next older edge of the same source, or kNone
};

namespace {

/// Records the first back edge a depth-first search meets; the tree edges leading to it close the cycle.
struct BackEdgeRecorder : boost::default_dfs_visitor {
  BackEdgeRecorder(std::vector<std::size_t>& parent, std::optional<std::pair<std::size_t, std::size_t>>& backEdge)
      : parent_(&parent), backEdge_(&backEdge) {}
  void tree_edge(boost::graph_traits<Graph>::edge_descriptor e, const Graph& g) const {
    (*parent_)[boost::target(e, g)] = boost::source(e, g);
  }
  void back_edge(boost::graph_traits<Graph>::edge_descriptor e, const Graph& g) const {
    if (!*backEdge_) *backEdge_ = std::make_pair(boost::source(e, g), boost::target(e, g));
  }
  std::vector<std::size_t>* parent_;
  std::optional<std::pair<std::size_t, std::size_t>>* backEdge_;
};

/// Text for Boost's writer, which quotes and escapes quotes but not backslashes (Graphviz reads "\\" as one).
std::string keepBackslashes(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

DependencyGraph::DependencyGraph() : impl_(std::make_unique<Impl>()) {}
DependencyGraph::~DependencyGraph() = default;
DependencyGraph::DependencyGraph(DependencyGraph&&) noexcept = default;
DependencyGraph& DependencyGraph::operator=(DependencyGraph&&) noexcept = default;

std::size_t DependencyGraph::addVertex(Vertex vertex) {
  impl_->vertices.push_back(std::move(vertex));
  impl_->newestEdgeFrom.push_back(Impl::kNone);
  return impl_->vertices.size() - 1;
}

void DependencyGraph::addEdge(std::size_t from, std::size_t to, EdgeKind kind) {
  const std::size_t count = impl_->vertices.size();
  if (from >= count || to >= count) {
    throw std::out_of_range(
        fmt::format("DependencyGraph::addEdge: vertex {} or {} does not exist (the graph has {})", from, to, count));
  }
  Impl& g = *impl_;
  for (std::size_t e = g.newestEdgeFrom[from]; e != Impl::kNone; e = g.olderEdgeFrom[e]) {
    if (g.edges[e].to == to && g.edges[e].kind == kind) return;
  }
  g.edges.push_back({from, to, kind});
  g.olderEdgeFrom.push_back(g.newestEdgeFrom[from]);
  g.newestEdgeFrom[from] = g.edges.size() - 1;
}

std::size_t DependencyGraph::vertexCount() const noexcept { return impl_->vertices.size(); }

const DependencyGraph::Vertex& DependencyGraph::vertex(std::size_t index) const { return impl_->vertices.at(index); }

const std::vector<DependencyGraph::Edge>& DependencyGraph::edges() const noexcept { return impl_->edges; }

namespace {
Graph filtered(std::size_t vertexCount, const std::vector<DependencyGraph::Edge>& edges,
               const DependencyGraph::EdgeFilter& include) {
  Graph g(vertexCount);
  for (const auto& e : edges) {
    if (!include || include(e)) boost::add_edge(e.from, e.to, e.kind, g);
  }
  return g;
}
}  // namespace

std::vector<std::size_t> DependencyGraph::findCycle(const EdgeFilter& include) const {
  const Graph g = filtered(impl_->vertices.size(), impl_->edges, include);
  std::vector<std::size_t> parent(boost::num_vertices(g));
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  std::optional<std::pair<std::size_t, std::size_t>> backEdge;
  std::vector<boost::default_color_type> colors(boost::num_vertices(g));
  boost::depth_first_search(g, BackEdgeRecorder(parent, backEdge),
                            boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g)));
  if (!backEdge) return {};
  // The back edge u -> v closes the cycle v -> ... -> u -> v along tree edges.
  auto [u, v] = *backEdge;
  std::vector<std::size_t> path{u};
  for (std::size_t x = u; x != v; x = parent[x]) path.push_back(parent[x]);
  std::reverse(path.begin(), path.end());  // v ... u
  path.push_back(v);
  return path;
}

std::vector<std::size_t> DependencyGraph::topologicalOrder(const EdgeFilter& include) const {
  const Graph g = filtered(impl_->vertices.size(), impl_->edges, include);
  std::vector<VertexDescriptor> order;
  try {
    boost::topological_sort(g, std::back_inserter(order));
  } catch (const boost::not_a_dag&) {
    return {};
  }
  // Boost emits each vertex after everything it reaches: dependencies first, as wanted.
  return {order.begin(), order.end()};
}

void DependencyGraph::writeGraphviz(std::ostream& out) const {
  const auto& vertices = impl_->vertices;
  const Graph graph = filtered(vertices.size(), impl_->edges, {});
  auto kinds = boost::get(boost::edge_name, graph);
  // Attributes go through Boost's writer (boost::write_attributes), which quotes them where DOT needs it.
  using Attributes = std::map<std::string, std::string>;
  boost::write_graphviz(
      out, graph,
      [&](std::ostream& os, VertexDescriptor v) {
        const Vertex& vx = vertices[v];
        Attributes a{{"label", keepBackslashes(vx.logicalId.empty() ? vx.path : vx.path + "\n" + vx.logicalId)}};
        if (vx.logicalId.empty()) a.insert({{"shape", "box"}, {"style", "bold"}});
        os << '[';
        boost::write_attributes(a, os);
        os << ']';
      },
      [&](std::ostream& os, boost::graph_traits<Graph>::edge_descriptor e) {
        Attributes a;
        switch (kinds[e]) {
          case EdgeKind::Reference: a = {{"label", "ref"}}; break;
          case EdgeKind::GetAtt: a = {{"label", "getAtt"}}; break;
          case EdgeKind::DependsOn: a = {{"label", "dependsOn"}, {"style", "dashed"}}; break;
          case EdgeKind::Stack: a = {{"label", "stack"}, {"style", "bold"}}; break;
        }
        os << '[';
        boost::write_attributes(a, os);
        os << ']';
      });
}

}  // namespace cdk
