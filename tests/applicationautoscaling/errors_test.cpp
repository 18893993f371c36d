// Bad input: aws-cdk-lib's errors (tests/applicationautoscaling/fixtures/applicationautoscaling-error-*.error.txt,
// the programs of applicationautoscaling-errors.ts) with their paths and remedies.
#include <gtest/gtest.h>

#include "cdk/applicationautoscaling.hpp"
#include "cdk/cloudwatch.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace appscaling = cdk::applicationautoscaling;
namespace cloudwatch = cdk::cloudwatch;
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

// The programs of applicationautoscaling-step-errors.ts.
const cloudwatch::Metric& stepMetric() {
  static const cloudwatch::Metric metric({.metricName = "CPUUtilization", .namespace_ = "AWS/ECS"});
  return metric;
}

appscaling::StepScalingPolicy& steps(Stack& s, std::vector<appscaling::ScalingInterval> scalingSteps,
                                     appscaling::BasicStepScalingPolicyProps extra = {}) {
  extra.metric = stepMetric();
  extra.scalingSteps = std::move(scalingSteps);
  return target(s, 1, 3).scaleOnMetric("Steps", std::move(extra));
}

const std::vector<appscaling::ScalingInterval> kTwoSteps{{.change = -1, .upper = 10}, {.change = 1, .lower = 50}};

TEST(AppScalingErrors, StepScalingProps) {
  const std::string module = "applicationautoscaling";
  expectAwsError(module, "applicationautoscaling-error-one-step",
                 [](Stack& s) { steps(s, {{.change = -1, .upper = 10}}); });
  expectAwsError(module, "applicationautoscaling-error-41-steps", [](Stack& s) {
    std::vector<appscaling::ScalingInterval> many;
    for (int i = 0; i < 41; ++i) many.push_back({.change = 1, .lower = i * 10.0, .upper = i * 10.0 + 10});
    steps(s, many);
  });
  expectAwsError(module, "applicationautoscaling-error-evaluation-periods-zero",
                 [](Stack& s) { steps(s, kTwoSteps, {.evaluationPeriods = 0}); });
  expectAwsError(module, "applicationautoscaling-error-datapoints-without-periods",
                 [](Stack& s) { steps(s, kTwoSteps, {.datapointsToAlarm = 2}); });
  expectAwsError(module, "applicationautoscaling-error-datapoints-above-periods",
                 [](Stack& s) { steps(s, kTwoSteps, {.datapointsToAlarm = 3, .evaluationPeriods = 2}); });
  expectAwsError(module, "applicationautoscaling-error-datapoints-zero",
                 [](Stack& s) { steps(s, kTwoSteps, {.datapointsToAlarm = 0, .evaluationPeriods = 2}); });
  datatest::Fixture f;
  EXPECT_NO_THROW(steps(*f.stack, kTwoSteps, {.datapointsToAlarm = 2, .evaluationPeriods = 2}));
}

// aws-cdk-lib names no construct for these (UnscopedValidationError); cdkpp names the policy's scope.
TEST(AppScalingErrors, StepScalingIntervals) {
  const std::string module = "applicationautoscaling";
  expectBuildError([](Stack& s) { steps(s, {{.change = -1}, {.change = 1, .lower = 50}}); }, "TapStackdev/Target",
                   cdkpp_test::awsError(module, "applicationautoscaling-error-interval-without-bounds").message);
  expectBuildError([](Stack& s) { steps(s, {{.change = -1, .lower = 0, .upper = 60}, {.change = 1, .lower = 50}}); },
                   "TapStackdev/Target",
                   cdkpp_test::awsError(module, "applicationautoscaling-error-intervals-overlap").message);
  expectBuildError(
      [](Stack& s) {
        steps(s, {{.change = 0, .upper = 10}, {.change = 1, .lower = 20, .upper = 30}, {.change = 0, .lower = 40}});
      },
      "TapStackdev/Target", cdkpp_test::awsError(module, "applicationautoscaling-error-two-no-change").message);
}

TEST(AppScalingErrors, CustomMetricTracking) {
  const std::string module = "applicationautoscaling";
  expectAwsError(module, "applicationautoscaling-error-percentile-tracking", [](Stack& s) {
    target(s, 1, 3).scaleToTrackMetric("Tracking",
                                       {.customMetric = stepMetric().with({.statistic = "p99"}), .targetValue = 50});
  });
  expectAwsError(module, "applicationautoscaling-error-expression-tracking", [](Stack& s) {
    target(s, 1, 3).scaleToTrackMetric(
        "Tracking",
        {.customMetric = cloudwatch::MathExpression({.expression = "m1 * 2", .usingMetrics = {{"m1", stepMetric()}}}),
         .targetValue = 50});
  });
  expectAwsError(module, "applicationautoscaling-error-both-metrics", [](Stack& s) {
    target(s, 1, 3).scaleToTrackMetric(
        "Tracking", {.customMetric = stepMetric(),
                     .predefinedMetric = appscaling::PredefinedMetric::ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
                     .targetValue = 50});
  });
}

}  // namespace
