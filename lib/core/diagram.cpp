// architectureDiagram: the dependency graph of a synthesized app drawn with Graphviz (cdk/core/diagram.hpp).
// Boost.Graph's subgraph writer writes the DOT (clusters are subgraphs); this file decides what is drawn.
#include "cdk/core/diagram.hpp"

#include <cxxabi.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <typeinfo>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/graph/subgraph.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/app.hpp"
#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"

namespace cdk {
namespace {

using json = nlohmann::ordered_json;
using Attributes = std::map<std::string, std::string>;
using Graph = boost::subgraph<boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::property<boost::vertex_attribute_t, Attributes>,
    boost::property<boost::edge_index_t, int, boost::property<boost::edge_attribute_t, Attributes>>,
    boost::property<boost::graph_name_t, std::string,
                    boost::property<boost::graph_graph_attribute_t, Attributes,
                                    boost::property<boost::graph_vertex_attribute_t, Attributes,
                                                    boost::property<boost::graph_edge_attribute_t, Attributes>>>>>>;

/// Text for an attribute value. Boost's writer quotes it and escapes quotes but leaves backslashes as they are,
/// and Graphviz reads "\\" as one backslash and a backslash before the closing quote as escaping it: doubled
/// here, a construct id with backslashes is drawn as it is and cannot break the file.
std::string text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

/// How a kind of service is drawn: an icon-like shape and the colour of AWS's architecture icons.
struct ServiceStyle {
  const char* shape;
  const char* color;
};

ServiceStyle styleOf(std::string_view type) {
  static constexpr ServiceStyle kNetwork{"box", "#8C4FFF"};
  static constexpr ServiceStyle kCompute{"box3d", "#ED7100"};
  static constexpr ServiceStyle kDatabase{"cylinder", "#C925D1"};
  static constexpr ServiceStyle kStorage{"folder", "#7AA116"};
  static constexpr ServiceStyle kSecurity{"octagon", "#DD344C"};
  static constexpr ServiceStyle kManagement{"note", "#E7157B"};
  static constexpr ServiceStyle kIntegration{"cds", "#B0084D"};
  static constexpr ServiceStyle kDeveloper{"component", "#3B48CC"};
  static constexpr ServiceStyle kOther{"box", "#7D8998"};
  // AWS::<Service>::<Type>: EC2 holds networking, compute and security groups; other services are one kind.
  const std::size_t first = type.find("::");
  const std::size_t second = first == std::string_view::npos ? first : type.find("::", first + 2);
  if (second == std::string_view::npos) return kOther;
  const std::string_view service = type.substr(first + 2, second - first - 2);
  const std::string_view resource = type.substr(second + 2);
  if (service == "EC2") {
    if (resource.starts_with("SecurityGroup")) return kSecurity;
    if (resource == "Instance" || resource == "LaunchTemplate" || resource == "Volume" ||
        resource == "VolumeAttachment" || resource == "SpotFleet" || resource == "EC2Fleet") {
      return kCompute;
    }
    return kNetwork;
  }
  static const std::unordered_map<std::string_view, const ServiceStyle*> kServices{
      {"ElasticLoadBalancingV2", &kNetwork},
      {"ElasticLoadBalancing", &kNetwork},
      {"Route53", &kNetwork},
      {"CloudFront", &kNetwork},
      {"ApiGateway", &kNetwork},
      {"ApiGatewayV2", &kNetwork},
      {"GlobalAccelerator", &kNetwork},
      {"ECS", &kCompute},
      {"ECR", &kCompute},
      {"EKS", &kCompute},
      {"Lambda", &kCompute},
      {"AutoScaling", &kCompute},
      {"ApplicationAutoScaling", &kCompute},
      {"Batch", &kCompute},
      {"ElasticBeanstalk", &kCompute},
      {"RDS", &kDatabase},
      {"DynamoDB", &kDatabase},
      {"ElastiCache", &kDatabase},
      {"DocDB", &kDatabase},
      {"Neptune", &kDatabase},
      {"Redshift", &kDatabase},
      {"MemoryDB", &kDatabase},
      {"S3", &kStorage},
      {"EFS", &kStorage},
      {"FSx", &kStorage},
      {"Backup", &kStorage},
      {"IAM", &kSecurity},
      {"KMS", &kSecurity},
      {"SecretsManager", &kSecurity},
      {"WAFv2", &kSecurity},
      {"CertificateManager", &kSecurity},
      {"Cognito", &kSecurity},
      {"GuardDuty", &kSecurity},
      {"SecurityHub", &kSecurity},
      {"Logs", &kManagement},
      {"CloudWatch", &kManagement},
      {"CloudTrail", &kManagement},
      {"SSM", &kManagement},
      {"Config", &kManagement},
      {"CloudFormation", &kManagement},
      {"SNS", &kIntegration},
      {"SQS", &kIntegration},
      {"Events", &kIntegration},
      {"StepFunctions", &kIntegration},
      {"CodeBuild", &kDeveloper},
      {"CodePipeline", &kDeveloper},
      {"CodeCommit", &kDeveloper},
      {"CodeDeploy", &kDeveloper}};
  auto it = kServices.find(service);
  return it == kServices.end() ? kOther : *it->second;
}

bool isSecurityGroupRule(std::string_view type) {
  return type == "AWS::EC2::SecurityGroupIngress" || type == "AWS::EC2::SecurityGroupEgress";
}

/// "VPC" for VPC/Resource: aws-cdk-lib names an L2's main resource "Resource" (or "Default").
const std::string& displayId(const Construct& c) {
  const std::string& id = c.node().id();
  if ((id == "Resource" || id == "Default") && c.node().scope()) return c.node().scope()->node().id();
  return id;
}

std::string typeName(const Construct& c) {
  int status = 0;
  char* demangled = abi::__cxa_demangle(typeid(c).name(), nullptr, nullptr, &status);
  std::string name = status == 0 && demangled ? demangled : typeid(c).name();
  std::free(demangled);
  if (name.starts_with("cdk::")) name.erase(0, 5);
  return name;
}

/// "tcp 5432", "tcp 1024-65535", "all traffic" for a rule's IpProtocol, FromPort and ToPort.
std::string portLabel(const json& rule) {
  auto scalar = [](const json* v) -> std::string {
    if (!v) return "";
    if (v->is_string()) return v->get<std::string>();
    if (v->is_number_integer()) return std::to_string(v->get<std::int64_t>());
    return v->dump();
  };
  auto find = [&](const char* key) -> const json* {
    auto it = rule.find(key);
    return it == rule.end() ? nullptr : &*it;
  };
  std::string protocol = scalar(find("IpProtocol"));
  if (protocol == "-1") return "all traffic";
  if (protocol == "6") protocol = "tcp";
  if (protocol == "17") protocol = "udp";
  if (protocol == "1") protocol = "icmp";
  const std::string from = scalar(find("FromPort"));
  const std::string to = scalar(find("ToPort"));
  if (from.empty() || from == "-1") return protocol;
  if (to.empty() || to == from) return protocol + " " + from;
  return protocol + " " + from + "-" + to;
}

class DiagramBuilder {
 public:
  DiagramBuilder(const App& app, const CloudAssembly& assembly, std::string_view artifactId)
      : app_(app), assembly_(assembly), artifactId_(artifactId) {}

