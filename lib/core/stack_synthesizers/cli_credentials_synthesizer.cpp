#include "cdk/core/cli_credentials_stack_synthesizer.hpp"

#include "asset_manifest_builder.hpp"
#include "cdk/core/default_stack_synthesizer.hpp"
#include "cdk/core/stack.hpp"
#include "string_specializer.hpp"

namespace cdk {

CliCredentialsStackSynthesizer::CliCredentialsStackSynthesizer(CliCredentialsStackSynthesizerProps props)
    : props_(std::move(props)), assetManifest_(std::make_unique<detail::AssetManifestBuilder>()) {}

CliCredentialsStackSynthesizer::~CliCredentialsStackSynthesizer() = default;

std::shared_ptr<IStackSynthesizer> CliCredentialsStackSynthesizer::reusableBind(Stack& stack) const {
  // As DefaultStackSynthesizer's: a copy with an asset manifest of its own.
  auto copy = std::make_shared<CliCredentialsStackSynthesizer>(props_);
  copy->bind(stack);
  return copy;
}

void CliCredentialsStackSynthesizer::bind(Stack& stack) {
  StackSynthesizer::bind(stack);
  qualifier_ = detail::bootstrapQualifier(stack, props_.qualifier);
  const detail::StringSpecializer spec(stack, *qualifier_);
  bucketName_ =
      spec.specialize(props_.fileAssetsBucketName.value_or(DefaultStackSynthesizer::DEFAULT_FILE_ASSETS_BUCKET_NAME));
  bucketPrefix_ = spec.specialize(props_.bucketPrefix.value_or(DefaultStackSynthesizer::DEFAULT_FILE_ASSET_PREFIX));
  repositoryName_ = spec.specialize(
      props_.imageAssetsRepositoryName.value_or(DefaultStackSynthesizer::DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME));
  dockerTagPrefix_ =
      spec.specialize(props_.dockerTagPrefix.value_or(DefaultStackSynthesizer::DEFAULT_DOCKER_ASSET_PREFIX));
}

FileAssetLocation CliCredentialsStackSynthesizer::addFileAsset(const FileAssetSource& asset) {
  // Published with the CLI's credentials: the destination names no role.
  const auto destination = assetManifest_->defaultAddFileAsset(
      boundStack(), asset, {.bucketName = bucketName_, .bucketPrefix = bucketPrefix_});
  return cloudFormationLocationFromFileAsset(destination.bucketName, destination.objectKey);
}

DockerImageAssetLocation CliCredentialsStackSynthesizer::addDockerImageAsset(const DockerImageAssetSource& asset) {
  // Pushed with the CLI's credentials: the destination names no role.
  const auto destination = assetManifest_->defaultAddDockerImageAsset(
      boundStack(), asset, {.repositoryName = repositoryName_, .dockerTagPrefix = dockerTagPrefix_});
  return cloudFormationLocationFromDockerImageAsset(destination.repositoryName, destination.imageTag);
}

void CliCredentialsStackSynthesizer::synthesize(IStackSynthesisSession& session) {
  // As DefaultStackSynthesizer::synthesize, without the bootstrap version check and the roles.
  const detail::AssetManifestBuilder assetsBefore = *assetManifest_;
  const FileAssetLocation templateAsset = addFileAsset(synthesizeTemplate(session));
  const std::string assetManifestId = assetManifest_->emitManifest(boundStack(), session);
  *assetManifest_ = assetsBefore;
  emitArtifact(session, {.additionalDependencies = {assetManifestId},
                         .stackTemplateAssetObjectUrl = templateAsset.s3ObjectUrlWithPlaceholders});
}

}  // namespace cdk
