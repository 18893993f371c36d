// ClinicalService: its defaults in a SecureVpc against aws-cdk-lib's template for the same composition
// (fixtures/healthcare-util.ts) and both HIPAA.Security judges, the dev profile with each prop, its errors, the
// accessors, cfn-lint.
#include <gtest/gtest.h>

#include "cdk/ec2.hpp"
#include "cdk/ecr.hpp"
#include "cdk/ecs.hpp"
#include "cdk/elasticloadbalancingv2.hpp"
#include "cdk/kms.hpp"
#include "cdk/s3.hpp"
#include "cdk/secretsmanager.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace ecs = cdk::ecs;
namespace elbv2 = cdk::elasticloadbalancingv2;
namespace healthcare = cdk::healthcare;
using hctest::Fixture;
using hctest::json;

/// The program of fixtures/healthcare-clinical-service.ts.
healthcare::ClinicalService& buildClinicProgram(Fixture& f) {
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  auto& secret = cdk::secretsmanager::Secret::fromSecretCompleteArn(
      *f.stack, "DatabaseSecret", "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:clinic/db-AbCdEf");
  auto& clinic = f.stack->make<healthcare::ClinicalService>(
      "Clinic", {.certificateArn = cdk::Value(hctest::kCertificateArn),
                 .services = {{.containerPort = 3000, .image = "nginx:1.27", .name = "Frontend"},
                              {.containerPort = 5000,
                               .environment = {{"NODE_ENV", "production"}},
                               .image = "clinic/backend:1.0",
                               .name = "Backend",
                               .pathPatterns = {"/api", "/api/*"},
                               .secrets = {{"DB_PASSWORD", secret}}}},
                 .vpc = network.vpc()});
  auto& database = f.stack->make<ec2::SecurityGroup>("Database", {.description = "The database", .vpc = network.vpc()});
  database.connections().allowFrom(clinic, ec2::Port::tcp(5432), "from the clinical services");
  return clinic;
}

TEST(ClinicalService, DefaultsAreSecure) {
  Fixture f;
  auto& clinic = buildClinicProgram(f);
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-clinical-service");
  EXPECT_NO_THROW(hctest::synthWithHipaaPack(f.app));
  ASSERT_EQ(clinic.services().size(), 2u);
  EXPECT_EQ(&clinic.service(), clinic.services()[0]);
  EXPECT_EQ(clinic.service("Backend").node().path(), "TapStackdev/Clinic/Backend");
  EXPECT_EQ(clinic.loadBalancer().node().path(), "TapStackdev/Clinic/LoadBalancer");
  EXPECT_EQ(clinic.listener().node().path(), "TapStackdev/Clinic/LoadBalancer/Https");
  ASSERT_NE(clinic.redirectListener(), nullptr);
  EXPECT_EQ(clinic.redirectListener()->port(), 80);
  EXPECT_EQ(clinic.targetGroup("Backend").node().path(), "TapStackdev/Clinic/LoadBalancer/Https/BackendGroup");
  EXPECT_EQ(clinic.taskCount("Frontend").node().path(), "TapStackdev/Clinic/Frontend/TaskCount");
  EXPECT_EQ(clinic.logGroup("Frontend").node().path(), "TapStackdev/Clinic/FrontendLogGroup");
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(clinic.key()).node().path(), "TapStackdev/Clinic/Key");
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(clinic.accessLogsBucket()).node().path(), "TapStackdev/Clinic/AccessLogs");
  EXPECT_EQ(clinic.connections().securityGroups().size(), 2u);
  EXPECT_EQ(clinic.profile().name, "prod");
  // The public routes of the VPC, the redirect listener, two acknowledgements on each of the two log buckets.
  EXPECT_EQ(hctest::acknowledgements(t).size(), 3u + 1u + 4u);
}