  std::string write() {
    collect();
    addNodes();
    addClusters();
    addGraphEdges();
    for (const Stack* stack : stacks_) addSecurityGroupEdges(*stack);
    return render();
  }

 private:
  struct Node {
    std::size_t vertex;
    Attributes attributes;
    const Construct* cluster = nullptr;  ///< the construct whose cluster holds it (its stack's when none)
    const Stack* stack = nullptr;
  };
  struct Edge {
    std::size_t from;
    std::size_t to;
    std::vector<std::string> labels;
    Attributes attributes;
  };

  /// The stacks drawn, and every resource of the app by construct path.
  void collect() {
    for (Construct* c : app_.node().findAll()) {
      if (Stack::isStack(*c)) {
        const auto* stack = static_cast<const Stack*>(c);
        stacksById_.emplace(stack->artifactId(), stack);
        if (artifactId_.empty() || stack->artifactId() == artifactId_) stacks_.push_back(stack);
      } else if (const auto* resource = dynamic_cast<const CfnResource*>(c)) {
        resources_.emplace(resource->node().path(), resource);
      }
    }
    if (stacks_.empty() && !artifactId_.empty()) {
      std::vector<std::string> ids;
      for (const auto& artifact : assembly_.stacks()) ids.push_back(artifact.artifactId);
      throw Error(fmt::format("architectureDiagram: the assembly has no stack '{}'; its stacks are: {}", artifactId_,
                              fmt::join(ids, ", ")));
    }
    for (const Stack* stack : stacks_) drawn_.insert(stack);
  }

