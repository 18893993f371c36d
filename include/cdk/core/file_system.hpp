// Files and folders as aws-cdk-lib's assets see them (aws-cdk-lib's FileSystem, CopyOptions, FingerprintOptions):
// which files of a folder belong to an asset (exclude patterns), how symbolic links are followed, and the asset's
// fingerprint, a SHA-256 of the relative paths and contents that is the same on every machine, whatever the
// folder's location and the files' timestamps.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cdk/core/export.hpp"

namespace cdk {

/// How symbolic links in an asset's folder are treated (aws-cdk-lib's SymlinkFollowMode).
enum class SymlinkFollowMode {
  /// Kept as links: the link's text is hashed and the link is copied.
  NEVER,
  /// Followed: the file or folder it points to is part of the asset.
  ALWAYS,
  /// Followed when it points outside the asset's folder, kept as a link when it points inside (the default).
  EXTERNAL,
  /// Links to outside the asset's folder are an error; those inside are followed.
  BLOCK_EXTERNAL,
};

/// How exclude patterns are read (aws-cdk-lib's IgnoreMode). aws-cdk-lib's GIT mode is not offered.
enum class IgnoreMode {
  /// Glob patterns as minimatch reads them with matchBase: a pattern without '/' matches a file or folder of that
  /// name anywhere; '!' re-includes; the last pattern that matches wins. '*', '?', '**', [classes], {a,b}
  /// alternatives and minimatch's extended globs: ?(a|b), @(a|b), *(a|b), +(a|b), !(a|b) within a segment.
  GLOB,
  /// .dockerignore rules (@balena/dockerignore, as Docker reads them): patterns relative to the folder, '*' and
  /// '?' within a folder, '**' across folders, case ignored; a pattern that matches a folder excludes what is in
  /// it; '!' includes again; the last matching pattern wins. The default of image assets.
  DOCKER,
};

/// Which files of a folder are copied (aws-cdk-lib's CopyOptions).
struct CopyOptions {
  /// Patterns of the files and folders left out, read as ignoreMode says.
  std::vector<std::string> exclude{};
  /// Default SymlinkFollowMode::EXTERNAL.
  std::optional<SymlinkFollowMode> follow{};
  /// Default IgnoreMode::GLOB.
  std::optional<IgnoreMode> ignoreMode{};
};

/// What goes into a fingerprint besides the files (aws-cdk-lib's FingerprintOptions).
struct FingerprintOptions : CopyOptions {
  /// Text hashed with the files, so that the same files give another fingerprint.
  std::optional<std::string> extraHash{};
};

/// aws-cdk-lib's FileSystem.
class CDKPP_API FileSystem {
 public:
  /// The SHA-256 fingerprint of a file or folder, as aws-cdk-lib 2.276 computes it: each file's path relative to
  /// the folder and the SHA-256 and size of its contents (text files with CRLF line ends read as LF), in the
  /// order of their names, with the options. Throws cdk::Error naming the path when it cannot be read.
  static std::string fingerprint(const std::string& fileOrDirectory, const FingerprintOptions& options = {});
  /// Copies the folder `sourceDirectory` into `destinationDirectory` (created if needed), leaving out what
  /// `options.exclude` excludes, as aws-cdk-lib's FileSystem.copyDirectory.
  static void copyDirectory(const std::string& sourceDirectory, const std::string& destinationDirectory,
                            const CopyOptions& options = {});
};

}  // namespace cdk
