#include "cdk/s3_assets/asset.hpp"

#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/stack_synthesizer.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/s3/bucket.hpp"

namespace cdk::s3_assets {
namespace {

/// The context key under which the cdk CLI asks for asset metadata on resources (cx-api's
/// ASSET_RESOURCE_METADATA_ENABLED_CONTEXT).
constexpr const char* kAssetMetadataEnabled = "aws:cdk:enable-asset-metadata";

}  // namespace

Asset::Asset(cdk::Construct& scope, std::string_view id, AssetProps props) : Construct(scope, id) {
  if (props.path.empty()) {
    throw cdk::ConstructError(node().path(), "the asset's path is empty; give the path of a file or folder");
  }
  cdk::AssetStagingProps staging;
  staging.exclude = std::move(props.exclude);
  staging.follow = props.followSymlinks;
  staging.ignoreMode = props.ignoreMode;
  staging.extraHash = std::move(props.extraHash);
  staging.assetHash = std::move(props.assetHash);
  staging.assetHashType = props.assetHashType;
  staging.sourcePath = std::move(props.path);
  staging_ = &make<cdk::AssetStaging>("Stage", std::move(staging));
  location_ = cdk::Stack::of(*this).synthesizer().addFileAsset(
      {.deployTime = props.deployTime,
       .displayName = props.displayName ? *props.displayName : cdk::Names::stackRelativeConstructPath(*this),
       .fileName = staging_->stagedPath(),
       .packaging = staging_->packaging(),
       .sourceHash = staging_->assetHash()});
  bucket_ = &s3::Bucket::fromBucketAttributes(*this, "AssetBucket", {.bucketName = location_.bucketName});
  for (const auto& reader : props.readers) grantRead(*reader);
}

void Asset::grantRead(const iam::IGrantable& grantee) { bucket_->grantRead(grantee); }

void Asset::addResourceMetadata(cdk::CfnResource& resource, std::string_view resourceProperty) const {
  if (!node().tryGetContext<bool>(kAssetMetadataEnabled).value_or(false)) return;
  resource.addMetadata("aws:asset:path", assetPath());
  resource.addMetadata("aws:asset:is-bundled", false);
  resource.addMetadata("aws:asset:property", std::string(resourceProperty));
}

}  // namespace cdk::s3_assets
