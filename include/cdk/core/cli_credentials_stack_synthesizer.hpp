// A synthesizer that deploys with the cdk CLI's own credentials (aws-cdk-lib's CliCredentialsStackSynthesizer):
// the bootstrap bucket holds the template and assets, but no bootstrap role is assumed and the template carries no
// bootstrap version check.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cdk/core/assets.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/stack_synthesizer.hpp"

namespace cdk {

namespace detail {
class AssetManifestBuilder;
}

/// Names may hold the placeholders of DefaultStackSynthesizerProps.
struct CliCredentialsStackSynthesizerProps {
  /// A prefix of the object keys of file assets. Default none.
  std::optional<std::string> bucketPrefix{};
  /// A prefix of the tags of image assets. Default none.
  std::optional<std::string> dockerTagPrefix{};
  /// Default DefaultStackSynthesizer::DEFAULT_FILE_ASSETS_BUCKET_NAME.
  std::optional<std::string> fileAssetsBucketName{};
  /// Default DefaultStackSynthesizer::DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME.
  std::optional<std::string> imageAssetsRepositoryName{};
  /// Default: the context value BOOTSTRAP_QUALIFIER_CONTEXT, else DefaultStackSynthesizer::DEFAULT_QUALIFIER.
  std::optional<std::string> qualifier{};
};

class CDKPP_API CliCredentialsStackSynthesizer : public StackSynthesizer, public IReusableStackSynthesizer {
 public:
  using Props = CliCredentialsStackSynthesizerProps;

  explicit CliCredentialsStackSynthesizer(CliCredentialsStackSynthesizerProps props = {});
  ~CliCredentialsStackSynthesizer() override;

  std::shared_ptr<IStackSynthesizer> reusableBind(Stack& stack) const override;
  void bind(Stack& stack) override;
  std::optional<std::string> bootstrapQualifier() const override { return qualifier_; }

  /// Lists a file of the cloud assembly in the stack's asset manifest, to be published to the bootstrap bucket.
  FileAssetLocation addFileAsset(const FileAssetSource& asset) override;
  /// Lists an image of the cloud assembly in the stack's asset manifest, to be pushed to the bootstrap repository.
  DockerImageAssetLocation addDockerImageAsset(const DockerImageAssetSource& asset) override;
  void synthesize(IStackSynthesisSession& session) override;

 private:
  CliCredentialsStackSynthesizerProps props_;
  std::optional<std::string> qualifier_;
  std::string bucketName_;
  std::string bucketPrefix_;
  std::string repositoryName_;
  std::string dockerTagPrefix_;
  std::unique_ptr<detail::AssetManifestBuilder> assetManifest_;
};

}  // namespace cdk
