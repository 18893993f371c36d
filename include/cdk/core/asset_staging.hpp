// An asset's file or folder, staged into the cloud assembly (aws-cdk-lib's AssetStaging): its hash (the fingerprint
// of its contents, or one the user gives) names it asset.<hash> in the assembly, where `cdk deploy` picks it up to
// publish it (a folder is zipped by the CLI when it publishes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/assets.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/file_system.hpp"

namespace cdk {

/// The context key whose text is hashed into every asset's hash (aws-cdk-lib's asset hash salt).
inline constexpr const char* ASSET_HASH_SALT_CONTEXT = "@aws-cdk/core:assetHashSalt";

/// How an asset's hash is computed (aws-cdk-lib's AssetHashType). aws-cdk-lib's BUNDLE and OUTPUT need bundling,
/// which cdkpp does not offer.
enum class AssetHashType {
  /// The fingerprint of the source file or folder (the default).
  SOURCE,
  /// The SHA-256 of AssetOptions::assetHash (the default when assetHash is given).
  CUSTOM,
};

/// What any asset may say of its hash (aws-cdk-lib's AssetOptions, without bundling).
struct AssetOptions {
  /// A hash of the user's own: the asset changes when it does, whatever the files.
  std::optional<std::string> assetHash{};
  /// Default SOURCE, or CUSTOM when assetHash is given.
  std::optional<AssetHashType> assetHashType{};
};

struct AssetStagingProps : FingerprintOptions, AssetOptions {
  /// The file or folder, absolute or relative to the working directory.
  std::string sourcePath{};
};

class CDKPP_API AssetStaging : public Construct {
 public:
  /// Throws ConstructError (with this construct's path) when the source is not there or the hash options
  /// contradict each other.
  AssetStaging(Construct& scope, std::string_view id, AssetStagingProps props);

  /// The asset's hash (also its sourceHash).
  const std::string& assetHash() const noexcept { return assetHash_; }
  /// The absolute path of the source.
  const std::string& sourcePath() const noexcept { return sourcePath_; }
  /// Its name in the cloud assembly: asset.<hash>, with the source's extension (".tar.gz" and the like whole).
  const std::string& stagedPath() const noexcept { return stagedPath_; }
  /// ZIP_DIRECTORY for a folder, FILE for a file.
  FileAssetPackaging packaging() const noexcept { return packaging_; }
  /// Whether the published object is an archive: a folder (zipped), or a .zip, .jar, .tar, .tgz or .tar.gz file.
  bool isArchive() const noexcept { return isArchive_; }

  /// Copies the source into the assembly (once per hash: assets with the same hash share the copy).
  void onSynthesize(const SynthesisSession& session) override;

 private:
  FingerprintOptions fingerprintOptions_;
  std::string sourcePath_;
  std::string assetHash_;
  std::string stagedPath_;
  FileAssetPackaging packaging_;
  bool isArchive_;
};

}  // namespace cdk
