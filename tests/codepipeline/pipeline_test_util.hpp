// What the pipeline fixtures deploy to (tests/codepipeline/fixtures/pipeline-util.ts): the seed VPC, a
// cluster and a Fargate service running one container.
#pragma once

#include "cdk/ecs.hpp"
#include "data_test_util.hpp"

namespace pipelinetest {

inline cdk::ecs::FargateService& webService(cdk::Stack& stack) {
  namespace ecs = cdk::ecs;
  auto& vpc = datatest::seedVpc(stack);
  auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = vpc});
  auto& taskDefinition = stack.make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 512});
  taskDefinition.addContainer(
      "web", {.image = ecs::ContainerImage::fromRegistry("nginx:1.27"), .portMappings = {{.containerPort = 80}}});
  return stack.make<ecs::FargateService>("Service",
                                         {.cluster = cluster, .desiredCount = 1, .taskDefinition = taskDefinition});
}

}  // namespace pipelinetest
