#include "cdk/applicationautoscaling/base_scalable_attribute.hpp"

namespace cdk::applicationautoscaling {

BaseScalableAttribute::BaseScalableAttribute(cdk::Construct& scope, std::string_view id,
                                             const BaseScalableAttributeProps& props)
    : cdk::Construct(scope, id) {
  target_ = &make<ScalableTarget>("Target", ScalableTargetProps{.maxCapacity = props.maxCapacity,
                                                                .minCapacity = props.minCapacity.value_or(1),
                                                                .resourceId = props.resourceId,
                                                                .role = props.role,
                                                                .scalableDimension = props.dimension,
                                                                .serviceNamespace = props.serviceNamespace});
}

BaseScalableAttribute::~BaseScalableAttribute() = default;

void BaseScalableAttribute::doScaleOnSchedule(std::string_view id, const ScalingSchedule& props) {
  target_->scaleOnSchedule(id, props);
}

StepScalingPolicy& BaseScalableAttribute::doScaleOnMetric(std::string_view id, BasicStepScalingPolicyProps props) {
  return target_->scaleOnMetric(id, std::move(props));
}

TargetTrackingScalingPolicy& BaseScalableAttribute::doScaleToTrackMetric(std::string_view id,
                                                                         BasicTargetTrackingScalingPolicyProps props) {
  return target_->scaleToTrackMetric(id, std::move(props));
}

}  // namespace cdk::applicationautoscaling