  bool inScope(const Stack& stack) const { return drawn_.contains(&stack); }

  std::size_t newVertex(Attributes attributes, const Construct* cluster, const Stack* stack) {
    nodes_.push_back({nodes_.size(), std::move(attributes), cluster, stack});
    return nodes_.size() - 1;
  }

  static Attributes resourceAttributes(const CfnResource& resource, bool external) {
    const ServiceStyle style = styleOf(resource.cfnResourceType());
    std::string label = displayId(resource) + "\n" + resource.cfnResourceType();
    if (external) label = resource.stack().node().path() + "/" + label;
    Attributes a{{"label", text(label)}, {"shape", style.shape}, {"fillcolor", style.color}};
    if (external) a["style"] = "filled,dashed";
    return a;
  }

  /// One node per resource of the stacks drawn, in tree order; security-group rules become edges instead.
  void addNodes() {
    for (Construct* c : app_.node().findAll()) {
      const auto* resource = dynamic_cast<const CfnResource*>(c);
      if (!resource || !inScope(resource->stack()) || isSecurityGroupRule(resource->cfnResourceType())) continue;
      vertexOf_.emplace(resource, newVertex(resourceAttributes(*resource, false), nullptr, &resource->stack()));
    }
  }

  /// A node for a resource: its own, or (for another stack's resource in a stack's diagram) a dashed one.
  std::optional<std::size_t> nodeOf(const CfnResource& resource) {
    if (auto it = vertexOf_.find(&resource); it != vertexOf_.end()) return it->second;
    if (inScope(resource.stack()) || isSecurityGroupRule(resource.cfnResourceType())) return std::nullopt;
    const std::size_t v = newVertex(resourceAttributes(resource, true), nullptr, nullptr);
    vertexOf_.emplace(&resource, v);
    return v;
  }

  /// Each construct between a stack and its resources that holds two or more drawn resources is a cluster;
  /// a node belongs to the innermost one.
  void addClusters() {
    std::unordered_map<const Construct*, std::size_t> counts;
    for (const auto& [resource, vertex] : vertexOf_) {
      for (const Construct* c = resource->node().scope(); c && !Stack::isStack(*c); c = c->node().scope()) {
        ++counts[c];
      }
    }
    for (const auto& [resource, vertex] : vertexOf_) {
      for (const Construct* c = resource->node().scope(); c && !Stack::isStack(*c); c = c->node().scope()) {
        if (counts[c] >= 2) {
          nodes_[vertex].cluster = c;
          break;
        }
      }
    }
    for (const auto& [construct, count] : counts) {
      if (count >= 2) clusters_.insert(construct);
    }
  }

  /// The nearest enclosing cluster of a cluster construct (nullptr: its stack).
  const Construct* parentCluster(const Construct& c) const {
    for (const Construct* p = c.node().scope(); p && !Stack::isStack(*p); p = p->node().scope()) {
      if (clusters_.contains(p)) return p;
    }
    return nullptr;
  }

