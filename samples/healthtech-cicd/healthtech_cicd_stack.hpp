// Seed 004: HealthTech Solutions' secure CI/CD pipeline for a healthcare SaaS platform, as one stack.
#pragma once

#include <string_view>

#include <cdk/core.hpp>

namespace healthtech {

/// The seed's template (lib/TapStack.yml) as a cdkpp program: the parameter EnvironmentSuffix names every resource
/// `healthtech-<type>-${EnvironmentSuffix}`; a VPC of two public and two private subnets with one NAT gateway and
/// flow logs; a Fargate service with an EFS volume behind an internet-facing load balancer, scaled on CPU;
/// PostgreSQL (Multi-AZ, gp3) whose credentials come from the existing secret `healthtech/rds/credentials`; EFS;
/// a pipeline from an S3 source through CodeBuild to the ECS service; alarms on CPU and database connections.
class HealthTechCicdStack : public cdk::Stack {
 public:
  HealthTechCicdStack(cdk::Construct& scope, std::string_view id, const cdk::StackProps& props = {});
};

}  // namespace healthtech
