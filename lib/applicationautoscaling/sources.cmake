# Sources of the applicationautoscaling L2 module, relative to lib/ (aws-cdk-lib's aws-applicationautoscaling):
# scalable targets, schedules, target tracking.
set(CDKPP_APPLICATIONAUTOSCALING_SOURCES
  applicationautoscaling/base_scalable_attribute.cpp
  applicationautoscaling/scalable_target.cpp
  applicationautoscaling/schedule.cpp
  applicationautoscaling/target_tracking_scaling_policy.cpp)
