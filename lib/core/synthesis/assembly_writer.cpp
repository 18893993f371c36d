#include "assembly_writer.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <fstream>
#include <iomanip>
#include <map>
#include <typeindex>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "cdk/core/app.hpp"
#include "cdk/core/cfn_element.hpp"
#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/version.hpp"
#include "output_folder.hpp"
#include "synthesis.hpp"

namespace fs = std::filesystem;

namespace cdk::detail {
namespace {

/// Readable C++ type names for tree.json, demangled once per type.
class TypeNames {
 public:
  const std::string& of(const Construct& c) {
    auto [it, inserted] = names_.try_emplace(std::type_index(typeid(c)));
    if (inserted) {
      int status = 0;
      char* demangled = abi::__cxa_demangle(typeid(c).name(), nullptr, nullptr, &status);
      it->second = status == 0 && demangled ? demangled : typeid(c).name();
      std::free(demangled);
    }
    return it->second;
  }

 private:
  std::unordered_map<std::type_index, std::string> names_;
};

/// tree.json, streamed from the construct tree: a DOM of it would be the largest thing synthesis allocates.
/// The layout is aws-cdk-lib's: id, path, constructInfo, children, and type and logical ID for resources
/// (not a second copy of their properties: those are in the template, and the cdk CLI does not read them).
class TreeWriter {
 public:
  TreeWriter(std::ofstream& out) : out_(out) { buffer_.reserve(kFlushAt + 4096); }

  void write(const App& app) {
    buffer_ += R"({"version":"tree-0.1","tree":)";
    node(app);
    buffer_ += '}';
    flush();
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;

  void node(const Construct& c) {
    buffer_ += R"({"id":)";
    string(c.node().scope() ? std::string_view(c.node().id()) : std::string_view("App"));
    buffer_ += R"(,"path":)";
    string(c.node().path());
    buffer_ += R"(,"constructInfo":{"fqn":)";
    string(names_.of(c));
    buffer_ += R"(,"version":)";
    string(CDKPP_VERSION);
    buffer_ += '}';
    if (!c.node().children().empty()) {
      buffer_ += R"(,"children":{)";
      bool first = true;
      for (const Construct* child : c.node().children()) {
        if (!first) buffer_ += ',';
        first = false;
        string(child->node().id());
        buffer_ += ':';
        node(*child);
      }
      buffer_ += '}';
    }
    if (const auto* resource = dynamic_cast<const CfnResource*>(&c)) {
      buffer_ += R"(,"attributes":{"aws:cdk:cloudformation:type":)";
      string(resource->cfnResourceType());
      buffer_ += R"(,"aws:cdk:cloudformation:logicalId":)";
      string(resource->logicalId());
      buffer_ += '}';
    }
    buffer_ += '}';
    if (buffer_.size() >= kFlushAt) flush();
  }

  /// A JSON string literal. Ids, paths and type names almost never need escaping: those are copied as they are
  /// (a json value and its dump per string cost more than the rest of tree.json); any other string, with
  /// quotes, backslashes, control characters or non-ASCII bytes (UTF-8 checked), is escaped by nlohmann::json
  /// as everywhere else in the assembly.
  void string(std::string_view s) {
    const bool plain = std::all_of(s.begin(), s.end(), [](char c) {
      const auto byte = static_cast<unsigned char>(c);
      return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
    });
    if (plain) {
      buffer_ += '"';
      buffer_ += s;
      buffer_ += '"';
    } else {
      // tree.json describes the tree for tools and people: a byte that is not UTF-8 (in a value the template
      // does not carry) is shown as U+FFFD rather than failing the whole synthesis.
      buffer_ += json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace);
    }
  }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  std::ofstream& out_;
  std::string buffer_;
  TypeNames names_;
};

/// Metadata entries by construct path ("/Stack/Construct"), in tree order. A vector of movable pairs, not an
/// ordered_json object: growing one of those copies every entry in it.
using MetadataEntries = std::vector<std::pair<std::string, json>>;

void collectStackMetadata(const Construct& c, const Stack& stack,
                          const std::multimap<std::string, const SynthesisMessage*>& messages, MetadataEntries& out) {
  json entries = json::array();
  const std::string& path = c.node().path();
  for (auto [it, end] = messages.equal_range(path); it != end; ++it) {
    const char* type = it->second->level == SynthesisMessage::Level::Warning ? "aws:cdk:warning" : "aws:cdk:info";
    entries.push_back({{"type", type}, {"data", it->second->message}});
  }
  if (const auto* element = dynamic_cast<const CfnElement*>(&c)) {
    entries.push_back({{"type", "aws:cdk:logicalId"}, {"data", element->logicalId()}});
  }
  if (!entries.empty()) out.emplace_back("/" + path, std::move(entries));
  for (const Construct* child : c.node().children()) {
    if (Stack::isStack(*child)) continue;
    collectStackMetadata(*child, stack, messages, out);
  }
}

/// A stack's entry of manifest.json without what its synthesizer adds: type, environment, properties (template,
/// termination protection, tags), dependencies, metadata, displayName, in aws-cdk-lib's order.
json stackEntry(const StackArtifact& artifact, const Stack& stack,
                const std::multimap<std::string, const SynthesisMessage*>& messagesByPath) {
  json properties = {{"templateFile", artifact.templateFile},
                     {"terminationProtection", artifact.terminationProtection}};
  if (!artifact.tags.empty()) {
    json tags = json::object();
    for (const auto& [k, v] : artifact.tags) tags[k] = v;
    properties["tags"] = std::move(tags);
  }
  properties["validateOnSynth"] = false;
  json entry = {
      {"type", "aws:cloudformation:stack"}, {"environment", artifact.environment}, {"properties", properties}};
  // Kept even when empty, so that the synthesizer's dependencies land here; dropped later if still empty.
  entry["dependencies"] = artifact.dependencies;
  MetadataEntries collected;
  collectStackMetadata(stack, stack, messagesByPath, collected);
  if (!collected.empty()) {
    // Paths are unique: append without ordered_map's lookup, into a vector reserved once.
    json metadata = json::object();
    auto& object = static_cast<std::vector<std::pair<const std::string, json>>&>(metadata.get_ref<json::object_t&>());
    object.reserve(collected.size());
    for (auto& [path, entries] : collected) object.emplace_back(std::move(path), std::move(entries));
    entry["metadata"] = std::move(metadata);
  }
  entry["displayName"] = artifact.displayName;
  return entry;
}

/// Creates `path` with the contents `write` puts into the stream, or throws naming the file and the reason.
template <class Write>
void writeStream(const fs::path& path, Write write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out)
    writeFailed(path.parent_path(),
                fmt::format("cannot create {}: {}", path.filename().string(), std::strerror(errno)));
  write(out);
  out.close();
  if (!out)
    writeFailed(path.parent_path(), fmt::format("cannot write {}: {}", path.filename().string(), std::strerror(errno)));
}

void writeFile(const fs::path& path, std::string_view contents) {
  writeStream(path,
              [&](std::ofstream& out) { out.write(contents.data(), static_cast<std::streamsize>(contents.size())); });
}

/// The JSON document as dump(2) writes it, streamed: the text of a large manifest is never held in memory.
void writeJson(const fs::path& path, const json& document) {
  writeStream(path, [&](std::ofstream& out) { out << std::setw(2) << document; });
}

void writeTree(const fs::path& path, const App& app) {
  writeStream(path, [&](std::ofstream& out) { TreeWriter(out).write(app); });
}

}  // namespace

