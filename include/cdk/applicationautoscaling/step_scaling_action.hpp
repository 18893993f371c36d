// One step scaling policy (aws-cdk-lib's applicationautoscaling.StepScalingAction, AdjustmentType,
// MetricAggregationType, AdjustmentTier): what StepScalingPolicy makes for each of its alarms. Use it directly
// for a policy an alarm of your own triggers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk::applicationautoscaling {

class CfnScalingPolicy;
class IScalableTarget;

/// How a step's adjustment changes the capacity.
enum class AdjustmentType {
  /// Add the adjustment to the current capacity (negative: remove).
  CHANGE_IN_CAPACITY,
  /// Add the adjustment, a percentage of the current capacity.
  PERCENT_CHANGE_IN_CAPACITY,
  /// Set the capacity to the adjustment.
  EXACT_CAPACITY,
};

/// How the metric's data points are aggregated before they are compared with the steps.
enum class MetricAggregationType { AVERAGE, MINIMUM, MAXIMUM };

/// "ChangeInCapacity", "PercentChangeInCapacity", "ExactCapacity".
CDKPP_API std::string_view toString(AdjustmentType type) noexcept;
/// "Average", "Minimum", "Maximum".
CDKPP_API std::string_view toString(MetricAggregationType type) noexcept;

/// One step: the adjustment for metric values between the bounds, relative to the alarm's threshold
/// (at least one bound).
struct AdjustmentTier {
  /// Required: the change (or the capacity, for EXACT_CAPACITY).
  int adjustment = 0;
  /// Default minus infinity.
  std::optional<double> lowerBound{};
  /// Default plus infinity.
  std::optional<double> upperBound{};
};

struct StepScalingActionProps {
  /// Default CHANGE_IN_CAPACITY (as Application Auto Scaling does; nothing is rendered when unset).
  std::optional<AdjustmentType> adjustmentType{};
  /// The time to wait after a scaling activity before the next one; default the service's.
  std::optional<cdk::Duration> cooldown{};
  /// Default the service's (Average).
  std::optional<MetricAggregationType> metricAggregationType{};
  /// The smallest change, for PERCENT_CHANGE_IN_CAPACITY.
  std::optional<int> minAdjustmentMagnitude{};
  /// PolicyName; default the construct's unique id.
  std::optional<std::string> policyName{};
  /// The scalable target (required).
  cdk::Handle<IScalableTarget> scalingTarget{};
};

/// An AWS::ApplicationAutoScaling::ScalingPolicy of type StepScaling (the child "Resource"); its steps are
/// added with addAdjustment. A plain construct, as in aws-cdk-lib.
class CDKPP_API StepScalingAction : public cdk::Construct {
 public:
  using Props = StepScalingActionProps;

  /// Throws cdk::ConstructError without a scalingTarget.
  StepScalingAction(cdk::Construct& scope, std::string_view id, StepScalingActionProps props);
  ~StepScalingAction() override;

  /// Adds a step. Throws cdk::ConstructError (naming this action) without lowerBound and upperBound.
  void addAdjustment(const AdjustmentTier& adjustment);

  /// { "Ref": <policy> }: the policy's ARN, what an alarm action invokes.
  cdk::Value scalingPolicyArn() const;
  CfnScalingPolicy& cfnScalingPolicy() const noexcept { return *resource_; }

 private:
  CfnScalingPolicy* resource_ = nullptr;
};

}  // namespace cdk::applicationautoscaling
