// Container images (aws-cdk-lib's ecs.ContainerImage, ecs.RepositoryImage).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class Construct;
}
namespace cdk::secretsmanager {
class ISecret;
}

namespace cdk::ecs {

class ContainerDefinition;
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

}  // namespace cdk::ecs
