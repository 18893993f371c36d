#include "cdk/core/asset_staging.hpp"

#include <array>
#include <filesystem>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/core/synthesis_session.hpp"
#include "digest.hpp"

namespace cdk {
namespace fs = std::filesystem;
namespace {

constexpr std::array<std::string_view, 5> kArchiveExtensions = {".tar.gz", ".zip", ".jar", ".tar", ".tgz"};

/// aws-cdk-lib's getExtension: an archive's whole extension (".tar.gz"), else the last one.
std::string extensionOf(const fs::path& source) {
  std::string lower = source.string();
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view extension : kArchiveExtensions) {
    if (lower.ends_with(extension)) return std::string(extension);
  }
  return source.extension().string();
}

AssetHashType hashTypeOf(const Construct& scope, const AssetOptions& options) {
  const AssetHashType type =
      options.assetHashType.value_or(options.assetHash ? AssetHashType::CUSTOM : AssetHashType::SOURCE);
  if (options.assetHash && type != AssetHashType::CUSTOM) {
    throw ConstructError(scope.node().path(),
                         "assetHashType SOURCE cannot be given with assetHash; use CUSTOM or leave assetHashType out");
  }
  if (type == AssetHashType::CUSTOM && !options.assetHash) {
    throw ConstructError(scope.node().path(), "assetHash must be given when assetHashType is CUSTOM");
  }
  return type;
}

}  // namespace

AssetStaging::AssetStaging(Construct& scope, std::string_view id, AssetStagingProps props) : Construct(scope, id) {
  const fs::path source = fs::absolute(props.sourcePath).lexically_normal();
  sourcePath_ = source.string();
  std::error_code ec;
  const auto status = fs::status(source, ec);
  if (props.sourcePath.empty() || !fs::exists(status)) {
    throw ConstructError(node().path(), fmt::format("cannot find the asset at '{}'; give the path of a file or "
                                                    "folder that exists (a relative path is relative to the "
                                                    "working directory)",
                                                    props.sourcePath.empty() ? "" : sourcePath_));
  }
  if (!fs::is_directory(status) && !fs::is_regular_file(status)) {
    throw ConstructError(
        node().path(),
        fmt::format("the asset '{}' is neither a file nor a folder; give a file or a folder", sourcePath_));
  }
  // As aws-cdk-lib: a marker of custom resource handlers is never part of an asset, and the salt from the context
  // goes into every hash.
  fingerprintOptions_ = props;
  fingerprintOptions_.exclude.insert(fingerprintOptions_.exclude.begin(), ".is_custom_resource");
  const auto salt = node().tryGetContext<std::string>(ASSET_HASH_SALT_CONTEXT);
  if ((props.extraHash && !props.extraHash->empty()) || salt) {
    fingerprintOptions_.extraHash = props.extraHash.value_or("") + salt.value_or("");
  }

  if (hashTypeOf(*this, props) == AssetHashType::CUSTOM) {
    assetHash_ = detail::sha256Hex(*props.assetHash);
  } else {
    try {
      assetHash_ = FileSystem::fingerprint(sourcePath_, fingerprintOptions_);
    } catch (const Error& e) {
      throw ConstructError(node().path(), e.message());
    }
  }
  stagedPath_ = "asset." + assetHash_ + extensionOf(source);
  const bool directory = fs::is_directory(status);
  packaging_ = directory ? FileAssetPackaging::ZIP_DIRECTORY : FileAssetPackaging::FILE;
  const std::string extension = extensionOf(source);
  isArchive_ = directory ||
               std::find(kArchiveExtensions.begin(), kArchiveExtensions.end(), extension) != kArchiveExtensions.end();
}

void AssetStaging::onSynthesize(const SynthesisSession& session) {
  const fs::path target = session.outdir() / stagedPath_;
  std::error_code ec;
  if (fs::exists(fs::symlink_status(target, ec))) return;  // staged by an asset with the same hash
  try {
    if (packaging_ == FileAssetPackaging::ZIP_DIRECTORY) {
      FileSystem::copyDirectory(sourcePath_, target.string(), fingerprintOptions_);
    } else {
      fs::copy_file(sourcePath_, target, ec);
      if (ec) throw Error(fmt::format("cannot copy '{}': {}", sourcePath_, ec.message()));
    }
  } catch (const Error& e) {
    throw AssemblyWriteError(
        fmt::format("{}: the asset could not be staged into the cloud assembly: {}", node().path(), e.message()));
  }
}

}  // namespace cdk
