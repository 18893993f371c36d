// The images builds run in (aws-cdk-lib's codebuild.IBuildImage, LinuxBuildImage, LinuxArmBuildImage) and the
// compute they run on (ComputeType, EnvironmentType, ImagePullPrincipalType).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk::ecr {
class IRepository;
}
namespace cdk::secretsmanager {
class ISecret;
}

namespace cdk::codebuild {

struct BuildEnvironment;

/// The size of the build machine (Environment.ComputeType, e.g. BUILD_GENERAL1_SMALL).
enum class ComputeType {
  SMALL,
  MEDIUM,
  LARGE,
  X_LARGE,
  X2_LARGE,
  LAMBDA_1GB,
  LAMBDA_2GB,
  LAMBDA_4GB,
  LAMBDA_8GB,
  LAMBDA_10GB,
  ATTRIBUTE_BASED,
  CUSTOM_INSTANCE_TYPE,
};
/// The CloudFormation value ("BUILD_GENERAL1_SMALL", "BUILD_LAMBDA_1GB", "ATTRIBUTE_BASED_COMPUTE", ...).
CDKPP_API std::string_view toString(ComputeType computeType) noexcept;
/// True for the BUILD_LAMBDA_* types.
CDKPP_API bool isLambdaComputeType(ComputeType computeType) noexcept;

/// The kind of build container (Environment.Type).
enum class EnvironmentType {
  ARM_CONTAINER,
  LINUX_CONTAINER,
  LINUX_GPU_CONTAINER,
  WINDOWS_SERVER_2019_CONTAINER,
  WINDOWS_SERVER_2022_CONTAINER,
  MAC_ARM,
  LINUX_EC2,
  ARM_EC2,
  WINDOWS_EC2,
};
/// The CloudFormation value (the member's name).
CDKPP_API std::string_view toString(EnvironmentType type) noexcept;

/// Who pulls the image (Environment.ImagePullCredentialsType): CodeBuild's own credentials for its curated
/// images, the project's role for every other image (which then gets the pull permissions).
enum class ImagePullPrincipalType { CODEBUILD, SERVICE_ROLE };
CDKPP_API std::string_view toString(ImagePullPrincipalType type) noexcept;

/// An image builds run in.
class CDKPP_API IBuildImage {
 public:
  virtual ~IBuildImage() = default;
  virtual EnvironmentType type() const = 0;
  /// The image name or URI (a token for an image of an ECR repository).
  virtual cdk::Value imageId() const = 0;
  /// The compute type when the environment names none.
  virtual ComputeType defaultComputeType() const = 0;
  virtual ImagePullPrincipalType imagePullPrincipalType() const = 0;
  /// The secret with the credentials of a private registry, if any (the role may read it).
  virtual secretsmanager::ISecret* secretsManagerCredentials() const = 0;
  /// The ECR repository the image comes from, if any (the role may pull from it).
  virtual ecr::IRepository* repository() const = 0;
  /// What is wrong with using the image in this environment (empty when nothing).
  virtual std::vector<std::string> validate(const BuildEnvironment& environment) const = 0;
};

/// Options of the images from a Docker registry.
struct DockerImageOptions {
  /// A secret with the registry's "username" and "password".
  cdk::Handle<secretsmanager::ISecret> secretsManagerCredentials{};
};

/// What the images below hold (not a class of aws-cdk-lib: its image classes repeat these fields).
class CDKPP_API BuildImageBase : public IBuildImage {
 public:
  cdk::Value imageId() const override { return imageId_; }
  ImagePullPrincipalType imagePullPrincipalType() const override { return imagePullPrincipalType_; }
  secretsmanager::ISecret* secretsManagerCredentials() const override { return secretsManagerCredentials_; }
  ecr::IRepository* repository() const override { return repository_; }

 protected:
  BuildImageBase(cdk::Value imageId, ImagePullPrincipalType imagePullPrincipalType,
                 secretsmanager::ISecret* secretsManagerCredentials = nullptr, ecr::IRepository* repository = nullptr)
      : imageId_(std::move(imageId)),
        imagePullPrincipalType_(imagePullPrincipalType),
        secretsManagerCredentials_(secretsManagerCredentials),
        repository_(repository) {}

