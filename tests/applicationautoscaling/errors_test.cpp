// Bad input: aws-cdk-lib's errors (tests/applicationautoscaling/fixtures/applicationautoscaling-error-*.error.txt,
// the programs of applicationautoscaling-errors.ts) with their paths and remedies.
#include <gtest/gtest.h>

#include "cdk/applicationautoscaling.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace appscaling = cdk::applicationautoscaling;
using cdk::Duration;
using cdk::Stack;
using cdkpp_test::expectAwsError;
using cdkpp_test::expectBuildError;

appscaling::ScalableTarget& target(Stack& s, int min, int max) {
  return s.make<appscaling::ScalableTarget>("Target", {.maxCapacity = max,
                                                       .minCapacity = min,
                                                       .resourceId = "service/c/s",
                                                       .scalableDimension = "ecs:service:DesiredCount",
                                                       .serviceNamespace = appscaling::ServiceNamespace::ECS});
}

TEST(AppScalingErrors, Capacities) {
  expectAwsError("applicationautoscaling", "applicationautoscaling-error-min-above-max",
                 [](Stack& s) { target(s, 5, 2); });
  expectAwsError("applicationautoscaling", "applicationautoscaling-error-negative-max",
                 [](Stack& s) { target(s, 0, -1); });
  expectAwsError("applicationautoscaling", "applicationautoscaling-error-negative-min",
                 [](Stack& s) { target(s, -1, 3); });
  datatest::Fixture f;
  EXPECT_NO_THROW(target(*f.stack, 3, 3));
}

TEST(AppScalingErrors, ScheduledActions) {
  expectBuildError(
      [](Stack& s) {
        target(s, 1, 3).scaleOnSchedule("Nothing", {.schedule = appscaling::Schedule::rate(Duration::hours(1))});
      },
      cdkpp_test::awsError("applicationautoscaling", "applicationautoscaling-error-schedule-without-capacity").path,
      "You must supply at least one of minCapacity or maxCapacity, got none for the scheduled action 'Nothing'");
  expectBuildError([](Stack& s) { target(s, 1, 3).scaleOnSchedule("NoSchedule", {.minCapacity = 1}); },
                   "TapStackdev/Target", "the scheduled action 'NoSchedule' has no schedule");
}

// aws-cdk-lib's Schedule errors come before any construct (UnscopedValidationError): cdk::Error here.
TEST(AppScalingErrors, Schedules) {
  EXPECT_THROW_MSG(
      appscaling::Schedule::cron({.day = "1", .weekDay = "MON"}), cdk::Error,
      cdkpp_test::awsError("applicationautoscaling", "applicationautoscaling-error-cron-day-and-weekday").message);
  EXPECT_THROW_MSG(appscaling::Schedule::rate(Duration::seconds(0)), cdk::Error,
                   cdkpp_test::awsError("applicationautoscaling", "applicationautoscaling-error-rate-zero").message);
  EXPECT_THROW(appscaling::Schedule::rate(Duration::seconds(90)), cdk::Error);  // not a whole number of minutes
}

TEST(AppScalingErrors, TargetTrackingNeedsAMetric) {
  expectAwsError("applicationautoscaling", "applicationautoscaling-error-no-metric",
                 [](Stack& s) { target(s, 1, 3).scaleToTrackMetric("Tracking", {.targetValue = 50}); });
}

}  // namespace
