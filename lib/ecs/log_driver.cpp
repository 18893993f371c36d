#include "cdk/ecs/log_driver.hpp"

#include <utility>

#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ecs/container_definition.hpp"
#include "cdk/ecs/task_definition.hpp"
#include "cdk/iam/role.hpp"

namespace cdk::ecs {

constexpr auto kAwsLogDriverModeNames = cdk::enumNames<AwsLogDriverMode>({
    {AwsLogDriverMode::BLOCKING, "blocking"},
    {AwsLogDriverMode::NON_BLOCKING, "non-blocking"},
});
std::string_view toString(AwsLogDriverMode mode) noexcept { return cdk::nameOf(kAwsLogDriverModeNames, mode); }

std::shared_ptr<AwsLogDriver> LogDriver::awsLogs(AwsLogDriverProps props) {
  return std::make_shared<AwsLogDriver>(std::move(props));
}

std::shared_ptr<AwsLogDriver> LogDrivers::awsLogs(AwsLogDriverProps props) {
  return std::make_shared<AwsLogDriver>(std::move(props));
}

AwsLogDriver::AwsLogDriver(AwsLogDriverProps props) : props_(std::move(props)) {}

LogDriverConfig AwsLogDriver::bind(Construct& scope, ContainerDefinition& containerDefinition) {
  const std::string& path = scope.node().path();
  if (props_.logGroup && props_.logRetention) {
    throw ConstructError(path,
                         "Cannot specify both `logGroup` and `logRetentionDays`. Set the retention on the log "
                         "group, or leave logGroup out to have one created.");
  }
  if (props_.maxBufferSize && props_.mode != AwsLogDriverMode::NON_BLOCKING) {
    throw ConstructError(path,
                         "Cannot specify `maxBufferSize` when the driver mode is blocking; set mode to "
                         "AwsLogDriverMode::NON_BLOCKING");
  }
  if (props_.streamPrefix.empty()) {
    throw ConstructError(path, "AwsLogDriverProps::streamPrefix is required (the prefix of the log stream names)");
  }
  if (props_.logGroup) {
    logGroup_ = props_.logGroup.get();
  } else {
    logGroup_ = &scope.make<logs::LogGroup>(
        "LogGroup", logs::LogGroupProps{.retention = props_.logRetention.value_or(logs::RetentionDays::INFINITE)});
  }
  containerDefinition.taskDefinition().obtainExecutionRole().addToPrincipalPolicy(iam::PolicyStatement(
      {.actions = {"logs:CreateLogStream", "logs:PutLogEvents"}, .resources = {logGroup_->logGroupArn()}}));

  LogDriverConfig config;
  config.logDriver = "awslogs";
  config.options.emplace_back("awslogs-group", logGroup_->logGroupName());
  config.options.emplace_back("awslogs-stream-prefix", props_.streamPrefix);
  config.options.emplace_back("awslogs-region", logGroup_->env().region);
  if (props_.datetimeFormat) config.options.emplace_back("awslogs-datetime-format", *props_.datetimeFormat);
  if (props_.multilinePattern) config.options.emplace_back("awslogs-multiline-pattern", *props_.multilinePattern);
  if (props_.mode) config.options.emplace_back("mode", std::string(ecs::toString(*props_.mode)));
  if (props_.maxBufferSize) config.options.emplace_back("max-buffer-size", std::to_string(*props_.maxBufferSize) + "b");
  return config;
}

}  // namespace cdk::ecs
