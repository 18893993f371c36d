// The metric* methods of the constructs of other modules (ECS services, application load balancers and their
// target groups, Aurora clusters): the programs of tests/cloudwatch/fixtures/cw-metrics-*.ts in C++, with the
// same templates as aws-cdk-lib 2.276 gave for them, cfn-lint clean, and aws-cdk-lib's error for the metrics of
// a target group that no load balancer uses.
#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cdk/ec2.hpp"
#include "cdk/ecs.hpp"
#include "cdk/elasticloadbalancingv2.hpp"
#include "cdk/rds.hpp"
#include "fixture_programs.hpp"
#include "test_support.hpp"

namespace {

namespace cw = cdk::cloudwatch;
namespace ec2 = cdk::ec2;
namespace ecs = cdk::ecs;
namespace elbv2 = cdk::elasticloadbalancingv2;
namespace rds = cdk::rds;
using cdk::Duration;
using cdkpp_test::FixtureProgram;

/// The fixtures' seedVpc(): 10.0.0.0/16, max 3 AZs, one NAT gateway, Public and Private (with egress) /24s.
ec2::Vpc& seedVpc(cdk::Stack& stack) {
  return stack.make<ec2::Vpc>(
      "VPC", {.ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/16"),
              .maxAzs = 3,
              .natGateways = 1,
              .subnetConfiguration = {
                  {.cidrMask = 24, .name = "Public", .subnetType = ec2::SubnetType::PUBLIC},
                  {.cidrMask = 24, .name = "Private", .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}}});
}

elbv2::ApplicationTargetGroup& ipTargetGroup(cdk::Stack& stack, ec2::IVpc& vpc) {
  return stack.make<elbv2::ApplicationTargetGroup>(
      "TargetGroup",
      {.port = 80, .protocol = elbv2::ApplicationProtocol::HTTP, .targetType = elbv2::TargetType::IP, .vpc = vpc});
}

void servicesMetrics(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = vpc});
  auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
  auto& targetGroup = ipTargetGroup(stack, vpc);
  alb.addListener("Listener", {.defaultTargetGroups = {targetGroup}, .port = 80});
  auto& taskDefinition = stack.make<ecs::FargateTaskDefinition>("TaskDef", {.cpu = 256, .memoryLimitMiB = 512});
  taskDefinition.addContainer(
      "app", {.image = ecs::ContainerImage::fromRegistry("nginx:alpine"), .portMappings = {{.containerPort = 80}}});
  auto& service = stack.make<ecs::FargateService>("Service", {.cluster = cluster, .taskDefinition = taskDefinition});
  service.attachToApplicationTargetGroup(targetGroup);

  const auto lb = alb.metrics();
  const auto tg = targetGroup.metrics();
  stack.make<cw::Dashboard>(
      "Dashboard",
      {.widgets = {{
           cw::GraphWidget(
               {.left = {service.metricCpuUtilization(), service.metricMemoryUtilization({.statistic = "Maximum"})},
                .right = {service.metric("RunningTaskCount", {.label = "tasks", .statistic = "Minimum"})},
                .title = "Service"}),
           cw::GraphWidget(
               {.left = {lb.requestCount(), lb.activeConnectionCount(), lb.newConnectionCount(),
                         lb.rejectedConnectionCount(), lb.processedBytes(), lb.consumedLCUs(),
                         lb.httpFixedResponseCount(), lb.httpRedirectCount(), lb.ruleEvaluations(),
                         lb.clientTlsNegotiationErrorCount()},
                .right = {lb.targetResponseTime(), lb.httpCodeElb(elbv2::HttpCodeElb::ELB_5XX_COUNT),
                          lb.httpCodeTarget(elbv2::HttpCodeTarget::TARGET_5XX_COUNT), lb.targetConnectionErrorCount(),
                          lb.custom("HTTP_Redirect_Url_Limit_Exceeded_Count", {.statistic = "Sum"})},
                .title = "Load balancer"}),
           cw::GraphWidget(
               {.left = {tg.healthyHostCount(), tg.unhealthyHostCount(), tg.requestCount(), tg.requestCountPerTarget()},
                .right = {tg.targetResponseTime({.statistic = "p99"}),
                          tg.httpCodeTarget(elbv2::HttpCodeTarget::TARGET_4XX_COUNT), tg.targetConnectionErrorCount(),
                          tg.targetTLSNegotiationErrorCount()},
                .title = "Targets"}),
       }}});

  service.metricCpuUtilization({.period = Duration::minutes(1)})
      .createAlarm(stack, "CpuHigh", {.evaluationPeriods = 3, .threshold = 80});
  lb.targetResponseTime().createAlarm(stack, "SlowResponses", {.evaluationPeriods = 5, .threshold = 1});
  lb.httpCodeElb(elbv2::HttpCodeElb::ELB_5XX_COUNT)
      .createAlarm(stack, "Elb5xx",
                   {.evaluationPeriods = 1, .threshold = 10, .treatMissingData = cw::TreatMissingData::NOT_BREACHING});
  tg.unhealthyHostCount().createAlarm(stack, "Unhealthy", {.evaluationPeriods = 2, .threshold = 1});
}

