// Every sample app (each executable under samples/, found by CMake: a new sample is tested without a change
// here), run as a user runs it: its YAML templates read by cfn-lint give exactly its JSON templates and pass
// cfn-lint as they do; its diagrams draw what its templates and construct tree hold, and its folder shows them.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "dot_graph.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

using cdkpp_test::CommandResult;
using cdkpp_test::haveCommand;
using cdkpp_test::runCommand;

struct SampleApp {
  std::string name;
  std::string folder;
  std::string executable;
};

/// CDKPP_SAMPLE_APPS: "name=folder=path|...", from tests/samples/CMakeLists.txt.
std::vector<SampleApp> sampleApps() {
  std::vector<SampleApp> apps;
  std::stringstream list(CDKPP_SAMPLE_APPS);
  for (std::string entry; std::getline(list, entry, '|');) {
    const auto first = entry.find('=');
    const auto second = entry.find('=', first + 1);
    if (second != std::string::npos) {
      apps.push_back({entry.substr(0, first), entry.substr(first + 1, second - first - 1), entry.substr(second + 1)});
    }
  }
  return apps;
}

/// cfn-lint's findings for each of `files` as "rule: message" lines, sorted (their line numbers differ between JSON
/// and YAML), from one run of cfn-lint over all of them (each run costs seconds of start-up); `raw` is its output.
std::map<std::string, std::multiset<std::string>> lintFindings(const std::vector<fs::path>& files, std::string& raw) {
  std::string command = "cfn-lint --format parseable";
  for (const auto& file : files) command += " '" + file.string() + "'";
  CommandResult lint = runCommand(command, false);
  raw = lint.output;
  std::map<std::string, std::multiset<std::string>> findings;
  for (const auto& file : files) findings[file.string()];
  std::istringstream lines(lint.output);
  for (std::string line; std::getline(lines, line);) {
    // file:line:column:endLine:endColumn:rule:message
    for (const auto& file : files) {
      const std::string name = file.string();
      if (line.rfind(name + ":", 0) != 0) continue;
      std::size_t field = name.size();
      for (int i = 0; i < 4 && field != std::string::npos; ++i) field = line.find(':', field + 1);
      if (field != std::string::npos) findings[name].insert(line.substr(field + 1));
      break;
    }
  }
  return findings;
}

class SampleAppTest : public ::testing::TestWithParam<SampleApp> {
 protected:
  /// Runs the sample into the temp folder with `args`, with no environment the user may have set.
  fs::path synth(const std::string& args) {
    const fs::path out = dir_ / "out";
    CommandResult r =
        runCommand("env -u CDK_DEFAULT_ACCOUNT -u CDK_DEFAULT_REGION -u CDK_CONTEXT_JSON -u CDK_OUTDIR '" +
                   GetParam().executable + "' --output '" + out.string() + "' " + args);
    EXPECT_EQ(r.status, 0) << r.output;
    return out;
  }

  /// The stack artifacts of the assembly in `out`: artifact id -> template file.
  static std::map<std::string, std::string> stacks(const fs::path& out) {
    std::map<std::string, std::string> result;
    const json manifest = json::parse(cdkpp_test::readFile(out / "manifest.json"));
    for (const auto& [id, artifact] : manifest["artifacts"].items()) {
      if (artifact["type"] == "aws:cloudformation:stack") {
        result.emplace(id, artifact["properties"]["templateFile"].get<std::string>());
      }
    }
    return result;
  }

  cdkpp_test::TempDir dir_;
};

TEST_P(SampleAppTest, YamlTemplatesReadByCfnLintAreTheJsonTemplates) {
  if (!haveCommand("cfn-lint")) GTEST_SKIP() << "cfn-lint is not installed";
  const fs::path out = synth("--yaml");
  const auto all = stacks(out);
  ASSERT_FALSE(all.empty());
  std::vector<fs::path> files;
  std::string decodeCommand = "python3 '" CDKPP_CFN_LINT_DECODE "'";
  for (const auto& [id, templateFile] : all) {
    const fs::path yaml = out / (id + ".template.yaml");
    ASSERT_TRUE(fs::exists(yaml)) << yaml;
    decodeCommand += " '" + yaml.string() + "'";
    files.push_back(yaml);
    files.push_back(out / templateFile);
  }
  // Each YAML template as cfn-lint reads it is exactly its JSON template: the same values, the same key order.
  CommandResult decoded = runCommand(decodeCommand);
  ASSERT_EQ(decoded.status, 0) << decoded.output;
  std::istringstream decodedLines(decoded.output);
  for (const auto& [id, templateFile] : all) {
    std::string line;
    ASSERT_TRUE(std::getline(decodedLines, line)) << decoded.output;
    EXPECT_EQ(json::parse(line).dump(1), json::parse(cdkpp_test::readFile(out / templateFile)).dump(1)) << id;
  }

  std::string raw;
  const auto findings = lintFindings(files, raw);
  for (const auto& [id, templateFile] : all) {
    const std::string yaml = (out / (id + ".template.yaml")).string();
    const auto& yamlFindings = findings.at(yaml);
    EXPECT_EQ(yamlFindings, findings.at((out / templateFile).string())) << "cfn-lint:\n" << raw;
    for (const auto& finding : yamlFindings) {
      EXPECT_NE(finding.front(), 'E') << "cfn-lint reports an error in " << yaml << ": " << finding;
    }
  }
}

