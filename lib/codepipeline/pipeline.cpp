#include "cdk/codepipeline/pipeline.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/codepipeline.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/feature_flags.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/alias.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/s3/bucket.hpp"
#include "codepipeline/names.hpp"
#include "codepipeline/stage.hpp"

namespace cdk::codepipeline {

constexpr auto kPipelineTypeNames = cdk::enumNames<PipelineType>({
    {PipelineType::V1, "V1"},
    {PipelineType::V2, "V2"},
});
std::string_view toString(PipelineType type) noexcept { return cdk::nameOf(kPipelineTypeNames, type); }

constexpr auto kExecutionModeNames = cdk::enumNames<ExecutionMode>({
    {ExecutionMode::QUEUED, "QUEUED"},
    {ExecutionMode::SUPERSEDED, "SUPERSEDED"},
    {ExecutionMode::PARALLEL, "PARALLEL"},
});
std::string_view toString(ExecutionMode mode) noexcept { return cdk::nameOf(kExecutionModeNames, mode); }

namespace {

constexpr std::string_view CROSS_ACCOUNT_KEYS_DEFAULT_VALUE_TO_FALSE =
    "@aws-cdk/aws-codepipeline:crossAccountKeysDefaultValueToFalse";
constexpr std::string_view DEFAULT_PIPELINE_TYPE_TO_V2 = "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2";
constexpr std::string_view CROSS_ACCOUNT_KEY_ALIAS_STACK_SAFE_RESOURCE_NAME =
    "@aws-cdk/aws-codepipeline:crossAccountKeyAliasStackSafeResourceName";
constexpr std::string_view REDUCE_STAGE_ROLE_TRUST_SCOPE = "@aws-cdk/pipelines:reduceStageRoleTrustScope";

/// "alias/codepipeline-<unique id of the pipeline, lower case>", at most 256 characters.
std::string defaultBucketKeyAliasName(const cdk::Construct& pipeline) {
  const std::string prefix = "alias/codepipeline-";
  const std::size_t maxLength = 256 - prefix.size();
  std::string unique;
  if (cdk::FeatureFlags::of(pipeline).isEnabled(CROSS_ACCOUNT_KEY_ALIAS_STACK_SAFE_RESOURCE_NAME)) {
    unique = cdk::Names::uniqueResourceName(
        pipeline, {.allowedSpecialCharacters = {'/', '_', '-'}, .maxLength = maxLength, .separator = "-"});
  } else {
    unique = cdk::Names::uniqueId(pipeline);
    if (unique.size() > maxLength) unique = unique.substr(unique.size() - maxLength);
  }
  std::ranges::transform(unique, unique.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return prefix + unique;
}

/// Where an action is, for the messages about artifacts consumed before they are produced.
struct PipelineLocation {
  std::size_t stageIndex;
  const detail::Stage* stage;
  const detail::ActionDescriptor* action;

  // aws-cdk-lib compares rhs.stageIndex with itself here, so actions of different stages are never "before"
  // one another; kept, so that cdkpp refuses exactly what aws-cdk-lib refuses.
  bool beforeOrEqual(const PipelineLocation& rhs) const {
    if (stageIndex != rhs.stageIndex) return false;
    return action->runOrder <= rhs.action->runOrder;
  }
  PipelineLocation first(const PipelineLocation& rhs) const { return beforeOrEqual(rhs) ? *this : rhs; }
  std::string toString() const {
    return fmt::format("Stage {} Action {} ('{}'/'{}')", stageIndex + 1, action->runOrder, stage->stageName(),
                       action->actionName);
  }
};

}  // namespace

Pipeline::Pipeline(cdk::Construct& scope, std::string_view id, PipelineProps props)
    : cdk::Resource(
          scope, id,
          {.physicalName = props.pipelineName ? std::optional<cdk::Value>(*props.pipelineName) : std::nullopt}),
      usePipelineRoleForActions_(props.usePipelineRoleForActions) {
  if (props.pipelineName) detail::validateName(node().path(), "Pipeline", *props.pipelineName);
  crossAccountKeys_ = props.crossAccountKeys.value_or(
      !cdk::FeatureFlags::of(*this).isEnabled(CROSS_ACCOUNT_KEYS_DEFAULT_VALUE_TO_FALSE));
  if (props.enableKeyRotation.value_or(false) && !crossAccountKeys_) {
    throw cdk::ConstructError(node().path(),
                              "Setting 'enableKeyRotation' to true also requires 'crossAccountKeys' to be enabled");
  }

  if (props.artifactBucket) {
    artifactBucket_ = props.artifactBucket.get();
  } else {
    kms::Key* encryptionKey = nullptr;
    if (crossAccountKeys_) {
      encryptionKey = &make<kms::Key>("ArtifactsBucketEncryptionKey", {.enableKeyRotation = props.enableKeyRotation,
                                                                       .removalPolicy = cdk::RemovalPolicy::DESTROY});
      make<kms::Alias>("ArtifactsBucketEncryptionKeyAlias", {.aliasName = defaultBucketKeyAliasName(*this),
                                                             .removalPolicy = cdk::RemovalPolicy::DESTROY,
                                                             .targetKey = *encryptionKey});
    }
    s3::BucketProps bucket{
        .blockPublicAccess = s3::BlockPublicAccess::BLOCK_ALL,
        .encryption = encryptionKey != nullptr ? s3::BucketEncryption::KMS : s3::BucketEncryption::KMS_MANAGED,
        .enforceSSL = true,
        .removalPolicy = cdk::RemovalPolicy::RETAIN};
    if (encryptionKey != nullptr) bucket.encryptionKey = *encryptionKey;
    artifactBucket_ = &make<s3::Bucket>("ArtifactsBucket", std::move(bucket));
  }

  if (props.role) {
    role_ = props.role.get();
  } else {
    role_ = &make<iam::Role>(
        "Role", iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("codepipeline.amazonaws.com")});
  }

