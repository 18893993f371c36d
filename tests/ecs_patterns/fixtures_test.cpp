// The programs of tests/ecs_patterns/fixtures/*.ts in C++: the same templates (Resources, Outputs,
// Parameters) and warnings as aws-cdk-lib 2.276 gave for them, and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/certificatemanager.hpp"
#include "cdk/ec2.hpp"
#include "cdk/ecs.hpp"
#include "cdk/ecs_patterns.hpp"
#include "cdk/elbv2.hpp"
#include "cdk/iam.hpp"
#include "cdk/logs.hpp"
#include "cdk/route53.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"
#include "fixture_programs.hpp"

namespace {

namespace acm = cdk::acm;
namespace ec2 = cdk::ec2;
namespace ecs = cdk::ecs;
namespace ecs_patterns = cdk::ecs_patterns;
namespace elbv2 = cdk::elbv2;
namespace route53 = cdk::route53;
using cdk::Duration;
using cdkpp_test::FixtureProgram;
using datatest::seedVpc;

constexpr const char* kCertificateArn =
    "arn:aws:acm:ap-southeast-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";

route53::IHostedZone& healthZone(cdk::Stack& stack) {
  return route53::HostedZone::fromHostedZoneAttributes(
      stack, "Zone", {.hostedZoneId = "Z0123456789ABCDEFGHIJ", .zoneName = "health.example.com"});
}

void albDefaults(cdk::Stack& stack) {
  stack.make<ecs_patterns::ApplicationLoadBalancedFargateService>(
      "Web", {.taskImageOptions = ecs_patterns::ApplicationLoadBalancedTaskImageOptions{
                  .image = ecs::ContainerImage::fromRegistry("amazon/amazon-ecs-sample")}});
}

void albVpc(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& taskRole = stack.make<cdk::iam::Role>(
      "TaskRole", {.assumedBy = std::make_shared<cdk::iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  auto& frontend = stack.make<ecs_patterns::ApplicationLoadBalancedFargateService>(
      "Frontend", {.circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true},
                   .cpu = 512,
                   .desiredCount = 2,
                   .memoryLimitMiB = 1024,
                   .minHealthyPercent = 100,
                   .taskImageOptions =
                       ecs_patterns::ApplicationLoadBalancedTaskImageOptions{
                           .containerName = "frontend",
                           .containerPort = 3000,
                           .environment = {{"NODE_ENV", "production"}, {"API_URL", "/api"}},
                           .image = ecs::ContainerImage::fromRegistry("public.ecr.aws/nginx/nginx:latest"),
                           .taskRole = taskRole},
                   .vpc = vpc});
  auto& backend = stack.make<ecs_patterns::ApplicationLoadBalancedFargateService>(
      "Backend", {.listenerPort = 8080,
                  .maxHealthyPercent = 150,
                  .minHealthyPercent = 50,
                  .publicLoadBalancer = false,
                  .taskImageOptions =
                      ecs_patterns::ApplicationLoadBalancedTaskImageOptions{
                          .command = {"node", "server.js"},
                          .containerPort = 5000,
                          .dockerLabels = {{"team", "platform"}},
                          .enableLogging = false,
                          .entryPoint = {"/usr/local/bin/docker-entrypoint.sh"},
                          .image = ecs::ContainerImage::fromRegistry("public.ecr.aws/docker/library/node:20-alpine")},
                  .vpc = vpc});
  backend.targetGroup().configureHealthCheck(
      {.healthyHttpCodes = "200-299", .interval = Duration::seconds(15), .path = "/health"});
  backend.service().connections().allowFrom(frontend.service(), ec2::Port::tcp(5000));
  stack.make<cdk::CfnOutput>("SameCluster", {.value = &frontend.cluster() == &backend.cluster() ? "true" : "false"});
  stack.make<cdk::CfnOutput>("FrontendTaskDef", {.value = frontend.taskDefinition().taskDefinitionArn()});
  stack.make<cdk::CfnOutput>("BackendListener", {.value = backend.listener().listenerArn()});
  stack.make<cdk::CfnOutput>("BackendLb", {.value = backend.loadBalancer().loadBalancerArn()});
}

void albHttps(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& cluster =
      stack.make<ecs::Cluster>("Cluster", {.containerInsightsV2 = ecs::ContainerInsights::ENABLED, .vpc = vpc});
  auto& zone = healthZone(stack);
  auto& dbSecret = stack.make<cdk::secretsmanager::Secret>("DbSecret");
  auto& api = stack.make<ecs_patterns::ApplicationLoadBalancedFargateService>(
      "Api",
      {.circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true},
       .cluster = cluster,
       .cpu = 512,
       .desiredCount = 2,
       .domainName = "api.health.example.com",
       .domainZone = zone,
       .enableExecuteCommand = true,
       .healthCheck = ecs::HealthCheck{.command = {"CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"}},
       .idleTimeout = Duration::seconds(120),
       .loadBalancerName = "health-api",
       .maxHealthyPercent = 200,
       .memoryLimitMiB = 1024,
       .minHealthyPercent = 100,
       .propagateTags = ecs::PropagatedTagSource::SERVICE,
       .protocol = elbv2::ApplicationProtocol::HTTPS,
       .redirectHTTP = true,
       .runtimePlatform = ecs::RuntimePlatform{.cpuArchitecture = ecs::CpuArchitecture::ARM64,
                                               .operatingSystemFamily = ecs::OperatingSystemFamily::LINUX},
       .serviceName = "health-api",
       .sslPolicy = elbv2::SslPolicy::RECOMMENDED_TLS,
       .taskImageOptions =
           ecs_patterns::ApplicationLoadBalancedTaskImageOptions{
               .containerName = "api",
               .containerPort = 8080,
               .environment = {{"NODE_ENV", "production"}, {"PORT", "8080"}},
               .family = "health-api",
               .image = ecs::ContainerImage::fromRegistry("public.ecr.aws/nginx/nginx:latest"),
               .secrets = {{"DB_PASSWORD", ecs::Secret::fromSecretsManager(dbSecret, "password")}}},
       .taskSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}});
  api.targetGroup().configureHealthCheck({.healthyHttpCodes = "200", .path = "/health"});
  stack.make<cdk::CfnOutput>("RedirectListener", {.value = api.redirectListener()->listenerArn()});
  stack.make<cdk::CfnOutput>("CertificateArn", {.value = api.certificate()->certificateArn()});
}

