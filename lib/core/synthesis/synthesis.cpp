#include "synthesis.hpp"

#include <algorithm>
#include <cxxabi.h>
#include <deque>
#include <exception>
#include <typeindex>

#include <fmt/format.h>

#include "../exports.hpp"
#include "../utf8.hpp"
#include "assembly_writer.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/aspects.hpp"
#include "cdk/core/cfn_condition.hpp"
#include "cdk/core/cfn_mapping.hpp"
#include "cdk/core/cfn_output.hpp"
#include "cdk/core/cfn_parameter.hpp"
#include "cdk/core/cfn_reference.hpp"
#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/cfn_rule.hpp"
#include "cdk/core/diagram.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/template_format.hpp"
#include "cdk/core/validations.hpp"
#include "cdk/version.hpp"
#include "context_plugins.hpp"
#include "graphviz.hpp"
#include "resolver.hpp"

namespace cdk::detail {
namespace {

// CloudFormation quotas checked at synthesis.
constexpr std::size_t kMaxResources = 500;
constexpr std::size_t kMaxOutputs = 200;
constexpr std::size_t kMaxParameters = 200;
constexpr std::size_t kMaxMappings = 200;
constexpr std::size_t kMaxLogicalIdLength = 255;
constexpr std::size_t kMaxTemplateBytes = 1'000'000;
constexpr std::size_t kMaxTemplateBodyBytes = 51'200;
constexpr int kMaxAspectRounds = 100;
constexpr std::size_t kMaxDescriptionBytes = 1024;
constexpr std::size_t kMaxStackTags = 50;
constexpr std::size_t kMaxStackTagKey = 128;
constexpr std::size_t kMaxStackTagValue = 256;
/// The app's diagram is app.diagram.dot (and .svg), beside each stack's <artifact id>.diagram.dot.
constexpr const char* kAppDiagram = "app";

/// The template section an element renders into; resources and parameters share one namespace of ids.
const char* sectionOf(const CfnElement& element) {
  if (dynamic_cast<const CfnResource*>(&element)) return "Resources";
  if (dynamic_cast<const CfnParameter*>(&element)) return "Parameters";
  if (dynamic_cast<const CfnOutput*>(&element)) return "Outputs";
  if (dynamic_cast<const CfnCondition*>(&element)) return "Conditions";
  if (dynamic_cast<const CfnMapping*>(&element)) return "Mappings";
  if (dynamic_cast<const CfnRule*>(&element)) return "Rules";
  return nullptr;
}

DependencyGraph::EdgeKind referenceKind(const std::string& attribute) {
  return attribute.empty() ? DependencyGraph::EdgeKind::Reference : DependencyGraph::EdgeKind::GetAtt;
}

std::string idNamespace(std::string_view section) {
  return section == "Parameters" ? std::string("Resources") : std::string(section);
}

bool isAlphanumeric(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

std::vector<CfnResource*> findCfnResources(const Construct& root) {
  std::vector<CfnResource*> out;
  for (Construct* c : root.node().findAll()) {
    if (auto* r = dynamic_cast<CfnResource*>(c)) out.push_back(r);
  }
  return out;
}

/// Unlocks the tree for the duration of a scope (exports are created while it is locked).
class UnlockGuard {
 public:
  explicit UnlockGuard(Node& root) : root_(root), wasLocked_(root.locked()) { root_.unlock(); }
  ~UnlockGuard() {
    if (wasLocked_) root_.lock();
  }
  UnlockGuard(const UnlockGuard&) = delete;
  UnlockGuard& operator=(const UnlockGuard&) = delete;

 private:
  Node& root_;
  bool wasLocked_;
};

/// Runs the user's aspect on `construct`. What it throws is given the path of the construct it was visiting
/// (the original stays reachable with std::rethrow_if_nested), and something that is not a std::exception
/// becomes one: an aspect is user code, and synthesis must end in an error that says where, not in terminate.
void visitWithAspect(IAspect& aspect, Construct& construct) {
  try {
    aspect.visit(construct);
  } catch (const std::exception& e) {
    const auto* error = dynamic_cast<const Error*>(&e);
    std::throw_with_nested(ConstructError(
        construct.node().path(),
        fmt::format("an aspect failed while visiting this construct: {}", error ? error->message() : e.what())));
  } catch (...) {
    throw ConstructError(construct.node().path(),
                         fmt::format("an aspect failed while visiting this construct: it threw an exception of type "
                                     "'{}', which is not a std::exception; throw a std::exception that says what "
                                     "went wrong",
                                     currentExceptionTypeName()));
  }
}

}  // namespace

Synthesis::Synthesis(App& app, std::string outdir, AssemblyOutputs outputs)
    : app_(app), outdir_(std::move(outdir)), outputs_(outputs) {}

std::unique_ptr<CloudAssembly> Synthesis::run(const SynthesisOptions& options) {
  assembly_ = std::make_unique<CloudAssembly>();
  invokeAspects();
  prepare();
  struct LockGuard {
    Node& root;
    ~LockGuard() { root.unlock(); }
  } lock{app_.node()};
  app_.node().lock();
  validateAndResolve();
  synthesizeStacks();
  checkAfterResolve();
  collectMessages();
  AssemblyWriter::build(*assembly_, stacks_, deploymentOrder(), artifacts_, outputs_.treeMetadata);
  if (options.write) write();
  return std::move(assembly_);
}

void Synthesis::write() {
  // YAML templates and diagrams when asked, by AppProps or the command line, or by the context (cdk synth -c).
  const auto asked = [this](bool prop, const char* contextKey) {
    return prop || app_.node().tryGetContext<bool>(contextKey).value_or(false);
  };
  const bool yaml = asked(outputs_.yaml, "cdkpp:yaml");
  const bool diagram = asked(outputs_.diagram, "cdkpp:diagram");
  // The extra files' text, held here while the writer reads it (a deque: growing it moves no string).
  std::deque<std::string> texts;
  std::vector<AssemblyFile> files;
  std::vector<std::string> diagrams;
  for (const auto& artifact : assembly_->stacks()) files.push_back({artifact.templateFile, artifact.templateBody});
  for (const auto& file : assembly_->additionalFiles_) files.push_back({file.name, file.contents});
  if (yaml) {
    for (const auto& artifact : assembly_->stacks()) {
      files.push_back(
          {artifact.artifactId + ".template.yaml", texts.emplace_back(templateToYaml(artifact.templateJson()))});
    }
  }
  if (diagram) {
    for (const auto& artifact : assembly_->stacks()) {
      if (artifact.artifactId == kAppDiagram) {
        throw ValidationError({{artifact.displayName,
                                fmt::format("the diagram of stack '{}' would be {}.diagram.dot, the name of the app's "
                                            "diagram; give the stack another id to draw diagrams",
                                            artifact.artifactId, kAppDiagram)}});
      }
      diagrams.push_back(artifact.artifactId + ".diagram");
      files.push_back(
          {diagrams.back() + ".dot", texts.emplace_back(architectureDiagram(app_, *assembly_, artifact.artifactId))});
    }
    diagrams.push_back(std::string(kAppDiagram) + ".diagram");
    files.push_back({diagrams.back() + ".dot", texts.emplace_back(architectureDiagram(app_, *assembly_))});
  }
  bool graphviz = true;
  AssemblyWriter::write(
      outdir_, *assembly_, files, outputs_.treeMetadata ? &app_ : nullptr, [&](const SynthesisSession& session) {
        for (Construct* c : app_.node().findAll()) c->onSynthesize(session);
        for (const auto& name : diagrams) {
          if (!graphviz) break;
          graphviz =
              drawSvg(session.outdir() / (name + ".dot"), session.outdir() / (name + ".svg")) == GraphvizResult::Drawn;
        }
      });
  if (!graphviz) {
    assembly_->messages_.push_back({SynthesisMessage::Level::Info, "",
                                    "Graphviz's dot is not installed: the diagrams are written as .dot files only "
                                    "(install Graphviz for .svg ones)"});
  }
}

// ---------------------------------------------------------------------------------------------- aspects

void Synthesis::invokeAspects() {
  for (int round = 0; round < kMaxAspectRounds; ++round) {
    const std::uint64_t versionBefore = app_.node().treeVersion();
    // Plain pointers, not shared_ptr copies: the nodes keep their aspects alive, and aspects are never removed.
    struct Applied {
      IAspect* aspect;
      int priority;
    };
    std::function<void(Construct&, const std::vector<Applied>&)> visit = [&](Construct& construct,
                                                                             const std::vector<Applied>& inherited) {
      // Most constructs add no aspects of their own: they pass on what they inherit, without a copy.
      const std::vector<Applied>* all = &inherited;
      std::vector<Applied> merged;
      if (const auto& own = Aspects::of(construct).applied(); !own.empty()) {
        merged = inherited;
        for (const auto& application : own) merged.push_back({application.aspect.get(), application.priority});
        // Lower priority first; inherited aspects before local ones of the same priority.
        std::stable_sort(merged.begin(), merged.end(),
                         [](const Applied& a, const Applied& b) { return a.priority < b.priority; });
        all = &merged;
      }
      for (const Applied& application : *all) {
        auto& invoked = construct.node().invokedAspects_;
        if (std::find(invoked.begin(), invoked.end(), application.aspect) != invoked.end()) continue;
        invoked.push_back(application.aspect);
        visitWithAspect(*application.aspect, construct);
      }
      // The children there were before the visit; those an aspect adds now are visited in the next round.
      // Children are appended, so indices stay valid when the vector grows. A child an aspect removes stays alive
      // until the aspects are done, and a sibling its removal made the walk skip is visited in the next round.
      const auto& children = construct.node().children();
      const std::size_t count = children.size();
      for (std::size_t i = 0; i < count && i < children.size(); ++i) visit(*children[i], *all);
    };
    visit(app_, {});
    if (app_.node().treeVersion() == versionBefore) return;  // nothing new to visit
  }
  throw ValidationError({{"", fmt::format("aspects were still adding constructs or aspects after {} rounds; an aspect "
                                          "must not add something new each time it visits a construct",
                                          kMaxAspectRounds)}});
}

// ---------------------------------------------------------------------------------------------- prepare

void Synthesis::prepare() {
  for (Construct* c : app_.node().findAll()) {
    try {
      c->onPrepare();
    } catch (const std::exception&) {
      throw;  // the library's own errors already name their construct
    } catch (...) {
      throw ConstructError(c->node().path(), fmt::format("preparing this construct threw an exception of type '{}', "
                                                         "which is not a std::exception; throw a std::exception that "
                                                         "says what went wrong",
                                                         currentExceptionTypeName()));
    }
  }
  // From here on only synthesis adds constructs (exports): one list of the tree serves the passes that follow.
  // A walk of a large app's tree is bound by cache misses, so passes share it rather than walk again.
  constructs_ = app_.node().findAll();
  expandDependencies();
  collectStacks();
}

void Synthesis::expandDependencies() {
  // aws-cdk-lib's prepare-app: a construct dependency becomes a dependency of every resource below the
  // source on every resource below the target.
  for (Construct* source : constructs_) {
    const auto targets = source->node().dependencies();
    if (targets.empty()) continue;
    const auto sourceResources = findCfnResources(*source);
    for (const Construct* target : targets) {
      if (target->node().isRemoved()) {
        throw ReferenceError(
            fmt::format("{}: depends on '{}', which was removed from the tree (tryRemoveChild); "
                        "remove the dependency as well, or keep the construct",
                        source->node().path(), target->node().path()));
      }
      if (&target->node().root() != &app_.node().host()) {
        throw ReferenceError(
            fmt::format("{}: depends on '{}', which belongs to another App; dependencies only work "
                        "within one App",
                        source->node().path(), target->node().path()));
      }
      for (CfnResource* t : findCfnResources(*target)) {
        for (CfnResource* s : sourceResources) s->addDependency(*t);
      }
    }
  }
}

void Synthesis::collectStacks() {
  stacks_.clear();
  stackIndex_.clear();
  // In tree order, a stack comes before everything below it: each element joins its own (nearest) stack.
  for (Construct* c : constructs_) {
    if (Stack::isStack(*c)) {
      auto* stack = static_cast<Stack*>(c);
      StackState state;
      state.stack = stack;
      state.vertex = assembly_->graph_.addVertex({stack->node().path(), "", stack->artifactId()});
      stackIndex_.emplace(stack, stacks_.size());
      stacks_.push_back(std::move(state));
    } else if (auto* element = dynamic_cast<CfnElement*>(c)) {
      element->vertex_ = CfnElement::kNoVertex;  // a vertex of an earlier synthesis' graph
      stateOf(element->stack()).elements.push_back(element);
    }
  }
}

std::size_t Synthesis::vertexOf(const CfnElement& element) {
  // Added when first needed, so that vertices are numbered in the order synthesis meets the elements.
  if (element.vertex_ == CfnElement::kNoVertex) {
    element.vertex_ =
        assembly_->graph_.addVertex({element.node().path(), element.logicalId(), element.stack().artifactId()});
  }
  return element.vertex_;
}

StackState& Synthesis::stateOf(const Stack& stack) { return stacks_.at(stackIndex_.at(&stack)); }

// ---------------------------------------------------------------------------------------------- validate

void Synthesis::validateAndResolve() {
  std::vector<ValidationIssue> issues = validateConstructs();
  validateStacks(issues);
  plugins_ = app_.validationPlugins_;
  for (auto& plugin : contextValidationPlugins(app_, plugins_)) plugins_.push_back(std::move(plugin));
  for (auto& state : stacks_) {
    state.keepResolved = !plugins_.empty();
    // Room for every top-level section: growing the ordered object would copy the sections in it (see renderElement).
    if (state.keepResolved) {
      state.resolved = json::object();
      state.resolved.get_ref<json::object_t&>().reserve(16);
    }
  }
  setTopSections();
  // Stack by stack: its elements checked, then (while nothing is wrong so far) resolved into its template. The
  // fragments rendered for the check are kept for resolution, so each element is rendered once, but only for one
  // stack at a time: for all stacks at once they were the largest thing synthesis held. Validation plugins see a
  // stack's resolved template as soon as it is complete, for the same reason.
  std::vector<ValidationIssue> policyIssues;
  for (auto& state : stacks_) {
    validateElements(state, issues);
    if (issues.empty()) {
      renderPending(state);
      if (state.keepResolved) runValidationPlugins(state, policyIssues);
    } else {
      state.fragments = {};
    }
  }
  if (!issues.empty()) throw ValidationError(std::move(issues));
  if (!policyIssues.empty()) throw ValidationError(std::move(policyIssues));
  // Rendering a reference to another stack may add an export to that stack: render until nothing is new.
  bool progress = true;
  while (progress) {
    progress = false;
    for (auto& state : stacks_) progress = renderPending(state) || progress;
  }
}

std::vector<ValidationIssue> Synthesis::validateConstructs() {
  std::vector<ValidationIssue> issues;
  for (const Construct* c : constructs_) {
    const std::string& path = c->node().path();
    for (auto& message : c->node().validate()) issues.push_back({path, std::move(message)});
    for (const auto& entry : c->node().metadata()) {
      if (entry.type == metadata_types::ERROR) issues.push_back({path, entry.data.toString()});
    }
  }

  return issues;
}

namespace {

/// CloudFormation's limits on stack tags (CreateStack): 50 tags, keys of 1 to 128 and values of up to 256
/// characters. Tags given as tokens are not judged.
void validateStackTags(const Stack& stack, std::vector<ValidationIssue>& issues) {
  const auto tags = stack.tags().tagValues();
  if (tags.size() > kMaxStackTags) {
    issues.push_back({stack.node().path(), fmt::format("the stack has {} tags, more than the {} CloudFormation allows "
                                                       "on a stack; drop some or tag resources instead",
                                                       tags.size(), kMaxStackTags)});
  }
  for (const auto& [key, value] : tags) {
    if (key.size() > kMaxStackTagKey) {
      issues.push_back({stack.node().path(),
                        fmt::format("the stack tag key '{}...' has {} characters, more than the {} CloudFormation "
                                    "allows; shorten it",
                                    key.substr(0, 20), key.size(), kMaxStackTagKey)});
    }
    if (value.isString() && value.asString().size() > kMaxStackTagValue) {
      issues.push_back({stack.node().path(),
                        fmt::format("the value of stack tag '{}' has {} characters, more than the {} CloudFormation "
                                    "allows; shorten it",
                                    key, value.asString().size(), kMaxStackTagValue)});
    }
  }
}

}  // namespace

void Synthesis::validateStacks(std::vector<ValidationIssue>& issues) const {
  // manifest.json keys its artifacts by id: a second artifact with an id would silently replace the first.
  std::unordered_map<std::string, const Stack*> byArtifactId;
  // One name per account and region: deploying the second stack would update (replace) the first.
  std::unordered_map<std::string, const Stack*> byName;
  for (const auto& state : stacks_) {
    const Stack& stack = *state.stack;
    const std::string& path = stack.node().path();
    if (outputs_.treeMetadata && stack.artifactId() == kTreeArtifactId) {
      issues.push_back({path, fmt::format("the stack's artifact id '{}' is the id of the construct tree's artifact "
                                          "(tree.json) in manifest.json, so the stack would vanish from the cloud "
                                          "assembly; give the stack another construct id",
                                          kTreeArtifactId)});
    } else if (auto [it, inserted] = byArtifactId.emplace(stack.artifactId(), &stack); !inserted) {
      issues.push_back({path, fmt::format("the stack's artifact id '{}' is also the artifact id of stack '{}', so one "
                                          "would replace the other in the cloud assembly; give one of them another "
                                          "construct id",
                                          stack.artifactId(), it->second->node().path())});
    }
    if (stack.description() && stack.description()->size() > kMaxDescriptionBytes) {
      issues.push_back({path, fmt::format("the stack's description has {} bytes, more than the {} CloudFormation "
                                          "allows in a template; shorten it",
                                          stack.description()->size(), kMaxDescriptionBytes)});
    }
    validateStackTags(stack, issues);
    const std::string environment = stack.environment();
    if (auto [it, inserted] = byName.emplace(environment + "/" + stack.stackName(), &stack); !inserted) {
      issues.push_back({path, fmt::format("the stack name '{}' is also the name of stack '{}' in the same environment "
                                          "({}), so deploying one would replace the other; give one of them another "
                                          "stackName",
                                          stack.stackName(), it->second->node().path(), environment)});
    }
  }
}

void Synthesis::validateElements(StackState& state, std::vector<ValidationIssue>& issues, std::size_t from) {
  // Each element: a valid logical ID, unique within its template; then its rendered fragment, checked (and
  // kept, so that resolution does not render it a second time).
  std::unordered_map<std::string, const CfnElement*> seen;
  state.fragments.assign(state.elements.size(), Value());
  for (std::size_t i = from; i < state.elements.size(); ++i) {
    const CfnElement* element = state.elements[i];
    std::string id;
    try {
      id = element->logicalId();
    } catch (const ConstructError& e) {
      issues.push_back({e.path(), e.reason()});
      continue;
    }
    if (id.empty() || id.size() > kMaxLogicalIdLength || !isAlphanumeric(id)) {
      issues.push_back({element->node().path(),
                        fmt::format("logical ID '{}' is not valid: CloudFormation logical IDs are 1 to {} letters "
                                    "and digits; pass another id to overrideLogicalId()",
                                    id, kMaxLogicalIdLength)});
      continue;
    }
    if (const char* section = sectionOf(*element)) {
      auto [it, inserted] = seen.emplace(idNamespace(section) + "/" + id, element);
      if (!inserted) {
        issues.push_back({element->node().path(),
                          fmt::format("logical ID '{}' is also the logical ID of '{}' in stack '{}'; give one of the "
                                      "constructs another id, or call overrideLogicalId() on one of them",
                                      id, it->second->node().path(), state.stack->node().path())});
        continue;
      }
      state.logicalIds.emplace(std::string(section) + "/" + id, element);
    }
    try {
      state.fragments[i] = element->toCloudFormation();
    } catch (const ConstructError& e) {
      issues.push_back({e.path(), e.reason()});
      continue;
    }
    for (auto& message : element->validateFragment(state.fragments[i])) {
      issues.push_back({element->node().path(), std::move(message)});
    }
  }
}

// ---------------------------------------------------------------------------------------------- resolve

void Synthesis::setTopSections() {
  for (auto& state : stacks_) {
    const Stack& stack = *state.stack;
    json top = json::object();
    if (stack.description()) top["Description"] = *stack.description();
    if (stack.transforms().size() == 1) {
      top["Transform"] = stack.transforms().front();
    } else if (!stack.transforms().empty()) {
      // Several: a list without repeats, in the order added. Even when they are all the same, aws-cdk-lib
      // writes a list (two rotation applications give ["AWS::Serverless-2016-10-31"]).
      std::vector<std::string> unique;
      for (const std::string& transform : stack.transforms()) {
        if (std::find(unique.begin(), unique.end(), transform) == unique.end()) unique.push_back(transform);
      }
      top["Transform"] = unique;
    }
    if (!stack.templateMetadata().isNull()) {
      Resolver resolver(*this, stack, nullptr);
      top["Metadata"] = resolver.resolve(stack.templateMetadata());
    }
    for (auto& [name, value] : top.items()) {
      setSection(state, name, value, stack);
      if (state.keepResolved) state.resolved[name] = value;
    }
  }
}

bool Synthesis::renderPending(StackState& state) {
  const bool any = state.rendered < state.elements.size();
  if (any && state.assembled) {
    throw Error(
        fmt::format("'{}' was added to stack '{}' after the stack's template was synthesized; a stack "
                    "synthesizer adds elements to its own stack before it asks for the template, and refers "
                    "to no other stack",
                    state.elements[state.rendered]->node().path(), state.stack->node().path()));
  }
  while (state.rendered < state.elements.size()) {
    const std::size_t i = state.rendered++;
    renderElement(state, *state.elements[i], i < state.fragments.size() ? &state.fragments[i] : nullptr);
    // The fragment is in the template now; free its Value tree.
    if (i < state.fragments.size()) state.fragments[i] = Value();
  }
  if (state.rendered >= state.fragments.size()) state.fragments = {};
  return any;
}

void Synthesis::renderElement(StackState& state, CfnElement& element, const Value* rendered) {
  vertexOf(element);
  Resolver resolver(*this, *state.stack, &element);
  json fragment = resolver.resolve(rendered && !rendered->isNull() ? *rendered : element.toCloudFormation());
  mergeFragment(state, element, fragment);
  if (state.keepResolved) {
    for (auto& [name, content] : fragment.items()) {
      json& section = state.resolved[name];
      if (!content.is_object()) {
        section = std::move(content);
        continue;
      }
      // Appended without a lookup (mergeFragment has refused duplicates), into room for every element: an ordered
      // object is a vector of pairs with const keys, which copies its values, deeply, each time it grows.
      if (!section.is_object()) {
        section = json::object();
        section.get_ref<json::object_t&>().reserve(state.elements.size());
      }
      auto& entries = section.get_ref<json::object_t&>();
      for (auto& [id, body] : content.items()) entries.emplace_back(id, std::move(body));
    }
  }
  if (auto* resource = dynamic_cast<CfnResource*>(&element)) {
    for (CfnResource* target : resource->dependsOn()) {
      assembly_->graph_.addEdge(vertexOf(element), vertexOf(*target), DependencyGraph::EdgeKind::DependsOn);
    }
  }
}

TemplateSection& Synthesis::section(StackState& state, const std::string& name) {
  for (auto& s : state.sections) {
    if (s.name == name) return s;
  }
  return state.sections.emplace_back(TemplateSection{name, {}, 0, true});
}

namespace {

/// Appends `value` as template text nested `depth` levels deep: byte for byte what dump(1) of the whole template
/// writes there. nlohmann's serializer writes straight into `out` at that indent (dump() would make a string
/// of its own, to be copied and indented line by line: a quarter of writing the fragments). The resolver checks
/// the strings it resolves; this catches any other way a string that is not UTF-8 reaches a template (JSON
/// cannot write it), naming the construct and where the text is.
void appendTemplateText(std::string& out, const json& value, unsigned depth, const Construct& owner,
                        std::string_view where) {
  const std::size_t before = out.size();
  try {
    nlohmann::detail::serializer<json> serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                                                  json::error_handler_t::strict);
    serializer.dump(value, true, false, 1, depth);
  } catch (const json::type_error&) {
    out.resize(before);
    const std::string inside = invalidUtf8Path(value).value_or("");
    throw ValidationError(
        {{owner.node().path(), fmt::format("the template's {}{}{} holds text that is not valid UTF-8; templates are "
                                           "UTF-8, so pass UTF-8 text",
                                           where, inside.empty() ? "" : "/", inside)}});
  }
}

}  // namespace

void Synthesis::setSection(StackState& state, const std::string& name, const json& value, const Construct& owner) {
  // A value that is not an object replaces the section, as assigning it to the template's key would.
  TemplateSection& s = section(state, name);
  s.isObject = false;
  s.count = 0;
  s.text.clear();
  appendTemplateText(s.text, value, 1, owner, name);
}

std::string Synthesis::assembleTemplate(StackState& state) {
  // Byte for byte what dump(1) of the whole template as one JSON tree would write.
  if (state.sections.empty()) return "{}";
  std::size_t size = 4;
  for (const auto& s : state.sections) size += s.name.size() + s.text.size() + 16;
  std::string out;
  out.reserve(size);
  out += "{\n";
  bool first = true;
  for (auto& s : state.sections) {
    if (!first) out += ",\n";
    first = false;
    out += ' ';
    out += json(s.name).dump();
    out += ": ";
    if (!s.isObject) {
      out += s.text;
    } else if (s.count == 0) {
      out += "{}";
    } else {
      out += "{\n";
      out += s.text;
      out += "\n }";
    }
    std::string().swap(s.text);  // the section is in the body now
  }
  out += "\n}";
  return out;
}

void Synthesis::mergeFragment(StackState& state, const CfnElement& element, json& fragment) {
  for (auto& [name, content] : fragment.items()) {
    if (!content.is_object()) {
      setSection(state, name, content, element);
      continue;
    }
    TemplateSection& s = section(state, name);
    if (!s.isObject) {  // an object after a scalar: start the section again, as the JSON tree did
      s.isObject = true;
      s.text.clear();
      s.count = 0;
    }
    for (auto& [id, body] : content.items()) {
      auto [it, inserted] = state.logicalIds.emplace(idNamespace(name) + "/" + id, &element);
      if (!inserted && it->second != &element) {
        throw ValidationError(
            {{element.node().path(),
              fmt::format("logical ID '{}' is also the logical ID of '{}'; give one of the constructs "
                          "another id, or call overrideLogicalId() on one of them",
                          id, it->second->node().path())}});
      }
      if (name == "Outputs") {
        if (auto e = body.find("Export"); e != body.end() && e->is_object()) {
          if (auto n = e->find("Name"); n != e->end() && n->is_string()) {
            state.exportNames.emplace_back(n->get<std::string>(), id);
          }
        }
      }
      if (s.count++ > 0) s.text += ",\n";
      s.text += "  ";
      s.text += json(id).dump();
      s.text += ": ";
      appendTemplateText(s.text, body, 2, element, name + "/" + id);
    }
  }
}

json Synthesis::reference(const Stack& consumer, const CfnElement* consumerElement, const CfnElement& target,
                          const std::string& attribute, const std::string& location) {
  if (target.node().isRemoved()) {
    throw ReferenceError(
        fmt::format("{}: refers to '{}', which was removed from the tree (tryRemoveChild); remove "
                    "the reference as well, or keep the construct",
                    location, target.node().path()));
  }
  if (&target.node().root() != &app_.node().host()) {
    throw ReferenceError(
        fmt::format("{}: refers to '{}', which belongs to another App; constructs can only reference "
                    "constructs of their own App",
                    location, target.node().path()));
  }
  const Stack& producer = target.stack();
  if (&producer == &consumer) {
    if (consumerElement)
      assembly_->graph_.addEdge(vertexOf(*consumerElement), vertexOf(target), referenceKind(attribute));
    if (attribute.empty()) return json{{"Ref", target.logicalId()}};
    return json{{"Fn::GetAtt", json::array({target.logicalId(), attribute})}};
  }
  if (producer.environment() != consumer.environment()) {
    throw ReferenceError(fmt::format(
        "{}: refers to '{}' of stack '{}' ({}), but this stack '{}' is deployed to {}; cross-stack references only "
        "work "
        "between stacks of the same account and region: pass the value another way (a parameter, an SSM parameter) "
        "or deploy both stacks to one environment",
        location, target.node().path(), producer.node().path(), producer.environment(), consumer.node().path(),
        consumer.environment()));
  }
  Export exported;
  {
    UnlockGuard unlock(app_.node());
    exported = ensureExport(const_cast<Stack&>(producer), CfnReference(target, attribute));
  }
  if (exported.output->vertex_ == CfnElement::kNoVertex) {
    auto& elements = stateOf(producer).elements;
    if (std::find(elements.begin(), elements.end(), exported.output) == elements.end())
      elements.push_back(exported.output);
    vertexOf(*exported.output);
  }
  if (consumerElement)
    assembly_->graph_.addEdge(vertexOf(*consumerElement), vertexOf(target), referenceKind(attribute));
  addStackDependency(consumer, producer,
                     fmt::format("{} references {}", consumerElement ? consumerElement->node().path() : location,
                                 target.node().path()));
  return json{{"Fn::ImportValue", exported.name}};
}

void Synthesis::addStackDependency(const Stack& from, const Stack& to, std::string reason) {
  const std::size_t a = stateOf(from).vertex;
  const std::size_t b = stateOf(to).vertex;
  assembly_->graph_.addEdge(a, b, DependencyGraph::EdgeKind::Stack);
  stackEdgeReasons_.emplace(std::make_pair(a, b), std::move(reason));
}

// ---------------------------------------------------------------------------------------------- plugins

namespace {

/// Adds a file that a plugin or a synthesizer (`who`) gives to the cloud assembly, named by one path component that is
/// not hidden and not a file synthesis writes itself, and once.
void addAssemblyFileChecked(std::vector<AdditionalFile>& files, std::string_view who, std::string name,
                            std::string contents) {
  const bool reserved = name == "manifest.json" || name == "tree.json" || name.ends_with(".template.json");
  if (name.empty() || name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
      name.front() == '.' || reserved) {
    throw Error(
        fmt::format("{} asked to add '{}' to the cloud assembly; such a file is named by one path component "
                    "that does not start with '.' and is not a template, manifest.json or tree.json",
                    who, name));
  }
  for (const auto& file : files) {
    if (file.name == name) {
      throw Error(
          fmt::format("{} added '{}' to the cloud assembly, which has a file of that name already; give each "
                      "file its own name",
                      who, name));
    }
  }
  files.push_back({std::move(name), std::move(contents)});
}

/// What a validation plugin sees of one stack.
class StackValidationContext final : public IPolicyValidationContext {
 public:
  StackValidationContext(const StackState& state, std::vector<AdditionalFile>& files) : state_(state), files_(files) {}

