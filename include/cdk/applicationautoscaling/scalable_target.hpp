// A resource that Application Auto Scaling scales (aws-cdk-lib's applicationautoscaling.ScalableTarget,
// IScalableTarget, ServiceNamespace, ScalingSchedule).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/applicationautoscaling/schedule.hpp"
#include "cdk/applicationautoscaling/step_scaling_policy.hpp"
#include "cdk/applicationautoscaling/target_tracking_scaling_policy.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/time_zone.hpp"
#include "cdk/core/value.hpp"

namespace cdk::iam {
class IRole;
class PolicyStatement;
}  // namespace cdk::iam

namespace cdk::applicationautoscaling {

class CfnScalableTarget;

/// The service of the scaled resource.
enum class ServiceNamespace {
  ECS,
  ELASTIC_MAP_REDUCE,
  EC2,
  APPSTREAM,
  DYNAMODB,
  RDS,
  SAGEMAKER,
  CUSTOM_RESOURCE,
  LAMBDA,
  COMPREHEND,
  KAFKA,
  ELASTICACHE,
  NEPTUNE,
  CASSANDRA,
  WORKSPACES,
};

/// "ecs", "elasticmapreduce", "ec2", ...
CDKPP_API std::string_view toString(ServiceNamespace ns) noexcept;

/// A scalable target, created here or imported.
class CDKPP_API IScalableTarget : public virtual cdk::IResource {
 public:
  /// { "Ref": <scalable target> }.
  virtual cdk::Value scalableTargetId() const = 0;
};

/// A scheduled change of the capacity limits (at least one of minCapacity and maxCapacity).
struct ScalingSchedule {
  std::optional<std::chrono::sys_seconds> endTime{};
  std::optional<int> maxCapacity{};
  std::optional<int> minCapacity{};
  /// Required.
  std::optional<Schedule> schedule{};
  std::optional<std::chrono::sys_seconds> startTime{};
  /// Timezone of the schedule (default UTC).
  std::optional<cdk::TimeZone> timeZone{};
};

struct ScalableTargetProps {
  /// Required.
  int maxCapacity = 0;
  /// Required.
  int minCapacity = 0;
  /// The resource, e.g. "service/<cluster>/<service>" (required).
  cdk::Value resourceId{};
  /// Default a new role, the child "Role", assumed by application-autoscaling.amazonaws.com.
  cdk::Handle<iam::IRole> role{};
  /// e.g. "ecs:service:DesiredCount" (required).
  std::string scalableDimension{};
  ServiceNamespace serviceNamespace = ServiceNamespace::ECS;
};

/// An AWS::ApplicationAutoScaling::ScalableTarget (the child "Resource") and its scheduled actions.
class CDKPP_API ScalableTarget : public cdk::Resource, public virtual IScalableTarget {
 public:
  using Props = ScalableTargetProps;

  /// Throws cdk::ConstructError (naming the scope, as aws-cdk-lib does) for a negative capacity or
  /// minCapacity above maxCapacity.
  ScalableTarget(cdk::Construct& scope, std::string_view id, ScalableTargetProps props);
  ~ScalableTarget() override;

  static IScalableTarget& fromScalableTargetId(cdk::Construct& scope, std::string_view id,
                                               const cdk::Value& scalableTargetId);

  cdk::Value scalableTargetId() const override;
  iam::IRole& role() const noexcept { return *role_; }

  /// Adds a statement to the scaling role's policy.
  void addToRolePolicy(const iam::PolicyStatement& statement);
  /// A scheduled action named `id`. Throws cdk::ConstructError without minCapacity and maxCapacity.
  void scaleOnSchedule(std::string_view id, const ScalingSchedule& action);
  /// A StepScalingPolicy, the child `id`: alarms on the metric and the policies they trigger.
  StepScalingPolicy& scaleOnMetric(std::string_view id, BasicStepScalingPolicyProps props);
  /// A TargetTrackingScalingPolicy, the child `id`.
  TargetTrackingScalingPolicy& scaleToTrackMetric(std::string_view id, BasicTargetTrackingScalingPolicyProps props);

  CfnScalableTarget& cfnScalableTarget() const noexcept { return *resource_; }

 private:
  iam::IRole* role_ = nullptr;
  CfnScalableTarget* resource_ = nullptr;
};

}  // namespace cdk::applicationautoscaling