/// What a stack's diagram must hold, worked out from its template and tree.json (not from the graph it is drawn
/// from): the resources but security-group rules, one node per CIDR peer; an edge per pair of resources one of
/// which refers to (Ref, GetAtt) or depends on (DependsOn, drawn apart) the other, and per security-group rule
/// from a group or a CIDR range; a cluster per construct holding two or more drawn resources.
struct ExpectedDiagram {
  std::set<std::string> resources;  ///< logical IDs
  std::set<std::string> peers;
  std::set<std::tuple<std::string, std::string, std::string>> edges;  ///< (from, to, "ref" | "dependsOn" | port)
  std::multiset<std::pair<std::string, std::string>> clusters;        ///< (id, id of the enclosing cluster)
};

bool isRule(const json& resource) {
  const std::string type = resource.value("Type", "");
  return type == "AWS::EC2::SecurityGroupIngress" || type == "AWS::EC2::SecurityGroupEgress";
}

/// The logical ID a Ref or GetAtt names, else "".
std::string target(const json& value) {
  if (!value.is_object() || value.size() != 1) return "";
  if (value.contains("Ref") && value["Ref"].is_string()) return value["Ref"];
  if (value.contains("Fn::GetAtt") && value["Fn::GetAtt"].is_array()) return value["Fn::GetAtt"][0];
  return "";
}

void collectReferences(const json& value, std::set<std::string>& out) {
  if (const std::string t = target(value); !t.empty()) out.insert(t);
  if (value.is_structured()) {
    for (const auto& item : value) collectReferences(item, out);
  }
}

std::string ports(const json& rule) {
  const auto text = [](const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); };
  const std::string protocol = text(rule.value("IpProtocol", json("")));
  if (protocol == "-1") return "all traffic";
  if (!rule.contains("FromPort")) return protocol;
  const std::string from = text(rule["FromPort"]);
  const std::string to = text(rule.value("ToPort", rule["FromPort"]));
  return protocol + " " + from + (to == from ? "" : "-" + to);
}

ExpectedDiagram expectedDiagram(const json& tmpl, const json& stackTree) {
  ExpectedDiagram d;
  const json& resources = tmpl["Resources"];
  for (const auto& [id, body] : resources.items()) {
    if (!isRule(body)) d.resources.insert(id);
  }
  const auto addRule = [&](const std::string& group, const json& rule, bool ingress) {
    if (!d.resources.contains(group)) return;
    const char* peerKey = ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId";
    if (rule.contains(peerKey)) {
      const std::string peer = target(rule[peerKey]);
      if (ingress) d.edges.insert({peer, group, ports(rule)});
      if (!ingress) d.edges.insert({group, peer, "egress " + ports(rule)});
    } else if (ingress && rule.contains("CidrIp")) {
      // A range of the template's own (a VPC's CidrBlock) is drawn from that resource.
      std::string cidr = target(rule["CidrIp"]);
      if (cidr.empty()) {
        cidr = rule["CidrIp"].get<std::string>();
        d.peers.insert(cidr);
      }
      d.edges.insert({cidr, group, ports(rule)});
    }
  };
  for (const auto& [id, body] : resources.items()) {
    const json properties = body.value("Properties", json::object());
    if (isRule(body)) {
      addRule(target(properties["GroupId"]), properties, body["Type"] == "AWS::EC2::SecurityGroupIngress");
      continue;
    }
    std::set<std::string> referenced;
    collectReferences(body, referenced);
    for (const auto& other : referenced) {
      if (other != id && d.resources.contains(other)) d.edges.insert({id, other, "ref"});
    }
    for (const auto& dependency : body.value("DependsOn", json::array())) {
      if (d.resources.contains(dependency)) d.edges.insert({id, dependency, "dependsOn"});
    }
    if (body["Type"] == "AWS::EC2::SecurityGroup") {
      for (const auto& rule : properties.value("SecurityGroupIngress", json::array())) addRule(id, rule, true);
      for (const auto& rule : properties.value("SecurityGroupEgress", json::array())) addRule(id, rule, false);
    }
  }
  // Clusters: tree.json's constructs below the stack holding two or more drawn resources.
  std::function<std::size_t(const json&)> count = [&](const json& node) {
    const json attributes = node.value("attributes", json::object());
    std::size_t n = d.resources.contains(attributes.value("aws:cdk:cloudformation:logicalId", "")) ? 1 : 0;
    for (const auto& child : node.value("children", json::object())) n += count(child);
    return n;
  };
  std::function<void(const json&, const std::string&)> record = [&](const json& node, const std::string& enclosing) {
    const json children = node.value("children", json::object());
    for (const auto& [childId, child] : children.items()) {
      const bool cluster = !child.contains("attributes") && count(child) >= 2;
      if (cluster) d.clusters.insert({childId, enclosing});
      record(child, cluster ? childId : enclosing);
    }
  };
  record(stackTree, "");
  return d;
}