  void addEdge(std::size_t from, std::size_t to, const std::string& label, Attributes attributes) {
    for (auto& e : edges_) {
      if (e.from == from && e.to == to && e.attributes == attributes) {
        if (std::find(e.labels.begin(), e.labels.end(), label) == e.labels.end()) e.labels.push_back(label);
        return;
      }
    }
    edges_.push_back({from, to, {label}, std::move(attributes)});
  }

  /// References and DependsOn between resources, from the dependency graph of the synthesis.
  void addGraphEdges() {
    const DependencyGraph& graph = assembly_.dependencyGraph();
    for (const auto& e : graph.edges()) {
      if (e.kind == DependencyGraph::EdgeKind::Stack) continue;
      const CfnResource* from = resourceAt(graph.vertex(e.from).path);
      const CfnResource* to = resourceAt(graph.vertex(e.to).path);
      if (!from || !to || (!inScope(from->stack()) && !inScope(to->stack()))) continue;
      const auto a = nodeOf(*from);
      const auto b = nodeOf(*to);
      if (!a || !b) continue;
      const bool crossStack = &from->stack() != &to->stack();
      std::string kind = e.kind == DependencyGraph::EdgeKind::DependsOn ? "DependsOn"
                         : e.kind == DependencyGraph::EdgeKind::GetAtt  ? "GetAtt"
                                                                        : "Ref";
      Attributes attributes;
      if (crossStack) {
        attributes = {{"color", "#1F6FEB"}, {"fontcolor", "#1F6FEB"}, {"style", "bold"}};
        kind = "export (" + kind + ")";
      } else if (e.kind == DependencyGraph::EdgeKind::DependsOn) {
        attributes = {{"style", "dashed"}};
      }
      addEdge(*a, *b, kind, std::move(attributes));
    }
  }

  const CfnResource* resourceAt(const std::string& path) const {
    auto it = resources_.find(path);
    return it == resources_.end() ? nullptr : it->second;
  }

  const json* templateOf(const Stack& stack) const {
    for (const auto& artifact : assembly_.stacks()) {
      if (artifact.artifactId == stack.artifactId()) return &artifact.templateJson();
    }
    return nullptr;
  }

  /// The resource a security group id in `stack`'s template stands for: a Ref or GetAtt of one of its resources,
  /// or an Fn::ImportValue of another stack's export of one.
  const CfnResource* referencedResource(const Stack& stack, const json& value) const {
    if (!value.is_object() || value.size() != 1) return nullptr;
    std::string logicalId;
    if (auto ref = value.find("Ref"); ref != value.end() && ref->is_string()) logicalId = ref->get<std::string>();
    if (auto att = value.find("Fn::GetAtt");
        att != value.end() && att->is_array() && !att->empty() && (*att)[0].is_string()) {
      logicalId = (*att)[0].get<std::string>();
    }
    if (!logicalId.empty()) {
      for (const auto& [path, resource] : resources_) {
        if (&resource->stack() == &stack && resource->logicalId() == logicalId) return resource;
      }
      return nullptr;
    }
    if (auto import = value.find("Fn::ImportValue"); import != value.end() && import->is_string()) {
      for (const auto& [id, producer] : stacksById_) {
        const json* t = templateOf(*producer);
        if (!t || !t->contains("Outputs")) continue;
        for (const auto& [name, output] : (*t)["Outputs"].items()) {
          auto exported = output.find("Export");
          if (exported != output.end() && exported->value("Name", json()) == *import && output.contains("Value")) {
            return referencedResource(*producer, output["Value"]);
          }
        }
      }
    }
    return nullptr;
  }

