// Container images (aws-cdk-lib's ecs.ContainerImage, ecs.RepositoryImage).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ecr_assets/docker_image_asset.hpp"

namespace cdk {
class Construct;
}
namespace cdk::ecr {
class IRepository;
}
namespace cdk::secretsmanager {
class ISecret;
}

namespace cdk::ecs {

class AssetImage;
class ContainerDefinition;
class EcrImage;
class RepositoryImage;

/// What an image contributes to a container definition.
struct ContainerImageConfig {
  /// Image.
  cdk::Value imageName{};
  /// RepositoryCredentials.CredentialsParameter (the ARN of a secret with the registry credentials).
  std::optional<cdk::Value> repositoryCredentials{};
};

struct RepositoryImageProps {
  /// A secret with the registry's username and password; the task's execution role may read it.
  cdk::Handle<secretsmanager::ISecret> credentials{};
};

/// An image a container runs. Held by shared pointer: `.image = ecs::ContainerImage::fromRegistry("nginx")`.
class CDKPP_API ContainerImage {
 public:
  virtual ~ContainerImage() = default;
  /// An image from Docker Hub or another registry ("nginx:alpine", "public.ecr.aws/nginx/nginx:latest").
  /// A name that looks like a private ECR repository gets aws-cdk-lib's warning that pull permissions
  /// are missing.
  static std::shared_ptr<RepositoryImage> fromRegistry(std::string name, RepositoryImageProps props = {});
  /// An image from an ECR repository by tag (or digest, "sha256:..."); the task's execution role may pull it. The
  /// repository must outlive the synthesis.
  static std::shared_ptr<EcrImage> fromEcrRepository(ecr::IRepository& repository, std::string tag = "latest");
  /// An image `cdk deploy` builds from a local folder with a Dockerfile and pushes to the bootstrap repository
  /// (an ecr_assets::DockerImageAsset); the task's execution role may pull it.
  static std::shared_ptr<AssetImage> fromAsset(std::string directory, ecr_assets::DockerImageAssetOptions props = {});

  /// Called once by the container that uses the image (`scope` is the container).
  virtual ContainerImageConfig bind(cdk::Construct& scope, ContainerDefinition& containerDefinition) = 0;
};

/// An image by name from a registry.
class CDKPP_API RepositoryImage : public ContainerImage {
 public:
  explicit RepositoryImage(std::string imageName, RepositoryImageProps props = {});
  ContainerImageConfig bind(cdk::Construct& scope, ContainerDefinition& containerDefinition) override;
  const std::string& imageName() const noexcept { return imageName_; }

 private:
  std::string imageName_;
  RepositoryImageProps props_;
};

/// An image in an ECR repository (aws-cdk-lib's EcrImage): the repository's URI for the tag or digest, and
/// grantPull for the execution role of the task definition that uses it.
class CDKPP_API EcrImage : public ContainerImage {
 public:
  EcrImage(ecr::IRepository& repository, std::string tagOrDigest);
  ContainerImageConfig bind(cdk::Construct& scope, ContainerDefinition& containerDefinition) override;
  /// The repository's URI for the tag or digest (tokens).
  const cdk::Value& imageName() const noexcept { return imageName_; }

 private:
  ecr::IRepository* repository_;
  cdk::Value imageName_;
};

/// An image built from a local folder (aws-cdk-lib's AssetImage).
class CDKPP_API AssetImage : public ContainerImage {
 public:
  AssetImage(std::string directory, ecr_assets::DockerImageAssetOptions props = {});
  /// Adds the DockerImageAsset "AssetImage" below the container, and grants the task's execution role the pull.
  /// Throws ConstructError (with the asset's path) when the folder or the Dockerfile is not there.
  ContainerImageConfig bind(cdk::Construct& scope, ContainerDefinition& containerDefinition) override;

 private:
  std::string directory_;
  ecr_assets::DockerImageAssetOptions props_;
};

}  // namespace cdk::ecs
