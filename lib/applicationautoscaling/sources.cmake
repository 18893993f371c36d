# Sources of the applicationautoscaling L2 module, relative to lib/ (aws-cdk-lib's aws-applicationautoscaling):
# scalable targets, schedules, target tracking, step scaling.
set(CDKPP_APPLICATIONAUTOSCALING_SOURCES
  applicationautoscaling/base_scalable_attribute.cpp
  applicationautoscaling/interval_utils.cpp
  applicationautoscaling/scalable_target.cpp
  applicationautoscaling/schedule.cpp
  applicationautoscaling/step_scaling_action.cpp
  applicationautoscaling/step_scaling_policy.cpp
  applicationautoscaling/target_tracking_scaling_policy.cpp)
