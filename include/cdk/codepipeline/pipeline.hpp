// CodePipeline pipelines (aws-cdk-lib's codepipeline.IPipeline, Pipeline, PipelineType and ExecutionMode).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/codepipeline/stage.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/policy_statement.hpp"

namespace cdk::iam {
class IRole;
}
namespace cdk::s3 {
class IBucket;
}

namespace cdk::codepipeline {

class CfnPipeline;
namespace detail {
class Stage;
}

enum class PipelineType { V1, V2 };
CDKPP_API std::string_view toString(PipelineType type) noexcept;

/// How executions that start while one runs are handled (QUEUED and PARALLEL need a V2 pipeline).
enum class ExecutionMode { QUEUED, SUPERSEDED, PARALLEL };
CDKPP_API std::string_view toString(ExecutionMode mode) noexcept;

/// A pipeline, created here.
class CDKPP_API IPipeline : public virtual cdk::IResource {
 public:
  /// { "Ref": <pipeline> }.
  virtual cdk::Value pipelineName() const = 0;
  /// arn:<partition>:codepipeline:<region>:<account>:<name>.
  virtual cdk::Value pipelineArn() const = 0;
};

struct PipelineProps {
  /// The bucket of the artifacts; default one the pipeline creates ("ArtifactsBucket": encrypted, TLS only,
  /// no public access, RETAIN).
  cdk::Handle<s3::IBucket> artifactBucket{};
  /// Encrypt the created bucket with a customer key ("ArtifactsBucketEncryptionKey", DESTROY, with the alias
  /// "alias/codepipeline-<unique id>") rather than the AWS managed key. Default true unless the context flag
  /// "@aws-cdk/aws-codepipeline:crossAccountKeysDefaultValueToFalse" is set.
  std::optional<bool> crossAccountKeys{};
  /// Rotate that key yearly (needs crossAccountKeys).
  std::optional<bool> enableKeyRotation{};
  std::optional<ExecutionMode> executionMode{};
  /// Name (1 to 100 of [A-Za-z0-9.@_-]); default a name CloudFormation generates.
  std::optional<std::string> pipelineName{};
  /// Default V1 (with aws-cdk-lib's warning), or V2 with the flag "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2".
  std::optional<PipelineType> pipelineType{};
  /// Start an execution when the pipeline's definition changes.
  std::optional<bool> restartExecutionOnUpdate{};
  /// Default a role the pipeline creates ("Role"), assumed by codepipeline.amazonaws.com.
  cdk::Handle<iam::IRole> role{};
  /// The stages, in order (more with addStage).
  std::vector<StageProps> stages{};
  /// Actions without a role of their own run as the pipeline's role (no "CodePipelineActionRole" each).
  bool usePipelineRoleForActions = false;
};

/// A pipeline: the artifact bucket (and its key) unless given, the role ("Role"), the AWS::CodePipeline::Pipeline
/// "Resource" and one construct per stage with one per action below it (each AWS action with its own role
/// that the pipeline's role may assume). Stages and actions are rendered at synthesis; the pipeline is checked
/// then as aws-cdk-lib checks it (at least two stages, each with an action, source actions in the first stage
/// only, every input artifact produced by an earlier action, artifact counts within each action's bounds).
class CDKPP_API Pipeline : public cdk::Resource, public virtual IPipeline {
 public:
  using Props = PipelineProps;

  /// Throws cdk::ConstructError for an invalid name, enableKeyRotation without crossAccountKeys, or a QUEUED
  /// or PARALLEL execution mode without V2.
  Pipeline(cdk::Construct& scope, std::string_view id, PipelineProps props = {});
  ~Pipeline() override;

  cdk::Value pipelineName() const override;
  cdk::Value pipelineArn() const override;
  /// { "Fn::GetAtt": [<pipeline>, "Version"] }.
  cdk::Value pipelineVersion() const;

  /// Adds a stage (at the end, or where `placement` says). Throws cdk::ConstructError for a duplicate or
  /// invalid stage name, or a placement that names a stage not in this pipeline or more than one position.
  IStage& addStage(StageOptions props);
  /// Adds a statement to the pipeline role's policy.
  void addToRolePolicy(const iam::PolicyStatement& statement);
  /// The stage named `stageName`. Throws cdk::ConstructError when there is none.
  IStage& stage(std::string_view stageName) const;
  std::vector<IStage*> stages() const;
  std::size_t stageCount() const noexcept { return stages_.size(); }

  s3::IBucket& artifactBucket() const noexcept { return *artifactBucket_; }
  iam::IRole& role() const noexcept { return *role_; }
  bool crossAccountKeys() const noexcept { return crossAccountKeys_; }
  CfnPipeline& cfnPipeline() const noexcept { return *resource_; }

 protected:
  /// Names unnamed output artifacts and renders the stages, the artifact store and the disabled transitions.
  void onPrepare() override;

 private:
  friend class detail::Stage;
  /// Gives the action its role (the one it names, or a new "CodePipelineActionRole" in `actionScope` that the
  /// pipeline's role may assume) and binds it; returns the configuration and the action's role.
  std::pair<ActionConfig, iam::IRole*> attachAction(detail::Stage& stage, IAction& action, cdk::Construct& actionScope);
  std::vector<std::string> validatePipeline() const;

  s3::IBucket* artifactBucket_ = nullptr;
  iam::IRole* role_ = nullptr;
  CfnPipeline* resource_ = nullptr;
  std::vector<std::unique_ptr<detail::Stage>> stages_;
  bool crossAccountKeys_ = true;
  bool usePipelineRoleForActions_ = false;
  PipelineType pipelineType_ = PipelineType::V1;
};

}  // namespace cdk::codepipeline
