// Seed 001: the Personal Health Platform, one stack per environment made of the healthcare patterns.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <cdk/core.hpp>
#include <cdk/healthcare/environment_profile.hpp>

namespace personalhealth {

struct PersonalHealthStackProps {
  /// The stack's env, description, ...
  cdk::StackProps stack{};
  /// The environment's sizes, counts and retention: seed 001's table (EnvironmentProfile::dev(), staging(), prod()).
  cdk::healthcare::EnvironmentProfile profile{};
  /// An ACM certificate: HTTPS with a redirect from HTTP; without it the load balancer serves HTTP only.
  std::optional<std::string> certificateArn{};
  /// An e-mail address the alarms are sent to.
  std::optional<std::string> alertEmail{};
  /// The Lambda function that rotates the cache's AUTH token (AWS provides none); default
  /// "personal-health-<environment>-rotate-cache-token" in the stack's account and region.
  std::optional<std::string> cacheTokenRotationFunction{};
};

/// One environment of the platform (seed 001's "Infrastructure Components"): a three-tier VPC, the frontend (port
/// 3000) and backend (port 5000, `/api`) Fargate services behind one load balancer, PostgreSQL 15.4, Redis 7 with
/// an AUTH token, the uploads, static assets, backups and load balancer log buckets, the two ECR repositories, and
/// the alarms with their topic and dashboard.
class PersonalHealthStack : public cdk::Stack {
 public:
  PersonalHealthStack(cdk::Construct& scope, std::string_view id, PersonalHealthStackProps props);
};

}  // namespace personalhealth