TEST_P(SampleAppTest, DiagramsDrawTheTemplatesAndTheTree) {
  if (!cdkpp_test::haveGraphviz()) GTEST_SKIP() << "Graphviz's dot is not installed (Debian package graphviz)";
  const fs::path out = synth("--diagram");
  const json tree = json::parse(cdkpp_test::readFile(out / "tree.json"));
  for (const auto& [id, templateFile] : stacks(out)) {
    const fs::path dot = out / (id + ".diagram.dot");
    ASSERT_TRUE(fs::exists(dot)) << dot;
    EXPECT_TRUE(fs::exists(out / (id + ".diagram.svg"))) << id;
    const cdkpp_test::DotGraph g = cdkpp_test::readDot(cdkpp_test::readFile(dot));
    const json tmpl = json::parse(cdkpp_test::readFile(out / templateFile));
    const ExpectedDiagram expected = expectedDiagram(tmpl, tree["tree"]["children"][id]);

    // Nodes: each drawn resource (found by its construct id and type in the label) and each peer.
    EXPECT_EQ(g.nodes.size(), expected.resources.size() + expected.peers.size()) << id;
    // Edges: references and DependsOn (a label may join Ref and GetAtt of one pair), rules by their port.
    std::size_t drawnRules = 0;
    std::size_t drawnReferences = 0;
    for (const auto& e : g.edges) {
      const bool rule = e.attributes.value("color", "") == "#DD344C";
      (rule ? drawnRules : drawnReferences)++;
    }
    std::size_t rules = 0;
    for (const auto& [from, to, kind] : expected.edges) rules += kind != "ref" && kind != "dependsOn";
    EXPECT_EQ(drawnRules, rules) << id;
    EXPECT_EQ(drawnReferences, expected.edges.size() - rules) << id;
    // Clusters: as the construct tree nests them.
    std::multiset<std::pair<std::string, std::string>> clusters;
    const auto firstLine = [](const std::string& label) { return label.substr(0, label.find('\n')); };
    for (const auto& [name, cluster] : g.clusters) {
      clusters.insert(
          {firstLine(cluster.label), cluster.parent.empty() ? "" : firstLine(g.clusters.at(cluster.parent).label)});
    }
    EXPECT_EQ(clusters, expected.clusters) << id;
  }
}

TEST_P(SampleAppTest, FolderShowsTheDiagramOfEachStack) {
  // The sample's folder holds each stack's diagram as it is now (.dot, and the .svg its README.md embeds).
  const fs::path out = synth("--diagram");
  const fs::path folder = GetParam().folder;
  const std::string readme = fs::exists(folder / "README.md") ? cdkpp_test::readFile(folder / "README.md") : "";
  for (const auto& [id, templateFile] : stacks(out)) {
    const std::string name = id + ".diagram";
    const std::string refresh = "run '" + GetParam().executable + " --diagram --output OUT' (no CDK_* variables set) " +
                                "and copy OUT/" + name + ".dot and OUT/" + name + ".svg into " + folder.string();
    ASSERT_TRUE(fs::exists(folder / (name + ".dot"))) << refresh;
    EXPECT_EQ(cdkpp_test::readFile(folder / (name + ".dot")), cdkpp_test::readFile(out / (name + ".dot")))
        << "the diagram changed: " << refresh;
    EXPECT_TRUE(fs::exists(folder / (name + ".svg"))) << refresh;
    EXPECT_NE(readme.find("](" + name + ".svg)"), std::string::npos)
        << folder / "README.md" << " must show " << name << ".svg: ![...](" << name << ".svg)";
  }
}

std::string sampleName(const ::testing::TestParamInfo<SampleApp>& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleAppTest, ::testing::ValuesIn(sampleApps()), sampleName);

}  // namespace
