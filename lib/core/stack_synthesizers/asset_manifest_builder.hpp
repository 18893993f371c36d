// The asset manifest of one stack, <artifact id>.assets.json (aws-cdk-lib's AssetManifestBuilder): each asset's
// source in the cloud assembly and where `cdk deploy` publishes it.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cdk/core/assets.hpp"

namespace cdk {
class IStackSynthesisSession;
class Stack;
}  // namespace cdk

namespace cdk::detail {

/// Where file assets go (aws-cdk-lib's AssetManifestFileDestination and the role to publish them).
struct AssetManifestFileDestination {
  std::string bucketName;
  std::string bucketPrefix;
  std::optional<std::string> assumeRoleArn{};
  std::optional<std::string> assumeRoleExternalId{};
};

/// A file asset's destination as the manifest lists it.
struct FileDestination {
  std::string bucketName;
  std::string objectKey;
};

/// Where image assets go (aws-cdk-lib's AssetManifestDockerImageDestination and the role to push them).
struct AssetManifestDockerImageDestination {
  std::string repositoryName;
  std::string dockerTagPrefix;
  std::optional<std::string> assumeRoleArn{};
  std::optional<std::string> assumeRoleExternalId{};
};

/// An image asset's destination as the manifest lists it.
struct DockerImageDestination {
  std::string repositoryName;
  std::string imageTag;
};

class AssetManifestBuilder {
 public:
  /// Lists `asset` with the destination of `stack`'s environment; the object key is the hash with the file's
  /// extension (".zip" for a zipped folder), after the prefix.
  FileDestination defaultAddFileAsset(const Stack& stack, const FileAssetSource& asset,
                                      const AssetManifestFileDestination& target);
  /// Lists `asset` with the destination of `stack`'s environment; the tag is the hash after the prefix.
  DockerImageDestination defaultAddDockerImageAsset(const Stack& stack, const DockerImageAssetSource& asset,
                                                    const AssetManifestDockerImageDestination& target);
  /// Writes <artifact id>.assets.json and adds its artifact (type cdk:asset-manifest, `properties` after "file");
  /// returns the artifact id.
  std::string emitManifest(const Stack& stack, IStackSynthesisSession& session,
                           const nlohmann::ordered_json& properties = nlohmann::ordered_json::object()) const;

 private:
  nlohmann::ordered_json files_ = nlohmann::ordered_json::object();
  nlohmann::ordered_json dockerImages_ = nlohmann::ordered_json::object();
};

}  // namespace cdk::detail