  const Stack& stack() const override { return *state_.stack; }
  const nlohmann::ordered_json& templateJson() const override { return state_.resolved; }
  std::string templatePath() const override { return state_.stack->templateFile(); }

  std::string_view constructPath(std::string_view logicalId) const override {
    // Keys as validateElements and mergeFragment record them: resources and parameters share "Resources".
    for (std::string_view section : {"Resources/", "Outputs/", "Conditions/", "Mappings/", "Rules/"}) {
      key_.assign(section).append(logicalId);
      auto it = state_.logicalIds.find(key_);
      if (it != state_.logicalIds.end()) return it->second->node().path();
    }
    return {};
  }

  void addAssemblyFile(std::string name, std::string contents) override {
    addAssemblyFileChecked(files_, "a validation plugin", std::move(name), std::move(contents));
  }

 private:
  const StackState& state_;
  std::vector<AdditionalFile>& files_;
  mutable std::string key_;  ///< reused for the lookups
};

}  // namespace

void Synthesis::runValidationPlugins(StackState& state, std::vector<ValidationIssue>& issues) {
  const std::string& stackPath = state.stack->node().path();
  StackValidationContext context(state, assembly_->additionalFiles_);
  for (const auto& plugin : plugins_) {
    PolicyValidationPluginReport report;
    try {
      report = plugin->validate(context);
    } catch (const Error&) {
      throw;
    } catch (const std::exception& e) {
      throw Error(fmt::format("validation plugin '{}' failed on stack '{}': {}", plugin->name(), stackPath, e.what()));
    }
    for (auto& violation : report.violations) {
      // Errors fail synthesis unless the report succeeds anyway (a report-only mode): then they are warnings.
      const bool error = violation.severity.empty() || violation.severity == "error";
      const auto level =
          violation.severity == "info" ? SynthesisMessage::Level::Info : SynthesisMessage::Level::Warning;
      std::string text = fmt::format("{}: {}", violation.ruleName, violation.description);
      if (!violation.fix.empty()) text += " " + violation.fix;
      auto record = [&](const std::string& path) {
        if (error && !report.success) {
          issues.push_back({path, text});
        } else {
          assembly_->messages_.push_back({level, path, text});
        }
      };
      for (auto& resource : violation.violatingResources) {
        if (resource.constructPath.empty())
          resource.constructPath = std::string(context.constructPath(resource.resourceLogicalId));
        if (resource.templatePath.empty()) resource.templatePath = context.templatePath();
        record(resource.constructPath.empty() ? stackPath : resource.constructPath);
      }
      if (violation.violatingResources.empty()) record(stackPath);
    }
    assembly_->validationReports_.push_back({plugin->name(), stackPath, std::move(report)});
  }
  state.resolved = json();
  state.keepResolved = false;
}

// ---------------------------------------------------------------------------------------------- stack synthesizers

/// What a stack's synthesizer writes to (IStackSynthesisSession), for that stack.
class Synthesis::StackSession final : public IStackSynthesisSession {
 public:
  StackSession(Synthesis& synthesis, StackState& state)
      : synthesis_(synthesis),
        state_(state),
        seenChildren_(state.stack->node().children().size()),
        seenVersion_(synthesis.app_.node().treeVersion()) {}

