// A local file or folder that `cdk deploy` uploads to the environment's bootstrap bucket before it deploys the stack
// (aws-cdk-lib's aws_s3_assets.Asset): a folder is uploaded as a zip archive. Its object key is its hash, so that
// unchanged content is not uploaded again and a change gives a new key.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/asset_staging.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class CfnResource;
}
namespace cdk::iam {
class IGrantable;
}
namespace cdk::s3 {
class IBucket;
}

namespace cdk::s3_assets {

/// Props of an Asset, in alphabetical order (aws-cdk-lib's AssetProps without bundling and the deprecated ones).
struct AssetProps {
  /// A hash of the user's own (see cdk::AssetOptions).
  std::optional<std::string> assetHash{};
  std::optional<cdk::AssetHashType> assetHashType{};
  /// Whether the file is only needed while deploying (then `cdk deploy` may remove it from the bucket later).
  bool deployTime = false;
  /// The name `cdk deploy` shows; default the construct's path below its stack.
  std::optional<std::string> displayName{};
  /// Patterns of the files left out of a folder (IgnoreMode::GLOB).
  std::vector<std::string> exclude{};
  /// Text hashed with the files (another hash for the same files).
  std::optional<std::string> extraHash{};
  /// Default SymlinkFollowMode::EXTERNAL.
  std::optional<cdk::SymlinkFollowMode> followSymlinks{};
  std::optional<cdk::IgnoreMode> ignoreMode{};
  /// The file or folder, absolute or relative to the working directory.
  std::string path{};
  /// Principals that may read the uploaded object (grantRead for each).
  std::vector<cdk::Handle<const iam::IGrantable>> readers{};
};

class CDKPP_API Asset : public cdk::Construct {
 public:
  using Props = AssetProps;

  /// Throws ConstructError with the construct's path when `path` is empty or not there, or when the stack's
  /// synthesizer publishes no assets.
  Asset(cdk::Construct& scope, std::string_view id, AssetProps props);

  const std::string& assetHash() const noexcept { return staging_->assetHash(); }
  /// The asset's name in the cloud assembly (asset.<hash>...).
  const std::string& assetPath() const noexcept { return staging_->stagedPath(); }
  /// The bootstrap bucket, as an imported bucket (grants go to its policy-less ARN).
  s3::IBucket& bucket() const noexcept { return *bucket_; }
  const cdk::Value& httpUrl() const noexcept { return location_.httpUrl; }
  bool isFile() const noexcept { return staging_->packaging() == cdk::FileAssetPackaging::FILE; }
  /// A folder (zipped when uploaded), or an archive file (.zip, .jar, .tar, .tgz, .tar.gz).
  bool isZipArchive() const noexcept { return staging_->isArchive(); }
  const cdk::Value& s3BucketName() const noexcept { return location_.bucketName; }
  const cdk::Value& s3ObjectKey() const noexcept { return location_.objectKey; }
  /// s3://bucket/key.
  const cdk::Value& s3ObjectUrl() const noexcept { return location_.s3ObjectUrl; }
  const cdk::Value& s3Url() const noexcept { return location_.httpUrl; }

  /// Lets `grantee` read the uploaded object (s3:GetObject* and listing on the bootstrap bucket).
  void grantRead(const iam::IGrantable& grantee);
  /// Marks `resource` as using this asset in `resourceProperty`, for tools such as SAM CLI, when the context key
  /// aws:cdk:enable-asset-metadata is set (the cdk CLI sets it).
  void addResourceMetadata(cdk::CfnResource& resource, std::string_view resourceProperty) const;

 private:
  cdk::AssetStaging* staging_;
  cdk::FileAssetLocation location_;
  s3::IBucket* bucket_;
};

}  // namespace cdk::s3_assets