 private:
  cdk::Value imageId_;
  ImagePullPrincipalType imagePullPrincipalType_;
  secretsmanager::ISecret* secretsManagerCredentials_;
  ecr::IRepository* repository_;
};

/// x86-64 Linux images (LINUX_CONTAINER, default compute SMALL). Held by shared pointer:
/// `.buildImage = codebuild::LinuxBuildImage::STANDARD_7_0`.
class CDKPP_API LinuxBuildImage final : public BuildImageBase {
 public:
  static const std::shared_ptr<const LinuxBuildImage> STANDARD_1_0;
  static const std::shared_ptr<const LinuxBuildImage> STANDARD_2_0;
  static const std::shared_ptr<const LinuxBuildImage> STANDARD_3_0;
  static const std::shared_ptr<const LinuxBuildImage> STANDARD_4_0;
  static const std::shared_ptr<const LinuxBuildImage> STANDARD_5_0;
  static const std::shared_ptr<const LinuxBuildImage> STANDARD_6_0;
  static const std::shared_ptr<const LinuxBuildImage> STANDARD_7_0;
  static const std::shared_ptr<const LinuxBuildImage> STANDARD_8_0;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2_2;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2_3;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2_4;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2_5;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2023_4;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2023_5;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2023_6;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2_CORETTO_8;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2_CORETTO_11;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2023_CORETTO_8;
  static const std::shared_ptr<const LinuxBuildImage> AMAZON_LINUX_2023_CORETTO_11;
  /// The ARM images aws-cdk-lib also lists here (LinuxArmBuildImage::AMAZON_LINUX_2_STANDARD_*).
  static const std::shared_ptr<const IBuildImage> AMAZON_LINUX_2_ARM;
  static const std::shared_ptr<const IBuildImage> AMAZON_LINUX_2_ARM_2;
  static const std::shared_ptr<const IBuildImage> AMAZON_LINUX_2_ARM_3;

  /// An image of Docker Hub or another registry ("aquasec/trivy:0.50.0"), pulled with the project's role.
  static std::shared_ptr<const LinuxBuildImage> fromDockerRegistry(std::string name, DockerImageOptions options = {});
  /// An image of an ECR repository by tag or digest ("sha256:..."); the project's role may pull it. The
  /// repository must outlive the synthesis.
  static std::shared_ptr<const LinuxBuildImage> fromEcrRepository(ecr::IRepository& repository,
                                                                  std::string tagOrDigest = "latest");
  /// A CodeBuild curated image by name ("aws/codebuild/standard:7.0").
  static std::shared_ptr<const LinuxBuildImage> fromCodeBuildImageId(std::string id);

  LinuxBuildImage(cdk::Value imageId, ImagePullPrincipalType imagePullPrincipalType,
                  secretsmanager::ISecret* secretsManagerCredentials = nullptr, ecr::IRepository* repository = nullptr)
      : BuildImageBase(std::move(imageId), imagePullPrincipalType, secretsManagerCredentials, repository) {}

  EnvironmentType type() const override { return EnvironmentType::LINUX_CONTAINER; }
  ComputeType defaultComputeType() const override { return ComputeType::SMALL; }
  /// "x86-64 images do not support Lambda compute types".
  std::vector<std::string> validate(const BuildEnvironment& environment) const override;
};

/// ARM (aarch64) Linux images (ARM_CONTAINER, default compute LARGE).
class CDKPP_API LinuxArmBuildImage final : public BuildImageBase {
 public:
  static const std::shared_ptr<const LinuxArmBuildImage> AMAZON_LINUX_2_STANDARD_1_0;
  static const std::shared_ptr<const LinuxArmBuildImage> AMAZON_LINUX_2_STANDARD_2_0;
  static const std::shared_ptr<const LinuxArmBuildImage> AMAZON_LINUX_2_STANDARD_3_0;
  static const std::shared_ptr<const LinuxArmBuildImage> AMAZON_LINUX_2023_STANDARD_2_0;
  static const std::shared_ptr<const LinuxArmBuildImage> AMAZON_LINUX_2023_STANDARD_3_0;
  static const std::shared_ptr<const LinuxArmBuildImage> AMAZON_LINUX_2023_STANDARD_4_0;

  static std::shared_ptr<const LinuxArmBuildImage> fromDockerRegistry(std::string name,
                                                                      DockerImageOptions options = {});
  static std::shared_ptr<const LinuxArmBuildImage> fromEcrRepository(ecr::IRepository& repository,
                                                                     std::string tagOrDigest = "latest");
  static std::shared_ptr<const LinuxArmBuildImage> fromCodeBuildImageId(std::string id);

  LinuxArmBuildImage(cdk::Value imageId, ImagePullPrincipalType imagePullPrincipalType,
                     secretsmanager::ISecret* secretsManagerCredentials = nullptr,
                     ecr::IRepository* repository = nullptr)
      : BuildImageBase(std::move(imageId), imagePullPrincipalType, secretsManagerCredentials, repository) {}

  EnvironmentType type() const override { return EnvironmentType::ARM_CONTAINER; }
  ComputeType defaultComputeType() const override { return ComputeType::LARGE; }
  /// "ARM images do not support Lambda ComputeTypes, got <type>".
  std::vector<std::string> validate(const BuildEnvironment& environment) const override;
};

}  // namespace cdk::codebuild