  const std::string& templateBody() override {
    collectAddedElements();
    return synthesis_.finishTemplate(state_);
  }

  void addArtifact(std::string artifactId, json artifact) override {
    if (artifact.is_null()) artifact = json::object();
    add(std::move(artifactId), std::move(artifact), {});
  }

  void addStackArtifact(SynthesizeStackArtifactOptions options) override {
    add(state_.stack->artifactId(), json(), std::move(options));
  }

  void addFile(std::string fileName, std::string contents) override {
    addAssemblyFileChecked(synthesis_.assembly_->additionalFiles_,
                           fmt::format("the synthesizer of stack '{}'", state_.stack->node().path()),
                           std::move(fileName), std::move(contents));
  }

  bool addedStackArtifact() const noexcept { return addedStackArtifact_; }

  /// Appends the elements the synthesizer added to its stack since the last call (new children of the stack and
  /// what is below them) to the stack's elements, to be checked and rendered. A construct added anywhere else (the
  /// tree's version counts every addition) is refused: other templates may be final already.
  void collectAddedElements() {
    const Stack& stack = *state_.stack;
    const auto& children = stack.node().children();
    std::uint64_t found = 0;
    for (; seenChildren_ < children.size(); ++seenChildren_) {
      for (Construct* c : children[seenChildren_]->node().findAll()) {
        ++found;
        auto* element = dynamic_cast<CfnElement*>(c);
        if (element && &element->stack() == &stack) state_.elements.push_back(element);
      }
    }
    const std::uint64_t version = synthesis_.app_.node().treeVersion();
    if (version - seenVersion_ != found) {
      throw Error(
          fmt::format("the synthesizer of stack '{}' changed the construct tree outside the stack's new "
                      "children; a stack synthesizer only adds constructs to its own stack",
                      stack.node().path()));
    }
    seenVersion_ = version;
  }

