// A line-by-line port of the seed's lib/simplified-stack.ts (aws-cdk-lib, TypeScript): the same construct
// ids, the same calls, in the same order. Props fields are in alphabetical order (designated initializers).
#include "simplified_stack.hpp"

#include <ranges>

#include <cdk/cfn/elasticache.hpp>
#include <cdk/ec2.hpp>
#include <cdk/ecs.hpp>
#include <cdk/efs.hpp>
#include <cdk/elbv2.hpp>
#include <cdk/iam.hpp>
#include <cdk/kms.hpp>
#include <cdk/logs.hpp>
#include <cdk/rds.hpp>
#include <cdk/secretsmanager.hpp>
#include <nlohmann/json.hpp>

namespace healthcare {

using namespace cdk;

SimplifiedStack::SimplifiedStack(Construct& scope, std::string_view id, const Props& props) : Stack(scope, id, props) {
  const std::string environmentSuffix =
      props.environmentSuffix.value_or(node().tryGetContext<std::string>("environmentSuffix").value_or("dev"));

  // Network Infrastructure
  auto& vpc = make<ec2::Vpc>(
      "VPC", {
                 .ipAddresses = ec2::IpAddresses::cidr("10.0.0.0/16"),
                 .maxAzs = 3,
                 .natGateways = 1,  // Cost-optimized with single NAT
                 .subnetConfiguration =
                     {
                         {.cidrMask = 24, .name = "Public", .subnetType = ec2::SubnetType::PUBLIC},
                         {.cidrMask = 24, .name = "Private", .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS},
                     },
                 .vpcName = "healthcare-vpc-" + environmentSuffix,
             });

  // Security and Encryption
  auto& kmsKey = make<kms::Key>("KMSKey", {
                                              .alias = "healthcare-key-" + environmentSuffix,
                                              .enableKeyRotation = true,
                                              .removalPolicy = RemovalPolicy::DESTROY,  // For testing environments
                                          });

  auto& databaseSecret = make<secretsmanager::Secret>(
      "DatabaseSecret", {
                            .encryptionKey = kmsKey,
                            .generateSecretString =
                                secretsmanager::SecretStringGenerator{
                                    .excludePunctuation = true,
                                    .generateStringKey = "password",
                                    .includeSpace = false,
                                    .passwordLength = 32,
                                    .secretStringTemplate = nlohmann::json{{"username", "dbadmin"}}.dump(),
                                },
                            .secretName = "healthcare-db-" + environmentSuffix,
                        });

  // Database - Aurora Serverless v2
  auto& database = make<rds::DatabaseCluster>(
      "Database",
      {
          .credentials = rds::Credentials::fromSecret(databaseSecret),
          .deletionProtection = false,  // For testing environments
          .engine = rds::DatabaseClusterEngine::auroraPostgres({.version = rds::AuroraPostgresEngineVersion::VER_15_5}),
          .removalPolicy = RemovalPolicy::DESTROY,
          .serverlessV2MaxCapacity = 2,
          .serverlessV2MinCapacity = 0.5,
          .storageEncrypted = true,
          .storageEncryptionKey = kmsKey,
          .vpc = vpc,
          .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS},
          .writer = rds::ClusterInstance::serverlessV2("Writer", {.options = {.autoMinorVersionUpgrade = true}}),
      });

  // EFS for shared storage
  auto& fileSystem = make<efs::FileSystem>("FileSystem", {
                                                             .encrypted = true,
                                                             .kmsKey = kmsKey,
                                                             .performanceMode = efs::PerformanceMode::GENERAL_PURPOSE,
                                                             .removalPolicy = RemovalPolicy::DESTROY,
                                                             .vpc = vpc,
                                                         });

  // ECS Cluster
  auto& cluster = make<ecs::Cluster>("Cluster", {
                                                    .clusterName = "healthcare-" + environmentSuffix,
                                                    .containerInsights = true,
                                                    .vpc = vpc,
                                                });