void albCertificate(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& cluster = stack.make<ecs::Cluster>("Cluster", {.enableFargateCapacityProviders = true, .vpc = vpc});
  auto& certificate = acm::Certificate::fromCertificateArn(stack, "Certificate", kCertificateArn);
  auto& taskDefinition = stack.make<ecs::FargateTaskDefinition>("PortalTask", {.cpu = 256, .memoryLimitMiB = 512});
  taskDefinition.addContainer("portal",
                              {.image = ecs::ContainerImage::fromRegistry("public.ecr.aws/nginx/nginx:latest"),
                               .logging = ecs::LogDrivers::awsLogs(
                                   {.logRetention = cdk::logs::RetentionDays::ONE_MONTH, .streamPrefix = "portal"}),
                               .portMappings = {{.containerPort = 3000}}});
  auto& serviceSg = stack.make<ec2::SecurityGroup>("PortalSg", {.description = "portal tasks", .vpc = vpc});
  auto& portal = stack.make<ecs_patterns::ApplicationLoadBalancedFargateService>(
      "Portal", {.certificate = certificate,
                 .circuitBreaker = ecs::DeploymentCircuitBreaker{.enable = true, .rollback = false},
                 .cluster = cluster,
                 .healthCheckGracePeriod = Duration::seconds(90),
                 .listenerPort = 8443,
                 .minHealthyPercent = 100,
                 .openListener = false,
                 .publicLoadBalancer = false,
                 .redirectHTTP = true,
                 .securityGroups = {serviceSg},
                 .taskDefinition = taskDefinition});
  portal.loadBalancer().connections().allowFrom(ec2::Peer::ipv4("10.0.0.0/8"), ec2::Port::tcp(8443));

  auto& zone = healthZone(stack);
  auto& sharedLb = stack.make<elbv2::ApplicationLoadBalancer>("SharedLb", {.internetFacing = true, .vpc = vpc});
  auto& logGroup = stack.make<cdk::logs::LogGroup>("ReportsLogs", {.retention = cdk::logs::RetentionDays::ONE_WEEK});
  stack.make<ecs_patterns::ApplicationLoadBalancedFargateService>(
      "Reports",
      {.capacityProviderStrategies =
           std::vector<ecs::CapacityProviderStrategy>{{.capacityProvider = "FARGATE_SPOT", .weight = 2},
                                                      {.base = 1, .capacityProvider = "FARGATE", .weight = 1}},
       .circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true},
       .cluster = cluster,
       .containerCpu = 512,
       .containerMemoryLimitMiB = 1024,
       .cpu = 1024,
       .domainName = "reports.health.example.com",
       .domainZone = zone,
       .enableECSManagedTags = true,
       .ephemeralStorageGiB = 30,
       .listenerPort = 8080,
       .loadBalancer = sharedLb,
       .memoryLimitMiB = 2048,
       .minHealthyPercent = 50,
       .platformVersion = ecs::FargatePlatformVersion::VERSION1_4,
       .propagateTags = ecs::PropagatedTagSource::TASK_DEFINITION,
       .protocol = elbv2::ApplicationProtocol::HTTP,
       .recordType = ecs_patterns::ApplicationLoadBalancedServiceRecordType::CNAME,
       .targetProtocol = elbv2::ApplicationProtocol::HTTP,
       .taskImageOptions = ecs_patterns::ApplicationLoadBalancedTaskImageOptions{
           .containerPort = 8000,
           .image = ecs::ContainerImage::fromRegistry("public.ecr.aws/docker/library/python:3.12-slim"),
           .logDriver = ecs::LogDrivers::awsLogs({.logGroup = logGroup, .streamPrefix = "reports"})}});
}

