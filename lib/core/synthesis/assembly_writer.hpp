// The cloud assembly: what it holds (manifest, tree, stack artifacts) and how it reaches the disk
// (atomically: a new folder beside the old one, swapped into place).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/synthesis_session.hpp"

namespace cdk {
class App;
}

namespace cdk::detail {

struct StackState;
struct EmittedArtifact;

/// The cloud assembly schema version written to manifest.json; the `cdk` CLI reads versions up to its own.
inline constexpr const char* kAssemblySchemaVersion = "36.0.0";
/// The artifact id of tree.json in manifest.json (aws-cdk-lib's).
inline constexpr const char* kTreeArtifactId = "Tree";

struct AssemblyFile {
  std::string name;
  std::string_view contents;  ///< owned by the CloudAssembly
};

class AssemblyWriter {
 public:
  /// Fills the stack artifacts (in deployment order) and the manifest of `assembly` (in memory): the artifacts
  /// the stacks' synthesizers added, in the order they added them, then the tree's.
  static void build(CloudAssembly& assembly, std::vector<StackState>& stacks,
                    const std::vector<std::string>& deploymentOrder, std::vector<EmittedArtifact>& artifacts,
                    bool treeMetadata);

  /// Writes the assembly into a new folder beside `outdir`, runs `hooks` on it, then swaps it into place. On
  /// any failure the new folder is removed and `outdir` is left as it was.
  /// `tree`: the App whose construct tree goes into tree.json, or null for no tree.json.
  static void write(const std::string& outdir, CloudAssembly& assembly, const std::vector<AssemblyFile>& templates,
                    const App* tree, const std::function<void(const SynthesisSession&)>& hooks);
};

}  // namespace cdk::detail
