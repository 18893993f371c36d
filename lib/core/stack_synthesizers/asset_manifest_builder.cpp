#include "asset_manifest_builder.hpp"

#include <filesystem>
#include <functional>

#include <fmt/format.h>

#include "../digest.hpp"
#include "../synthesis/assembly_writer.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/stack_synthesizer.hpp"
#include "string_specializer.hpp"

namespace cdk::detail {

using json = nlohmann::ordered_json;

namespace {

/// Adds an asset to `assets` (the manifest's "files" or "dockerImages"), as aws-cdk-lib's addFileAsset and
/// addDockerImageAsset: the first asset of a hash names the source (`source()`); another one with the same hash only
/// adds its destination. The destination gets the stack's region and the publishing role (keys in aws-cdk-lib's
/// order), and its id hashes its compact JSON text, as JSON.stringify writes it.
void addAsset(json& assets, const Stack& stack, const std::string& sourceHash,
              const std::optional<std::string>& displayName, const std::function<json()>& source, json destination,
              const std::optional<std::string>& assumeRoleArn, const std::optional<std::string>& assumeRoleExternalId) {
  json& entry = assets[sourceHash];
  if (entry.is_null()) {
    entry = json::object();
    if (displayName) entry["displayName"] = *displayName;
    entry["source"] = source();
    entry["destinations"] = json::object();
  }
  if (const auto& region = stack.concreteRegion()) destination["region"] = *region;
  if (assumeRoleArn) destination["assumeRoleArn"] = *assumeRoleArn;
  if (assumeRoleExternalId) destination["assumeRoleExternalId"] = *assumeRoleExternalId;
  const std::string key = manifestEnvName(stack) + "-" + sha256Hex(destination.dump()).substr(0, 8);
  entry["destinations"][key] = std::move(destination);
}

}  // namespace

FileDestination AssetManifestBuilder::defaultAddFileAsset(const Stack& stack, const FileAssetSource& asset,
                                                          const AssetManifestFileDestination& target) {
  if (asset.fileName.empty() || asset.sourceHash.empty()) {
    throw ConstructError(stack.node().path(),
                         fmt::format("a file asset needs a fileName and a sourceHash, got fileName '{}' and sourceHash "
                                     "'{}'; give both",
                                     asset.fileName, asset.sourceHash));
  }
  const bool zip = asset.packaging == FileAssetPackaging::ZIP_DIRECTORY;
  const std::string extension = zip ? ".zip" : std::filesystem::path(asset.fileName).extension().string();
  FileDestination destination{target.bucketName, target.bucketPrefix + asset.sourceHash + extension};

  addAsset(
      files_, stack, asset.sourceHash, asset.displayName,
      [&] { return json{{"path", asset.fileName}, {"packaging", zip ? "zip" : "file"}}; },
      {{"bucketName", destination.bucketName}, {"objectKey", destination.objectKey}}, target.assumeRoleArn,
      target.assumeRoleExternalId);
  return destination;
}

DockerImageDestination AssetManifestBuilder::defaultAddDockerImageAsset(
    const Stack& stack, const DockerImageAssetSource& asset, const AssetManifestDockerImageDestination& target) {
  if (asset.directoryName.empty() || asset.sourceHash.empty()) {
    throw ConstructError(stack.node().path(),
                         fmt::format("an image asset needs a directoryName and a sourceHash, got directoryName '{}' "
                                     "and sourceHash '{}'; give both",
                                     asset.directoryName, asset.sourceHash));
  }
  DockerImageDestination destination{target.repositoryName, target.dockerTagPrefix + asset.sourceHash};
  const auto source = [&] {
    // Keys in aws-cdk-lib's order, unset ones left out.
    json source = {{"directory", asset.directoryName}};
    if (!asset.dockerBuildArgs.empty()) {
      json args = json::object();
      for (const auto& [key, value] : asset.dockerBuildArgs) args[key] = value;
      source["dockerBuildArgs"] = std::move(args);
    }
    if (asset.dockerBuildTarget) source["dockerBuildTarget"] = *asset.dockerBuildTarget;
    if (asset.dockerFile) source["dockerFile"] = *asset.dockerFile;
    if (asset.platform) source["platform"] = *asset.platform;
    return source;
  };
  addAsset(dockerImages_, stack, asset.sourceHash, asset.displayName, source,
           {{"repositoryName", destination.repositoryName}, {"imageTag", destination.imageTag}}, target.assumeRoleArn,
           target.assumeRoleExternalId);
  return destination;
}

std::string AssetManifestBuilder::emitManifest(const Stack& stack, IStackSynthesisSession& session,
                                               const json& properties) const {
  const std::string artifactId = stack.artifactId() + ".assets";
  const std::string file = artifactId + ".json";
  const json manifest = {{"version", kAssemblySchemaVersion}, {"files", files_}, {"dockerImages", dockerImages_}};
  session.addFile(file, manifest.dump(2));
  json artifactProperties = {{"file", file}};
  for (const auto& [key, value] : properties.items()) artifactProperties[key] = value;
  session.addArtifact(artifactId, {{"type", "cdk:asset-manifest"}, {"properties", std::move(artifactProperties)}});
  return artifactId;
}

}  // namespace cdk::detail
