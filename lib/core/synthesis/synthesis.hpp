// One run of the synthesis phases over an App: aspects > prepare > validate and resolve (stack by stack) >
// assemble the templates > checks of the whole app > write.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/app.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack_synthesizer.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class CfnElement;
class CfnReference;
class IAspect;
class IPolicyValidationPlugin;
class Stack;
}  // namespace cdk

namespace cdk::detail {

using json = nlohmann::ordered_json;

/// One top-level section of a template ("Resources", "Outputs", "Description" ...), kept as text: each
/// element's fragment is serialized as soon as it is resolved, so no JSON tree of a whole template exists.
struct TemplateSection {
  std::string name;
  std::string text;       ///< an object's entries ("  \"Id\": {...}" joined by ",\n"), or the whole value
  std::size_t count = 0;  ///< entries of an object section
  bool isObject = true;
};

/// The template of one stack while it is rendered.
struct StackState {
  Stack* stack = nullptr;
  std::size_t vertex = 0;
  std::vector<CfnElement*> elements;  ///< tree order; exports created while resolving are appended
  std::vector<Value> fragments;       ///< the elements' toCloudFormation(), rendered once while validating
  std::size_t rendered = 0;
  std::vector<TemplateSection> sections;                          ///< in order of first appearance
  std::vector<std::pair<std::string, std::string>> exportNames;   ///< (export name, output id)
  std::unordered_map<std::string, const CfnElement*> logicalIds;  ///< "<section>/<id>" -> element
  std::string body;                                               ///< the serialized template
  bool assembled = false;  ///< body is final: the synthesizer asked for the template, or synthesis assembled it
  /// While validation plugins are to see the template: its resolved fragments, merged (freed once they ran).
  json resolved;
  bool keepResolved = false;
};

/// An artifact that a stack synthesizer added to manifest.json, in the order added: the stack's own (with the options
/// of its properties), or another one given whole (an asset manifest).
struct EmittedArtifact {
  std::string id;
  json artifact;                      ///< null for the stack's own artifact
  const StackState* stack = nullptr;  ///< the stack whose synthesizer added it
  SynthesizeStackArtifactOptions options{};
};

/// The files of the assembly besides the templates and manifest.json (AppProps' switches).
struct AssemblyOutputs {
  bool diagram = false;
  bool treeMetadata = true;
  bool yaml = false;
};

class Synthesis {
 public:
  Synthesis(App& app, std::string outdir, AssemblyOutputs outputs);
  std::unique_ptr<CloudAssembly> run(const SynthesisOptions& options);

  // Used by the resolver.
  json reference(const Stack& consumer, const CfnElement* consumerElement, const CfnElement& target,
                 const std::string& attribute, const std::string& location);

 private:
  // Phases, in order.
  void invokeAspects();
  void prepare();
  void validateAndResolve();
  /// Each stack's synthesizer, the tree's stacks after those below them (aws-cdk-lib's order): the elements it adds
  /// (the bootstrap version check) are rendered, the template text is assembled, and its artifacts are recorded.
  void synthesizeStacks();
  void checkAfterResolve();  ///< stack dependencies, cycles, quotas: everything that needs the whole app resolved
  void write();              ///< the assembly, with the YAML templates and diagrams asked for

  // Helpers.
  class StackSession;
  /// The stack's final template text: the elements its synthesizer added checked and rendered, then assembled.
  const std::string& finishTemplate(StackState& state);
  std::vector<StackState*> stacksAfterTheirChildren();
  void collectStacks();
  void addExplicitStackDependencies();
  void checkDependencyCycles() const;
  /// CloudFormation's quotas per template (resources, outputs, ..., bytes), export names unique per environment.
  void checkQuotas();
  void expandDependencies();
  std::vector<ValidationIssue> validateConstructs();
  /// Artifact ids unique (the tree's "Tree" included), stack names unique per environment.
  void validateStacks(std::vector<ValidationIssue>& issues) const;
  /// Checks the elements from index `from` on (those not rendered yet).
  void validateElements(StackState& state, std::vector<ValidationIssue>& issues, std::size_t from = 0);
  void runValidationPlugins(StackState& state, std::vector<ValidationIssue>& issues);
  void setTopSections();
  bool renderPending(StackState& state);  ///< renders the elements not rendered yet; false when there were none
  void renderElement(StackState& state, CfnElement& element, const Value* rendered);
  void mergeFragment(StackState& state, const CfnElement& element, json& fragment);
  static TemplateSection& section(StackState& state, const std::string& name);
  static void setSection(StackState& state, const std::string& name, const json& value, const Construct& owner);
  static std::string assembleTemplate(StackState& state);
  std::size_t vertexOf(const CfnElement& element);
  StackState& stateOf(const Stack& stack);
  void addStackDependency(const Stack& from, const Stack& to, std::string reason);
  void collectMessages();
  std::vector<std::string> deploymentOrder() const;

  App& app_;
  std::string outdir_;
  AssemblyOutputs outputs_;
  std::unique_ptr<CloudAssembly> assembly_;
  std::vector<Construct*> constructs_;  ///< the tree after prepare, in tree order (without exports added later)
  std::vector<StackState> stacks_;
  std::unordered_map<const Stack*, std::size_t> stackIndex_;
  std::map<std::pair<std::size_t, std::size_t>, std::string> stackEdgeReasons_;
  std::vector<std::shared_ptr<IPolicyValidationPlugin>> plugins_;
  std::vector<EmittedArtifact> artifacts_;
  std::unordered_set<std::string> reservedArtifactIds_;  ///< the stacks' and the tree's
  std::unordered_set<std::string> emittedArtifactIds_;
};

}  // namespace cdk::detail
