// ecs::ScalableTaskCount through BaseService::autoScaleTaskCount: the scalable target, the three target tracking
// policies, and the errors.
#include <gtest/gtest.h>

#include "cdk/kms.hpp"
#include "cdk/s3.hpp"
#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using datatest::synthTemplate;

/// The resource whose logical ID starts with `prefix` (the hash differs with the path).
const json& byPrefix(const json& t, const std::string& prefix) {
  for (const auto& [id, resource] : t["Resources"].items()) {
    if (id.rfind(prefix, 0) == 0) return resource;
  }
  static const json none;
  ADD_FAILURE() << "no resource " << prefix << "*";
  return none;
}

/// The first resource of a type.
const json& byType(const json& t, const std::string& type) {
  for (const auto& [id, resource] : t["Resources"].items()) {
    if (resource["Type"] == type) return resource;
  }
  static const json none;
  ADD_FAILURE() << "no resource of type " << type;
  return none;
}

struct EcsTaskCount : ::testing::Test {
  Fixture f;
  ec2::Vpc& vpc = seedVpc(*f.stack);
  ecs::Cluster& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = vpc});
  ecs::FargateTaskDefinition& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  ecs::ContainerDefinition& app = td.addContainer(
      "app", {.image = ecs::ContainerImage::fromRegistry("nginx"), .portMappings = {{.containerPort = 80}}});
  ecs::FargateService& service =
      f.stack->make<ecs::FargateService>("Service", {.circuitBreaker = ecs::DeploymentCircuitBreaker{},
                                                     .cluster = cluster,
                                                     .minHealthyPercent = 100,
                                                     .taskDefinition = td});
};

TEST_F(EcsTaskCount, TargetAndPolicies) {
  auto& alb = f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", {.vpc = vpc});
  auto& listener = alb.addListener("Http", {.port = 80});
  auto& group = listener.addTargets("App", {.port = 80, .targets = {service}});
  auto& count = service.autoScaleTaskCount({.maxCapacity = 6, .minCapacity = 2});
  EXPECT_EQ(count.node().path(), "TapStackdev/Service/TaskCount");
  count.scaleOnCpuUtilization("Cpu", {.targetUtilizationPercent = 70});
  count.scaleOnMemoryUtilization("Memory", {.scaleInCooldown = cdk::Duration::seconds(300),
                                            .scaleOutCooldown = cdk::Duration::seconds(60),
                                            .targetUtilizationPercent = 80});
  count.scaleOnRequestCount("Requests", {.requestsPerTarget = 1000, .targetGroup = group});
  const json t = synthTemplate(f.app);
  const json& target = byType(t, "AWS::ApplicationAutoScaling::ScalableTarget")["Properties"];
  EXPECT_EQ(target["MaxCapacity"], 6);
  EXPECT_EQ(target["MinCapacity"], 2);
  EXPECT_EQ(target["ScalableDimension"], "ecs:service:DesiredCount");
  EXPECT_EQ(target["ResourceId"], json::parse(R"({"Fn::Join": ["", ["service/", {"Ref": "ClusterEB0386A7"}, "/",
      {"Fn::GetAtt": ["ServiceD69D759B", "Name"]}]]})"));
  EXPECT_EQ(target["RoleARN"], json::parse(R"({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::",
      {"Ref": "AWS::AccountId"},
      ":role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService"
      ]]})"));
  const json& memory =
      byPrefix(t, "ServiceTaskCountTargetMemory")["Properties"]["TargetTrackingScalingPolicyConfiguration"];
  EXPECT_EQ(memory["PredefinedMetricSpecification"]["PredefinedMetricType"], "ECSServiceAverageMemoryUtilization");
  EXPECT_EQ(memory["ScaleInCooldown"], 300);
  EXPECT_EQ(memory["TargetValue"], 80);
  const json& requests =
      byPrefix(t, "ServiceTaskCountTargetRequests")["Properties"]["TargetTrackingScalingPolicyConfiguration"]
                                                   ["PredefinedMetricSpecification"];
  EXPECT_EQ(requests["PredefinedMetricType"], "ALBRequestCountPerTarget");
  EXPECT_TRUE(requests.contains("ResourceLabel"));
}

