// The folder a cloud assembly is written to, and the rule that keeps a user's files safe: an assembly only
// replaces a folder that is missing, empty, or holds nothing but a cloud assembly; any other folder is refused
// before anything is written.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cdk::detail {

/// Throws cdk::AssemblyWriteError: the assembly cannot be written to `dir`, because of `what`.
[[noreturn]] void writeFailed(const std::filesystem::path& dir, const std::string& what);

class OutputFolder {
 public:
  /// The folder `outdir` names, made absolute (a symbolic link to a folder is followed: the folder it points to
  /// is the one replaced, the link stays). Throws AssemblyWriteError for an empty or unusable name.
  explicit OutputFolder(const std::string& outdir);

  const std::filesystem::path& path() const noexcept { return target_; }

  /// Throws AssemblyWriteError, naming the folder and what to do, when the folder exists and holds anything
  /// that is not part of a cloud assembly (see isAssemblyEntry), or is not a folder.
  void checkReplaceable() const;

  /// A new empty folder beside the target, for the new assembly (removed by the caller on failure).
  std::filesystem::path makeStaging() const;

  /// Lists what `staging` holds in its inventory file (kInventoryFile), so that a later synthesis knows those
  /// entries are its own: the files constructs write through the SynthesisSession are named nowhere else.
  static void writeInventory(const std::filesystem::path& staging);

  /// The inventory's file name, in the assembly folder.
  static constexpr const char* kInventoryFile = ".cdkpp-assembly.json";

  /// Moves `staging` into place: atomically exchanged with the previous assembly where the system allows,
  /// which is then removed. The folder keeps the permissions of the one it replaces (a new one gets the
  /// process's default, umask applied), and the `cdk` CLI's lock files stay in it.
  void replaceWith(const std::filesystem::path& staging) const;

  /// The names a cloud assembly folder holds besides what its manifest names: what cdkpp writes (manifest,
  /// tree, templates, YAML, diagrams, asset manifests, compliance reports, staged assets) and the `cdk` CLI's
  /// lock files. Exposed for the tests.
  static bool isAssemblyFileName(const std::string& name, bool isDirectory);

 private:
  /// The entries of the existing folder that are not part of a cloud assembly (at most `limit`).
  std::vector<std::string> foreignEntries(std::size_t limit) const;

  std::filesystem::path target_;
};

}  // namespace cdk::detail
