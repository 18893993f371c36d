// Seed 003: the EHRbase service of the MedZen telemedicine platform, on ECS Fargate with RDS PostgreSQL.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <cdk/core.hpp>

namespace ehrbase {

struct EhrbaseProps {
  cdk::StackProps stack{};
  /// An ACM certificate: HTTPS with a redirect from HTTP. Without one the load balancer serves HTTP, as the seed
  /// does until a certificate is provided.
  std::optional<std::string> certificateArn{};
  /// E-mail addresses subscribed to the alarms.
  std::vector<std::string> alertEmails{};
};

/// The seed's tables from the healthcare patterns: a SecureVpc 10.0.0.0/16 of public (10.0.0.0/24, 10.0.1.0/24)
/// and private (10.0.2.0/24, 10.0.3.0/24) subnets with one NAT gateway; a ClinicalService of `ehrbase/ehrbase` on
/// 8080 (cluster `medzen-ehrbase-cluster`, service `medzen-ehrbase-service`, 2048 CPU / 4096 MiB, 2 tasks scaling
/// to 4 on CPU 70 % and memory 80 %, deployments of 200 % / 50 % with the circuit breaker and rollback, log group
/// `/ecs/medzen-ehrbase` kept 30 days) behind target group `medzen-ehrbase-tg`, checked on `/ehrbase/rest/status`
/// every 30 s, with sticky sessions for a day; a PatientDatabase `medzen-ehrbase-postgres`, PostgreSQL 14.10 on
/// db.t3.medium, 100 GB of encrypted gp3, 7 days of backups at 03:00-04:00, in one availability zone as the seed
/// says, reachable on 5432 from the service only; Monitoring: the seed's four alarms.
class EhrbaseStack : public cdk::Stack {
 public:
  using Props = EhrbaseProps;
  EhrbaseStack(cdk::Construct& scope, std::string_view id, const EhrbaseProps& props);
};

}  // namespace ehrbase
