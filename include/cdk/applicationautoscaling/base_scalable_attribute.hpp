// The base of a scalable attribute of another construct (aws-cdk-lib's BaseScalableAttribute), e.g. the task
// count of an ECS service: it owns the ScalableTarget "Target" and scales it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/applicationautoscaling/scalable_target.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/export.hpp"

namespace cdk::applicationautoscaling {

/// The capacity limits of a scalable attribute (aws-cdk-lib's EnableScalingProps, e.g. autoScaleTaskCount's).
struct EnableScalingProps {
  /// Required.
  int maxCapacity = 0;
  /// Default 1.
  std::optional<int> minCapacity{};
};

struct BaseScalableAttributeProps {
  /// The scalable dimension, e.g. "ecs:service:DesiredCount" (required).
  std::string dimension{};
  /// Required.
  int maxCapacity = 0;
  /// Default 1.
  std::optional<int> minCapacity{};
  cdk::Value resourceId{};
  /// The scaling role (required by aws-cdk-lib; cdkpp makes one when it is missing, as ScalableTarget does).
  cdk::Handle<iam::IRole> role{};
  ServiceNamespace serviceNamespace = ServiceNamespace::ECS;
};

class CDKPP_API BaseScalableAttribute : public cdk::Construct {
 public:
  ~BaseScalableAttribute() override;

  ScalableTarget& target() const noexcept { return *target_; }

 protected:
  BaseScalableAttribute(cdk::Construct& scope, std::string_view id, const BaseScalableAttributeProps& props);
  void doScaleOnSchedule(std::string_view id, const ScalingSchedule& props);
  StepScalingPolicy& doScaleOnMetric(std::string_view id, BasicStepScalingPolicyProps props);
  TargetTrackingScalingPolicy& doScaleToTrackMetric(std::string_view id, BasicTargetTrackingScalingPolicyProps props);

 private:
  ScalableTarget* target_ = nullptr;
};

}  // namespace cdk::applicationautoscaling
