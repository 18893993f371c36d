// A Docker image built from a local folder with a Dockerfile (aws-cdk-lib's aws_ecr_assets.DockerImageAsset):
// `cdk deploy` builds it and pushes it to the environment's bootstrap repository, tagged with the asset's hash, before
// it deploys the stack.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/asset_staging.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::ecr {
class IRepository;
}

namespace cdk::ecr_assets {

/// The platform an image is built for (aws-cdk-lib's Platform): `docker build --platform`.
class CDKPP_API Platform {
 public:
  static Platform LINUX_AMD64() { return Platform("linux/amd64"); }
  static Platform LINUX_ARM64() { return Platform("linux/arm64"); }
  /// Another platform by Docker's name ("linux/arm/v7").
  static Platform custom(std::string platform) { return Platform(std::move(platform)); }
  const std::string& platform() const noexcept { return platform_; }

 private:
  explicit Platform(std::string platform) : platform_(std::move(platform)) {}
  std::string platform_;
};

/// How an image is built (aws-cdk-lib's DockerImageAssetOptions without the rarer build options), in alphabetical
/// order.
struct DockerImageAssetOptions {
  /// A hash of the user's own (see cdk::AssetOptions).
  std::optional<std::string> assetHash{};
  std::optional<cdk::AssetHashType> assetHashType{};
  /// `docker build --build-arg`, in the order given (they are hashed in that order, as aws-cdk-lib hashes them).
  std::vector<std::pair<std::string, std::string>> buildArgs{};
  /// The name `cdk deploy` shows; default the construct's path below its stack.
  std::optional<std::string> displayName{};
  /// Patterns of the files left out of the build context, after those of the folder's .dockerignore.
  std::vector<std::string> exclude{};
  /// Text hashed with the files.
  std::optional<std::string> extraHash{};
  /// The Dockerfile, relative to the folder. Default "Dockerfile".
  std::optional<std::string> file{};
  /// Default SymlinkFollowMode::EXTERNAL.
  std::optional<cdk::SymlinkFollowMode> followSymlinks{};
  /// Default IgnoreMode::DOCKER.
  std::optional<cdk::IgnoreMode> ignoreMode{};
  std::optional<Platform> platform{};
  /// `docker build --target` (a stage of a multi-stage Dockerfile).
  std::optional<std::string> target{};
};

struct DockerImageAssetProps : DockerImageAssetOptions {
  /// The build context: a folder with the Dockerfile, absolute or relative to the working directory.
  std::string directory{};
};

class CDKPP_API DockerImageAsset : public cdk::Construct {
 public:
  using Props = DockerImageAssetProps;

  /// Throws ConstructError with the construct's path when the folder or the Dockerfile is not there, or when the
  /// stack's synthesizer publishes no assets.
  DockerImageAsset(cdk::Construct& scope, std::string_view id, DockerImageAssetProps props);

  const std::string& assetHash() const noexcept { return staging_->assetHash(); }
  /// The build context's name in the cloud assembly (asset.<hash>).
  const std::string& assetPath() const noexcept { return staging_->stagedPath(); }
  /// The image's URI with its tag, as a template value.
  const cdk::Value& imageUri() const noexcept { return location_.imageUri; }
  const cdk::Value& imageTag() const noexcept { return location_.imageTag; }
  /// The bootstrap repository the image is pushed to (grantPull on it lets a role pull the image).
  ecr::IRepository& repository() const noexcept { return *repository_; }

 private:
  cdk::AssetStaging* staging_;
  cdk::DockerImageAssetLocation location_;
  ecr::IRepository* repository_;
};

}  // namespace cdk::ecr_assets