  /// A node for a peer that is not a resource: a CIDR range, a prefix list, a group id or a value known later.
  std::size_t peerNode(const std::string& label, const std::string& tooltip) {
    if (auto it = peers_.find(label); it != peers_.end()) return it->second;
    const std::size_t v =
        newVertex({{"label", text(label)}, {"shape", "ellipse"}, {"style", "dashed"}, {"tooltip", text(tooltip)}},
                  nullptr, nullptr);
    peers_.emplace(label, v);
    return v;
  }

  std::optional<std::size_t> peer(const Stack& stack, const json& rule, bool ingress) {
    const char* const groupKeys[] = {ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId"};
    for (const char* key : groupKeys) {
      auto it = rule.find(key);
      if (it == rule.end()) continue;
      if (const CfnResource* resource = referencedResource(stack, *it)) return nodeOf(*resource);
      return peerNode(it->is_string() ? it->get<std::string>() : it->dump(), "security group");
    }
    if (!ingress) return std::nullopt;  // egress to address ranges ("anywhere", mostly) is not drawn
    for (const char* key : {"CidrIp", "CidrIpv6", "SourcePrefixListId"}) {
      auto it = rule.find(key);
      if (it == rule.end()) continue;
      if (const CfnResource* resource = referencedResource(stack, *it)) return nodeOf(*resource);
      std::string label = it->is_string() ? it->get<std::string>() : it->dump();
      if (label == "0.0.0.0/0" || label == "::/0") label += "\nanyone";
      return peerNode(label, key);
    }
    return std::nullopt;
  }

  void addRule(const Stack& stack, std::size_t group, const json& rule, bool ingress) {
    const auto other = peer(stack, rule, ingress);
    if (!other) return;
    Attributes attributes{{"color", "#DD344C"}, {"fontcolor", "#DD344C"}, {"penwidth", "2"}};
    if (ingress) {
      addEdge(*other, group, portLabel(rule), std::move(attributes));
    } else {
      attributes["style"] = "dotted";
      addEdge(group, *other, "egress " + portLabel(rule), std::move(attributes));
    }
  }

  /// Who may connect to whom: every security-group rule of the stack's template as an edge.
  void addSecurityGroupEdges(const Stack& stack) {
    const json* t = templateOf(stack);
    if (!t || !t->contains("Resources")) return;
    for (const auto& [logicalId, body] : (*t)["Resources"].items()) {
      const std::string type = body.value("Type", "");
      const json properties = body.value("Properties", json::object());
      if (type == "AWS::EC2::SecurityGroup") {
        const CfnResource* group = referencedResource(stack, json{{"Ref", logicalId}});
        const auto v = group ? nodeOf(*group) : std::nullopt;
        if (!v) continue;
        for (const char* key : {"SecurityGroupIngress", "SecurityGroupEgress"}) {
          auto rules = properties.find(key);
          if (rules == properties.end() || !rules->is_array()) continue;
          for (const auto& rule : *rules) {
            if (rule.is_object()) addRule(stack, *v, rule, std::string_view(key) == "SecurityGroupIngress");
          }
        }
      } else if (isSecurityGroupRule(type) && properties.contains("GroupId")) {
        const CfnResource* group = referencedResource(stack, properties["GroupId"]);
        const auto v = group ? nodeOf(*group) : std::nullopt;
        if (v) addRule(stack, *v, properties, type == "AWS::EC2::SecurityGroupIngress");
      }
    }
  }

  std::string render() {
    Graph root(nodes_.size());
    const std::string name = artifactId_.empty() ? std::string("app") : artifactId_;
    boost::get_property(root, boost::graph_name) = text(name);
    // newrank: Graphviz's default ranking of nested clusters fails on some trees ("trouble in init_rank", seed
    // 002's services); ranking the whole graph at once draws every diagram.
    boost::get_property(root, boost::graph_graph_attribute) = {{"rankdir", "LR"},
                                                               {"newrank", "true"},
                                                               {"fontname", "Helvetica"},
                                                               {"label", text(artifactId_.empty() ? "app" : name)},
                                                               {"labelloc", "t"}};
    boost::get_property(root, boost::graph_vertex_attribute) = {
        {"fontname", "Helvetica"}, {"fontsize", "10"}, {"style", "filled"}, {"fontcolor", "white"}};
    boost::get_property(root, boost::graph_edge_attribute) = {{"fontname", "Helvetica"}, {"fontsize", "9"}};
    for (const Node& node : nodes_) {
      Attributes attributes = node.attributes;
      if (!attributes.contains("fillcolor")) attributes["fontcolor"] = "black";  // peers are not filled
      boost::put(boost::get(boost::vertex_attribute, root), node.vertex, std::move(attributes));
    }

    // Clusters: one per stack in the app's diagram, then the constructs, each inside its parent's.
    std::unordered_map<const Stack*, Graph*> stackGraphs;
    if (artifactId_.empty()) {
      for (const Stack* stack : stacks_) {
        Graph& g = root.create_subgraph();
        boost::get_property(g, boost::graph_name) = fmt::format("cluster_stack_{}", stackGraphs.size());
        boost::get_property(g, boost::graph_graph_attribute) = {
            {"label", text(stack->node().path() + "\n" + typeName(*stack))}, {"style", "bold"}};
        stackGraphs.emplace(stack, &g);
      }
    }
    std::unordered_map<const Construct*, Graph*> clusterGraphs;
    std::size_t clusterCount = 0;
    // Tree order: a cluster's parent is created before it.
    for (Construct* c : app_.node().findAll()) {
      if (!clusters_.contains(c)) continue;
      Graph* parent = &root;
      if (const Construct* p = parentCluster(*c)) {
        parent = clusterGraphs.at(p);
      } else if (auto it = stackGraphs.find(&Stack::of(*c)); it != stackGraphs.end()) {
        parent = it->second;
      }
      Graph& g = parent->create_subgraph();
      boost::get_property(g, boost::graph_name) = fmt::format("cluster_{}", clusterCount++);
      boost::get_property(g, boost::graph_graph_attribute) = {
          {"label", text(c->node().id() + "\n" + typeName(*c))}, {"style", "rounded"}, {"color", "#7D8998"}};
      clusterGraphs.emplace(c, &g);
    }
    for (const Node& node : nodes_) {
      Graph* g = nullptr;
      if (node.cluster) {
        g = clusterGraphs.at(node.cluster);
      } else if (node.stack) {
        if (auto it = stackGraphs.find(node.stack); it != stackGraphs.end()) g = it->second;
      }
      if (g) boost::add_vertex(node.vertex, *g);
    }
    for (const Edge& e : edges_) {
      const auto edge = boost::add_edge(e.from, e.to, root).first;  // the subgraph numbers its edges itself
      Attributes attributes = e.attributes;
      std::string label;
      for (const auto& l : e.labels) label += (label.empty() ? "" : ", ") + l;
      attributes["label"] = text(label);
      boost::put(boost::get(boost::edge_attribute, root), edge, std::move(attributes));
    }
    std::ostringstream out;
    boost::write_graphviz(out, root);
    return out.str();
  }

  const App& app_;
  const CloudAssembly& assembly_;
  std::string artifactId_;
  std::vector<const Stack*> stacks_;
  std::unordered_set<const Stack*> drawn_;
  std::map<std::string, const Stack*> stacksById_;
  std::unordered_map<std::string, const CfnResource*> resources_;
  std::vector<Node> nodes_;
  std::unordered_map<const CfnResource*, std::size_t> vertexOf_;
  std::unordered_set<const Construct*> clusters_;
  std::map<std::string, std::size_t> peers_;
  std::vector<Edge> edges_;
};

}  // namespace

std::string architectureDiagram(const App& app, const CloudAssembly& assembly, std::string_view artifactId) {
  return DiagramBuilder(app, assembly, artifactId).write();
}

}  // namespace cdk
