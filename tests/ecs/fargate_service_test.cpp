// ecs::FargateService: defaults and their warnings, options, feature flags, attributes, the task-role
// dependency, load balancer targets and connections.
#include <gtest/gtest.h>

#include "cdk/cfn/ecs.hpp"
#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;
using datatest::synthTemplate;

const char* const kCircuitBreakerWarning =
    "Enable the 'circuitBreaker' property to trigger a quicker deployment failure if tasks are failing to start up "
    "(without this setting deployments may take up to 3 hours to fail). [ack: "
    "@aws-cdk/aws-ecs:shouldUseCircuitBreaker]";
const char* const kMinHealthyWarning =
    "minHealthyPercent has not been configured so the default value of 50% is used. The number of running tasks "
    "will decrease below the desired count during deployments etc. See https://github.com/aws/aws-cdk/issues/31705 "
    "[ack: @aws-cdk/aws-ecs:minHealthyPercent]";

struct EcsService : ::testing::Test {
  explicit EcsService(cdk::AppProps props = {}) : f(std::move(props)) {}
  Fixture f;
  ec2::Vpc& vpc = seedVpc(*f.stack);
  ecs::Cluster& cluster = f.stack->make<ecs::Cluster>("Cluster", {.vpc = vpc});
  ecs::FargateTaskDefinition& td = f.stack->make<ecs::FargateTaskDefinition>("TaskDef");
  ecs::ContainerDefinition& app = td.addContainer(
      "app", {.image = ecs::ContainerImage::fromRegistry("nginx"), .portMappings = {{.containerPort = 80}}});

  ecs::FargateService& service(ecs::FargateServiceProps props = {}) {
    props.cluster = cluster;
    props.taskDefinition = td;
    return f.stack->make<ecs::FargateService>("Service", std::move(props));
  }
  json serviceProps() { return resource(synthTemplate(f.app), "ServiceD69D759B")["Properties"]; }
};

TEST_F(EcsService, Defaults) {
  auto& s = service();
  EXPECT_EQ(&s.cluster(), &cluster);
  EXPECT_EQ(&s.taskDefinition(), &td);
  EXPECT_EQ(s.node().defaultChild(), static_cast<cdk::Construct*>(&s.cfnService()));
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "ServiceD69D759B"), json::parse(R"({
    "Type": "AWS::ECS::Service",
    "Properties": {
      "Cluster": {"Ref": "ClusterEB0386A7"},
      "DeploymentConfiguration": {"Alarms": {"AlarmNames": [], "Enable": false, "Rollback": false},
                                  "MaximumPercent": 200, "MinimumHealthyPercent": 50},
      "EnableECSManagedTags": false,
      "LaunchType": "FARGATE",
      "NetworkConfiguration": {"AwsvpcConfiguration": {
        "AssignPublicIp": "DISABLED",
        "SecurityGroups": [{"Fn::GetAtt": ["ServiceSecurityGroupC96ED6A7", "GroupId"]}],
        "Subnets": [{"Ref": "VPCPrivateSubnet1Subnet8BCA10E0"}, {"Ref": "VPCPrivateSubnet2SubnetCFCDAA7A"}]}},
      "TaskDefinition": {"Ref": "TaskDef54694570"}},
    "DependsOn": ["TaskDefTaskRole1EDB4A67"]})"));
  EXPECT_EQ(resource(t, "ServiceSecurityGroupC96ED6A7"), json::parse(R"({
    "Type": "AWS::EC2::SecurityGroup",
    "Properties": {"GroupDescription": "TapStackdev/Service/SecurityGroup",
                   "SecurityGroupEgress": [{"CidrIp": "0.0.0.0/0", "Description": "Allow all outbound traffic by default",
                                            "IpProtocol": "-1"}],
                   "VpcId": {"Ref": "VPCB9E5F0B4"}},
    "DependsOn": ["TaskDefTaskRole1EDB4A67"]})"));
  // Both of aws-cdk-lib's warnings, on the service, circuit breaker first.
  const auto w = warnings(f.app);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].path, "TapStackdev/Service");
  EXPECT_EQ(w[0].message, kCircuitBreakerWarning);
  EXPECT_EQ(w[1].path, "TapStackdev/Service");
  EXPECT_EQ(w[1].message, kMinHealthyWarning);
}

