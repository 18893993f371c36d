# Sources of the ecs L2 module, relative to lib/.
set(CDKPP_ECS_SOURCES
  ecs/base_service.cpp
  ecs/cluster.cpp
  ecs/container_definition.cpp
  ecs/container_image.cpp
  ecs/ecs_private.cpp
  ecs/fargate_service.cpp
  ecs/fargate_task_definition.cpp
  ecs/log_driver.cpp
  ecs/task_definition.cpp)
