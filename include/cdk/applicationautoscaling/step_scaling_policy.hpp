// Step scaling on a CloudWatch metric (aws-cdk-lib's applicationautoscaling.StepScalingPolicy and
// ScalingInterval): the steps become a lower and an upper StepScalingAction, each triggered by an alarm on
// the metric at the edge of the no-change range.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cdk/applicationautoscaling/step_scaling_action.hpp"
#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"

namespace cdk::cloudwatch {
class Alarm;
}

namespace cdk::applicationautoscaling {

class IScalableTarget;

/// One step: the change for metric values between lower and upper (at least one of them; a missing one is
/// the neighbour's bound, or 0 and infinity at the ends).
struct ScalingInterval {
  /// Required: the change of capacity (its meaning is the policy's adjustmentType). 0 means no change,
  /// except for EXACT_CAPACITY.
  int change = 0;
  std::optional<double> lower{};
  std::optional<double> upper{};
};

/// A step scaling policy without its scalable target (what ScalableTarget::scaleOnMetric takes).
struct BasicStepScalingPolicyProps {
  /// Default CHANGE_IN_CAPACITY.
  std::optional<AdjustmentType> adjustmentType{};
  /// Default the service's.
  std::optional<cdk::Duration> cooldown{};
  /// How many of the evaluation periods must breach (needs evaluationPeriods); default all.
  std::optional<int> datapointsToAlarm{};
  /// Periods the alarms evaluate; default 1.
  std::optional<int> evaluationPeriods{};
  /// The metric the alarms watch (required).
  cloudwatch::AnyMetric metric{};
  /// Default from the metric's statistic: Minimum and Maximum as they are, anything else Average.
  std::optional<MetricAggregationType> metricAggregationType{};
  std::optional<int> minAdjustmentMagnitude{};
  /// 2 to 40 intervals (required).
  std::vector<ScalingInterval> scalingSteps{};
};

/// As aws-cdk-lib's StepScalingPolicyProps extends BasicStepScalingPolicyProps: `{{basic props}, target}`.
struct StepScalingPolicyProps : BasicStepScalingPolicyProps {
  /// The scalable target (required).
  cdk::Handle<IScalableTarget> scalingTarget{};
};

/// The children "LowerPolicy" and "LowerAlarm" (LessThanOrEqualToThreshold) for the steps below the
/// no-change range, "UpperPolicy" and "UpperAlarm" (GreaterThanOrEqualToThreshold) for those above it; a
/// side without steps has neither. A plain construct, as in aws-cdk-lib.
class CDKPP_API StepScalingPolicy : public cdk::Construct {
 public:
  using Props = StepScalingPolicyProps;

  /// Throws cdk::ConstructError naming the scope (as aws-cdk-lib does) for fewer than 2 or more than 40
  /// steps, evaluationPeriods below 1, datapointsToAlarm without evaluationPeriods, below 1 or above them,
  /// and (aws-cdk-lib names no construct for these) steps without bounds, overlapping steps and more than
  /// one no-change range.
  StepScalingPolicy(cdk::Construct& scope, std::string_view id, StepScalingPolicyProps props);
  ~StepScalingPolicy() override;

  /// nullptr when no step is below the no-change range.
  cloudwatch::Alarm* lowerAlarm() const noexcept { return lowerAlarm_; }
  StepScalingAction* lowerAction() const noexcept { return lowerAction_; }
  /// nullptr when no step is above the no-change range.
  cloudwatch::Alarm* upperAlarm() const noexcept { return upperAlarm_; }
  StepScalingAction* upperAction() const noexcept { return upperAction_; }

 private:
  cloudwatch::Alarm* lowerAlarm_ = nullptr;
  StepScalingAction* lowerAction_ = nullptr;
  cloudwatch::Alarm* upperAlarm_ = nullptr;
  StepScalingAction* upperAction_ = nullptr;
};

}  // namespace cdk::applicationautoscaling
