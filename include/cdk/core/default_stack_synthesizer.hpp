// The synthesizer every stack uses unless told otherwise (aws-cdk-lib's DefaultStackSynthesizer): deploys with the
// roles and the bucket of a bootstrapped environment (`cdk bootstrap`), checks the bootstrap version in the
// template, and publishes the template as a file asset listed in <stack>.assets.json.
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

/// Names may hold the placeholders ${Qualifier}, ${AWS::AccountId}, ${AWS::Region} and ${AWS::Partition}: the
/// qualifier, and the stack's account and region when they are concrete, are put in at synthesis; the others are
/// left for the cdk CLI.
struct DefaultStackSynthesizerProps {
  /// Default DefaultStackSynthesizer::DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER (${Qualifier} only).
  std::optional<std::string> bootstrapStackVersionSsmParameter{};
  /// A prefix of the object keys of file assets. Default none.
  std::optional<std::string> bucketPrefix{};
  /// The role CloudFormation assumes. Default DefaultStackSynthesizer::DEFAULT_CLOUDFORMATION_ROLE_ARN.
  std::optional<std::string> cloudFormationExecutionRole{};
  /// The role the cdk CLI assumes to deploy. Default DefaultStackSynthesizer::DEFAULT_DEPLOY_ROLE_ARN.
  std::optional<std::string> deployRoleArn{};
  std::optional<std::string> deployRoleExternalId{};
  /// A prefix of the tags of image assets. Default none.
  std::optional<std::string> dockerTagPrefix{};
  std::optional<std::string> fileAssetPublishingExternalId{};
  /// Default DefaultStackSynthesizer::DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN.
  std::optional<std::string> fileAssetPublishingRoleArn{};
  /// Default DefaultStackSynthesizer::DEFAULT_FILE_ASSETS_BUCKET_NAME.
  std::optional<std::string> fileAssetsBucketName{};
  /// Add the BootstrapVersion parameter and CheckBootstrapVersion rule to the template (false: the stack deploys
  /// to environments whose bootstrap is not checked).
  bool generateBootstrapVersionRule = true;
  std::optional<std::string> imageAssetPublishingExternalId{};
  /// Default DefaultStackSynthesizer::DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN.
  std::optional<std::string> imageAssetPublishingRoleArn{};
  /// Default DefaultStackSynthesizer::DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME.
  std::optional<std::string> imageAssetsRepositoryName{};
  /// Default DefaultStackSynthesizer::DEFAULT_LOOKUP_ROLE_ARN.
  std::optional<std::string> lookupRoleArn{};
  std::optional<std::string> lookupRoleExternalId{};
  /// Tells bootstrap stacks of one account apart. Default: the context value BOOTSTRAP_QUALIFIER_CONTEXT
  /// ("@aws-cdk/core:bootstrapQualifier"), else DEFAULT_QUALIFIER.
  std::optional<std::string> qualifier{};
  /// Give the cdk CLI the lookup role for read-only stack operations (cdk diff); false: the deploy role.
  bool useLookupRoleForStackOperations = true;
};

class CDKPP_API DefaultStackSynthesizer : public StackSynthesizer, public IReusableStackSynthesizer {
 public:
  using Props = DefaultStackSynthesizerProps;

  static constexpr const char* DEFAULT_QUALIFIER = "hnb659fds";
  static constexpr const char* DEFAULT_CLOUDFORMATION_ROLE_ARN =
      "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
      "cdk-${Qualifier}-cfn-exec-role-${AWS::AccountId}-${AWS::Region}";
  static constexpr const char* DEFAULT_DEPLOY_ROLE_ARN =
      "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-deploy-role-${AWS::AccountId}-${AWS::Region}";
  static constexpr const char* DEFAULT_FILE_ASSET_PUBLISHING_ROLE_ARN =
      "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
      "cdk-${Qualifier}-file-publishing-role-${AWS::AccountId}-${AWS::Region}";
  static constexpr const char* DEFAULT_LOOKUP_ROLE_ARN =
      "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}";
  static constexpr const char* DEFAULT_FILE_ASSETS_BUCKET_NAME =
      "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}";
  static constexpr const char* DEFAULT_FILE_ASSET_PREFIX = "";
  static constexpr const char* DEFAULT_IMAGE_ASSET_PUBLISHING_ROLE_ARN =
      "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
      "cdk-${Qualifier}-image-publishing-role-${AWS::AccountId}-${AWS::Region}";
  static constexpr const char* DEFAULT_IMAGE_ASSETS_REPOSITORY_NAME =
      "cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}";
  static constexpr const char* DEFAULT_DOCKER_ASSET_PREFIX = "";
  static constexpr const char* DEFAULT_BOOTSTRAP_STACK_VERSION_SSM_PARAMETER = "/cdk-bootstrap/${Qualifier}/version";

  explicit DefaultStackSynthesizer(DefaultStackSynthesizerProps props = {});
  ~DefaultStackSynthesizer() override;

  std::shared_ptr<IStackSynthesizer> reusableBind(Stack& stack) const override;
  void bind(Stack& stack) override;
  std::optional<std::string> bootstrapQualifier() const override { return qualifier_; }
  std::optional<std::string> lookupRole() const override { return lookupRoleArn_; }
  /// The role CloudFormation assumes, its placeholders put in; throws Error before the synthesizer is bound.
  const std::string& cloudFormationExecutionRoleArn() const;
  /// The role the cdk CLI assumes to deploy; throws Error before the synthesizer is bound.
  const std::string& deployRoleArn() const;

  /// Lists a file of the cloud assembly in the stack's asset manifest, to be published to the bootstrap bucket.
  FileAssetLocation addFileAsset(const FileAssetSource& asset) override;
  /// Lists an image of the cloud assembly in the stack's asset manifest, to be pushed to the bootstrap repository.
  DockerImageAssetLocation addDockerImageAsset(const DockerImageAssetSource& asset) override;
  void synthesize(IStackSynthesisSession& session) override;

 private:
  DefaultStackSynthesizerProps props_;
  std::optional<std::string> qualifier_;
  std::string bucketName_;
  std::string bucketPrefix_;
  std::string deployRoleArn_;
  std::string cloudFormationExecutionRoleArn_;
  std::string fileAssetPublishingRoleArn_;
  std::string repositoryName_;
  std::string dockerTagPrefix_;
  std::string imageAssetPublishingRoleArn_;
  std::optional<std::string> lookupRoleArn_;
  std::string bootstrapStackVersionSsmParameter_;
  std::unique_ptr<detail::AssetManifestBuilder> assetManifest_;
};

}  // namespace cdk
