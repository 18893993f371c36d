#include "ehrbase_stack.hpp"

#include <cdk/ec2.hpp>
#include <cdk/ecs.hpp>
#include <cdk/elbv2.hpp>
#include <cdk/healthcare.hpp>
#include <cdk/rds.hpp>

namespace ehrbase {

namespace healthcare = cdk::healthcare;

namespace {

/// The seed's sizes: two AZs with one NAT gateway, 2 vCPU / 4 GB tasks from 2 to 4, db.t3.medium in one AZ with
/// 7 days of backups, logs kept 30 days. Everything else stays prod's (retained, deletion protection).
healthcare::EnvironmentProfile seedProfile() {
  healthcare::EnvironmentProfile profile = healthcare::EnvironmentProfile::prod();
  profile.backupRetention = cdk::Duration::days(7);
  profile.databaseInstanceType = cdk::ec2::InstanceType("t3.medium");
  profile.logRetention = cdk::logs::RetentionDays::ONE_MONTH;
  profile.maxAzs = 2;
  profile.maxTasks = 4;
  profile.minTasks = 2;
  profile.multiAz = false;
  profile.natGateways = 1;
  profile.readReplicas = 0;
  profile.singleAzReason =
      "Seed 003 (phase 1) runs the EHRbase database in one availability zone: Multi-AZ is disabled until production "
      "HA is needed; automated backups are kept 7 days.";
  profile.taskCpu = 2048;
  profile.taskMemoryMiB = 4096;
  profile.vpcCidr = "10.0.0.0/16";
  return profile;
}

}  // namespace

EhrbaseStack::EhrbaseStack(cdk::Construct& scope, std::string_view id, const EhrbaseProps& props)
    : cdk::Stack(scope, id, props.stack) {
  const healthcare::EnvironmentProfile profile = seedProfile();
  cdk::Tags::of(*this).add("Project", "medzen-ehrbase");

  // Public and private /24 subnets only: the database shares the private tier, as in the seed.
  auto& network = make<healthcare::SecureVpc>("Network", {.databaseTier = false, .profile = profile});

  auto& database =
      make<healthcare::PatientDatabase>("Database", {.databaseName = "ehrbase",
                                                     .instanceIdentifier = "medzen-ehrbase-postgres",
                                                     .masterUsername = "ehrbase",
                                                     .postgresVersion = cdk::rds::PostgresEngineVersion::VER_14_22,
                                                     .preferredBackupWindow = "03:00-04:00",
                                                     .profile = profile,
                                                     .vpc = network.vpc(),
                                                     .vpcSubnets = healthcare::SecureVpc::applicationSubnets()});

  std::optional<cdk::Value> certificateArn;
  std::optional<std::string> httpOnlyReason;
  if (props.certificateArn) {
    certificateArn = cdk::Value(*props.certificateArn);
  } else {
    httpOnlyReason = "The seed serves HTTP until a certificate is provided; pass --context certificateArn=ARN.";
  }
  // EHRbase reads its database from DB_URL and the credentials' secret, as its own user and as the admin.
  const cdk::Value jdbcUrl = cdk::Fn::join(
      "", {"jdbc:postgresql://", database.endpoint().hostname(), ":" + std::to_string(database.port()) + "/ehrbase"});
  auto& secret = database.secret();
  auto& clinic =
      make<healthcare::ClinicalService>("Ehrbase", {.certificateArn = certificateArn,
                                                    .clusterName = "medzen-ehrbase-cluster",
                                                    .httpOnlyReason = httpOnlyReason,
                                                    .loadBalancerName = "medzen-ehrbase-alb",
                                                    .profile = profile,
                                                    .requestsPerTarget = std::nullopt,
                                                    .scaleInCooldown = cdk::Duration::minutes(5),
                                                    .scaleOutCooldown = cdk::Duration::seconds(60),
                                                    .services = {{.containerPort = 8080,
                                                                  .environment = {{"DB_URL", jdbcUrl}},
                                                                  .healthCheckPath = "/ehrbase/rest/status",
                                                                  .image = "ehrbase/ehrbase:latest",
                                                                  .logGroupName = "/ecs/medzen-ehrbase",
                                                                  .minHealthyPercent = 50,
                                                                  .name = "Ehrbase",
                                                                  .pathPatterns = {"/ehrbase/*"},
                                                                  .secrets = {{"DB_USER", secret, "username"},
                                                                              {"DB_PASS", secret, "password"},
                                                                              {"DB_USER_ADMIN", secret, "username"},
                                                                              {"DB_PASS_ADMIN", secret, "password"}},
                                                                  .serviceName = "medzen-ehrbase-service",
                                                                  .stickinessCookieDuration = cdk::Duration::days(1),
                                                                  .targetGroupName = "medzen-ehrbase-tg"}},
                                                    .vpc = network.vpc()});
  database.connections().allowDefaultPortFrom(clinic, cdk::Value("PostgreSQL from the EHRbase tasks"));

  auto& monitoring = make<healthcare::Monitoring>("Monitoring", {.alarmEmails = props.alertEmails,
                                                                 .dashboardName = "medzen-ehrbase",
                                                                 .profile = profile,
                                                                 .thresholds = {.databaseConnections = 80,
                                                                                .databaseCpuPercent = 70,
                                                                                .evaluationPeriods = 2,
                                                                                .serviceCpuPercent = 80,
                                                                                .serviceMemoryPercent = 85}});
  monitoring.addService(clinic.service(), "Ehrbase");
  monitoring.addDatabase(database, "Database");

  make<cdk::CfnOutput>("LoadBalancerDns", {.description = cdk::Value("The EHRbase load balancer"),
                                           .value = clinic.loadBalancer().loadBalancerDnsName()});
  make<cdk::CfnOutput>("DatabaseEndpoint",
                       {.description = cdk::Value("The EHRbase database"), .value = database.endpoint().hostname()});
}

}  // namespace ehrbase
