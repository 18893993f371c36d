#include "cdk/applicationautoscaling/scalable_target.hpp"

#include <utility>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "cdk/cfn/applicationautoscaling.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/role.hpp"

namespace cdk::applicationautoscaling {

constexpr auto kServiceNamespaceNames = cdk::enumNames<ServiceNamespace>({
    {ServiceNamespace::ECS, "ecs"},
    {ServiceNamespace::ELASTIC_MAP_REDUCE, "elasticmapreduce"},
    {ServiceNamespace::EC2, "ec2"},
    {ServiceNamespace::APPSTREAM, "appstream"},
    {ServiceNamespace::DYNAMODB, "dynamodb"},
    {ServiceNamespace::RDS, "rds"},
    {ServiceNamespace::SAGEMAKER, "sagemaker"},
    {ServiceNamespace::CUSTOM_RESOURCE, "custom-resource"},
    {ServiceNamespace::LAMBDA, "lambda"},
    {ServiceNamespace::COMPREHEND, "comprehend"},
    {ServiceNamespace::KAFKA, "kafka"},
    {ServiceNamespace::ELASTICACHE, "elasticache"},
    {ServiceNamespace::NEPTUNE, "neptune"},
    {ServiceNamespace::CASSANDRA, "cassandra"},
    {ServiceNamespace::WORKSPACES, "workspaces"},
});
std::string_view toString(ServiceNamespace ns) noexcept { return cdk::nameOf(kServiceNamespaceNames, ns); }

namespace {

std::string isoDate(std::chrono::sys_seconds date) { return fmt::format("{:%Y-%m-%dT%H:%M:%S}Z", date); }

/// A scalable target made elsewhere, known by its id.
class ImportedScalableTarget final : public cdk::Resource, public virtual IScalableTarget {
 public:
  ImportedScalableTarget(cdk::Construct& scope, std::string_view id, cdk::Value scalableTargetId)
      : cdk::Resource(scope, id), id_(std::move(scalableTargetId)) {}
  cdk::Value scalableTargetId() const override { return id_; }

 private:
  cdk::Value id_;
};

}  // namespace

ScalableTarget::ScalableTarget(cdk::Construct& scope, std::string_view id, ScalableTargetProps props)
    : cdk::Resource(scope, id) {
  // aws-cdk-lib names the scope in these errors.
  auto fail = [&scope](const std::string& message) { throw cdk::ConstructError(scope.node().path(), message); };
  if (props.maxCapacity < 0) {
    fail(fmt::format("maxCapacity cannot be negative, got: {}. Give the upper limit of the capacity",
                     props.maxCapacity));
  }
  if (props.minCapacity < 0) {
    fail(fmt::format("minCapacity cannot be negative, got: {}. Give the lower limit of the capacity",
                     props.minCapacity));
  }
  if (props.maxCapacity < props.minCapacity) {
    fail(fmt::format("minCapacity ({}) should be lower than maxCapacity ({}). Swap them, or raise maxCapacity",
                     props.minCapacity, props.maxCapacity));
  }
  if (props.scalableDimension.empty()) {
    throw cdk::ConstructError(node().path(),
                              "ScalableTarget needs a scalableDimension, e.g. \"ecs:service:DesiredCount\"");
  }
  role_ = props.role ? props.role.get()
                     : &make<iam::Role>("Role", iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>(
                                                                   "application-autoscaling.amazonaws.com")});
  resource_ = &make<CfnScalableTarget>(
      "Resource", CfnScalableTargetProps{
                      .maxCapacity = props.maxCapacity,
                      .minCapacity = props.minCapacity,
                      .resourceId = props.resourceId,
                      .roleArn = role_->roleArn(),
                      .scalableDimension = props.scalableDimension,
                      .serviceNamespace = std::string(applicationautoscaling::toString(props.serviceNamespace)),
                  });
}

ScalableTarget::~ScalableTarget() = default;

IScalableTarget& ScalableTarget::fromScalableTargetId(cdk::Construct& scope, std::string_view id,
                                                      const cdk::Value& scalableTargetId) {
  return scope.make<ImportedScalableTarget>(id, scalableTargetId);
}

cdk::Value ScalableTarget::scalableTargetId() const { return resource_->ref(); }

void ScalableTarget::addToRolePolicy(const iam::PolicyStatement& statement) { role_->addToPrincipalPolicy(statement); }

void ScalableTarget::scaleOnSchedule(std::string_view id, const ScalingSchedule& action) {
  if (!action.minCapacity && !action.maxCapacity) {
    throw cdk::ConstructError(
        node().path(), fmt::format("You must supply at least one of minCapacity or maxCapacity, got none for the "
                                   "scheduled action '{}'",
                                   id));
  }
  if (!action.schedule) {
    throw cdk::ConstructError(node().path(), fmt::format("the scheduled action '{}' has no schedule: give it "
                                                         "Schedule::cron(...), rate(...) or at(...)",
                                                         id));
  }
  action.schedule->bind(*this);
  CfnScalableTarget::ScheduledActionProperty scheduled;
  if (action.endTime) scheduled.endTime = isoDate(*action.endTime);
  CfnScalableTarget::ScalableTargetActionProperty capacity;
  if (action.maxCapacity) capacity.maxCapacity = *action.maxCapacity;
  if (action.minCapacity) capacity.minCapacity = *action.minCapacity;
  scheduled.scalableTargetAction = std::move(capacity);
  scheduled.schedule = action.schedule->expressionString();
  scheduled.scheduledActionName = std::string(id);
  if (action.startTime) scheduled.startTime = isoDate(*action.startTime);
  if (action.timeZone) scheduled.timezone = action.timeZone->timezoneName();
  auto& actions = resource_->props().scheduledActions;
  if (!actions) actions.emplace();
  actions->push_back(std::move(scheduled));
}

TargetTrackingScalingPolicy& ScalableTarget::scaleToTrackMetric(std::string_view id,
                                                                BasicTargetTrackingScalingPolicyProps props) {
  return make<TargetTrackingScalingPolicy>(id, TargetTrackingScalingPolicyProps{std::move(props), *this});
}

StepScalingPolicy& ScalableTarget::scaleOnMetric(std::string_view id, BasicStepScalingPolicyProps props) {
  return make<StepScalingPolicy>(id, StepScalingPolicyProps{std::move(props), *this});
}

}  // namespace cdk::applicationautoscaling
