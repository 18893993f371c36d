// The result of synthesis: one template per stack, the manifest the `cdk` CLI reads, the construct tree,
// the messages (warnings, infos) and the dependency graph.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/dependency_graph.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/validations.hpp"

namespace cdk {

namespace detail {
class Synthesis;
class AssemblyWriter;
}  // namespace detail

/// A warning or info an annotation left (errors fail synthesis instead).
struct SynthesisMessage {
  enum class Level { Info, Warning, Error };
  Level level;
  std::string path{};
  std::string message{};
};

struct CDKPP_API StackArtifact {
  std::string artifactId{};
  std::string stackName{};
  std::string displayName{};
  std::string environment{};  ///< "aws://<account>/<region>"
  std::string templateFile{};
  /// The template as written to templateFile: JSON with a 1-space indent, as aws-cdk-lib writes it.
  std::string templateBody{};
  std::vector<std::string> dependencies{};  ///< artifact ids of the stacks deployed before this one
  std::vector<std::pair<std::string, std::string>> tags{};
  bool terminationProtection = false;

  /// The template as JSON, parsed from templateBody the first time it is asked for (synthesis assembles the
  /// text without a JSON tree of the whole template; see docs/performance.md). Safe to call from threads.
  const nlohmann::ordered_json& templateJson() const;

 private:
  struct Parsed {
    std::once_flag once;
    nlohmann::ordered_json json;
  };
  std::shared_ptr<Parsed> parsed_ = std::make_shared<Parsed>();
};

/// A file that is not a template, manifest or tree: one a stack synthesizer or a validation plugin added (an asset
/// manifest, a compliance report, ...).
struct AdditionalFile {
  std::string name{};  ///< relative to the assembly's folder
  std::string contents{};
};

/// What one validation plugin reported for one stack.
struct StackValidationReport {
  std::string plugin{};
  std::string stackPath{};
  PolicyValidationPluginReport report{};
};

class CDKPP_API CloudAssembly {
 public:
  /// The folder it was written to; empty when synthesized in memory only.
  const std::filesystem::path& directory() const noexcept { return directory_; }
  /// Stacks in deployment order (each after the stacks it depends on).
  const std::vector<StackArtifact>& stacks() const noexcept { return stacks_; }
  /// Throws cdk::Error naming the stacks there are when there is no such stack.
  const StackArtifact& getStackByName(std::string_view stackName) const;
  const StackArtifact& getStackArtifact(std::string_view artifactId) const;
  const std::vector<SynthesisMessage>& messages() const noexcept { return messages_; }
  std::vector<SynthesisMessage> warnings() const;
  const nlohmann::ordered_json& manifest() const noexcept { return manifest_; }
  const DependencyGraph& dependencyGraph() const noexcept { return graph_; }
  const std::vector<AdditionalFile>& additionalFiles() const noexcept { return additionalFiles_; }
  /// The reports of the validation plugins (Validations::of(app).addPlugins), stack by stack.
  const std::vector<StackValidationReport>& validationReports() const noexcept { return validationReports_; }

 private:
  friend class detail::Synthesis;
  friend class detail::AssemblyWriter;
  std::filesystem::path directory_;
  std::vector<StackArtifact> stacks_;
  std::vector<SynthesisMessage> messages_;
  nlohmann::ordered_json manifest_;
  DependencyGraph graph_;
  std::vector<AdditionalFile> additionalFiles_;
  std::vector<StackValidationReport> validationReports_;
};

}  // namespace cdk