TEST_F(EcsService, Attributes) {
  auto& s = service();
  EXPECT_EQ(f.stack->resolve(s.serviceArn()), json::parse(R"({"Ref": "ServiceD69D759B"})"));
  EXPECT_EQ(f.stack->resolve(s.serviceName()), json::parse(R"({"Fn::GetAtt": ["ServiceD69D759B", "Name"]})"));
  const auto groups = s.connections().securityGroups();
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(f.stack->resolve(groups[0]->securityGroupId()),
            json::parse(R"({"Fn::GetAtt": ["ServiceSecurityGroupC96ED6A7", "GroupId"]})"));
  EXPECT_FALSE(s.connections().defaultPort().has_value());
}

TEST_F(EcsService, Options) {
  service({.circuitBreaker = ecs::DeploymentCircuitBreaker{.enable = true, .rollback = false},
           .desiredCount = 3,
           .enableECSManagedTags = true,
           .healthCheckGracePeriod = cdk::Duration::seconds(30),
           .maxHealthyPercent = 300,
           .minHealthyPercent = 100,
           .platformVersion = ecs::FargatePlatformVersion::VERSION1_4,
           .propagateTags = ecs::PropagatedTagSource::SERVICE,
           .serviceName = "web"});
  const json p = serviceProps();
  EXPECT_EQ(p["DeploymentConfiguration"], json::parse(R"({
    "Alarms": {"AlarmNames": [], "Enable": false, "Rollback": false},
    "DeploymentCircuitBreaker": {"Enable": true, "Rollback": false}, "MaximumPercent": 300,
    "MinimumHealthyPercent": 100})"));
  EXPECT_EQ(p["DeploymentController"], json::parse(R"({"Type": "ECS"})"));
  EXPECT_EQ(p["DesiredCount"], 3);
  EXPECT_EQ(p["EnableECSManagedTags"], true);
  EXPECT_EQ(p["HealthCheckGracePeriodSeconds"], 30);  // also without a load balancer when given
  EXPECT_EQ(p["PlatformVersion"], "1.4.0");
  EXPECT_EQ(p["PropagateTags"], "SERVICE");
  EXPECT_EQ(p["ServiceName"], "web");
  EXPECT_TRUE(warnings(f.app).empty());
}

TEST_F(EcsService, MaxHealthyPercentZeroMeansTheDefault) {
  service({.maxHealthyPercent = 0, .minHealthyPercent = 0, .propagateTags = ecs::PropagatedTagSource::NONE});
  const json p = serviceProps();
  EXPECT_EQ(p["DeploymentConfiguration"]["MaximumPercent"], 200);
  EXPECT_EQ(p["DeploymentConfiguration"]["MinimumHealthyPercent"], 0);
  EXPECT_FALSE(p.contains("PropagateTags"));
}

TEST_F(EcsService, PublicIpInPublicSubnets) {
  service({.assignPublicIp = true});
  EXPECT_EQ(serviceProps()["NetworkConfiguration"]["AwsvpcConfiguration"], json::parse(R"({
    "AssignPublicIp": "ENABLED", "SecurityGroups": [{"Fn::GetAtt": ["ServiceSecurityGroupC96ED6A7", "GroupId"]}],
    "Subnets": [{"Ref": "VPCPublicSubnet1SubnetB4246D30"}, {"Ref": "VPCPublicSubnet2Subnet74179F39"}]})"));
}

TEST_F(EcsService, GivenSecurityGroupsAndSubnets) {
  auto& sg = f.stack->make<ec2::SecurityGroup>("AppSG", {.vpc = vpc});
  auto& s =
      service({.securityGroups = {sg}, .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}});
  EXPECT_EQ(s.node().tryFindChild("SecurityGroup"), nullptr);
  const json t = synthTemplate(f.app);
  const auto groups = resourcesOfType(t, "AWS::EC2::SecurityGroup");
  ASSERT_EQ(groups.size(), 1u);
  const json network = resource(t, "ServiceD69D759B")["Properties"]["NetworkConfiguration"]["AwsvpcConfiguration"];
  EXPECT_EQ(network["SecurityGroups"], (json::array({json{{"Fn::GetAtt", {groups[0], "GroupId"}}}})));
  EXPECT_EQ(network["AssignPublicIp"], "DISABLED");
  EXPECT_EQ(network["Subnets"][0], json::parse(R"({"Ref": "VPCPublicSubnet1SubnetB4246D30"})"));
}

