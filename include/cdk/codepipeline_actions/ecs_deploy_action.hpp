// A rolling deployment of an ECS service (aws-cdk-lib's codepipeline_actions.EcsDeployAction).
#pragma once

#include <optional>
#include <string>

#include "cdk/codepipeline/artifact.hpp"
#include "cdk/codepipeline_actions/action.hpp"
#include "cdk/core/duration.hpp"

namespace cdk::ecs {
class BaseService;
}

namespace cdk::codepipeline_actions {

struct EcsDeployActionProps {
  std::string actionName{};
  /// How long the deployment may take (1 to 60 minutes); default CodePipeline's (60).
  std::optional<cdk::Duration> deploymentTimeout{};
  /// The image definitions file in an artifact (FileName); one of imageFile and input.
  std::optional<codepipeline::ArtifactPath> imageFile{};
  /// An artifact with imagedefinitions.json; one of imageFile and input.
  std::optional<codepipeline::Artifact> input{};
  cdk::Handle<iam::IRole> role{};
  std::optional<int> runOrder{};
  /// The service to deploy to (required).
  cdk::Handle<ecs::BaseService> service{};
  std::optional<std::string> variablesNamespace{};
};

/// Deploy/ECS. The action's role may update the service, register task definitions, pass roles to ECS
/// tasks and read the artifact.
class CDKPP_API EcsDeployAction final : public Action {
 public:
  /// Throws cdk::Error for both or neither of input and imageFile, a timeout outside 1 to 60 minutes, or no
  /// service.
  explicit EcsDeployAction(EcsDeployActionProps props);
};

}  // namespace cdk::codepipeline_actions
