#include "cdk/cloudwatch_actions/application_scaling_action.hpp"

#include "cdk/applicationautoscaling/step_scaling_action.hpp"

namespace cdk::cloudwatch_actions {

cloudwatch::AlarmActionConfig ApplicationScalingAction::bind(cdk::Construct& /*scope*/,
                                                             const cloudwatch::IAlarm& /*alarm*/) const {
  return {.alarmActionArn = stepScalingAction_.scalingPolicyArn()};
}

}  // namespace cdk::cloudwatch_actions