  // Application Load Balancer
  auto& alb = make<elbv2::ApplicationLoadBalancer>(
      "ALB", {
                 .internetFacing = true,
                 .vpc = vpc,
                 .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC},
             });

  auto& targetGroup =
      make<elbv2::ApplicationTargetGroup>("TargetGroup", {
                                                             .port = 80,
                                                             .protocol = elbv2::ApplicationProtocol::HTTP,
                                                             .targetType = elbv2::TargetType::IP,
                                                             .vpc = vpc,
                                                         });

  alb.addListener("Listener", {
                                  .defaultTargetGroups = {targetGroup},
                                  .port = 80,
                              });

  // Task Definition
  auto& taskRole =
      make<iam::Role>("TaskRole", {
                                      .assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com"),
                                  });

  auto& taskDefinition = make<ecs::FargateTaskDefinition>("TaskDef", {
                                                                         .cpu = 256,
                                                                         .memoryLimitMiB = 512,
                                                                         .taskRole = taskRole,
                                                                     });

  databaseSecret.grantRead(taskDefinition.taskRole());

  auto& container = taskDefinition.addContainer("app", {
                                                           .environment = {{"ENVIRONMENT", environmentSuffix}},
                                                           .image = ecs::ContainerImage::fromRegistry("nginx:alpine"),
                                                           .logging = ecs::LogDriver::awsLogs({
                                                               .logRetention = logs::RetentionDays::ONE_WEEK,
                                                               .streamPrefix = "healthcare",
                                                           }),
                                                       });

  container.addPortMappings({.containerPort = 80});

  // EFS Volume mounting
  taskDefinition.addVolume({
      .efsVolumeConfiguration = ecs::EfsVolumeConfiguration{.fileSystemId = fileSystem.fileSystemId()},
      .name = "efs",
  });

  container.addMountPoints({
      .containerPath = "/data",
      .readOnly = false,
      .sourceVolume = "efs",
  });

  // Fargate Service
  auto& service = make<ecs::FargateService>(
      "Service", {
                     .cluster = cluster,
                     .desiredCount = 2,
                     .taskDefinition = taskDefinition,
                     .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS},
                 });

  service.attachToApplicationTargetGroup(targetGroup);
  fileSystem.connections().allowDefaultPortFrom(service);

  // ElastiCache Redis for session management
  auto& cacheSubnetGroup = make<elasticache::CfnSubnetGroup>(
      "CacheSubnetGroup", {
                              .description = "Cache subnet group",
                              .subnetIds = vpc.privateSubnets() |
                                           std::views::transform([](const auto& subnet) { return subnet->subnetId(); }),
                          });

  auto& cacheSG = make<ec2::SecurityGroup>("CacheSG", {
                                                          .allowAllOutbound = false,
                                                          .vpc = vpc,
                                                      });

  cacheSG.addIngressRule(ec2::Peer::ipv4(vpc.vpcCidrBlock()), ec2::Port::tcp(6379));

  make<elasticache::CfnReplicationGroup>("Cache",
                                         {
                                             .atRestEncryptionEnabled = true,
                                             .automaticFailoverEnabled = false,  // Single node configuration
                                             .cacheNodeType = "cache.t3.micro",
                                             .cacheSubnetGroupName = cacheSubnetGroup.ref(),
                                             .engine = "redis",
                                             .numCacheClusters = 1,
                                             .replicationGroupDescription = "Session cache",
                                             .replicationGroupId = "cache-" + environmentSuffix,
                                             .securityGroupIds = {cacheSG.securityGroupId()},
                                             .transitEncryptionEnabled = false,  // Simplified for internal VPC traffic
                                         });

  // Outputs
  make<CfnOutput>("ALBEndpoint", {
                                     .exportName = environmentSuffix + "-alb-endpoint",
                                     .value = alb.loadBalancerDnsName(),
                                 });

  make<CfnOutput>("DatabaseEndpoint", {
                                          .exportName = environmentSuffix + "-db-endpoint",
                                          .value = database.clusterEndpoint().hostname(),
                                      });

  make<CfnOutput>("VPCId", {
                               .exportName = environmentSuffix + "-vpc-id",
                               .value = vpc.vpcId(),
                           });

  make<CfnOutput>("EFSId", {
                               .exportName = environmentSuffix + "-efs-id",
                               .value = fileSystem.fileSystemId(),
                           });
}

}  // namespace healthcare
