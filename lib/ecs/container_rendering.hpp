// Rendering of containers into the L1 task definition (not installed).
#pragma once

#include "cdk/cfn/ecs.hpp"
#include "cdk/ecs/container_definition.hpp"

namespace cdk::ecs::detail {

CfnTaskDefinition::ContainerDefinitionProperty renderContainer(const ContainerDefinition& container);

}  // namespace cdk::ecs::detail
