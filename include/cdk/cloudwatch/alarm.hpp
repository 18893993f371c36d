// Alarms (aws-cdk-lib's cloudwatch.Alarm, AlarmBase, IAlarm, IAlarmAction and their enums).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/cloudwatch/graph.hpp"
#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::cloudwatch {

class CfnAlarm;

/// How the statistic is compared with the threshold.
enum class ComparisonOperator {
  GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  GREATER_THAN_THRESHOLD,
  LESS_THAN_THRESHOLD,
  LESS_THAN_OR_EQUAL_TO_THRESHOLD,
  /// The anomaly detection operators: the metric must be an ANOMALY_DETECTION_BAND() expression.
  LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
  GREATER_THAN_UPPER_THRESHOLD,
  LESS_THAN_LOWER_THRESHOLD,
};
/// How missing data points count.
enum class TreatMissingData { BREACHING, NOT_BREACHING, IGNORE, MISSING };

/// The CloudFormation values ("GreaterThanOrEqualToThreshold", "notBreaching").
CDKPP_API std::string_view toString(ComparisonOperator op) noexcept;
CDKPP_API std::string_view toString(TreatMissingData treatment) noexcept;

class IAlarm;

/// What an action gives the alarm (aws-cdk-lib's AlarmActionConfig).
struct AlarmActionConfig {
  /// The ARN the alarm notifies or invokes (a topic, an Auto Scaling policy, an EC2 action).
  cdk::Value alarmActionArn{};
};

/// Something an alarm can do when its state changes (aws-cdk-lib's IAlarmAction): see
/// cloudwatch_actions::SnsAction.
class CDKPP_API IAlarmAction {
 public:
  virtual ~IAlarmAction() = default;
  /// Called once per alarm the action is added to; `scope` is the alarm.
  virtual AlarmActionConfig bind(cdk::Construct& scope, const IAlarm& alarm) const = 0;
};

/// An alarm, created here or imported.
class CDKPP_API IAlarm : public virtual cdk::IResource {
 public:
  virtual cdk::Value alarmArn() const = 0;
  virtual cdk::Value alarmName() const = 0;
};

/// What alarms created here and imported ones share: their lists of actions.
class CDKPP_API AlarmBase : public cdk::Resource, public virtual IAlarm {
 public:
  ~AlarmBase() override;

  /// Actions run when the alarm goes to ALARM.
  template <class... More>
  void addAlarmAction(const IAlarmAction& first, const More&... more) {
    addAlarmActions({&first, static_cast<const IAlarmAction*>(&more)...});
  }
  /// Actions run when the alarm goes to OK.
  template <class... More>
  void addOkAction(const IAlarmAction& first, const More&... more) {
    addActions(okActionArns_, {&first, static_cast<const IAlarmAction*>(&more)...});
  }
  /// Actions run when the alarm goes to INSUFFICIENT_DATA.
  template <class... More>
  void addInsufficientDataAction(const IAlarmAction& first, const More&... more) {
    addActions(insufficientDataActionArns_, {&first, static_cast<const IAlarmAction*>(&more)...});
  }

  const std::vector<cdk::Value>& alarmActionArns() const noexcept { return alarmActionArns_; }
  const std::vector<cdk::Value>& okActionArns() const noexcept { return okActionArns_; }
  const std::vector<cdk::Value>& insufficientDataActionArns() const noexcept { return insufficientDataActionArns_; }

 protected:
  AlarmBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props = {});

  /// Binds each action and keeps its ARN; Alarm checks EC2 actions first.
  virtual void addAlarmActions(const std::vector<const IAlarmAction*>& actions);
  void addActions(std::vector<cdk::Value>& arns, const std::vector<const IAlarmAction*>& actions);

  std::vector<cdk::Value> alarmActionArns_;
  std::vector<cdk::Value> okActionArns_;
  std::vector<cdk::Value> insufficientDataActionArns_;
};