TEST_F(EcsTaskCount, Errors) {
  auto& count = service.autoScaleTaskCount({.maxCapacity = 4});
  EXPECT_THROW_MSG(service.autoScaleTaskCount({.maxCapacity = 4}), cdk::ConstructError,
                   "AutoScaling of task count already enabled for this service");
  EXPECT_THROW_MSG(count.scaleOnCpuUtilization("Cpu", {.targetUtilizationPercent = 0}), cdk::ConstructError,
                   "scaleOnCpuUtilization: targetUtilizationPercent is 0; give a percentage above 0 and at most 100");
  EXPECT_THROW_MSG(count.scaleOnMemoryUtilization("Memory", {.targetUtilizationPercent = 150}), cdk::ConstructError,
                   "scaleOnMemoryUtilization: targetUtilizationPercent is 150");
  EXPECT_THROW_MSG(count.scaleOnRequestCount("Requests", {.requestsPerTarget = 10}), cdk::ConstructError,
                   "scaleOnRequestCount needs the targetGroup whose requests per target are tracked");
  auto& group = f.stack->make<elbv2::ApplicationTargetGroup>("Group", {.port = 80, .vpc = vpc});
  EXPECT_THROW_MSG(count.scaleOnRequestCount("Requests", {.requestsPerTarget = 0, .targetGroup = group}),
                   cdk::ConstructError, "scaleOnRequestCount: requestsPerTarget is 0; give a number above 0");
  EXPECT_THROW_MSG(count.scaleOnRequestCount("Requests", {.requestsPerTarget = 10, .targetGroup = group}),
                   cdk::ConstructError, "The TargetGroup needs to be attached to a LoadBalancer");
}

// ApplicationLoadBalancer::logAccessLogs (here beside the services it serves).
TEST_F(EcsTaskCount, LoadBalancerAccessLogs) {
  auto& alb = f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", {.vpc = vpc});
  auto& bucket = f.stack->make<cdk::s3::Bucket>("Logs", {.encryption = cdk::s3::BucketEncryption::S3_MANAGED});
  alb.logAccessLogs(bucket, "alb");
  const json t = synthTemplate(f.app);
  const json& policy = byPrefix(t, "LogsPolicy")["Properties"]["PolicyDocument"]["Statement"];
  EXPECT_EQ(policy[0]["Principal"]["AWS"], json::parse(R"({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"},
      ":iam::114774131450:root"]]})"));
  EXPECT_EQ(policy[0]["Resource"]["Fn::Join"][1][1], "/alb/AWSLogs/");
  EXPECT_EQ(policy[2]["Action"], "s3:GetBucketAcl");
  EXPECT_EQ(
      byType(t, "AWS::ElasticLoadBalancingV2::LoadBalancer")["DependsOn"][0].get<std::string>().rfind("LogsPolicy", 0),
      0u);

  auto& key = f.stack->make<cdk::kms::Key>("Key");
  auto& encrypted = f.stack->make<cdk::s3::Bucket>("Encrypted", {.encryptionKey = key});
  EXPECT_THROW_MSG(alb.logAccessLogs(encrypted), cdk::ConstructError,
                   "Encryption key detected. Bucket encryption using KMS keys is unsupported");
  cdk::App other;
  auto& noRegion = other.make<cdk::Stack>("NoRegion");
  auto& otherVpc = seedVpc(noRegion);
  auto& otherAlb = noRegion.make<elbv2::ApplicationLoadBalancer>("ALB", {.vpc = otherVpc});
  auto& otherBucket = noRegion.make<cdk::s3::Bucket>("Logs");
  EXPECT_THROW_MSG(otherAlb.logAccessLogs(otherBucket), cdk::ConstructError,
                   "Region is required to enable ELBv2 access logging");
}

}  // namespace