TEST(ClinicalService, WhatTheDefaultsAre) {
  Fixture f;
  buildClinicProgram(f);
  const json t = f.synth();
  const json& lb = t["Resources"]["ClinicLoadBalancer0ADB6B1F"];
  EXPECT_EQ(lb["Properties"]["LoadBalancerAttributes"], json::parse(R"([
      {"Key": "deletion_protection.enabled", "Value": "true"},
      {"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": "true"},
      {"Key": "access_logs.s3.enabled", "Value": "true"},
      {"Key": "access_logs.s3.bucket", "Value": {"Ref": "ClinicAccessLogsD9A9BC56"}},
      {"Key": "access_logs.s3.prefix", "Value": ""}])"));
  EXPECT_EQ(lb["DependsOn"][0], "ClinicAccessLogsPolicy24CC2CA2");
  const json& https = t["Resources"]["ClinicLoadBalancerHttpsAE1F5CCD"]["Properties"];
  EXPECT_EQ(https["Port"], 443);
  EXPECT_EQ(https["Protocol"], "HTTPS");
  EXPECT_EQ(https["Certificates"][0]["CertificateArn"], hctest::kCertificateArn);
  EXPECT_EQ(https["SslPolicy"], "ELBSecurityPolicy-TLS13-1-2-2021-06");
  EXPECT_EQ(t["Resources"]["ClinicLoadBalancerRedirect80To443A1AEDB2B"]["Properties"]["DefaultActions"][0]["Type"],
            "redirect");
  for (const char* name : {"ClinicFrontendServiceDCF90A24", "ClinicBackendService28B419FC"}) {
    const json& service = t["Resources"][name]["Properties"];
    EXPECT_EQ(service["NetworkConfiguration"]["AwsvpcConfiguration"]["AssignPublicIp"], "DISABLED") << name;
    EXPECT_EQ(service["DeploymentConfiguration"]["DeploymentCircuitBreaker"],
              json::parse(R"({"Enable": true, "Rollback": true})"))
        << name;
    EXPECT_EQ(service["DesiredCount"], 2) << name;
    for (const auto& subnet : service["NetworkConfiguration"]["AwsvpcConfiguration"]["Subnets"]) {
      EXPECT_NE(subnet["Ref"].get<std::string>().find("PrivateSubnet"), std::string::npos) << subnet;
    }
  }
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::ApplicationAutoScaling::ScalingPolicy").size(), 6u);
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::IAM::Policy"), std::vector<std::string>{});
  const json& logGroup = t["Resources"]["ClinicFrontendLogGroupB51CE03D"]["Properties"];
  EXPECT_EQ(logGroup["RetentionInDays"], 365);
  EXPECT_TRUE(logGroup.contains("KmsKeyId"));
  // The backend's secret: in the container and readable by its execution role's managed policy only.
  bool found = false;
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::ECS::TaskDefinition")) {
    const json& container = t["Resources"][id]["Properties"]["ContainerDefinitions"][0];
    if (container["Name"] != "Backend") continue;
    found = true;
    EXPECT_EQ(container["Secrets"][0]["Name"], "DB_PASSWORD");
    EXPECT_EQ(container["Environment"][0], json::parse(R"({"Name": "NODE_ENV", "Value": "production"})"));
  }
  EXPECT_TRUE(found);
}

