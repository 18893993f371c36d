// Assets as a stack synthesizer sees them (aws-cdk-lib's FileAssetSource, FileAssetLocation): a file that
// `cdk deploy` publishes to the environment's bootstrap bucket before it deploys the stack, and where it will be.
#pragma once

#include <optional>
#include <string>

#include "cdk/core/value.hpp"

namespace cdk {

/// How a file asset is packaged for upload (aws-cdk-lib's FileAssetPackaging).
enum class FileAssetPackaging {
  /// Uploaded as it is.
  FILE,
  /// A folder, uploaded as a zip archive.
  ZIP_DIRECTORY,
};

/// A file to publish, relative to the cloud assembly's folder.
struct FileAssetSource {
  /// Whether the file is only needed while deploying (a template), not by the deployed resources.
  bool deployTime = false;
  /// The name `cdk deploy` shows for the asset.
  std::optional<std::string> displayName{};
  /// The file (or folder) in the cloud assembly.
  std::string fileName{};
  FileAssetPackaging packaging = FileAssetPackaging::FILE;
  /// The asset's hash: the same content gives the same hash, and so the same object key.
  std::string sourceHash{};
};

/// Where a file asset will be once published, as template values (Fn::Sub where the bucket name has the account
/// or region of an environment-agnostic stack).
struct FileAssetLocation {
  Value bucketName{};
  /// "https://s3.<region>.<url suffix>/<bucket>/<key>".
  Value httpUrl{};
  Value objectKey{};
  /// "s3://<bucket>/<key>".
  Value s3ObjectUrl{};
  /// "s3://<bucket>/<key>" with the placeholders ${AWS::AccountId}, ${AWS::Region} and ${AWS::Partition} as the
  /// cdk CLI replaces them (manifest.json's stackTemplateAssetObjectUrl).
  std::string s3ObjectUrlWithPlaceholders{};
};

}  // namespace cdk
