# Sources of the cloudwatch L2 module, relative to lib/ (aws-cdk-lib's aws-cloudwatch): metrics, alarms and
# dashboards; and of cloudwatch_actions (aws-cdk-lib's aws-cloudwatch-actions).
set(CDKPP_CLOUDWATCH_SOURCES
  cloudwatch/alarm.cpp
  cloudwatch/dashboard.cpp
  cloudwatch/graph.cpp
  cloudwatch/layout.cpp
  cloudwatch/metric.cpp
  cloudwatch/rendering.cpp
  cloudwatch/statistic.cpp
  cloudwatch/stats.cpp
  cloudwatch/text.cpp
  cloudwatch/widget.cpp
  cloudwatch_actions/sns_action.cpp)