TEST(ClinicalService, DevProfileAndEachProp) {
  Fixture f;
  auto& network = f.stack->make<healthcare::SecureVpc>("Network", {.profile = healthcare::EnvironmentProfile::dev()});
  auto& repository = cdk::ecr::Repository::fromRepositoryName(*f.stack, "Repository", "clinic/worker");
  auto& dev = f.stack->make<healthcare::ClinicalService>(
      "Dev",
      {.cpuTargetPercent = 60,
       .httpOnlyReason = "dev environment: internal load balancer for synthetic test data, no certificate issued.",
       .internetFacing = false,
       .memoryTargetPercent = 75,
       .profile = healthcare::EnvironmentProfile::dev(),
       .requestsPerTarget = 500,
       .services = {{.containerPort = 9000,
                     .cpu = 512,
                     .healthCheckPath = "/status",
                     .maxTasks = 4,
                     .memoryMiB = 2048,
                     .minTasks = 2,
                     .name = "Worker",
                     .repository = repository,
                     .tag = "2.1.0"}},
       .vpc = network.vpc()});
  auto& cluster = f.stack->make<ecs::Cluster>(
      "Cluster", {.containerInsightsV2 = ecs::ContainerInsights::ENHANCED, .vpc = network.vpc()});
  auto& key = f.stack->make<cdk::kms::Key>("Key", {.enableKeyRotation = true});
  auto& portal =
      f.stack->make<healthcare::ClinicalService>("Portal", {.accessLogsBucket = dev.accessLogsBucket(),
                                                            .certificateArn = cdk::Value(hctest::kCertificateArn),
                                                            .cluster = cluster,
                                                            .encryptionKey = key,
                                                            .profile = healthcare::EnvironmentProfile::dev(),
                                                            .services = {{.containerPort = 3000,
                                                                          .image = "clinic/patients:3",
                                                                          .name = "Patients",
                                                                          .pathPatterns = {"/api/patients*"}},
                                                                         {.containerPort = 3000,
                                                                          .image = "clinic/appointments:3",
                                                                          .name = "Appointments",
                                                                          .pathPatterns = {"/api/appointments*"}}},
                                                            .sslPolicy = elbv2::SslPolicy::TLS13_13,
                                                            .vpc = network.vpc()});
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-clinical-service-options");
  EXPECT_EQ(dev.redirectListener(), nullptr);
  EXPECT_EQ(dev.listener().protocol(), elbv2::ApplicationProtocol::HTTP);
  EXPECT_EQ(&portal.cluster(), static_cast<ecs::ICluster*>(&cluster));
  EXPECT_EQ(&portal.key(), static_cast<cdk::kms::IKey*>(&key));
  const auto acks = hctest::acknowledgements(t);
  EXPECT_TRUE(std::any_of(acks.begin(), acks.end(), [](const std::string& a) {
    return a.find("HIPAA.Security-ALBHttpToHttpsRedirection: dev environment: internal load balancer") !=
           std::string::npos;
  }));
  EXPECT_THROW_MSG(portal.service("Worker"), cdk::ConstructError,
                   "no service named 'Worker'; the services are: Patients, Appointments");
}

/// The program of fixtures/healthcare-clinical-service-ehrbase.ts: what seed 003 varies.
healthcare::ClinicalService& buildEhrbaseProgram(Fixture& f) {
  auto& network = f.stack->make<healthcare::SecureVpc>(
      "Network", {.cidr = "10.0.0.0/16", .databaseTier = false, .maxAzs = 2, .natGateways = 1});
  auto& secret = cdk::secretsmanager::Secret::fromSecretCompleteArn(
      *f.stack, "DatabaseSecret", "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:ehrbase/db-AbCdEf");
  return f.stack->make<healthcare::ClinicalService>(
      "Ehr", {.certificateArn = cdk::Value(hctest::kCertificateArn),
              .clusterName = "medzen-ehrbase-cluster",
              .loadBalancerName = "medzen-ehrbase-alb",
              .requestsPerTarget = std::nullopt,
              .scaleInCooldown = cdk::Duration::seconds(300),
              .scaleOutCooldown = cdk::Duration::seconds(60),
              .services = {{.containerPort = 8080,
                            .cpu = 2048,
                            .healthCheckPath = "/ehrbase/rest/status",
                            .image = "ehrbase/ehrbase:2.0.0",
                            .logGroupName = "/ecs/medzen-ehrbase",
                            .maxHealthyPercent = 200,
                            .maxTasks = 4,
                            .memoryMiB = 4096,
                            .minHealthyPercent = 50,
                            .minTasks = 2,
                            .name = "Ehrbase",
                            .secrets = {{"DB_USER", secret, "username"}, {"DB_PASS", secret, "password"}},
                            .serviceName = "medzen-ehrbase-service",
                            .stickinessCookieDuration = cdk::Duration::days(1),
                            .targetGroupName = "medzen-ehrbase-tg"}},
              .vpc = network.vpc()});
}

