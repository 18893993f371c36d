// The cloudwatch_actions module (aws-cdk-lib's aws-cloudwatch-actions): what alarms do when their state
// changes.
#pragma once

#include "cdk/cloudwatch_actions/application_scaling_action.hpp"
#include "cdk/cloudwatch_actions/sns_action.hpp"
