// The steps the services of ecs_patterns share (aws-cdk-lib repeats them in each service and base): the
// stack's default cluster, the checks of desiredCount and idleTimeout, the ServiceURL output's value and the
// task definition made from taskImageOptions. Internal.
#pragma once

#include <optional>
#include <string>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ecs/fargate_task_definition.hpp"
#include "cdk/elasticloadbalancingv2/enums.hpp"

namespace cdk::ec2 {
class IVpc;
}
namespace cdk::ecs {
class ICluster;
}

namespace cdk::ecs_patterns::detail {

/// The cluster "EcsDefaultClusterMnL3mNNYN<vpc id>" of the stack of `scope`: found again, or made in `vpc`
/// (a new VPC of the cluster's own when there is none).
ecs::ICluster& defaultCluster(cdk::Construct& scope, ec2::IVpc* vpc);

/// Throws cdk::ConstructError at `path` for a desiredCount below 1.
void checkDesiredCount(const std::string& path, std::optional<int> desiredCount);

/// Throws cdk::ConstructError at `path` for an idle timeout outside 1..4000 seconds.
void checkIdleTimeout(const std::string& path, const std::optional<cdk::Duration>& idleTimeout);

/// "<protocol in lower case>://<domain name>" (a Fn::Join when the name is a token).
cdk::Value serviceUrl(elasticloadbalancingv2::ApplicationProtocol protocol, const cdk::Value& domainName);

/// The task definition "TaskDef" of a Fargate service built from taskImageOptions: the task's size and
/// platform from `props` (cpu 256 and 512 MiB by default), its roles and family from `image`.
template <class ServiceProps, class ImageOptions>
ecs::FargateTaskDefinition& fargateTaskDefinition(cdk::Construct& service, const ServiceProps& props,
                                                  const ImageOptions& image) {
  return service.make<ecs::FargateTaskDefinition>(
      "TaskDef", ecs::FargateTaskDefinitionProps{.cpu = props.cpu.value_or(256),
                                                 .ephemeralStorageGiB = props.ephemeralStorageGiB,
                                                 .executionRole = image.executionRole,
                                                 .family = image.family,
                                                 .memoryLimitMiB = props.memoryLimitMiB.value_or(512),
                                                 .runtimePlatform = props.runtimePlatform,
                                                 .taskRole = image.taskRole});
}

}  // namespace cdk::ecs_patterns::detail
