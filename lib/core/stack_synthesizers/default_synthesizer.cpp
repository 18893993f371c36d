#include "cdk/core/default_stack_synthesizer.hpp"

#include <fmt/format.h>

#include "asset_manifest_builder.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "string_specializer.hpp"

namespace cdk {
namespace {

// The bootstrap stack versions aws-cdk-lib requires: 6 to deploy and publish, 8 for the lookup role.
constexpr int kMinBootstrapStackVersion = 6;
constexpr int kMinLookupRoleBootstrapStackVersion = 8;

}  // namespace

DefaultStackSynthesizer::DefaultStackSynthesizer(DefaultStackSynthesizerProps props)
    : props_(std::move(props)), assetManifest_(std::make_unique<detail::AssetManifestBuilder>()) {}

DefaultStackSynthesizer::~DefaultStackSynthesizer() = default;

std::shared_ptr<IStackSynthesizer> DefaultStackSynthesizer::reusableBind(Stack& stack) const {
  // A copy with the props and an asset manifest of its own. (aws-cdk-lib's copies share the original's asset
  // manifest, so that a stack's manifest also lists the templates of the stacks synthesized before it; here each
  // stack's lists its own assets only.)
  auto copy = std::make_shared<DefaultStackSynthesizer>(props_);
  copy->bind(stack);
  return copy;
}

void DefaultStackSynthesizer::bind(Stack& stack) {
  StackSynthesizer::bind(stack);
  qualifier_ = detail::bootstrapQualifier(stack, props_.qualifier);
  const detail::StringSpecializer spec(stack, *qualifier_);
  bucketName_ = spec.specialize(props_.fileAssetsBucketName.value_or(DEFAULT_FILE_ASSETS_BUCKET_NAME));
  bucketPrefix_ = spec.specialize(props_.bucketPrefix.value_or(DEFAULT_FILE_ASSET_PREFIX));
  deployRoleArn_ = spec.specialize(props_.deployRoleArn.value_or(DEFAULT_DEPLOY_ROLE_ARN));
  cloudFormationExecutionRoleArn_ =
      spec.specialize(props_.cloudFormationExecutionRole.value_or(DEFAULT_CLOUDFORMATION_ROLE_ARN));
  fileAssetPublishingRoleArn_ =
      spec.specialize(props_.fileAssetPublishingRoleArn.value_or(DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN));
  repositoryName_ = spec.specialize(props_.imageAssetsRepositoryName.value_or(DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME));
  dockerTagPrefix_ = spec.specialize(props_.dockerTagPrefix.value_or(DEFAULT_DOCKER_ASSET_PREFIX));
  imageAssetPublishingRoleArn_ =
      spec.specialize(props_.imageAssetPublishingRoleArn.value_or(DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN));
  lookupRoleArn_ = spec.specialize(props_.lookupRoleArn.value_or(DEFAULT_LOOKUP_ROLE_ARN));
  bootstrapStackVersionSsmParameter_ = spec.qualifierOnly(
      props_.bootstrapStackVersionSsmParameter.value_or(DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER));
}

const std::string& DefaultStackSynthesizer::cloudFormationExecutionRoleArn() const {
  boundStack();
  return cloudFormationExecutionRoleArn_;
}

const std::string& DefaultStackSynthesizer::deployRoleArn() const {
  boundStack();
  return deployRoleArn_;
}

FileAssetLocation DefaultStackSynthesizer::addFileAsset(const FileAssetSource& asset) {
  const auto destination =
      assetManifest_->defaultAddFileAsset(boundStack(), asset,
                                          {.bucketName = bucketName_,
                                           .bucketPrefix = bucketPrefix_,
                                           .assumeRoleArn = fileAssetPublishingRoleArn_,
                                           .assumeRoleExternalId = props_.fileAssetPublishingExternalId});
  return cloudFormationLocationFromFileAsset(destination.bucketName, destination.objectKey);
}

DockerImageAssetLocation DefaultStackSynthesizer::addDockerImageAsset(const DockerImageAssetSource& asset) {
  const auto destination =
      assetManifest_->defaultAddDockerImageAsset(boundStack(), asset,
                                                 {.repositoryName = repositoryName_,
                                                  .dockerTagPrefix = dockerTagPrefix_,
                                                  .assumeRoleArn = imageAssetPublishingRoleArn_,
                                                  .assumeRoleExternalId = props_.imageAssetPublishingExternalId});
  return cloudFormationLocationFromDockerImageAsset(destination.repositoryName, destination.imageTag);
}

void DefaultStackSynthesizer::synthesize(IStackSynthesisSession& session) {
  if (props_.generateBootstrapVersionRule) {
    addBootstrapVersionRule(kMinBootstrapStackVersion, bootstrapStackVersionSsmParameter_);
  }
  // The template is an asset of this synthesis only: added to a copy of the manifest, so that synthesizing the app
  // again lists the new template, not the old one as well.
  const detail::AssetManifestBuilder assetsBefore = *assetManifest_;
  const FileAssetLocation templateAsset = addFileAsset(synthesizeTemplate(session));
  const std::string assetManifestId =
      assetManifest_->emitManifest(boundStack(), session,
                                   {{"requiresBootstrapStackVersion", kMinBootstrapStackVersion},
                                    {"bootstrapStackVersionSsmParameter", bootstrapStackVersionSsmParameter_}});
  *assetManifest_ = assetsBefore;

  SynthesizeStackArtifactOptions options{.additionalDependencies = {assetManifestId},
                                         .assumeRoleArn = deployRoleArn_,
                                         .assumeRoleExternalId = props_.deployRoleExternalId,
                                         .bootstrapStackVersionSsmParameter = bootstrapStackVersionSsmParameter_,
                                         .cloudFormationExecutionRoleArn = cloudFormationExecutionRoleArn_,
                                         .requiresBootstrapStackVersion = kMinBootstrapStackVersion,
                                         .stackTemplateAssetObjectUrl = templateAsset.s3ObjectUrlWithPlaceholders};
  if (props_.useLookupRoleForStackOperations && lookupRoleArn_) {
    options.lookupRole = BootstrapRole{.arn = *lookupRoleArn_,
                                       .assumeRoleExternalId = props_.lookupRoleExternalId,
                                       .bootstrapStackVersionSsmParameter = bootstrapStackVersionSsmParameter_,
                                       .requiresBootstrapStackVersion = kMinLookupRoleBootstrapStackVersion};
  }
  emitArtifact(session, std::move(options));
}

}  // namespace cdk