void multipleTargetGroups(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = vpc});
  auto& platform = stack.make<ecs_patterns::ApplicationMultipleTargetGroupsFargateService>(
      "Platform", {.cluster = cluster,
                   .cpu = 512,
                   .desiredCount = 2,
                   .enableExecuteCommand = true,
                   .healthCheckGracePeriod = Duration::seconds(120),
                   .memoryLimitMiB = 1024,
                   .serviceName = "health-platform",
                   .targetGroups =
                       std::vector<ecs_patterns::ApplicationTargetProps>{
                           {.containerPort = 3000}, {.containerPort = 5000, .pathPattern = "/api/*", .priority = 10}},
                   .taskImageOptions = ecs_patterns::ApplicationLoadBalancedTaskImageProps{
                       .containerName = "app",
                       .containerPorts = {3000, 5000},
                       .environment = {{"NODE_ENV", "production"}},
                       .image = ecs::ContainerImage::fromRegistry("public.ecr.aws/nginx/nginx:latest")}});
  platform.targetGroups()[0]->configureHealthCheck({.path = "/"});
  platform.targetGroups()[1]->configureHealthCheck({.healthyHttpCodes = "200", .path = "/health"});
  stack.make<cdk::CfnOutput>("ServiceName", {.value = platform.service().serviceName()});
}

void multipleLoadBalancers(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& zone = healthZone(stack);
  auto& certificate = acm::Certificate::fromCertificateArn(stack, "Certificate", kCertificateArn);
  using ecs_patterns::ApplicationTargetProps;
  stack.make<ecs_patterns::ApplicationMultipleTargetGroupsFargateService>(
      "Healthcare",
      {.assignPublicIp = false,
       .loadBalancers =
           std::vector<ecs_patterns::ApplicationLoadBalancerProps>{
               {.domainName = "app.health.example.com",
                .domainZone = zone,
                .idleTimeout = Duration::seconds(60),
                .listeners = {{.certificate = certificate,
                               .name = "https",
                               .protocol = elbv2::ApplicationProtocol::HTTPS,
                               .sslPolicy = elbv2::SslPolicy::RECOMMENDED_TLS},
                              {.name = "http", .port = 80}},
                .name = "PublicLB"},
               {.listeners = {{.name = "internal", .port = 8080}}, .name = "InternalLB", .publicLoadBalancer = false}},
       .platformVersion = ecs::FargatePlatformVersion::LATEST,
       .propagateTags = ecs::PropagatedTagSource::SERVICE,
       .targetGroups =
           std::vector<ApplicationTargetProps>{
               {.containerPort = 3000, .listener = "https"},
               {.containerPort = 3001, .listener = "https", .pathPattern = "/api/appointments*", .priority = 10},
               {.containerPort = 3002, .listener = "https", .pathPattern = "/api/patients*", .priority = 20},
               {.containerPort = 3000, .listener = "http"},
               {.containerPort = 3001, .listener = "internal"},
               {.containerPort = 3003, .hostHeader = "admin.internal", .listener = "internal", .priority = 5}},
       .taskImageOptions =
           ecs_patterns::ApplicationLoadBalancedTaskImageProps{
               .containerPorts = {3000},
               .family = "healthcare-app",
               .image = ecs::ContainerImage::fromRegistry("public.ecr.aws/docker/library/node:20-alpine"),
               .logDriver = ecs::LogDrivers::awsLogs({.streamPrefix = "healthcare"})},
       .vpc = vpc});
}

// aws-cdk-lib's templates get it too: the service depends on each target group it also refers to (it waits
// for the group's loadBalancerAttached, which holds the group and its listener).
const cdkpp_test::AcceptedFinding kServiceWaitsForTargetGroup{
    .rule = "W3005", .reason = "the service's DependsOn lists the target group it refers to, as aws-cdk-lib's does"};

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "ecs-patterns-alb-defaults", .build = albDefaults, .lintAccepted = {kServiceWaitsForTargetGroup}},
      {.name = "ecs-patterns-alb-vpc", .build = albVpc, .lintAccepted = {kServiceWaitsForTargetGroup}},
      {.name = "ecs-patterns-alb-https", .build = albHttps, .lintAccepted = {kServiceWaitsForTargetGroup}},
      {.name = "ecs-patterns-alb-certificate", .build = albCertificate, .lintAccepted = {kServiceWaitsForTargetGroup}},
      {.name = "ecs-patterns-multiple-target-groups",
       .build = multipleTargetGroups,
       .lintAccepted = {kServiceWaitsForTargetGroup}},
      {.name = "ecs-patterns-multiple-load-balancers",
       .build = multipleLoadBalancers,
       .lintAccepted = {kServiceWaitsForTargetGroup}},
  };
  return list;
}

class EcsPatternsFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(EcsPatternsFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("ecs_patterns", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, EcsPatternsFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(EcsPatternsFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
