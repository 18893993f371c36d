// Alarm actions that run an Application Auto Scaling step scaling policy (aws-cdk-lib's
// cloudwatch_actions.ApplicationScalingAction).
#pragma once

#include "cdk/cloudwatch/alarm.hpp"
#include "cdk/core/export.hpp"

namespace cdk::applicationautoscaling {
class StepScalingAction;
}

namespace cdk::cloudwatch_actions {

/// Runs a step scaling policy: alarm.addAlarmAction(ApplicationScalingAction(action)). StepScalingPolicy
/// wires its own alarms; this is for a StepScalingAction triggered by an alarm of your own.
class CDKPP_API ApplicationScalingAction : public cloudwatch::IAlarmAction {
 public:
  explicit ApplicationScalingAction(const applicationautoscaling::StepScalingAction& stepScalingAction)
      : stepScalingAction_(stepScalingAction) {}
  /// The policy's ARN.
  cloudwatch::AlarmActionConfig bind(cdk::Construct& scope, const cloudwatch::IAlarm& alarm) const override;

 private:
  const applicationautoscaling::StepScalingAction& stepScalingAction_;
};

}  // namespace cdk::cloudwatch_actions