TEST(ClinicalService, NamesStickinessDeploymentAndCooldowns) {
  Fixture f;
  auto& clinic = buildEhrbaseProgram(f);
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-clinical-service-ehrbase");
  const auto only = [&t](const std::string& type) -> const json& {
    const auto ids = hctest::logicalIdsOfType(t, type);
    EXPECT_EQ(ids.size(), 1u) << type;
    return t["Resources"][ids.at(0)]["Properties"];
  };
  EXPECT_EQ(only("AWS::ECS::Cluster")["ClusterName"], "medzen-ehrbase-cluster");
  const json& service = only("AWS::ECS::Service");
  EXPECT_EQ(service["ServiceName"], "medzen-ehrbase-service");
  const json& deployment = service["DeploymentConfiguration"];
  EXPECT_EQ(deployment["DeploymentCircuitBreaker"], json::parse(R"({"Enable": true, "Rollback": true})"));
  EXPECT_EQ(deployment["MaximumPercent"], 200);
  EXPECT_EQ(deployment["MinimumHealthyPercent"], 50);
  EXPECT_EQ(only("AWS::ElasticLoadBalancingV2::LoadBalancer")["Name"], "medzen-ehrbase-alb");
  const json& group = only("AWS::ElasticLoadBalancingV2::TargetGroup");
  EXPECT_EQ(group["Name"], "medzen-ehrbase-tg");
  EXPECT_EQ(group["TargetGroupAttributes"], json::parse(R"([
      {"Key": "deregistration_delay.timeout_seconds", "Value": "30"},
      {"Key": "stickiness.enabled", "Value": "true"},
      {"Key": "stickiness.type", "Value": "lb_cookie"},
      {"Key": "stickiness.lb_cookie.duration_seconds", "Value": "86400"}])"));
  EXPECT_EQ(clinic.logGroup("Ehrbase").node().path(), "TapStackdev/Ehr/EhrbaseLogGroup");
  bool logGroupFound = false;
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::Logs::LogGroup")) {
    logGroupFound |= t["Resources"][id]["Properties"].value("LogGroupName", "") == "/ecs/medzen-ehrbase";
  }
  EXPECT_TRUE(logGroupFound);
  // CPU and memory only, each with the seed's cooldowns.
  const auto policies = hctest::logicalIdsOfType(t, "AWS::ApplicationAutoScaling::ScalingPolicy");
  ASSERT_EQ(policies.size(), 2u);
  for (const auto& id : policies) {
    const json& tracking = t["Resources"][id]["Properties"]["TargetTrackingScalingPolicyConfiguration"];
    EXPECT_EQ(tracking["ScaleInCooldown"], 300) << id;
    EXPECT_EQ(tracking["ScaleOutCooldown"], 60) << id;
  }
  const json& container = only("AWS::ECS::TaskDefinition")["ContainerDefinitions"][0];
  ASSERT_EQ(container["Secrets"].size(), 2u);
  EXPECT_EQ(container["Secrets"][0]["Name"], "DB_USER");
  EXPECT_EQ(container["Secrets"][0]["ValueFrom"],
            "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:ehrbase/db-AbCdEf:username::");
  // The two-tier VPC: the seed's /24 subnets.
  std::vector<std::string> cidrs;
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::EC2::Subnet")) {
    cidrs.push_back(t["Resources"][id]["Properties"]["CidrBlock"].get<std::string>());
  }
  EXPECT_EQ(cidrs, (std::vector<std::string>{"10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"}));
}

