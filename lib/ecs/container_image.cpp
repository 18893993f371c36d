#include "cdk/ecs/container_image.hpp"

#include <regex>
#include <utility>

#include "cdk/core/annotations.hpp"
#include "cdk/ecs/container_definition.hpp"
#include "cdk/ecs/task_definition.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/secretsmanager/secret.hpp"

namespace cdk::ecs {

std::shared_ptr<RepositoryImage> ContainerImage::fromRegistry(std::string name, RepositoryImageProps props) {
  return std::make_shared<RepositoryImage>(std::move(name), std::move(props));
}

RepositoryImage::RepositoryImage(std::string imageName, RepositoryImageProps props)
    : imageName_(std::move(imageName)), props_(std::move(props)) {}

ContainerImageConfig RepositoryImage::bind(Construct& scope, ContainerDefinition& containerDefinition) {
  static const std::regex ecrImage(
      R"((^[a-zA-Z0-9][a-zA-Z0-9_-]*)\.dkr\.ecr\.([a-zA-Z0-9][a-zA-Z0-9_-]*)\.amazonaws.com(\.cn)?/.*)");
  if (std::regex_search(imageName_, ecrImage)) {
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

}  // namespace cdk::ecs
