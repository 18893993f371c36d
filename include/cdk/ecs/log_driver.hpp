// Where container logs go (aws-cdk-lib's ecs.LogDriver, ecs.LogDrivers, ecs.AwsLogDriver).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/logs/log_group.hpp"

namespace cdk {
class Construct;
}

namespace cdk::ecs {

class AwsLogDriver;
class ContainerDefinition;

/// What a log driver contributes to a container definition (LogConfiguration).
struct LogDriverConfig {
  /// LogDriver, e.g. "awslogs".
  std::string logDriver{};
  /// Options, in insertion order.
  cdk::Value::Map options{};
  /// SecretOptions: name and ARN of each secret.
  std::vector<std::pair<std::string, cdk::Value>> secretOptions{};
};

/// awslogs "mode": "blocking" or "non-blocking".
enum class AwsLogDriverMode { BLOCKING, NON_BLOCKING };
CDKPP_API std::string_view toString(AwsLogDriverMode mode) noexcept;

struct AwsLogDriverProps {
  /// awslogs-datetime-format.
  std::optional<std::string> datetimeFormat{};
  /// An existing log group (not together with logRetention); default a new logs::LogGroup "LogGroup" below
  /// the container (retained on deletion).
  cdk::Handle<logs::ILogGroup> logGroup{};
  /// Retention of the new log group; default none (events kept forever).
  std::optional<logs::RetentionDays> logRetention{};
  /// max-buffer-size in bytes (rendered "<n>b"); non-blocking mode only.
  std::optional<std::int64_t> maxBufferSize{};
  /// mode.
  std::optional<AwsLogDriverMode> mode{};
  /// awslogs-multiline-pattern.
  std::optional<std::string> multilinePattern{};
  /// awslogs-stream-prefix (required).
  std::string streamPrefix{};
};

/// A log driver. Held by shared pointer: `.logging = ecs::LogDriver::awsLogs({.streamPrefix = "app"})`.
class CDKPP_API LogDriver {
 public:
  virtual ~LogDriver() = default;
  /// The awslogs driver (CloudWatch Logs).
  static std::shared_ptr<AwsLogDriver> awsLogs(AwsLogDriverProps props);

  /// Called once by the container that uses the driver (`scope` is the container).
  virtual LogDriverConfig bind(cdk::Construct& scope, ContainerDefinition& containerDefinition) = 0;
};

/// The same factories as LogDriver (aws-cdk-lib's LogDrivers).
class CDKPP_API LogDrivers {
 public:
  static std::shared_ptr<AwsLogDriver> awsLogs(AwsLogDriverProps props);
};

/// The awslogs driver: options awslogs-group, awslogs-stream-prefix, awslogs-region (the log group's
/// region) and the optional ones, in that order. Binding it lets the task's execution role write to the
/// log group (logs:CreateLogStream, logs:PutLogEvents).
class CDKPP_API AwsLogDriver : public LogDriver {
 public:
  explicit AwsLogDriver(AwsLogDriverProps props);
  /// Throws cdk::ConstructError (with the container's path) for logGroup together with logRetention, and
  /// for maxBufferSize without the non-blocking mode.
  LogDriverConfig bind(cdk::Construct& scope, ContainerDefinition& containerDefinition) override;
  /// The log group, once bound.
  logs::ILogGroup* logGroup() const noexcept { return logGroup_; }

 private:
  AwsLogDriverProps props_;
  logs::ILogGroup* logGroup_ = nullptr;
};

}  // namespace cdk::ecs
