// The root of a cdkpp program (aws-cdk-lib's App): holds the stacks, the context and the output folder,
// and synthesizes the cloud assembly.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class CloudAssembly;
class IPolicyValidationPlugin;
class IReusableStackSynthesizer;
class Validations;

struct AppProps {
  /// Context values, after those of CDK_CONTEXT_JSON (these win).
  Value::Map context{};
  /// The synthesizer of the stacks that StackProps::synthesizer gives none: each stack gets a copy bound to it.
  /// Default: a DefaultStackSynthesizer for each stack.
  std::shared_ptr<IReusableStackSynthesizer> defaultStackSynthesizer{};
  /// Also write architecture diagrams: <artifact>.diagram.dot per stack and app.diagram.dot, and their .svg
  /// when Graphviz's `dot` is installed. The command line's --diagram and the context key cdkpp:diagram too.
  bool diagram = false;
  /// Where the assembly is written. Default: CDK_OUTDIR, else "cdk.out".
  std::optional<std::string> outdir{};
  /// Write tree.json.
  bool treeMetadata = true;
  /// Also write each template as YAML, <artifact>.template.yaml (manifest.json still names the JSON one). The
  /// command line's --yaml and the context key cdkpp:yaml too.
  bool yaml = false;
};

struct SynthesisOptions {
  /// false: synthesize in memory only (what the assertions library does).
  bool write = true;
};

class CDKPP_API App : public Construct {
 public:
  /// Reads CDK_OUTDIR and CDK_CONTEXT_JSON like aws-cdk-lib; throws ContextError for malformed JSON.
  App();
  explicit App(AppProps props);
  /// As App(props), plus the command line: --output DIR, --context key=value (repeatable), --compliance PACKS
  /// and --compliance-report-only (context cdkpp:compliance and cdkpp:complianceReportOnly), --yaml, --diagram,
  /// --help (throws HelpRequested with the usage text). Command-line values win over the environment.
  App(int argc, const char* const* argv, AppProps props = {});
  ~App() override;

  static bool isApp(const Construct& construct) noexcept;
  /// The App at the root of `construct`'s tree; throws ConstructError when the root is not an App.
  static App& of(const IConstruct& construct);

  const std::string& outdir() const noexcept { return outdir_; }
  /// Runs the phases (aspects, prepare, validate, resolve, write) and returns the assembly. Errors are
  /// collected from the whole tree and thrown once (ValidationError); writing is atomic.
  const CloudAssembly& synth(SynthesisOptions options = {});
  /// The last assembly synthesized; nullptr before the first synth().
  const CloudAssembly* assembly() const noexcept { return assembly_.get(); }

  /// The usage text of App(argc, argv).
  static std::string usage(std::string_view programName);
  /// AppProps::defaultStackSynthesizer; null when stacks get a DefaultStackSynthesizer each.
  const std::shared_ptr<IReusableStackSynthesizer>& defaultStackSynthesizer() const noexcept {
    return defaultStackSynthesizer_;
  }

 private:
  friend class Validations;
  friend class detail::Synthesis;
  void initialize(AppProps props);

  std::string outdir_;
  bool treeMetadata_ = true;
  bool yaml_ = false;
  bool diagram_ = false;
  std::unique_ptr<CloudAssembly> assembly_;
  std::shared_ptr<IReusableStackSynthesizer> defaultStackSynthesizer_;
  std::vector<std::shared_ptr<IPolicyValidationPlugin>> validationPlugins_;
};

}  // namespace cdk
