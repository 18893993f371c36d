#include "patient_services_stack.hpp"

#include <array>
#include <string>

#include <cdk/ec2.hpp>
#include <cdk/ecr.hpp>
#include <cdk/ecs.hpp>
#include <cdk/elbv2.hpp>
#include <cdk/healthcare.hpp>

namespace patient_services {

namespace healthcare = cdk::healthcare;

namespace {

/// The seed's environments table: dev is seed 001's dev preset (10.0.0.0/16 over 2 AZs, one NAT gateway,
/// 256 / 512 tasks from 1 task), prod runs 512 / 1024 tasks from 2 in 10.1.0.0/16 with a NAT gateway per AZ.
healthcare::EnvironmentProfile profileOf(const std::string& environment) {
  if (environment == "dev") return healthcare::EnvironmentProfile::dev();
  if (environment != "prod") {
    throw cdk::Error("environment is '" + environment + "'; the seed has dev and prod");
  }
  healthcare::EnvironmentProfile prod = healthcare::EnvironmentProfile::prod();
  prod.maxAzs = 2;
  prod.natGateways = 2;
  prod.maxTasks = 10;
  prod.minTasks = 2;
  prod.taskCpu = 512;
  prod.taskMemoryMiB = 1024;
  prod.vpcCidr = "10.1.0.0/16";
  return prod;
}

}  // namespace

PatientServicesStack::PatientServicesStack(cdk::Construct& scope, std::string_view id,
                                           const PatientServicesProps& props)
    : cdk::Stack(scope, id, props.stack) {
  const healthcare::EnvironmentProfile profile = profileOf(props.environment);
  const std::string prefix = "healthcare-app-" + props.environment;
  cdk::Tags::of(*this).add("Environment", props.environment);
  cdk::Tags::of(*this).add("Project", "healthcare-app");

  // The seed keeps no data in the VPC: no isolated tier.
  auto& network = make<healthcare::SecureVpc>("Network", {.databaseTier = false, .profile = profile});

  struct ServiceSpec {
    const char* name;
    const char* repository;
    const char* path;
  };
  const std::array<ServiceSpec, 2> specs{{{"PatientService", "patient-service", "/api/patients*"},
                                          {"AppointmentService", "appointment-service", "/api/appointments*"}}};
  const bool destroy = profile.removalPolicy == cdk::RemovalPolicy::DESTROY;
  std::vector<healthcare::ClinicalContainer> services;
  for (const auto& spec : specs) {
    auto& repository =
        make<cdk::ecr::Repository>(std::string(spec.name) + "Repository",
                                   {.emptyOnDelete = destroy ? std::optional<bool>(true) : std::nullopt,
                                    .imageScanOnPush = true,
                                    .lifecycleRules = {{.description = "Keep the last 5 tagged images",
                                                        .maxImageCount = 5,
                                                        .tagPatternList = {"*"},
                                                        .tagStatus = cdk::ecr::TagStatus::TAGGED}},
                                    .removalPolicy = destroy ? cdk::RemovalPolicy::DESTROY : cdk::RemovalPolicy::RETAIN,
                                    .repositoryName = cdk::Value(prefix + "-" + spec.repository)});
    services.push_back(
        {.containerPort = 3000, .name = spec.name, .pathPatterns = {spec.path}, .repository = repository});
  }

  std::optional<cdk::Value> certificateArn;
  std::optional<std::string> httpOnlyReason;
  if (props.certificateArn) {
    certificateArn = cdk::Value(*props.certificateArn);
  } else {
    httpOnlyReason = "The seed issues no certificate; pass --context certificateArn=ARN to serve HTTPS.";
  }
  auto& clinic = make<healthcare::ClinicalService>("Services", {.certificateArn = certificateArn,
                                                                .httpOnlyReason = httpOnlyReason,
                                                                .profile = profile,
                                                                .services = std::move(services),
                                                                .vpc = network.vpc()});

  auto& monitoring = make<healthcare::Monitoring>(
      "Monitoring", {.alarmEmails = props.alertEmails, .dashboardName = prefix, .profile = profile});
  monitoring.addClinicalService(clinic);

  make<cdk::CfnOutput>("LoadBalancerDns", {.description = cdk::Value("The services' load balancer"),
                                           .value = clinic.loadBalancer().loadBalancerDnsName()});
}

}  // namespace patient_services
