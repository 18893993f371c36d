// cdk-nag 3.0.2's AwsSolutions pack, for the resource types cdkpp's L2 modules create: VPC, EC2 security groups
// and instances, ECS, load balancers, RDS, ElastiCache, S3, EFS, IAM, KMS, SNS, ECR, CodeBuild, Secrets Manager.
// Its rules for other services (API Gateway, Lambda, CloudFront, ...) are not part of it.
#pragma once

#include "cdk/compliance/nag_pack.hpp"

namespace cdk::compliance {

/// Validations::of(app).addPlugins(std::make_shared<compliance::AwsSolutionsChecks>());
class CDKPP_API AwsSolutionsChecks : public NagPack {
 public:
  explicit AwsSolutionsChecks(NagPackProps props = {});
};

}  // namespace cdk::compliance
