// Seed 002: the patient and appointment services of a healthcare application, one stack per environment.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <cdk/core.hpp>

namespace patient_services {

struct PatientServicesProps {
  cdk::StackProps stack{};
  /// "dev" or "prod", the seed's two environments.
  std::string environment = "dev";
  /// An ACM certificate: HTTPS with a redirect from HTTP. Without one the load balancer serves HTTP, as the seed
  /// does (it issues no certificate).
  std::optional<std::string> certificateArn{};
  /// E-mail addresses subscribed to the alarms.
  std::vector<std::string> alertEmails{};
};

/// The seed's architecture from the healthcare patterns: a SecureVpc of public and private subnets over 2 AZs
/// (10.0.0.0/16 in dev, 10.1.0.0/16 in prod) with NAT; the ECR repositories
/// `healthcare-app-<env>-patient-service` and `-appointment-service` keeping the last 5 tagged images; a
/// ClinicalService of the two services on port 3000 (256 CPU / 512 MiB and 1 task in dev, 512 / 1024 and 2 in
/// prod) behind one load balancer routing `/api/patients*` and `/api/appointments*`, checked on `/health`,
/// autoscaled, with container insights and log groups kept for the environment's retention; Monitoring: CPU
/// (and memory, 5xx, response time) alarms and a dashboard.
class PatientServicesStack : public cdk::Stack {
 public:
  using Props = PatientServicesProps;
  PatientServicesStack(cdk::Construct& scope, std::string_view id, const PatientServicesProps& props);
};

}  // namespace patient_services
