// A source from pushes of an image tag to an ECR repository (aws-cdk-lib's codepipeline_actions.EcrSourceAction).
#pragma once

#include <optional>
#include <string>

#include "cdk/codepipeline_actions/action.hpp"
#include "cdk/core/value.hpp"

namespace cdk::ecr {
class IRepository;
}

namespace cdk::codepipeline_actions {

struct EcrSourceActionProps {
  std::string actionName{};
  /// The tag whose pushes start the pipeline; default "latest" (an empty string: any tag).
  std::optional<std::string> imageTag{};
  /// The artifact (imageDetail.json).
  codepipeline::Artifact output{};
  /// Required.
  cdk::Handle<ecr::IRepository> repository{};
  cdk::Handle<iam::IRole> role{};
  std::optional<int> runOrder{};
  std::optional<std::string> variablesNamespace{};
};

struct EcrSourceVariables {
  cdk::Value registryId;
  cdk::Value repositoryName;
  cdk::Value imageDigest;
  cdk::Value imageTag;
  cdk::Value imageUri;
};

/// Source/ECR, with an EventBridge rule ("<pipeline unique id>SourceEventRule" in the action's construct) that
/// starts the pipeline on a successful push of the tag, through the pipeline's "EventsRole".
class CDKPP_API EcrSourceAction final : public Action {
 public:
  explicit EcrSourceAction(EcrSourceActionProps props);
  EcrSourceVariables variables() const;
};

}  // namespace cdk::codepipeline_actions
