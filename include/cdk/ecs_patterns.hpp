// The ecs_patterns module (aws-cdk-lib's aws-ecs-patterns): whole services behind application load balancers,
// built from the ecs, elasticloadbalancingv2, certificatemanager and route53 constructs.
#pragma once

#include "cdk/ecs_patterns/application_load_balanced_fargate_service.hpp"
#include "cdk/ecs_patterns/application_load_balanced_service_base.hpp"
#include "cdk/ecs_patterns/application_multiple_target_groups_fargate_service.hpp"
#include "cdk/ecs_patterns/application_multiple_target_groups_service_base.hpp"
