// Scaling behaviour beyond the fixtures: schedules' expressions, the policy name, BaseScalableAttribute (what
// ecs's ScalableTaskCount builds on), imports.
#include <gtest/gtest.h>

#include "cdk/applicationautoscaling.hpp"
#include "cdk/cfn/applicationautoscaling.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace appscaling = cdk::applicationautoscaling;
using cdk::Duration;
using datatest::json;
using namespace std::chrono;

TEST(AppScalingSchedule, Expressions) {
  EXPECT_EQ(appscaling::Schedule::rate(Duration::minutes(1)).expressionString(), "rate(1 minute)");
  EXPECT_EQ(appscaling::Schedule::rate(Duration::minutes(120)).expressionString(), "rate(2 hours)");
  EXPECT_EQ(appscaling::Schedule::rate(Duration::hours(48)).expressionString(), "rate(2 days)");
  EXPECT_EQ(appscaling::Schedule::rate(Duration::hours(1)).expressionString(), "rate(1 hour)");
  EXPECT_EQ(appscaling::Schedule::cron({}).expressionString(), "cron(* * * * ? *)");
  EXPECT_EQ(appscaling::Schedule::cron({.day = "15", .minute = "0", .month = "JAN", .year = "2030"}).expressionString(),
            "cron(0 * 15 JAN ? 2030)");
  EXPECT_EQ(appscaling::Schedule::at(sys_days{year{2031} / 12 / 31} + 23h + 59min + 58s).expressionString(),
            "at(2031-12-31T23:59:58)");
  EXPECT_EQ(appscaling::Schedule::expression("rate(5 minutes)").expressionString(), "rate(5 minutes)");
}

// A scalable attribute as ecs's ScalableTaskCount is one.
class TaskCount : public appscaling::BaseScalableAttribute {
 public:
  TaskCount(cdk::Construct& scope, std::string_view id, const appscaling::BaseScalableAttributeProps& props)
      : BaseScalableAttribute(scope, id, props) {}
  void scaleOnCpu(std::string_view id, double target) {
    doScaleToTrackMetric(id, {.predefinedMetric = appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
                              .targetValue = target});
  }
  void scaleOnSchedule(std::string_view id, const appscaling::ScalingSchedule& schedule) {
    doScaleOnSchedule(id, schedule);
  }
};

TEST(AppScalingAttribute, OwnsTheTargetAndItsPolicies) {
  datatest::Fixture f;
  auto& count = f.stack->make<TaskCount>(
      "TaskCount", appscaling::BaseScalableAttributeProps{
                       .dimension = "ecs:service:DesiredCount", .maxCapacity = 4, .resourceId = "service/c/s"});
  count.scaleOnCpu("Cpu", 50);
  count.scaleOnSchedule("Night",
                        {.maxCapacity = 1, .schedule = appscaling::Schedule::cron({.hour = "0", .minute = "0"})});
  EXPECT_EQ(count.target().node().path(), "TapStackdev/TaskCount/Target");
  const json t = datatest::synthTemplate(f.app);
  const json& target = t["Resources"]["TaskCountTarget81B1B419"];
  EXPECT_EQ(target["Properties"]["MinCapacity"], 1);  // BaseScalableAttribute's default
  EXPECT_EQ(target["Properties"]["ScheduledActions"][0]["ScheduledActionName"], "Night");
  EXPECT_EQ(t["Resources"]["TaskCountTargetCpu9B7DDD5F"]["Properties"]["PolicyName"],
            "TapStackdevTaskCountTargetCpuB294D549");
}

TEST(AppScalingTarget, ImportedTargetAndNoScheduledActions) {
  datatest::Fixture f;
  auto& imported = appscaling::ScalableTarget::fromScalableTargetId(*f.stack, "Imported",
                                                                    "service/c/s|ecs:service:DesiredCount|ecs");
  f.stack->make<appscaling::TargetTrackingScalingPolicy>(
      "Policy",
      {{.predefinedMetric = appscaling::PredefinedMetric::DYNAMODB_WRITE_CAPACITY_UTILIZATION, .targetValue = 75},
       imported});
  const json t = datatest::synthTemplate(f.app);
  const json& props = t["Resources"]["Policy23B91518"]["Properties"];
  EXPECT_EQ(props["ScalingTargetId"], "service/c/s|ecs:service:DesiredCount|ecs");
  EXPECT_EQ(props["TargetTrackingScalingPolicyConfiguration"]["PredefinedMetricSpecification"]["PredefinedMetricType"],
            "DynamoDBWriteCapacityUtilization");
  EXPECT_EQ(props["PolicyName"], "TapStackdevPolicy15BB6A05");
}

TEST(AppScalingTarget, RenderingIsIdempotent) {
  datatest::Fixture f;
  auto& target = f.stack->make<appscaling::ScalableTarget>("Target", {.maxCapacity = 3,
                                                                      .minCapacity = 1,
                                                                      .resourceId = "service/c/s",
                                                                      .scalableDimension = "ecs:service:DesiredCount"});
  target.scaleOnSchedule("A", {.minCapacity = 2, .schedule = appscaling::Schedule::rate(Duration::days(1))});
  EXPECT_EQ(datatest::synthTemplate(f.app), datatest::synthTemplate(f.app));
}

}  // namespace
