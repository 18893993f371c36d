// Assets as a stack synthesizer sees them (aws-cdk-lib's FileAssetSource, FileAssetLocation): a file that
// `cdk deploy` publishes to the environment's bootstrap bucket before it deploys the stack, and where it will be.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

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

/// A Docker image to build and publish, from a folder of the cloud assembly (aws-cdk-lib's DockerImageAssetSource).
struct DockerImageAssetSource {
  /// The name `cdk deploy` shows for the asset.
  std::optional<std::string> displayName{};
  /// `docker build --build-arg`, in the order given.
  std::vector<std::pair<std::string, std::string>> dockerBuildArgs{};
  /// `docker build --target`.
  std::optional<std::string> dockerBuildTarget{};
  /// The Dockerfile, relative to the folder; default "Dockerfile".
  std::optional<std::string> dockerFile{};
  /// The folder in the cloud assembly (the build context).
  std::string directoryName{};
  /// `docker build --platform` ("linux/amd64").
  std::optional<std::string> platform{};
  /// The asset's hash: the image's tag.
  std::string sourceHash{};
};

/// Where an image asset will be once published, as template values.
struct DockerImageAssetLocation {
  /// "<account>.dkr.ecr.<region>.<url suffix>/<repository>:<tag>".
  Value imageUri{};
  Value repositoryName{};
  Value imageTag{};
};

}  // namespace cdk