 private:
  void add(std::string id, json artifact, SynthesizeStackArtifactOptions options) {
    const bool own = artifact.is_null();
    const std::string& path = state_.stack->node().path();
    if (own && addedStackArtifact_) {
      throw ValidationError({{path, "the stack's synthesizer added the stack's artifact twice; add it once"}});
    }
    // Another stack's id, the tree's, or one added before: manifest.json would keep one of them.
    const bool taken =
        (!own && synthesis_.reservedArtifactIds_.contains(id)) || !synthesis_.emittedArtifactIds_.insert(id).second;
    if (taken) {
      throw ValidationError({{path, fmt::format("the stack's synthesizer added an artifact with id '{}', which "
                                                "another artifact of the cloud assembly has already; give the "
                                                "stack another construct id",
                                                id)}});
    }
    addedStackArtifact_ = addedStackArtifact_ || own;
    synthesis_.artifacts_.push_back({std::move(id), std::move(artifact), &state_, std::move(options)});
  }

  Synthesis& synthesis_;
  StackState& state_;
  std::size_t seenChildren_;
  std::uint64_t seenVersion_;
  bool addedStackArtifact_ = false;
};

std::vector<StackState*> Synthesis::stacksAfterTheirChildren() {
  // stacks_ is in tree order (a stack before the stacks below it); aws-cdk-lib synthesizes the tree after the
  // children, so a stack comes after those below it, and siblings keep their order.
  const auto isBelow = [](const Stack& inner, const Stack& outer) {
    for (const Construct* c = inner.node().scope(); c; c = c->node().scope()) {
      if (c == &outer) return true;
    }
    return false;
  };
  std::vector<StackState*> order;
  std::vector<StackState*> open;
  for (auto& state : stacks_) {
    while (!open.empty() && !isBelow(*state.stack, *open.back()->stack)) {
      order.push_back(open.back());
      open.pop_back();
    }
    open.push_back(&state);
  }
  order.insert(order.end(), open.rbegin(), open.rend());
  return order;
}

void Synthesis::synthesizeStacks() {
  artifacts_.clear();
  emittedArtifactIds_.clear();
  reservedArtifactIds_.clear();
  for (const auto& state : stacks_) reservedArtifactIds_.insert(state.stack->artifactId());
  if (outputs_.treeMetadata) reservedArtifactIds_.insert(kTreeArtifactId);
  for (StackState* state : stacksAfterTheirChildren()) {
    StackSession session(*this, *state);
    {
      // The synthesizer may add elements to its stack (the bootstrap version check) while it runs.
      UnlockGuard unlock(app_.node());
      state->stack->synthesizer().synthesize(session);
    }
    session.collectAddedElements();
    finishTemplate(*state);
    if (!session.addedStackArtifact()) {
      throw ValidationError({{state->stack->node().path(),
                              "the stack's synthesizer did not add the stack's artifact to the cloud assembly "
                              "(IStackSynthesisSession::addStackArtifact), so the cdk CLI would not see the stack"}});
    }
  }
}

const std::string& Synthesis::finishTemplate(StackState& state) {
  if (state.rendered < state.elements.size()) {
    // Elements added once the template is final are refused by renderPending.
    if (!state.assembled) {
      std::vector<ValidationIssue> issues;
      validateElements(state, issues, state.rendered);
      if (!issues.empty()) throw ValidationError(std::move(issues));
    }
    renderPending(state);
  }
  if (!state.assembled) {
    state.body = assembleTemplate(state);
    state.assembled = true;
  }
  return state.body;
}

// ---------------------------------------------------------------------------------------------- checks

void Synthesis::checkAfterResolve() {
  addExplicitStackDependencies();
  checkDependencyCycles();
  checkQuotas();
}

void Synthesis::addExplicitStackDependencies() {
  for (auto& state : stacks_) {
    for (const auto& [target, reason] : state.stack->dependencies()) {
      if (&target->node().root() != &app_.node().host()) {
        throw ReferenceError(fmt::format("stack '{}' depends on stack '{}', which belongs to another App",
                                         state.stack->node().path(), target->node().path()));
      }
      addStackDependency(*state.stack, *target, reason.empty() ? std::string("explicit dependency") : reason);
    }
  }
}

void Synthesis::checkDependencyCycles() const {
  const DependencyGraph& graph = assembly_->graph_;
  // Stacks that depend on each other cannot be deployed in any order.
  auto stackCycle =
      graph.findCycle([](const DependencyGraph::Edge& e) { return e.kind == DependencyGraph::EdgeKind::Stack; });
  if (!stackCycle.empty()) {
    std::vector<std::string> paths;
    std::string steps;
    for (std::size_t i = 0; i < stackCycle.size(); ++i) {
      paths.push_back(graph.vertex(stackCycle[i]).path);
      if (i + 1 < stackCycle.size()) {
        auto it = stackEdgeReasons_.find({stackCycle[i], stackCycle[i + 1]});
        steps += fmt::format("\n  '{}' depends on '{}' ({})", graph.vertex(stackCycle[i]).path,
                             graph.vertex(stackCycle[i + 1]).path, it == stackEdgeReasons_.end() ? "" : it->second);
      }
    }
    throw CycleError(fmt::format("stacks depend on each other in a cycle: {}{}\nno stack of a cycle can be deployed "
                                 "first; move the shared resources into one stack, or pass the value another way",
                                 fmt::join(paths, " -> "), steps),
                     paths);
  }

  // Resources of one template that depend on each other in a cycle are rejected by CloudFormation.
  auto elementCycle = graph.findCycle([&graph](const DependencyGraph::Edge& e) {
    return e.kind != DependencyGraph::EdgeKind::Stack && graph.vertex(e.from).stack == graph.vertex(e.to).stack;
  });
  if (!elementCycle.empty()) {
    std::vector<std::string> paths;
    std::vector<std::string> described;
    for (std::size_t v : elementCycle) {
      paths.push_back(graph.vertex(v).path);
      described.push_back(fmt::format("{} ({})", graph.vertex(v).path, graph.vertex(v).logicalId));
    }
    throw CycleError(fmt::format("resources of stack '{}' depend on each other in a cycle: {}; CloudFormation cannot "
                                 "create them, so remove one of these references or dependencies",
                                 graph.vertex(elementCycle.front()).stack, fmt::join(described, " -> ")),
                     paths);
  }
}

void Synthesis::checkQuotas() {
  // Quotas, and export names unique per environment.
  std::vector<ValidationIssue> issues;
  std::map<std::pair<std::string, std::string>, std::string> exportNames;  // (environment, name) -> stack path
  for (auto& state : stacks_) {
    const std::string& path = state.stack->node().path();
    auto count = [&](const char* name) -> std::size_t {
      for (const auto& s : state.sections) {
        if (s.name == name) return s.isObject ? s.count : 1;
      }
      return 0;
    };
    const std::pair<const char*, std::size_t> quotas[] = {{"Resources", kMaxResources},
                                                          {"Outputs", kMaxOutputs},
                                                          {"Parameters", kMaxParameters},
                                                          {"Mappings", kMaxMappings}};
    for (const auto& [section, limit] : quotas) {
      if (count(section) > limit) {
        // The synthesizer's own parameter counts too: say so, or the user counts one fewer than we do.
        const bool synthesizerParameter = std::string_view(section) == "Parameters" &&
                                          state.stack->node().tryFindChild("BootstrapVersion") != nullptr;
        issues.push_back({path, fmt::format("the template has {} {} but CloudFormation allows at most {} per stack{}; "
                                            "split the stack into several stacks",
                                            count(section), section, limit,
                                            synthesizerParameter ? " (one is BootstrapVersion, which the stack's "
                                                                   "synthesizer adds; generateBootstrapVersionRule: "
                                                                   "false leaves it out)"
                                                                 : "")});
      }
    }
    for (const auto& [name, id] : state.exportNames) {
      auto [it, inserted] = exportNames.emplace(std::make_pair(state.stack->environment(), name), path + "/" + id);
      if (!inserted) {
        issues.push_back({path, fmt::format("export name '{}' of output '{}' is also exported by '{}'; export names "
                                            "must be unique in an account and region: choose another exportName",
                                            name, id, it->second)});
      }
    }
    if (state.body.size() > kMaxTemplateBytes) {
      issues.push_back({path, fmt::format("the template is {} bytes, over the {} bytes CloudFormation accepts; split "
                                          "the stack into several stacks",
                                          state.body.size(), kMaxTemplateBytes)});
    } else if (state.body.size() > kMaxTemplateBodyBytes) {
      assembly_->messages_.push_back(
          {SynthesisMessage::Level::Warning, path,
           fmt::format("the template is {} bytes, over the {} bytes CloudFormation accepts in a request: deploy it "
                       "from an S3 bucket (cdk deploy does this)",
                       state.body.size(), kMaxTemplateBodyBytes)});
    }
  }
  if (!issues.empty()) throw ValidationError(std::move(issues));
}

// ---------------------------------------------------------------------------------------------- results

void Synthesis::collectMessages() {
  std::vector<SynthesisMessage> messages;
  std::function<void(const Construct&, std::vector<std::string>&)> visit = [&](const Construct& c,
                                                                               std::vector<std::string>& acknowledged) {
    const std::size_t mark = acknowledged.size();
    for (const auto& entry : c.node().metadata()) {
      if (entry.type == metadata_types::ACKNOWLEDGE) {
        if (const Value* id = entry.data.find("id")) acknowledged.push_back(id->asString());
      }
    }
    for (const auto& entry : c.node().metadata()) {
      if (entry.type != metadata_types::WARNING && entry.type != metadata_types::INFO) continue;
      const std::string text = entry.data.toString();
      const bool silenced = std::any_of(acknowledged.begin(), acknowledged.end(), [&](const std::string& id) {
        return text.ends_with(fmt::format("[ack: {}]", id));
      });
      if (silenced) continue;
      messages.push_back(
          {entry.type == metadata_types::WARNING ? SynthesisMessage::Level::Warning : SynthesisMessage::Level::Info,
           c.node().path(), text});
    }
    for (const Construct* child : c.node().children()) visit(*child, acknowledged);
    acknowledged.resize(mark);
  };
  std::vector<std::string> acknowledged;
  visit(app_, acknowledged);
  messages.insert(messages.end(), assembly_->messages_.begin(), assembly_->messages_.end());
  assembly_->messages_ = std::move(messages);
}

std::vector<std::string> Synthesis::deploymentOrder() const {
  const DependencyGraph& graph = assembly_->graph_;
  auto order =
      graph.topologicalOrder([](const DependencyGraph::Edge& e) { return e.kind == DependencyGraph::EdgeKind::Stack; });
  std::vector<std::string> ids;
  std::unordered_map<std::size_t, const StackState*> byVertex;
  for (const auto& state : stacks_) byVertex.emplace(state.vertex, &state);
  for (std::size_t v : order) {
    if (auto it = byVertex.find(v); it != byVertex.end()) ids.push_back(it->second->stack->artifactId());
  }
  return ids;
}

}  // namespace cdk::detail