  const bool defaultV2 = cdk::FeatureFlags::of(*this).isEnabled(DEFAULT_PIPELINE_TYPE_TO_V2);
  if (!defaultV2 && !props.pipelineType) {
    cdk::Annotations::of(*this).addWarningV2(
        "@aws-cdk/aws-codepipeline:unspecifiedPipelineType",
        "V1 pipeline type is implicitly selected when `pipelineType` is not set. If you want to use V2 type, set "
        "`PipelineType.V2`.");
  }
  pipelineType_ = props.pipelineType.value_or(defaultV2 ? PipelineType::V2 : PipelineType::V1);
  if (props.executionMode &&
      (*props.executionMode == ExecutionMode::QUEUED || *props.executionMode == ExecutionMode::PARALLEL) &&
      pipelineType_ != PipelineType::V2) {
    throw cdk::ConstructError(node().path(),
                              fmt::format("{} execution mode can only be used with V2 pipelines, `PipelineType.V2` "
                                          "must be specified for `pipelineType`",
                                          codepipeline::toString(*props.executionMode)));
  }

  CfnPipelineProps cfn;
  cfn.roleArn = role_->roleArn();
  if (props.restartExecutionOnUpdate) cfn.restartExecutionOnUpdate = *props.restartExecutionOnUpdate;
  if (props.pipelineType || defaultV2) cfn.pipelineType = std::string(codepipeline::toString(pipelineType_));
  if (props.executionMode) cfn.executionMode = std::string(codepipeline::toString(*props.executionMode));
  if (props.pipelineName) cfn.name = *props.pipelineName;
  resource_ = &make<CfnPipeline>("Resource", std::move(cfn));
  resource_->node().addDependency(*role_);
  artifactBucket_->grantReadWrite(*role_);

