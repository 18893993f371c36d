// The ecs L2 module: clusters, Fargate task definitions and containers, Fargate services.
#pragma once

#include "cdk/ecs/base_service.hpp"
#include "cdk/ecs/cluster.hpp"
#include "cdk/ecs/container_definition.hpp"
#include "cdk/ecs/container_image.hpp"
#include "cdk/ecs/fargate_service.hpp"
#include "cdk/ecs/fargate_task_definition.hpp"
#include "cdk/ecs/listener_config.hpp"
#include "cdk/ecs/log_driver.hpp"
#include "cdk/ecs/scalable_task_count.hpp"
#include "cdk/ecs/task_definition.hpp"