namespace {

/// The properties a synthesizer gave the stack, in aws-cdk-lib's order (the object its synthesizers spread into the
/// stack's properties), unset ones left out.
void addSynthesizerProperties(json& properties, const SynthesizeStackArtifactOptions& options) {
  if (options.assumeRoleExternalId) properties["assumeRoleExternalId"] = *options.assumeRoleExternalId;
  if (options.assumeRoleArn) properties["assumeRoleArn"] = *options.assumeRoleArn;
  if (options.cloudFormationExecutionRoleArn) {
    properties["cloudFormationExecutionRoleArn"] = *options.cloudFormationExecutionRoleArn;
  }
  if (options.stackTemplateAssetObjectUrl)
    properties["stackTemplateAssetObjectUrl"] = *options.stackTemplateAssetObjectUrl;
  if (options.requiresBootstrapStackVersion) {
    properties["requiresBootstrapStackVersion"] = *options.requiresBootstrapStackVersion;
  }
  if (options.bootstrapStackVersionSsmParameter) {
    properties["bootstrapStackVersionSsmParameter"] = *options.bootstrapStackVersionSsmParameter;
  }
  if (!options.additionalDependencies.empty()) properties["additionalDependencies"] = options.additionalDependencies;
  if (const auto& role = options.lookupRole) {
    json lookupRole = {{"arn", role->arn}};
    if (role->assumeRoleExternalId) lookupRole["assumeRoleExternalId"] = *role->assumeRoleExternalId;
    if (role->requiresBootstrapStackVersion) {
      lookupRole["requiresBootstrapStackVersion"] = *role->requiresBootstrapStackVersion;
    }
    if (role->bootstrapStackVersionSsmParameter) {
      lookupRole["bootstrapStackVersionSsmParameter"] = *role->bootstrapStackVersionSsmParameter;
    }
    properties["lookupRole"] = std::move(lookupRole);
  }
}

}  // namespace

