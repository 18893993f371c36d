#include "asset_manifest_builder.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "../digest.hpp"
#include "../synthesis/assembly_writer.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/stack_synthesizer.hpp"
#include "string_specializer.hpp"

namespace cdk::detail {

using json = nlohmann::ordered_json;

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

  // The first asset of a hash names the source; another one with the same hash only adds its destination.
  json& entry = files_[asset.sourceHash];
  if (entry.is_null()) {
    entry = json::object();
    if (asset.displayName) entry["displayName"] = *asset.displayName;
    entry["source"] = {{"path", asset.fileName}, {"packaging", zip ? "zip" : "file"}};
    entry["destinations"] = json::object();
  }
  // Keys in aws-cdk-lib's order; the destination's id hashes its compact JSON text, as JSON.stringify writes it.
  json dest = {{"bucketName", destination.bucketName}, {"objectKey", destination.objectKey}};
  if (const auto& region = stack.concreteRegion()) dest["region"] = *region;
  if (target.assumeRoleArn) dest["assumeRoleArn"] = *target.assumeRoleArn;
  if (target.assumeRoleExternalId) dest["assumeRoleExternalId"] = *target.assumeRoleExternalId;
  const std::string key = manifestEnvName(stack) + "-" + sha256Hex(dest.dump()).substr(0, 8);
  entry["destinations"][key] = std::move(dest);
  return destination;
}

std::string AssetManifestBuilder::emitManifest(const Stack& stack, IStackSynthesisSession& session,
                                               const json& properties) const {
  const std::string artifactId = stack.artifactId() + ".assets";
  const std::string file = artifactId + ".json";
  // No image assets yet: "dockerImages" is written empty, as aws-cdk-lib writes it for a stack without any.
  const json manifest = {{"version", kAssemblySchemaVersion}, {"files", files_}, {"dockerImages", json::object()}};
  session.addFile(file, manifest.dump(2));
  json artifactProperties = {{"file", file}};
  for (const auto& [key, value] : properties.items()) artifactProperties[key] = value;
  session.addArtifact(artifactId, {{"type", "cdk:asset-manifest"}, {"properties", std::move(artifactProperties)}});
  return artifactId;
}

}  // namespace cdk::detail
