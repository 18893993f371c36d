#include "cdk/applicationautoscaling/step_scaling_action.hpp"

#include <utility>

#include "cdk/applicationautoscaling/scalable_target.hpp"
#include "cdk/cfn/applicationautoscaling.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"

namespace cdk::applicationautoscaling {

constexpr auto kAdjustmentTypeNames = cdk::enumNames<AdjustmentType>({
    {AdjustmentType::CHANGE_IN_CAPACITY, "ChangeInCapacity"},
    {AdjustmentType::PERCENT_CHANGE_IN_CAPACITY, "PercentChangeInCapacity"},
    {AdjustmentType::EXACT_CAPACITY, "ExactCapacity"},
});
std::string_view toString(AdjustmentType type) noexcept { return cdk::nameOf(kAdjustmentTypeNames, type); }

constexpr auto kMetricAggregationTypeNames = cdk::enumNames<MetricAggregationType>({
    {MetricAggregationType::AVERAGE, "Average"},
    {MetricAggregationType::MINIMUM, "Minimum"},
    {MetricAggregationType::MAXIMUM, "Maximum"},
});
std::string_view toString(MetricAggregationType type) noexcept {
  return cdk::nameOf(kMetricAggregationTypeNames, type);
}

StepScalingAction::StepScalingAction(cdk::Construct& scope, std::string_view id, StepScalingActionProps props)
    : cdk::Construct(scope, id) {
  if (!props.scalingTarget) {
    throw cdk::ConstructError(node().path(), "StepScalingAction needs a scalingTarget");
  }
  CfnScalingPolicy::StepScalingPolicyConfigurationProperty configuration;
  if (props.adjustmentType)
    configuration.adjustmentType = std::string(applicationautoscaling::toString(*props.adjustmentType));
  if (props.cooldown) configuration.cooldown = props.cooldown->toSeconds();
  if (props.minAdjustmentMagnitude) configuration.minAdjustmentMagnitude = *props.minAdjustmentMagnitude;
  if (props.metricAggregationType) {
    configuration.metricAggregationType = std::string(applicationautoscaling::toString(*props.metricAggregationType));
  }
  // aws-cdk-lib renders the steps from a list that addAdjustment fills later, empty or not.
  configuration.stepAdjustments.emplace();
  resource_ = &make<CfnScalingPolicy>(
      "Resource", CfnScalingPolicyProps{
                      .policyName = props.policyName ? *props.policyName : cdk::Names::uniqueId(*this),
                      .policyType = "StepScaling",
                      .scalingTargetId = props.scalingTarget->scalableTargetId(),
                      .stepScalingPolicyConfiguration = std::move(configuration),
                  });
}

StepScalingAction::~StepScalingAction() = default;

void StepScalingAction::addAdjustment(const AdjustmentTier& adjustment) {
  if (!adjustment.lowerBound && !adjustment.upperBound) {
    throw cdk::ConstructError(node().path(),
                              "At least one of lowerBound or upperBound is required. Give the step "
                              "a lowerBound, an upperBound or both");
  }
  CfnScalingPolicy::StepAdjustmentProperty step;
  if (adjustment.lowerBound) step.metricIntervalLowerBound = *adjustment.lowerBound;
  if (adjustment.upperBound) step.metricIntervalUpperBound = *adjustment.upperBound;
  step.scalingAdjustment = adjustment.adjustment;
  resource_->props().stepScalingPolicyConfiguration->stepAdjustments->push_back(std::move(step));
}

cdk::Value StepScalingAction::scalingPolicyArn() const { return resource_->ref(); }

}  // namespace cdk::applicationautoscaling
