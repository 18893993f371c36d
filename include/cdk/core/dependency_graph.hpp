// The dependencies found during synthesis: every reference and every DependsOn between template elements,
// and the dependencies between stacks. Backed by Boost.Graph; written as Graphviz DOT on request.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "cdk/core/export.hpp"

namespace cdk {

class CDKPP_API DependencyGraph {
 public:
  /// Reference: a Ref; GetAtt: an Fn::GetAtt (either may cross stacks, as an export and import); DependsOn; Stack:
  /// one stack deployed after another.
  enum class EdgeKind { Reference, DependsOn, Stack, GetAtt };
  struct Vertex {
    std::string path;       ///< construct path ("TapStackdev/VPC/Resource"), or the stack path for stacks
    std::string logicalId;  ///< empty for stacks
    std::string stack;      ///< artifact id of the stack
  };
  struct Edge {
    std::size_t from;  ///< the dependent
    std::size_t to;    ///< what it depends on
    EdgeKind kind;
  };

  DependencyGraph();
  ~DependencyGraph();
  DependencyGraph(DependencyGraph&&) noexcept;
  DependencyGraph& operator=(DependencyGraph&&) noexcept;

  std::size_t addVertex(Vertex vertex);
  /// Adds an edge unless the same one exists. Throws std::out_of_range for a vertex that was not added.
  void addEdge(std::size_t from, std::size_t to, EdgeKind kind);

  std::size_t vertexCount() const noexcept;
  const Vertex& vertex(std::size_t index) const;
  /// Every edge, once, in the order it was first added.
  const std::vector<Edge>& edges() const noexcept;

  using EdgeFilter = std::function<bool(const Edge&)>;
  /// One cycle as vertex indices (first == last) among the edges `include` accepts (all when empty), or an
  /// empty list when there is none.
  std::vector<std::size_t> findCycle(const EdgeFilter& include = {}) const;
  /// Vertices ordered so that each comes after what it depends on (over the accepted edges); empty when
  /// those edges form a cycle.
  std::vector<std::size_t> topologicalOrder(const EdgeFilter& include = {}) const;
  /// Graphviz DOT: one node per vertex (labelled with its path), one edge per dependency (labelled ref, getAtt,
  /// dependsOn or stack). cdk::architectureDiagram draws the app for people.
  void writeGraphviz(std::ostream& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cdk