TEST_F(EcsService, CapacityProviderStrategiesReplaceTheLaunchType) {
  cluster.enableFargateCapacityProviders();
  service({.capacityProviderStrategies =
               std::vector<ecs::CapacityProviderStrategy>{{.capacityProvider = "FARGATE_SPOT", .weight = 2},
                                                          {.base = 1, .capacityProvider = "FARGATE", .weight = 1}},
           .minHealthyPercent = 100});
  const json p = serviceProps();
  EXPECT_FALSE(p.contains("LaunchType"));
  EXPECT_EQ(p["CapacityProviderStrategy"], json::parse(R"([
    {"CapacityProvider": "FARGATE_SPOT", "Weight": 2}, {"Base": 1, "CapacityProvider": "FARGATE", "Weight": 1}])"));
}

TEST_F(EcsService, DeploymentAlarms) {
  auto& s = service({.deploymentAlarms = ecs::DeploymentAlarmConfig{.alarmNames = {"HighErrors"},
                                                                    .behavior = ecs::AlarmBehavior::FAIL_ON_ALARM},
                     .minHealthyPercent = 100});
  EXPECT_THROW_MSG(s.enableDeploymentAlarms({"Other"}, ecs::AlarmBehavior::ROLLBACK_ON_ALARM), cdk::ConstructError,
                   "all deployment alarms on an ECS service must have the same AlarmBehavior. Attempted to enable "
                   "deployment alarms with ROLLBACK_ON_ALARM, but alarms were previously enabled with FAIL_ON_ALARM");
  EXPECT_THROW_MSG(s.enableDeploymentAlarms({}), cdk::ConstructError,
                   "at least one alarm name is required when calling enableDeploymentAlarms(), received empty array");
  EXPECT_EQ(serviceProps()["DeploymentConfiguration"]["Alarms"],
            json::parse(R"({"AlarmNames": ["HighErrors"], "Enable": true, "Rollback": false})"));
}

TEST_F(EcsService, EnableDeploymentAlarmsReplacesTheDisabledDefault) {
  auto& s = service({.minHealthyPercent = 100});
  s.enableDeploymentAlarms({"HighLatency"});
  EXPECT_EQ(serviceProps()["DeploymentConfiguration"]["Alarms"],
            json::parse(R"({"AlarmNames": ["HighLatency"], "Enable": true, "Rollback": true})"));
}

TEST_F(EcsService, CodeDeployControllerHasNoAlarmsAndNoCircuitBreakerWarning) {
  service({.deploymentController = ecs::DeploymentController{.type = ecs::DeploymentControllerType::CODE_DEPLOY},
           .minHealthyPercent = 100});
  const json t = synthTemplate(f.app);
  const json p = resource(t, "ServiceD69D759B")["Properties"];
  EXPECT_FALSE(p["DeploymentConfiguration"].contains("Alarms"));
  EXPECT_EQ(p["DeploymentController"], json::parse(R"({"Type": "CODE_DEPLOY"})"));
  EXPECT_TRUE(warnings(f.app).empty());
}

TEST_F(EcsService, TheServiceWaitsForTheTaskRoleAndItsPolicy) {
  service({.minHealthyPercent = 100});
  td.addToTaskRolePolicy(cdk::iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"*"}}));
  const json t = synthTemplate(f.app);
  const auto policies = resourcesOfType(t, "AWS::IAM::Policy");
  ASSERT_EQ(policies.size(), 1u);
  const json dependsOn = json::array({policies[0], "TaskDefTaskRole1EDB4A67"});
  EXPECT_EQ(resource(t, "ServiceD69D759B")["DependsOn"], dependsOn);
  EXPECT_EQ(resource(t, "ServiceSecurityGroupC96ED6A7")["DependsOn"], dependsOn);
}