/// The props of Metric::createAlarm and MathExpression::createAlarm (aws-cdk-lib's CreateAlarmOptions).
struct CreateAlarmOptions {
  /// Default: actions enabled.
  std::optional<bool> actionsEnabled{};
  std::optional<cdk::Value> alarmDescription{};
  /// Default a name CloudFormation generates.
  std::optional<cdk::Value> alarmName{};
  /// Default GREATER_THAN_OR_EQUAL_TO_THRESHOLD.
  std::optional<ComparisonOperator> comparisonOperator{};
  /// How many of the evaluation periods must breach; default all of them.
  std::optional<int> datapointsToAlarm{};
  /// "evaluate" or "ignore", for percentile statistics.
  std::optional<std::string> evaluateLowSampleCountPercentile{};
  /// Required: how many periods are compared with the threshold (at least 1).
  int evaluationPeriods = 0;
  /// The metric's period for this alarm (aws-cdk-lib deprecates it in favour of Metric::with).
  std::optional<cdk::Duration> period{};
  /// The metric's statistic for this alarm (aws-cdk-lib deprecates it in favour of Metric::with).
  std::optional<std::string> statistic{};
  /// Required for the standard operators.
  std::optional<double> threshold{};
  /// Default: CloudWatch's (missing).
  std::optional<TreatMissingData> treatMissingData{};
};

/// An alarm's props: the options above and the metric (aws-cdk-lib's AlarmProps).
struct AlarmProps {
  std::optional<bool> actionsEnabled{};
  std::optional<cdk::Value> alarmDescription{};
  std::optional<cdk::Value> alarmName{};
  std::optional<ComparisonOperator> comparisonOperator{};
  std::optional<int> datapointsToAlarm{};
  std::optional<std::string> evaluateLowSampleCountPercentile{};
  int evaluationPeriods = 0;
  /// Required: a Metric or a MathExpression.
  AnyMetric metric{};
  std::optional<cdk::Duration> period{};
  std::optional<std::string> statistic{};
  std::optional<double> threshold{};
  std::optional<TreatMissingData> treatMissingData{};
};

/// A CloudWatch alarm on one metric or math expression: the child "Resource" (AWS::CloudWatch::Alarm). A
/// metric without label in the stack's account renders as MetricName/Namespace/Dimensions/Statistic; a
/// labelled one, one of another account and math expressions render as the Metrics list.
class CDKPP_API Alarm : public AlarmBase {
 public:
  using Props = AlarmProps;
  /// The threshold of alarms on anomaly detection bands (the band is the threshold).
  static constexpr double ANOMALY_DETECTION_NO_THRESHOLD = 0;

  /// Throws cdk::ConstructError, naming the alarm's path, for a missing metric or threshold, evaluationPeriods
  /// below 1, datapointsToAlarm outside 1..evaluationPeriods (aws-cdk-lib lets these through; CloudFormation
  /// refuses them), a metric of another region, anomaly operators without ANOMALY_DETECTION_BAND() (and the
  /// band with another operator), search expressions, and math expressions with more than 10 metrics.
  Alarm(cdk::Construct& scope, std::string_view id, AlarmProps props);
  ~Alarm() override;

  /// An alarm that exists outside this app; addAlarmAction on it changes nothing that is deployed.
  static IAlarm& fromAlarmArn(cdk::Construct& scope, std::string_view id, std::string alarmArn);
  static IAlarm& fromAlarmName(cdk::Construct& scope, std::string_view id, std::string alarmName);

  /// { "Fn::GetAtt": [<alarm>, "Arn"] }.
  cdk::Value alarmArn() const override;
  /// { "Ref": <alarm> }.
  cdk::Value alarmName() const override;
  const AnyMetric& metric() const noexcept { return metric_; }
  /// The threshold as a horizontal line for graphs, labelled "<metric> >= 80 for 2 datapoints within 10
  /// minutes".
  HorizontalAnnotation toAnnotation() const { return annotation_; }

  CfnAlarm& cfnAlarm() const noexcept { return *alarm_; }

 protected:
  void addAlarmActions(const std::vector<const IAlarmAction*>& actions) override;

 private:
  CfnAlarm* alarm_ = nullptr;
  AnyMetric metric_;
  HorizontalAnnotation annotation_;
};

}  // namespace cdk::cloudwatch