TEST(ClinicalService, Errors) {
  using Props = healthcare::ClinicalServiceProps;
  const auto throws = [](const std::function<Props(Fixture&, ec2::IVpc&)>& props, const std::string& message) {
    hctest::expectPropsError<healthcare::ClinicalService>(
        "Clinic", std::function<Props(Fixture&)>([&props](Fixture& f) {
          return props(f, f.stack->make<healthcare::SecureVpc>("Network").vpc());
        }),
        message);
  };
  const healthcare::ClinicalContainer web{.image = "nginx", .name = "Web"};
  throws([&](Fixture&,
             ec2::IVpc&) { return Props{.certificateArn = cdk::Value(hctest::kCertificateArn), .services = {web}}; },
         "vpc is required: pass the VPC of the services (e.g. SecureVpc's vpc())");
  throws(
      [](Fixture&, ec2::IVpc& vpc) { return Props{.certificateArn = cdk::Value(hctest::kCertificateArn), .vpc = vpc}; },
      "services is empty: give at least one ClinicalContainer");
  throws([&](Fixture&, ec2::IVpc& vpc) { return Props{.services = {web}, .vpc = vpc}; },
         "no certificateArn (HTTP only) without a reason: set httpOnlyReason to why");
  throws(
      [&](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .httpOnlyReason = "no certificate in this environment",
                     .services = {web},
                     .vpc = vpc};
      },
      "httpOnlyReason is given with a certificate: remove it");
  throws(
      [&](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .cpuTargetPercent = 120,
                     .services = {web},
                     .vpc = vpc};
      },
      "cpuTargetPercent is 120; give a percentage above 0 and at most 100");
  throws(
      [&](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .requestsPerTarget = 0,
                     .services = {web},
                     .vpc = vpc};
      },
      "requestsPerTarget is 0; give a number of requests above 0, or std::nullopt for no scaling on request count");
  throws(
      [&](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn), .services = {web, web}, .vpc = vpc};
      },
      "two services are named 'Web': give each its own name");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn), .services = {{.name = "Web"}}, .vpc = vpc};
      },
      "service 'Web': give either image (a registry image name) or repository (ECR), not neither");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .services = {{.image = "a", .name = "A"}, {.image = "b", .name = "B"}},
                     .vpc = vpc};
      },
      "2 services have no pathPatterns; only one may take the requests no rule matches");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .services = {{.image = "a", .maxTasks = 1, .minTasks = 3, .name = "A"}},
                     .vpc = vpc};
      },
      "service 'A' scales from 3 to 1 tasks; give minTasks of 1 or more and maxTasks of minTasks or more");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .services = {{.healthCheckPath = "health", .image = "a", .name = "A"}},
                     .vpc = vpc};
      },
      "service 'A': healthCheckPath 'health' must start with '/'");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .services = {{.image = "a", .name = "A", .pathPatterns = {"/a", "/b", "/c", "/d", "/e", "/f"}}},
                     .vpc = vpc};
      },
      "service 'A' has 6 pathPatterns; a listener rule takes at most 5");
  const auto serviceThrows = [&throws](healthcare::ClinicalContainer container, const std::string& message) {
    throws(
        [container](Fixture&, ec2::IVpc& vpc) {
          return Props{.certificateArn = cdk::Value(hctest::kCertificateArn), .services = {container}, .vpc = vpc};
        },
        message);
  };
  serviceThrows({.image = "a", .name = "A", .serviceName = "my service"},
                "service 'A': serviceName 'my service' is no ECS name; give 1 to 255 letters, digits, hyphens and "
                "underscores");
  serviceThrows({.image = "a", .logGroupName = "/ecs/a b", .name = "A"},
                "service 'A': logGroupName '/ecs/a b' is no log group name; give 1 to 512 letters, digits and '.', "
                "'_', '-', '/', '#', e.g. \"/ecs/A\"");
  serviceThrows({.image = "a", .minHealthyPercent = 120, .name = "A"},
                "service 'A' deploys with maxHealthyPercent 200 and minHealthyPercent 120; give minHealthyPercent "
                "from 0 to 100 and maxHealthyPercent of at least 100 and above it");
  serviceThrows({.image = "a", .maxHealthyPercent = 100, .name = "A"},
                "service 'A' deploys with maxHealthyPercent 100 and minHealthyPercent 100;");
  serviceThrows({.image = "a", .name = "A", .stickinessCookieDuration = cdk::Duration::days(8)},
                "service 'A': stickinessCookieDuration is 691200000 ms; give whole seconds from 1 second to 7 days");
  serviceThrows({.image = "a", .name = "A", .targetGroupName = "-tg"},
                "service 'A': targetGroupName: Target group name: \"-tg\" must not begin or end with a hyphen. Give "
                "at most 32 letters, digits and hyphens");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .services = {{.image = "a", .name = "A", .serviceName = "same"},
                                  {.image = "b", .name = "B", .pathPatterns = {"/b"}, .serviceName = "same"}},
                     .vpc = vpc};
      },
      "two services have the serviceName 'same': give each its own (or none)");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .services = {{.image = "a", .logGroupName = "/ecs/x", .name = "A"},
                                  {.image = "b", .logGroupName = "/ecs/x", .name = "B", .pathPatterns = {"/b"}}},
                     .vpc = vpc};
      },
      "two services have the logGroupName '/ecs/x': give each its own (or none)");
  throws(
      [](Fixture& f, ec2::IVpc& vpc) {
        auto& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = vpc});
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .cluster = cluster,
                     .clusterName = "named",
                     .services = {{.image = "a", .name = "A"}},
                     .vpc = vpc};
      },
      "clusterName is given with cluster: name the cluster you pass where you create it, or leave cluster out");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .clusterName = "a/b",
                     .services = {{.image = "a", .name = "A"}},
                     .vpc = vpc};
      },
      "clusterName 'a/b' is no ECS name");
  throws(
      [](Fixture&, ec2::IVpc& vpc) {
        return Props{.certificateArn = cdk::Value(hctest::kCertificateArn),
                     .loadBalancerName = "internal-ehr",
                     .services = {{.image = "a", .name = "A"}},
                     .vpc = vpc};
      },
      "loadBalancerName: Load balancer name: \"internal-ehr\" must not begin with \"internal-\".");
}

