// What the cloudwatch tests share (one definition, so that the area compiles as one unity source).
#pragma once

#include <string>

#include "cdk/cloudwatch.hpp"
#include "data_test_util.hpp"

namespace cwtest {

/// ECS's CPUUtilization, with whatever else `props` sets.
inline cdk::cloudwatch::Metric cpu(cdk::cloudwatch::MetricProps props = {}) {
  props.metricName = "CPUUtilization";
  props.namespace_ = "AWS/ECS";
  return cdk::cloudwatch::Metric(std::move(props));
}

/// The first line of tests/cloudwatch/fixtures/<name>.error.txt without aws-cdk-lib's error code.
inline std::string fixtureError(const std::string& name) { return datatest::fixtureError("cloudwatch", name); }

}  // namespace cwtest