// ECS Exec: EnableExecuteCommand, and the task role may open the SSM channels and write the session logs (the
// cluster's default logging), as aws-cdk-lib's enableExecuteCommand() grants.
TEST_F(EcsService, EnableExecuteCommandGrantsTheTaskRole) {
  service({.enableExecuteCommand = true, .minHealthyPercent = 100});
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "ServiceD69D759B")["Properties"]["EnableExecuteCommand"], true);
  const auto policies = resourcesOfType(t, "AWS::IAM::Policy");
  ASSERT_EQ(policies.size(), 1u);
  EXPECT_EQ(resource(t, policies[0])["Properties"]["PolicyDocument"]["Statement"], json::parse(R"([
    {"Action": ["ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"],
     "Effect": "Allow", "Resource": "*"},
    {"Action": "logs:DescribeLogGroups", "Effect": "Allow", "Resource": "*"},
    {"Action": ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"],
     "Effect": "Allow", "Resource": "*"}])"));
}

TEST_F(EcsService, EnableExecuteCommandFalseIsRenderedWithoutGrants) {
  service({.enableExecuteCommand = false, .minHealthyPercent = 100});
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "ServiceD69D759B")["Properties"]["EnableExecuteCommand"], false);
  EXPECT_TRUE(resourcesOfType(t, "AWS::IAM::Policy").empty());
}

TEST_F(EcsService, AttachToATargetGroupBeforeTheListener) {
  auto& s = service({.circuitBreaker = ecs::DeploymentCircuitBreaker{}, .minHealthyPercent = 100});
  auto& alb = f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
  auto& tg =
      f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .targetType = elbv2::TargetType::IP, .vpc = vpc});
  const auto result = s.attachToApplicationTargetGroup(tg);
  EXPECT_EQ(result.targetType, elbv2::TargetType::IP);
  // The listener comes later: registering it with the group replays the service's rules.
  alb.addListener("Listener", {.defaultTargetGroups = {tg}, .port = 80});
  const json t = synthTemplate(f.app);
  const json p = resource(t, "ServiceD69D759B");
  EXPECT_EQ(p["Properties"]["LoadBalancers"],
            json::parse(R"([{"ContainerName": "app", "ContainerPort": 80, "TargetGroupArn": {"Ref": "TGB29B09E7"}}])"));
  EXPECT_EQ(p["Properties"]["HealthCheckGracePeriodSeconds"], 60);
  EXPECT_EQ(p["DependsOn"], json::parse(R"(["ALBListener3B99FF85", "TaskDefTaskRole1EDB4A67"])"));
  EXPECT_EQ(resource(t, "ServiceSecurityGroupfromTapStackdevALBSecurityGroup18F5A6F980EC59E262")["Properties"],
            json::parse(R"({"Description": "Load balancer to target", "FromPort": 80,
                            "GroupId": {"Fn::GetAtt": ["ServiceSecurityGroupC96ED6A7", "GroupId"]},
                            "IpProtocol": "tcp",
                            "SourceSecurityGroupId": {"Fn::GetAtt": ["ALBSecurityGroup8B8624F8", "GroupId"]},
                            "ToPort": 80})"));
  EXPECT_FALSE(resource(t, "ALBSecurityGrouptoTapStackdevServiceSecurityGroupD1F0C6B980CA9739AB").empty());
}

TEST_F(EcsService, LoadBalancerTargetOnAnotherContainerAndPort) {
  auto& metrics = td.addContainer(
      "metrics", {.image = ecs::ContainerImage::fromRegistry("prom"), .portMappings = {{.containerPort = 9100}}});
  (void)metrics;
  auto& s = service({.minHealthyPercent = 100});
  auto& alb = f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", {.vpc = vpc});
  auto& tg = f.stack->make<elbv2::ApplicationTargetGroup>("TG", {.port = 80, .vpc = vpc});
  alb.addListener("Listener", {.defaultTargetGroups = {tg}, .port = 80});
  auto target = s.loadBalancerTarget({.containerName = "metrics", .containerPort = 9100});
  EXPECT_EQ(target.target().containerName, "metrics");
  EXPECT_EQ(target.target().portMapping.containerPort, 9100);
  tg.addTarget(target);
  EXPECT_EQ(tg.targetType(), elbv2::TargetType::IP);
  const json t = synthTemplate(f.app);
  EXPECT_EQ(
      resource(t, "ServiceD69D759B")["Properties"]["LoadBalancers"],
      json::parse(R"([{"ContainerName": "metrics", "ContainerPort": 9100, "TargetGroupArn": {"Ref": "TGB29B09E7"}}])"));
  EXPECT_EQ(resource(t, "TGB29B09E7")["Properties"]["TargetType"], "ip");
  const auto ingress = resourcesOfType(t, "AWS::EC2::SecurityGroupIngress");
  ASSERT_EQ(ingress.size(), 1u);
  EXPECT_EQ(resource(t, ingress[0])["Properties"]["FromPort"], 9100);
  EXPECT_TRUE(warnings(f.app).size() == 1u) << "only the circuit breaker warning";
}

