#include "cdk/cloudwatch_actions/sns_action.hpp"

#include "cdk/sns/topic.hpp"

namespace cdk::cloudwatch_actions {

cloudwatch::AlarmActionConfig SnsAction::bind(cdk::Construct& /*scope*/, const cloudwatch::IAlarm& /*alarm*/) const {
  return {.alarmActionArn = topic_->topicArn()};
}

}  // namespace cdk::cloudwatch_actions
