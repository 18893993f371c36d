#include "cdk/codebuild/build_image.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/codebuild/build_environment.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/ecr/repository.hpp"
#include "cdk/secretsmanager/secret.hpp"

namespace cdk::codebuild {

constexpr auto kComputeTypeNames = cdk::enumNames<ComputeType>({
    {ComputeType::SMALL, "BUILD_GENERAL1_SMALL"},
    {ComputeType::MEDIUM, "BUILD_GENERAL1_MEDIUM"},
    {ComputeType::LARGE, "BUILD_GENERAL1_LARGE"},
    {ComputeType::X_LARGE, "BUILD_GENERAL1_XLARGE"},
    {ComputeType::X2_LARGE, "BUILD_GENERAL1_2XLARGE"},
    {ComputeType::LAMBDA_1GB, "BUILD_LAMBDA_1GB"},
    {ComputeType::LAMBDA_2GB, "BUILD_LAMBDA_2GB"},
    {ComputeType::LAMBDA_4GB, "BUILD_LAMBDA_4GB"},
    {ComputeType::LAMBDA_8GB, "BUILD_LAMBDA_8GB"},
    {ComputeType::LAMBDA_10GB, "BUILD_LAMBDA_10GB"},
    {ComputeType::ATTRIBUTE_BASED, "ATTRIBUTE_BASED_COMPUTE"},
    {ComputeType::CUSTOM_INSTANCE_TYPE, "CUSTOM_INSTANCE_TYPE"},
});
std::string_view toString(ComputeType computeType) noexcept { return cdk::nameOf(kComputeTypeNames, computeType); }

bool isLambdaComputeType(ComputeType computeType) noexcept { return toString(computeType).starts_with("BUILD_LAMBDA"); }

constexpr auto kEnvironmentTypeNames = cdk::enumNames<EnvironmentType>({
    {EnvironmentType::ARM_CONTAINER, "ARM_CONTAINER"},
    {EnvironmentType::LINUX_CONTAINER, "LINUX_CONTAINER"},
    {EnvironmentType::LINUX_GPU_CONTAINER, "LINUX_GPU_CONTAINER"},
    {EnvironmentType::WINDOWS_SERVER_2019_CONTAINER, "WINDOWS_SERVER_2019_CONTAINER"},
    {EnvironmentType::WINDOWS_SERVER_2022_CONTAINER, "WINDOWS_SERVER_2022_CONTAINER"},
    {EnvironmentType::MAC_ARM, "MAC_ARM"},
    {EnvironmentType::LINUX_EC2, "LINUX_EC2"},
    {EnvironmentType::ARM_EC2, "ARM_EC2"},
    {EnvironmentType::WINDOWS_EC2, "WINDOWS_EC2"},
});
std::string_view toString(EnvironmentType type) noexcept { return cdk::nameOf(kEnvironmentTypeNames, type); }

constexpr auto kImagePullPrincipalTypeNames = cdk::enumNames<ImagePullPrincipalType>({
    {ImagePullPrincipalType::CODEBUILD, "CODEBUILD"},
    {ImagePullPrincipalType::SERVICE_ROLE, "SERVICE_ROLE"},
});
std::string_view toString(ImagePullPrincipalType type) noexcept {
  return cdk::nameOf(kImagePullPrincipalTypeNames, type);
}

namespace {

template <class Image>
std::shared_ptr<const Image> curated(std::string id) {
  return std::make_shared<const Image>(cdk::Value(std::move(id)), ImagePullPrincipalType::CODEBUILD);
}

template <class Image>
std::shared_ptr<const Image> fromRegistry(std::string name, const DockerImageOptions& options) {
  return std::make_shared<const Image>(cdk::Value(std::move(name)), ImagePullPrincipalType::SERVICE_ROLE,
                                       options.secretsManagerCredentials.get());
}

template <class Image>
std::shared_ptr<const Image> fromRepository(ecr::IRepository& repository, std::string tagOrDigest) {
  return std::make_shared<const Image>(repository.repositoryUriForTagOrDigest(std::move(tagOrDigest)),
                                       ImagePullPrincipalType::SERVICE_ROLE, nullptr, &repository);
}

}  // namespace

const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::STANDARD_1_0 =
    curated<LinuxBuildImage>("aws/codebuild/standard:1.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::STANDARD_2_0 =
    curated<LinuxBuildImage>("aws/codebuild/standard:2.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::STANDARD_3_0 =
    curated<LinuxBuildImage>("aws/codebuild/standard:3.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::STANDARD_4_0 =
    curated<LinuxBuildImage>("aws/codebuild/standard:4.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::STANDARD_5_0 =
    curated<LinuxBuildImage>("aws/codebuild/standard:5.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::STANDARD_6_0 =
    curated<LinuxBuildImage>("aws/codebuild/standard:6.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::STANDARD_7_0 =
    curated<LinuxBuildImage>("aws/codebuild/standard:7.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::STANDARD_8_0 =
    curated<LinuxBuildImage>("aws/codebuild/standard:8.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux2-x86_64-standard:1.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2_2 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux2-x86_64-standard:2.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2_3 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux2-x86_64-standard:3.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2_4 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux2-x86_64-standard:4.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2_5 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux2-x86_64-standard:5.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2023_4 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux-x86_64-standard:4.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2023_5 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux-x86_64-standard:5.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2023_6 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux-x86_64-standard:6.0");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2_CORETTO_8 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux2-x86_64-standard:corretto8");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2_CORETTO_11 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux2-x86_64-standard:corretto11");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2023_CORETTO_8 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux-x86_64-standard:corretto8");
const std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::AMAZON_LINUX_2023_CORETTO_11 =
    curated<LinuxBuildImage>("aws/codebuild/amazonlinux-x86_64-standard:corretto11");

const std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::AMAZON_LINUX_2_STANDARD_1_0 =
    curated<LinuxArmBuildImage>("aws/codebuild/amazonlinux2-aarch64-standard:1.0");
const std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::AMAZON_LINUX_2_STANDARD_2_0 =
    curated<LinuxArmBuildImage>("aws/codebuild/amazonlinux2-aarch64-standard:2.0");
const std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::AMAZON_LINUX_2_STANDARD_3_0 =
    curated<LinuxArmBuildImage>("aws/codebuild/amazonlinux2-aarch64-standard:3.0");
const std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::AMAZON_LINUX_2023_STANDARD_2_0 =
    curated<LinuxArmBuildImage>("aws/codebuild/amazonlinux-aarch64-standard:2.0");
const std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::AMAZON_LINUX_2023_STANDARD_3_0 =
    curated<LinuxArmBuildImage>("aws/codebuild/amazonlinux-aarch64-standard:3.0");
const std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::AMAZON_LINUX_2023_STANDARD_4_0 =
    curated<LinuxArmBuildImage>("aws/codebuild/amazonlinux-aarch64-standard:4.0");

// Defined after the ARM images they are (one translation unit: initialized in this order).
const std::shared_ptr<const IBuildImage> LinuxBuildImage::AMAZON_LINUX_2_ARM =
    LinuxArmBuildImage::AMAZON_LINUX_2_STANDARD_1_0;
const std::shared_ptr<const IBuildImage> LinuxBuildImage::AMAZON_LINUX_2_ARM_2 =
    LinuxArmBuildImage::AMAZON_LINUX_2_STANDARD_2_0;
const std::shared_ptr<const IBuildImage> LinuxBuildImage::AMAZON_LINUX_2_ARM_3 =
    LinuxArmBuildImage::AMAZON_LINUX_2_STANDARD_3_0;

std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::fromDockerRegistry(std::string name,
                                                                           DockerImageOptions options) {
  return fromRegistry<LinuxBuildImage>(std::move(name), options);
}

std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::fromEcrRepository(ecr::IRepository& repository,
                                                                          std::string tagOrDigest) {
  return fromRepository<LinuxBuildImage>(repository, std::move(tagOrDigest));
}

std::shared_ptr<const LinuxBuildImage> LinuxBuildImage::fromCodeBuildImageId(std::string id) {
  return curated<LinuxBuildImage>(std::move(id));
}

std::vector<std::string> LinuxBuildImage::validate(const BuildEnvironment& environment) const {
  std::vector<std::string> errors;
  if (environment.computeType && isLambdaComputeType(*environment.computeType)) {
    errors.emplace_back("x86-64 images do not support Lambda compute types");
  }
  return errors;
}

std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::fromDockerRegistry(std::string name,
                                                                                 DockerImageOptions options) {
  return fromRegistry<LinuxArmBuildImage>(std::move(name), options);
}

std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::fromEcrRepository(ecr::IRepository& repository,
                                                                                std::string tagOrDigest) {
  return fromRepository<LinuxArmBuildImage>(repository, std::move(tagOrDigest));
}

std::shared_ptr<const LinuxArmBuildImage> LinuxArmBuildImage::fromCodeBuildImageId(std::string id) {
  return curated<LinuxArmBuildImage>(std::move(id));
}

std::vector<std::string> LinuxArmBuildImage::validate(const BuildEnvironment& environment) const {
  std::vector<std::string> errors;
  if (environment.computeType && isLambdaComputeType(*environment.computeType)) {
    errors.push_back(
        fmt::format("ARM images do not support Lambda ComputeTypes, got {}", toString(*environment.computeType)));
  }
  return errors;
}

}  // namespace cdk::codebuild