TEST_F(EcsService, ConnectionsAllowOtherResourcesIn) {
  auto& s = service({.minHealthyPercent = 100});
  auto& other = f.stack->make<ec2::SecurityGroup>("Other", {.vpc = vpc});
  s.connections().allowFrom(other, ec2::Port::tcp(8080), "from other");
  const json t = synthTemplate(f.app);
  const auto ingress = resourcesOfType(t, "AWS::EC2::SecurityGroupIngress");
  ASSERT_EQ(ingress.size(), 1u);
  const json rule = resource(t, ingress[0]);
  EXPECT_EQ(rule["Properties"]["GroupId"],
            json::parse(R"({"Fn::GetAtt": ["ServiceSecurityGroupC96ED6A7", "GroupId"]})"));
  EXPECT_EQ(rule["Properties"]["Description"], "from other");
  // A rule below the service's security group is part of the service: it waits for the task role too.
  EXPECT_EQ(rule["DependsOn"], json::parse(R"(["TaskDefTaskRole1EDB4A67"])"));
}

TEST_F(EcsService, TaggedWithTheStackTags) {
  service({.minHealthyPercent = 100});
  cdk::Tags::of(*f.stack).add("Environment", "dev");
  const json t = synthTemplate(f.app);
  EXPECT_EQ(resource(t, "ServiceD69D759B")["Properties"]["Tags"],
            json::parse(R"([{"Key": "Environment", "Value": "dev"}])"));
  EXPECT_EQ(resource(t, "TaskDef54694570")["Properties"]["Tags"],
            json::parse(R"([{"Key": "Environment", "Value": "dev"}])"));
}

struct EcsServiceFlags : EcsService {
  EcsServiceFlags()
      : EcsService({.context = {{"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm", true},
                                {"@aws-cdk/aws-ecs:removeEmptyLoadBalancers", true},
                                {"@aws-cdk/aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker", true},
                                {"@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions", true}}}) {}
};

TEST_F(EcsServiceFlags, FeatureFlagsChangeTheOutput) {
  service({.circuitBreaker = ecs::DeploymentCircuitBreaker{.rollback = true}, .minHealthyPercent = 100});
  const json p = serviceProps();
  EXPECT_FALSE(p["DeploymentConfiguration"].contains("Alarms"));
  EXPECT_FALSE(p.contains("DeploymentController"));
  EXPECT_EQ(p["LoadBalancers"], json::array());
}

TEST_F(EcsServiceFlags, ExecuteCommandWithoutTheLogPermissions) {
  service({.enableExecuteCommand = true, .minHealthyPercent = 100});
  const json t = synthTemplate(f.app);
  const auto policies = resourcesOfType(t, "AWS::IAM::Policy");
  ASSERT_EQ(policies.size(), 1u);
  EXPECT_EQ(resource(t, policies[0])["Properties"]["PolicyDocument"]["Statement"].size(), 1u);
}

TEST(EcsServiceRegions, NoDefaultAlarmsWhereDeploymentAlarmsAreUnavailable) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "cn-north-1"}});
  auto& cluster = stack.make<ecs::Cluster>("Cluster", {.vpc = seedVpc(stack)});
  auto& td = stack.make<ecs::FargateTaskDefinition>("TaskDef");
  td.addContainer("app", {.image = ecs::ContainerImage::fromRegistry("nginx")});
  stack.make<ecs::FargateService>("Service", {.cluster = cluster, .minHealthyPercent = 100, .taskDefinition = td});
  const json t = datatest::synthTemplate(app);
  EXPECT_FALSE(resource(t, "ServiceD69D759B")["Properties"]["DeploymentConfiguration"].contains("Alarms"));
}

}  // namespace
