// The applicationautoscaling module (aws-cdk-lib's aws-applicationautoscaling): scalable targets, target
// tracking, step scaling and scheduled scaling. The L1 classes (cdk::applicationautoscaling::Cfn*) are in
// "cdk/cfn/applicationautoscaling.hpp". `namespace appscaling = cdk::applicationautoscaling;` reads as
// aws-cdk-lib programs usually import it.
#pragma once

#include "cdk/applicationautoscaling/base_scalable_attribute.hpp"
#include "cdk/applicationautoscaling/scalable_target.hpp"
#include "cdk/applicationautoscaling/schedule.hpp"
#include "cdk/applicationautoscaling/step_scaling_action.hpp"
#include "cdk/applicationautoscaling/step_scaling_policy.hpp"
#include "cdk/applicationautoscaling/target_tracking_scaling_policy.hpp"