  for (auto& stage : props.stages) addStage(std::move(stage));
  node().addValidation([this] { return validatePipeline(); });
}

Pipeline::~Pipeline() = default;

cdk::Value Pipeline::pipelineName() const { return resource_->ref(); }

cdk::Value Pipeline::pipelineArn() const {
  return cdk::Stack::of(*this).formatArn({.resource = pipelineName(), .service = "codepipeline"});
}

cdk::Value Pipeline::pipelineVersion() const { return resource_->getAtt("Version"); }

IStage& Pipeline::addStage(StageOptions props) {
  const auto sameName = [&](const auto& stage) { return stage->stageName() == props.stageName; };
  if (std::ranges::any_of(stages_, sameName)) {
    throw cdk::ConstructError(node().path(),
                              fmt::format("Stage with duplicate name '{}' added to the Pipeline", props.stageName));
  }
  std::size_t index = stages_.size();
  if (props.placement) {
    const StagePlacement& placement = *props.placement;
    if (placement.justAfter != nullptr && placement.rightBefore != nullptr) {
      throw cdk::ConstructError(node().path(),
                                "Error adding Stage to the Pipeline: you can only provide at most one placement "
                                "property, but 'rightBefore, justAfter' were given");
    }
    const auto find = [&](const IStage* target) {
      return static_cast<std::size_t>(
          std::ranges::find_if(stages_, [&](const auto& stage) { return stage.get() == target; }) - stages_.begin());
    };
    if (placement.rightBefore != nullptr) {
      index = find(placement.rightBefore);
      if (index == stages_.size()) {
        throw cdk::ConstructError(node().path(), fmt::format("Error adding Stage to the Pipeline: the requested Stage "
                                                             "to add it before, '{}', was not found",
                                                             placement.rightBefore->stageName()));
      }
    } else if (placement.justAfter != nullptr) {
      index = find(placement.justAfter);
      if (index == stages_.size()) {
        throw cdk::ConstructError(node().path(), fmt::format("Error adding Stage to the Pipeline: the requested Stage "
                                                             "to add it after, '{}', was not found",
                                                             placement.justAfter->stageName()));
      }
      ++index;
    }
  }
  auto stage = std::make_unique<detail::Stage>(props, *this);
  IStage& added = *stage;
  stages_.insert(stages_.begin() + static_cast<std::ptrdiff_t>(index), std::move(stage));
  return added;
}

void Pipeline::addToRolePolicy(const iam::PolicyStatement& statement) { role_->addToPrincipalPolicy(statement); }

IStage& Pipeline::stage(std::string_view stageName) const {
  for (const auto& stage : stages_) {
    if (stage->stageName() == stageName) return *stage;
  }
  std::string available;
  for (const auto& stage : stages_) available += (available.empty() ? "" : ", ") + stage->stageName();
  throw cdk::ConstructError(
      node().path(),
      fmt::format("Pipeline does not contain a stage named '{}'. Available stages: {}", stageName, available));
}

std::vector<IStage*> Pipeline::stages() const {
  std::vector<IStage*> out;
  for (const auto& stage : stages_) out.push_back(stage.get());
  return out;
}

std::pair<ActionConfig, iam::IRole*> Pipeline::attachAction(detail::Stage& stage, IAction& action,
                                                            cdk::Construct& actionScope) {
  const ActionProperties& properties = action.actionProperties();
  const bool awsOwned = !properties.owner || *properties.owner == "AWS";
  iam::IRole* actionRole = nullptr;
  if (properties.role) {
    if (!awsOwned) {
      throw cdk::ConstructError(
          node().path(), fmt::format("Specifying a Role is not supported for actions with an owner different than "
                                     "'AWS' - got '{}' (Action: '{}' in Stage: '{}')",
                                     *properties.owner, properties.actionName, stage.stageName()));
    }
    actionRole = properties.role.get();
  } else if (awsOwned && !usePipelineRoleForActions_) {
    iam::PrincipalPtr trusted;
    if (cdk::FeatureFlags::of(*this).isEnabled(REDUCE_STAGE_ROLE_TRUST_SCOPE)) {
      trusted = std::make_shared<iam::ArnPrincipal>(role_->roleArn());
    } else {
      trusted = std::make_shared<iam::AccountPrincipal>(cdk::Stack::of(*this).account());
    }
    actionRole = &actionScope.make<iam::Role>("CodePipelineActionRole", iam::RoleProps{.assumedBy = trusted});
  }
  if (actionRole != nullptr) actionRole->grantAssumeRole(*role_).applyBefore(*resource_);
  ActionConfig config =
      action.bind(actionScope, stage,
                  ActionBindOptions{.role = actionRole != nullptr ? *actionRole : *role_, .bucket = *artifactBucket_});
  return {std::move(config), actionRole};
}

void Pipeline::onPrepare() {
  for (const auto& stage : stages_) stage->nameOutputs();
  CfnPipeline::Props& cfn = resource_->props();
  std::vector<CfnPipeline::StageDeclarationProperty> stages;
  for (const auto& stage : stages_) stages.push_back(stage->render());
  cfn.stages = std::move(stages);
  CfnPipeline::ArtifactStoreProperty store{.location = artifactBucket_->bucketName(), .type = "S3"};
  if (kms::IKey* key = artifactBucket_->encryptionKey()) {
    store.encryptionKey = CfnPipeline::EncryptionKeyProperty{.id = key->keyArn(), .type = "KMS"};
  }
  cfn.artifactStore = std::move(store);
  std::vector<CfnPipeline::StageTransitionProperty> disabled;
  for (const auto& stage : stages_) {
    if (!stage->transitionToEnabled()) {
      disabled.push_back({.reason = stage->transitionDisabledReason(), .stageName = stage->stageName()});
    }
  }
  if (disabled.empty()) {
    cfn.disableInboundStageTransitions.reset();
  } else {
    cfn.disableInboundStageTransitions = std::move(disabled);
  }
}

std::vector<std::string> Pipeline::validatePipeline() const {
  std::vector<std::string> errors;
  // Source actions in the first stage, and only there.
  bool firstStage = true;
  for (const auto& stage : stages_) {
    for (const auto& action : stage->actionDescriptors()) {
      const bool isSource = action.category == ActionCategory::SOURCE;
      if (firstStage != isSource) {
        errors.push_back(fmt::format("Action {} in stage {}: {}", action.actionName, stage->stageName(),
                                     firstStage ? "first stage may only contain Source actions"
                                                : "Source actions may only occur in first stage"));
      }
    }
    firstStage = false;
  }
  if (stages_.size() < 2) errors.emplace_back("Pipeline must have at least two stages");
  for (const auto& stage : stages_) {
    for (auto& error : stage->validate()) errors.push_back(std::move(error));
  }
  // Every artifact produced once, and before the actions that consume it.
  std::map<std::string, PipelineLocation> producers;
  std::vector<std::pair<std::string, PipelineLocation>> firstConsumers;
  for (std::size_t stageIndex = 0; stageIndex < stages_.size(); ++stageIndex) {
    const detail::Stage& stage = *stages_[stageIndex];
    for (const auto& action : stage.actionDescriptors()) {
      const PipelineLocation location{stageIndex, &stage, &action};
      for (const Artifact& output : action.outputs) {
        const std::string name = output.artifactName().value_or("undefined");
        if (auto it = producers.find(name); it != producers.end()) {
          errors.push_back(
              fmt::format("Both Actions '{}' and '{}' are producting Artifact '{}'. Every artifact can only "
                          "be produced once.",
                          it->second.action->actionName, action.actionName, name));
          continue;
        }
        producers.emplace(name, location);
      }
      for (const Artifact& input : action.inputs) {
        if (!input.artifactName()) {
          errors.push_back(fmt::format(
              "Action '{}' is using an unnamed input Artifact, which is not being produced in this pipeline",
              action.actionName));
          continue;
        }
        const std::string& name = *input.artifactName();
        auto it = std::ranges::find(firstConsumers, name, &std::pair<std::string, PipelineLocation>::first);
        if (it == firstConsumers.end()) {
          firstConsumers.emplace_back(name, location);
        } else {
          it->second = it->second.first(location);
        }
      }
    }
  }
  for (const auto& [name, consumer] : firstConsumers) {
    auto producer = producers.find(name);
    if (producer == producers.end()) {
      errors.push_back(
          fmt::format("Action '{}' is using input Artifact '{}', which is not being produced in this pipeline",
                      consumer.action->actionName, name));
      continue;
    }
    if (consumer.beforeOrEqual(producer->second)) {
      errors.push_back(fmt::format("{} is consuming input Artifact '{}' before it is being produced at {}",
                                   consumer.toString(), name, producer->second.toString()));
    }
  }
  return errors;
}

}  // namespace cdk::codepipeline