TEST(ClinicalService, NeedsARegion) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("NoRegion");
  auto& network = stack.make<healthcare::SecureVpc>("Network");
  EXPECT_THROW_MSG(
      stack.make<healthcare::ClinicalService>("Clinic", {.certificateArn = cdk::Value(hctest::kCertificateArn),
                                                         .services = {{.image = "a", .name = "A"}},
                                                         .vpc = network.vpc()}),
      cdk::ConstructError,
      "the stack has no region: the load balancer's access logs need one (the log bucket's policy names "
      "the region's Elastic Load Balancing account): give the stack an env with a region");
}

TEST(ClinicalService, KmsLogBucketIsRejectedByTheLoadBalancer) {
  Fixture f;
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  auto& key = f.stack->make<cdk::kms::Key>("Key", {.enableKeyRotation = true});
  auto& bucket = f.stack->make<cdk::s3::Bucket>("Logs", {.encryptionKey = key});
  EXPECT_THROW_MSG(
      f.stack->make<healthcare::ClinicalService>("Clinic", {.accessLogsBucket = bucket,
                                                            .certificateArn = cdk::Value(hctest::kCertificateArn),
                                                            .services = {{.image = "a", .name = "A"}},
                                                            .vpc = network.vpc()}),
      cdk::ConstructError,
      "Encryption key detected. Bucket encryption using KMS keys is unsupported: give a bucket encrypted "
      "with S3-managed keys (BucketEncryption::S3_MANAGED)");
}

