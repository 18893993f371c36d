// Which paths of an asset's folder are left out (aws-cdk-lib's IgnoreStrategy), and the folder walk aws-cdk-lib's
// fingerprint and copy share (walkDirectory). Internal to the library.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/file_system.hpp"

namespace cdk::detail {

/// minimatch(path, pattern, {matchBase: true, flipNegate: true}): whether `relativePath` ('/'-separated) matches
/// `pattern` with any leading '!' taken off.
bool globMatches(std::string_view relativePath, std::string_view pattern);

class IgnoreStrategy {
 public:
  /// The strategy `options` ask for, with paths relative to `absoluteRoot`.
  static std::unique_ptr<IgnoreStrategy> fromCopyOptions(const CopyOptions& options,
                                                         std::filesystem::path absoluteRoot);
  virtual ~IgnoreStrategy() = default;
  /// Whether the file or folder at `absolutePath` is left out.
  virtual bool ignores(const std::filesystem::path& absolutePath) const = 0;
  /// Whether nothing below the folder at `absolutePath` can be kept (so the walk does not enter it).
  virtual bool completelyIgnores(const std::filesystem::path& absolutePath) const { return ignores(absolutePath); }
};

/// One entry the walk visits, by its path below the walked folder (`path`) and where it really is (`realPath`).
struct WalkEntry {
  std::filesystem::path path;
  std::filesystem::path realPath;
  // Symbolic links kept as links: the link's text, where it leads, and whether that is inside the walked folder.
  std::string linkTarget{};
  std::filesystem::path resolvedLinkTarget{};
  bool internal = false;
};

struct WalkVisitor {
  std::function<void(const WalkEntry&, bool ignored)> onDirectory{};
  std::function<void(const WalkEntry&)> onFile{};
  std::function<void(const WalkEntry&)> onSymlink{};
};

/// aws-cdk-lib's walkDirectory: the entries below `directory` in the order of their names, folders before what is
/// in them, links followed as `follow` says, what `ignore` leaves out skipped.
void walkDirectory(const std::filesystem::path& directory, SymlinkFollowMode follow, const IgnoreStrategy& ignore,
                   const WalkVisitor& visitor);

}  // namespace cdk::detail
