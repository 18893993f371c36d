#include "cdk/applicationautoscaling/step_scaling_policy.hpp"

#include <utility>

#include <fmt/format.h>

#include "applicationautoscaling/interval_utils.hpp"
#include "cdk/applicationautoscaling/scalable_target.hpp"
#include "cdk/cloudwatch/alarm.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::applicationautoscaling {

namespace {

/// The scope, once the props are checked: aws-cdk-lib checks them naming the scope.
cdk::Construct& checkedScope(cdk::Construct& scope, const StepScalingPolicyProps& props) {
  auto fail = [&scope](const std::string& message) { throw cdk::ConstructError(scope.node().path(), message); };
  if (props.scalingSteps.size() < 2) {
    fail(
        fmt::format("You must supply at least 2 intervals for autoscaling, got {}. Give a step below and a step "
                    "above the range where the capacity stays",
                    props.scalingSteps.size()));
  }
  if (props.scalingSteps.size() > 40) {
    fail(fmt::format("'scalingSteps' can have at most 40 steps, got {}. Merge neighbouring steps",
                     props.scalingSteps.size()));
  }
  if (props.evaluationPeriods && *props.evaluationPeriods < 1) {
    fail(fmt::format("evaluationPeriods cannot be less than 1, got: {}. Leave it unset for 1",
                     *props.evaluationPeriods));
  }
  if (props.datapointsToAlarm) {
    if (!props.evaluationPeriods) {
      fail(
          "evaluationPeriods must be set if datapointsToAlarm is set. Give evaluationPeriods (at least "
          "datapointsToAlarm)");
    }
    if (*props.datapointsToAlarm < 1) {
      fail(
          fmt::format("datapointsToAlarm cannot be less than 1, got: {}. Leave it unset to need every "
                      "evaluation period",
                      *props.datapointsToAlarm));
    }
    if (*props.evaluationPeriods < *props.datapointsToAlarm) {
      fail(
          fmt::format("datapointsToAlarm must be less than or equal to evaluationPeriods, got datapointsToAlarm: "
                      "{}, evaluationPeriods: {}. Lower datapointsToAlarm or raise evaluationPeriods",
                      *props.datapointsToAlarm, *props.evaluationPeriods));
    }
  }
  if (!props.metric) fail("StepScalingPolicy needs the metric its alarms watch");
  if (!props.scalingTarget) fail("StepScalingPolicy needs a scalingTarget");
  return scope;
}

/// Minimum and Maximum statistics aggregate so; every other statistic of a metric as Average; math
/// expressions leave it to the service.
std::optional<MetricAggregationType> aggregationTypeFromMetric(const cloudwatch::IMetric& metric) {
  const auto config = metric.toMetricConfig();
  if (!config.metricStat) return std::nullopt;
  if (config.metricStat->statistic == "Minimum") return MetricAggregationType::MINIMUM;
  if (config.metricStat->statistic == "Maximum") return MetricAggregationType::MAXIMUM;
  return MetricAggregationType::AVERAGE;
}

/// The alarm action that invokes a step scaling policy.
class StepScalingAlarmAction final : public cloudwatch::IAlarmAction {
 public:
  explicit StepScalingAlarmAction(const StepScalingAction& action) : action_(action) {}
  cloudwatch::AlarmActionConfig bind(cdk::Construct& /*scope*/, const cloudwatch::IAlarm& /*alarm*/) const override {
    return {.alarmActionArn = action_.scalingPolicyArn()};
  }

 private:
  const StepScalingAction& action_;
};

}  // namespace

StepScalingPolicy::StepScalingPolicy(cdk::Construct& scope, std::string_view id, StepScalingPolicyProps props)
    : cdk::Construct(checkedScope(scope, props), id) {
  const AdjustmentType adjustmentType = props.adjustmentType.value_or(AdjustmentType::CHANGE_IN_CAPACITY);
  std::vector<detail::Interval> intervals;
  try {
    intervals = detail::normalizeIntervals(props.scalingSteps, adjustmentType == AdjustmentType::EXACT_CAPACITY);
  } catch (const cdk::Error& e) {
    // aws-cdk-lib names no construct here; the path of the scope tells which of the user's policies it is.
    throw cdk::ConstructError(scope.node().path(),
                              e.message() +
                                  ". Check scalingSteps: each step needs a lower or an upper bound, steps "
                                  "must not overlap, and at most one range may leave the capacity as it "
                                  "is (a gap between steps, or a change of 0)");
  }
  const auto alarms = detail::findAlarmThresholds(intervals);
  const auto aggregation =
      props.metricAggregationType ? props.metricAggregationType : aggregationTypeFromMetric(*props.metric);
  const StepScalingActionProps actionProps{.adjustmentType = adjustmentType,
                                           .cooldown = props.cooldown,
                                           .metricAggregationType = aggregation,
                                           .minAdjustmentMagnitude = props.minAdjustmentMagnitude,
                                           .scalingTarget = props.scalingTarget};
  auto alarmProps = [&](const char* description, cloudwatch::ComparisonOperator op, double threshold) {
    return cloudwatch::AlarmProps{.alarmDescription = cdk::Value(description),
                                  .comparisonOperator = op,
                                  .datapointsToAlarm = props.datapointsToAlarm,
                                  .evaluationPeriods = props.evaluationPeriods.value_or(1),
                                  .metric = props.metric,
                                  .threshold = threshold};
  };

  if (alarms.lowerAlarmIntervalIndex) {
    const std::size_t index = *alarms.lowerAlarmIntervalIndex;
    const double threshold = *intervals[index].upper;
    lowerAction_ = &make<StepScalingAction>("LowerPolicy", actionProps);
    // From the threshold down; the lowest step reaches to minus infinity.
    for (std::size_t i = index + 1; i-- > 0;) {
      AdjustmentTier tier{.adjustment = static_cast<int>(*intervals[i].change),
                          .upperBound = *intervals[i].upper - threshold};
      if (i != 0) tier.lowerBound = *intervals[i].lower - threshold;
      lowerAction_->addAdjustment(tier);
    }
    lowerAlarm_ = &make<cloudwatch::Alarm>(
        "LowerAlarm", alarmProps("Lower threshold scaling alarm",
                                 cloudwatch::ComparisonOperator::LESS_THAN_OR_EQUAL_TO_THRESHOLD, threshold));
    lowerAlarm_->addAlarmAction(StepScalingAlarmAction(*lowerAction_));
  }
  if (alarms.upperAlarmIntervalIndex) {
    const std::size_t index = *alarms.upperAlarmIntervalIndex;
    const double threshold = *intervals[index].lower;
    upperAction_ = &make<StepScalingAction>("UpperPolicy", actionProps);
    // From the threshold up; the highest step reaches to infinity.
    for (std::size_t i = index; i < intervals.size(); ++i) {
      AdjustmentTier tier{.adjustment = static_cast<int>(*intervals[i].change),
                          .lowerBound = *intervals[i].lower - threshold};
      if (i + 1 != intervals.size()) tier.upperBound = *intervals[i].upper - threshold;
      upperAction_->addAdjustment(tier);
    }
    upperAlarm_ = &make<cloudwatch::Alarm>(
        "UpperAlarm", alarmProps("Upper threshold scaling alarm",
                                 cloudwatch::ComparisonOperator::GREATER_THAN_OR_EQUAL_TO_THRESHOLD, threshold));
    upperAlarm_->addAlarmAction(StepScalingAlarmAction(*upperAction_));
  }
}

StepScalingPolicy::~StepScalingPolicy() = default;

}  // namespace cdk::applicationautoscaling