void rdsMetrics(cdk::Stack& stack) {
  auto& vpc = seedVpc(stack);
  auto& db = stack.make<rds::DatabaseCluster>(
      "Db",
      {.engine = rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_16_4}),
       .vpc = vpc,
       .writer = rds::ClusterInstance::serverlessV2("writer")});
  stack.make<cw::Dashboard>(
      "Dashboard", {.widgets = {{cw::GraphWidget(
                        {.left = {db.metricCPUUtilization(), db.metricDatabaseConnections(), db.metricDeadlocks(),
                                  db.metricEngineUptime(), db.metricFreeableMemory(), db.metricFreeLocalStorage(),
                                  db.metricNetworkThroughput(), db.metricNetworkReceiveThroughput(),
                                  db.metricNetworkTransmitThroughput()},
                         .right = {db.metricSnapshotStorageUsed(), db.metricTotalBackupStorageBilled(),
                                   db.metricVolumeBytesUsed(), db.metricVolumeReadIOPs(), db.metricVolumeWriteIOPs(),
                                   db.metricACUUtilization(), db.metricServerlessDatabaseCapacity(),
                                   db.metric("BufferCacheHitRatio", {.statistic = "Minimum"})},
                         .title = "Database"})}}});
  db.metricCPUUtilization().createAlarm(stack, "DbCpu", {.evaluationPeriods = 3, .threshold = 80});
  db.metricFreeableMemory().createAlarm(stack, "DbMemory",
                                        {.comparisonOperator = cw::ComparisonOperator::LESS_THAN_THRESHOLD,
                                         .evaluationPeriods = 3,
                                         .threshold = 100 * 1024 * 1024});
}

const std::vector<FixtureProgram>& constructMetricPrograms() {
  static const std::vector<FixtureProgram> list{
      {.name = "cw-metrics-services", .build = servicesMetrics},
      {.name = "cw-metrics-rds", .build = rdsMetrics},
  };
  return list;
}

class ConstructMetricsFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(ConstructMetricsFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("cloudwatch", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, ConstructMetricsFixtures, ::testing::ValuesIn(constructMetricPrograms()),
                         [](const auto& info) {
                           std::string name;
                           for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return name;
                         });

TEST(ConstructMetricsTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(constructMetricPrograms()); }

// The options replace the method's statistic and keep everything else; the metric is attached to the service, so
// it knows the stack's region.
TEST(ConstructMetrics, OptionsReplaceTheDefaults) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack", cdk::StackProps{.env = cdk::Environment{.region = "eu-west-1"}});
  auto& vpc = seedVpc(stack);
  auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.vpc = vpc});
  const cw::Metric requests = alb.metrics().requestCount({.period = Duration::minutes(1), .statistic = "p90"});
  EXPECT_EQ(requests.namespace_(), "AWS/ApplicationELB");
  EXPECT_EQ(requests.metricName(), "RequestCount");
  EXPECT_EQ(requests.statistic(), "p90");
  EXPECT_EQ(requests.period().toSeconds(), 60);
  EXPECT_EQ(requests.region(), std::optional<std::string>("eu-west-1"));
  // The load balancer's custom metrics are not attached (aws-cdk-lib's custom()).
  EXPECT_EQ(alb.metrics().targetResponseTime().region(), std::nullopt);
  EXPECT_EQ(alb.metrics().targetResponseTime().statistic(), "Average");
  EXPECT_EQ(alb.metrics().consumedLCUs().statistic(), "Sum");
}

TEST(ConstructMetricsErrors, TargetGroupWithoutLoadBalancer) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev");
  auto& vpc = seedVpc(stack);
  auto& targetGroup = ipTargetGroup(stack, vpc);
  // aws-cdk-lib's message: the first line of the .error.txt without its error code.
  std::string expected = cdkpp_test::readFile(
      cdkpp_test::fixtureFile("cloudwatch", "cw-error-target-group-metrics-without-load-balancer", ".error.txt"));
  expected = expected.substr(0, expected.find('\n'));
  expected = expected.substr(expected.find(": ") + 2);
  EXPECT_THROW_MSG(targetGroup.metrics(), cdk::ConstructError, expected);
  try {
    targetGroup.metrics();
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/TargetGroup");
  }
}

}  // namespace
