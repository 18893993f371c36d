#include "cdk/ecs/container_image.hpp"

#include <utility>

#include "cdk/core/annotations.hpp"
#include "cdk/ecr/repository.hpp"
#include "cdk/ecs/container_definition.hpp"
#include "cdk/ecs/task_definition.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "core/text_scanner.hpp"

namespace cdk::ecs {

std::shared_ptr<RepositoryImage> ContainerImage::fromRegistry(std::string name, RepositoryImageProps props) {
  return std::make_shared<RepositoryImage>(std::move(name), std::move(props));
}

std::shared_ptr<EcrImage> ContainerImage::fromEcrRepository(ecr::IRepository& repository, std::string tag) {
  return std::make_shared<EcrImage>(repository, std::move(tag));
}

std::shared_ptr<AssetImage> ContainerImage::fromAsset(std::string directory,
                                                      ecr_assets::DockerImageAssetOptions props) {
  return std::make_shared<AssetImage>(std::move(directory), std::move(props));
}

namespace {

/// aws-cdk-lib's test for an image in ECR: ^<account>.dkr.ecr.<region>.amazonaws.com(.cn)?/ (its pattern leaves
/// the dot before "com" unescaped; this one does not).
bool isEcrImageName(std::string_view name) {
  const auto label = [](cdk::detail::TextScanner& scan) {
    const auto labelChar = [](char c) { return cdk::detail::isAsciiAlnum(c) || c == '_' || c == '-'; };
    return scan.take(cdk::detail::isAsciiAlnum, 1, 1) && scan.take(labelChar, 0);
  };
  cdk::detail::TextScanner scan(name);
  if (!(label(scan) && scan.literal(".dkr.ecr.") && label(scan) && scan.literal(".amazonaws.com"))) return false;
  scan.literal(".cn");
  return scan.literal("/");
}

}  // namespace

RepositoryImage::RepositoryImage(std::string imageName, RepositoryImageProps props)
    : imageName_(std::move(imageName)), props_(std::move(props)) {}

ContainerImageConfig RepositoryImage::bind(Construct& scope, ContainerDefinition& containerDefinition) {
  if (isEcrImageName(imageName_)) {
    Annotations::of(scope).addWarningV2(
        "@aws-cdk/aws-ecs:ecrImageRequiresPolicy",
        "Proper policies need to be attached before pulling from ECR repository, or use 'fromEcrRepository'.");
  }
  ContainerImageConfig config{.imageName = imageName_};
  if (props_.credentials) {
    props_.credentials->grantRead(containerDefinition.taskDefinition().obtainExecutionRole());
    config.repositoryCredentials = props_.credentials->secretArn();
  }
  return config;
}

EcrImage::EcrImage(ecr::IRepository& repository, std::string tagOrDigest)
    : repository_(&repository), imageName_(repository.repositoryUriForTagOrDigest(std::move(tagOrDigest))) {}

ContainerImageConfig EcrImage::bind(Construct& /*scope*/, ContainerDefinition& containerDefinition) {
  repository_->grantPull(containerDefinition.taskDefinition().obtainExecutionRole());
  return {.imageName = imageName_};
}

AssetImage::AssetImage(std::string directory, ecr_assets::DockerImageAssetOptions props)
    : directory_(std::move(directory)), props_(std::move(props)) {}

ContainerImageConfig AssetImage::bind(Construct& scope, ContainerDefinition& containerDefinition) {
  ecr_assets::DockerImageAssetProps props;
  static_cast<ecr_assets::DockerImageAssetOptions&>(props) = props_;
  props.directory = directory_;
  auto& asset = scope.make<ecr_assets::DockerImageAsset>("AssetImage", std::move(props));
  asset.repository().grantPull(containerDefinition.taskDefinition().obtainExecutionRole());
  return {.imageName = asset.imageUri()};
}

}  // namespace cdk::ecs