TEST(ClinicalService, AccessLogsLifecycleRules) {
  Fixture f;
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  f.stack->make<healthcare::ClinicalService>(
      "Clinic",
      {.accessLogsLifecycleRules = {{.abortIncompleteMultipartUploadAfter = cdk::Duration::days(7),
                                     .transitions = {{.storageClass = cdk::s3::StorageClass::INFREQUENT_ACCESS,
                                                      .transitionAfter = cdk::Duration::days(30)}}}},
       .certificateArn = cdk::Value(hctest::kCertificateArn),
       .services = {{.image = "a", .name = "A"}},
       .vpc = network.vpc()});
  const json t = f.synth();
  EXPECT_EQ(t["Resources"]["ClinicAccessLogsD9A9BC56"]["Properties"]["LifecycleConfiguration"], json::parse(R"({
      "Rules": [{"AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}, "Status": "Enabled",
                 "Transitions": [{"StorageClass": "STANDARD_IA", "TransitionInDays": 30}]}]})"));
  // The server access logs' bucket keeps its objects as they are.
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::S3::Bucket")) {
    if (id.rfind("ClinicServerAccessLogs", 0) == 0) {
      EXPECT_FALSE(t["Resources"][id]["Properties"].contains("LifecycleConfiguration")) << id;
    }
  }
  hctest::expectPropsError<healthcare::ClinicalService>(
      "Clinic",
      [](Fixture& g) {
        auto& vpc = g.stack->make<healthcare::SecureVpc>("Network");
        auto& bucket = g.stack->make<cdk::s3::Bucket>("Logs", {.encryption = cdk::s3::BucketEncryption::S3_MANAGED});
        return healthcare::ClinicalServiceProps{.accessLogsBucket = bucket,
                                                .accessLogsLifecycleRules = {{.expiration = cdk::Duration::days(90)}},
                                                .certificateArn = cdk::Value(hctest::kCertificateArn),
                                                .services = {{.image = "a", .name = "A"}},
                                                .vpc = vpc.vpc()};
      },
      "accessLogsLifecycleRules is given with accessLogsBucket: give the rules to the bucket you pass, or leave "
      "accessLogsBucket out so that the pattern creates the bucket with them");
}

TEST(ClinicalService, CfnLintClean) {
  if (!cdkpp_test::haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  hctest::LintFixture defaults;
  auto& network = defaults.stack->make<healthcare::SecureVpc>("Network");
  defaults.stack->make<healthcare::ClinicalService>(
      "Clinic",
      {.certificateArn = cdk::Value(hctest::kCertificateArn),
       .services =
           {{.containerPort = 3000, .image = "nginx:1.27", .name = "Frontend"},
            {.containerPort = 5000, .image = "clinic/backend:1.0", .name = "Backend", .pathPatterns = {"/api/*"}}},
       .vpc = network.vpc()});
  hctest::LintFixture dev;
  auto& devNetwork =
      dev.stack->make<healthcare::SecureVpc>("Network", {.profile = healthcare::EnvironmentProfile::dev()});
  dev.stack->make<healthcare::ClinicalService>(
      "Clinic", {.httpOnlyReason = "dev environment: synthetic data only, no certificate issued.",
                 .profile = healthcare::EnvironmentProfile::dev(),
                 .services = {{.image = "clinic/api:1", .name = "Api", .pathPatterns = {"/api/*"}}},
                 .vpc = devNetwork.vpc()});
  hctest::LintFixture named;  // the props of seed 003
  buildEhrbaseProgram(named);
  cdkpp_test::expectCfnLintClean({{"clinical-service", defaults.synth()},
                                  {"clinical-service-dev", dev.synth()},
                                  {"clinical-service-ehrbase", named.synth()}},
                                 {{"clinical-service", {hctest::kServiceWaitsForTargetGroup}},
                                  {"clinical-service-dev", {hctest::kServiceWaitsForTargetGroup}},
                                  {"clinical-service-ehrbase", {hctest::kServiceWaitsForTargetGroup}}});
}

}  // namespace
