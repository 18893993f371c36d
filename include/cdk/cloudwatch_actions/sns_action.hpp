// Alarm actions that notify an SNS topic (aws-cdk-lib's cloudwatch_actions.SnsAction).
#pragma once

#include "cdk/cloudwatch/alarm.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"

namespace cdk::sns {
class ITopic;
}

namespace cdk::cloudwatch_actions {

/// Publishes the alarm's state change to a topic: alarm.addAlarmAction(SnsAction(topic)).
class CDKPP_API SnsAction : public cloudwatch::IAlarmAction {
 public:
  explicit SnsAction(sns::ITopic& topic) : topic_(topic) {}
  /// The topic's ARN.
  cloudwatch::AlarmActionConfig bind(cdk::Construct& scope, const cloudwatch::IAlarm& alarm) const override;

 private:
  cdk::Handle<sns::ITopic> topic_;
};

}  // namespace cdk::cloudwatch_actions
