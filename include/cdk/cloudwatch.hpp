// The cloudwatch module (aws-cdk-lib's aws-cloudwatch): metrics, math expressions, alarms and dashboards.
// The L1 classes (cdk::cloudwatch::Cfn*) are in "cdk/cfn/cloudwatch.hpp".
#pragma once

#include "cdk/cloudwatch/alarm.hpp"
#include "cdk/cloudwatch/dashboard.hpp"
#include "cdk/cloudwatch/graph.hpp"
#include "cdk/cloudwatch/layout.hpp"
#include "cdk/cloudwatch/metric.hpp"
#include "cdk/cloudwatch/stats.hpp"
#include "cdk/cloudwatch/text.hpp"
#include "cdk/cloudwatch/widget.hpp"