void AssemblyWriter::build(CloudAssembly& assembly, std::vector<StackState>& stacks,
                           const std::vector<std::string>& deploymentOrder, std::vector<EmittedArtifact>& artifacts,
                           bool treeMetadata) {
  std::unordered_map<std::string, StackState*> byId;
  for (auto& s : stacks) {
    byId.emplace(s.stack->artifactId(), &s);
  }

  std::multimap<std::string, const SynthesisMessage*> messagesByPath;
  for (const auto& m : assembly.messages_) messagesByPath.emplace(m.path, &m);

  // Stack dependencies, as artifact ids, from the graph's stack edges.
  std::unordered_map<std::size_t, const StackState*> byVertex;
  for (const auto& s : stacks) byVertex.emplace(s.vertex, &s);
  std::unordered_map<const StackState*, std::vector<std::string>> dependencies;
  for (const auto& e : assembly.graph_.edges()) {
    if (e.kind != DependencyGraph::EdgeKind::Stack) continue;
    dependencies[byVertex.at(e.from)].push_back(byVertex.at(e.to)->stack->artifactId());
  }

  // The stacks' entries of manifest.json, made in deployment order with the stack artifacts.
  std::unordered_map<const StackState*, json> entries;
  for (const auto& id : deploymentOrder) {
    StackState& state = *byId.at(id);
    const Stack& stack = *state.stack;
    StackArtifact artifact;
    artifact.artifactId = stack.artifactId();
    artifact.stackName = stack.stackName();
    artifact.displayName = stack.node().path();
    artifact.environment = stack.environment();
    artifact.templateFile = stack.templateFile();
    artifact.dependencies = dependencies[&state];
    artifact.terminationProtection = stack.terminationProtection();
    for (const auto& [key, value] : stack.tags().tagValues()) artifact.tags.emplace_back(key, value.toString());
    entries.emplace(&state, stackEntry(artifact, stack, messagesByPath));
    artifact.templateBody = std::move(state.body);
    assembly.stacks_.push_back(std::move(artifact));
  }

  json manifestArtifacts = json::object();
  // Reserved, so that no entry (each holds a stack's metadata) is copied when the object grows.
  auto& objects =
      static_cast<std::vector<std::pair<const std::string, json>>&>(manifestArtifacts.get_ref<json::object_t&>());
  objects.reserve(artifacts.size() + 1);
  for (auto& emitted : artifacts) {
    json entry;
    if (!emitted.artifact.is_null()) {
      entry = std::move(emitted.artifact);
    } else {
      entry = std::move(entries.at(emitted.stack));
      json& properties = entry["properties"];
      addSynthesizerProperties(properties, emitted.options);
      // aws-cdk-lib writes the stack name last, and only when it is not the artifact id.
      const Stack& stack = *emitted.stack->stack;
      if (stack.stackName() != stack.artifactId()) properties["stackName"] = stack.stackName();
      // The synthesizer's dependencies (the asset manifest) after the stacks the stack depends on.
      json& dependsOn = entry["dependencies"];
      for (const auto& extra : emitted.options.additionalDependencies) dependsOn.push_back(extra);
      if (dependsOn.empty()) entry.erase("dependencies");
    }
    // Artifact ids are unique (the synthesis checked): append without ordered_map's linear lookup.
    objects.emplace_back(emitted.id, std::move(entry));
  }
  if (treeMetadata)
    manifestArtifacts[kTreeArtifactId] = {{"type", "cdk:tree"}, {"properties", {{"file", "tree.json"}}}};
  assembly.manifest_ = {{"version", kAssemblySchemaVersion}, {"artifacts", std::move(manifestArtifacts)}};
  // Context the lookups missed, stack by stack in tree order, each key once (aws-cdk-lib's addMissing).
  json missing = json::array();
  std::unordered_set<std::string> missingKeys;
  for (const auto& state : stacks) {
    for (const auto& m : state.stack->missingContext()) {
      if (!missingKeys.insert(m.key).second) continue;
      missing.push_back({{"key", m.key}, {"provider", m.provider}, {"props", state.stack->resolve(m.props)}});
    }
  }
  if (!missing.empty()) assembly.manifest_["missing"] = std::move(missing);
}

void AssemblyWriter::write(const std::string& outdir, CloudAssembly& assembly,
                           const std::vector<AssemblyFile>& templates, const App* tree,
                           const std::function<void(const SynthesisSession&)>& hooks) {
  const OutputFolder folder(outdir);
  // Refused before anything is written: a folder with the user's own files in it is never replaced.
  folder.checkReplaceable();
  const fs::path staging = folder.makeStaging();
  try {
    for (const auto& file : templates) writeFile(staging / file.name, file.contents);
    writeJson(staging / "manifest.json", assembly.manifest());
    if (tree) writeTree(staging / "tree.json", *tree);
    writeFile(staging / "cdk.out", json{{"version", kAssemblySchemaVersion}}.dump());
    hooks(SynthesisSession(staging));
    OutputFolder::writeInventory(staging);
    folder.checkReplaceable();  // again: the folder may have changed while the assembly was written
    folder.replaceWith(staging);
  } catch (const json::exception& e) {
    // A manifest value that JSON cannot hold (bytes that are not UTF-8): the folder is left as it was.
    std::error_code ec;
    fs::remove_all(staging, ec);
    throw AssemblyWriteError(
        fmt::format("the cloud assembly could not be written to {}: {}; nothing was changed. "
                    "Give stack names, tags, descriptions and metadata as UTF-8 text",
                    outdir, e.what()));
  } catch (...) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    throw;
  }
  assembly.directory_ = folder.path();
}

}  // namespace cdk::detail
