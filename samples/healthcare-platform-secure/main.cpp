// Seed 000's platform from the healthcare patterns. Context: environmentSuffix (dev), certificateArn (HTTPS).
#include <cdk/core.hpp>
#include <cdk/ec2.hpp>
#include <cdk/ecs.hpp>
#include <cdk/efs.hpp>
#include <cdk/elbv2.hpp>
#include <cdk/healthcare.hpp>
#include <cdk/kms.hpp>
#include <cdk/rds.hpp>
#include <cdk/runner/run_app.hpp>
#include <cstdlib>

namespace hc = cdk::healthcare;

static std::optional<std::string> env(const char* name) {
  return std::getenv(name) && *std::getenv(name) ? std::optional<std::string>(std::getenv(name)) : std::nullopt;
}

int main(int argc, char** argv) {
  return cdk::runApp(argc, argv, [](cdk::App& app) {
    const std::string suffix = app.node().tryGetContext<std::string>("environmentSuffix").value_or("dev");
    const std::optional<cdk::Value> certificate = app.node().tryGetContext("certificateArn");
    cdk::Tags::of(app).add("Environment", suffix);
    cdk::Tags::of(app).add("Repository", env("REPOSITORY").value_or("unknown"));
    cdk::Tags::of(app).add("Author", env("COMMIT_AUTHOR").value_or("unknown"));
    auto& stack = app.make<cdk::Stack>(
        "TapStack" + suffix, {.env = cdk::Environment{.account = env("CDK_DEFAULT_ACCOUNT"),
                                                      .region = env("CDK_DEFAULT_REGION").value_or("ap-southeast-1")},
                              .stackName = "TapStack" + suffix});
    // The seed's "testing environments" (dev: no deletion protection, removed with the stack), 3 AZs, 2 tasks.
    hc::EnvironmentProfile profile = hc::EnvironmentProfile::dev();
    profile.minTasks = 2;
    profile.logRetention = cdk::logs::RetentionDays::ONE_WEEK;
    profile.databaseInstanceType = cdk::ec2::InstanceType("t4g.medium");  // Aurora's smallest (the seed: serverless)
    profile.multiAz = true;                                               // the seed's "high availability": a reader
    std::vector<cdk::Value> azs;
    for (int i = 0; i < 3; ++i) azs.push_back(cdk::Fn::select(i, cdk::Fn::getAzs()));
    auto& key = stack.make<cdk::kms::Key>(
        "KMSKey",
        {.alias = "healthcare-key-" + suffix, .enableKeyRotation = true, .removalPolicy = profile.removalPolicy});
    auto& net =
        stack.make<hc::SecureVpc>("Network", {.availabilityZones = azs, .encryptionKey = key, .profile = profile});
    auto& database = stack.make<hc::PatientDatabase>(
        "Database", {.auroraPostgresVersion = cdk::rds::AuroraPostgresEngineVersion::VER_15_17,  // 15.5: cfn-lint W3690
                     .encryptionKey = key,
                     .engine = hc::PatientDatabaseEngine::AURORA_POSTGRES,
                     .masterUsername = "dbadmin",
                     .profile = profile,
                     .vpc = net.vpc()});
    auto& files = stack.make<cdk::efs::FileSystem>(
        "FileSystem", {.kmsKey = key, .removalPolicy = profile.removalPolicy, .vpc = net.vpc()});
    database.backupPolicy().addFileSystem(files);  // the database's AWS Backup plan covers the files too
    auto& cache = stack.make<hc::SessionCache>(
        "Cache", {.cacheNodeType = "cache.t3.micro", .encryptionKey = key, .profile = profile, .vpc = net.vpc()});
    auto& cluster =
        stack.make<cdk::ecs::Cluster>("Cluster", {.clusterName = cdk::Value("healthcare-" + suffix),
                                                  .containerInsightsV2 = cdk::ecs::ContainerInsights::ENABLED,
                                                  .vpc = net.vpc()});
    auto& service = stack.make<hc::ClinicalService>(
        "Service", {.certificateArn = certificate,
                    .cluster = cluster,
                    .encryptionKey = key,
                    .httpOnlyReason = certificate ? std::nullopt : std::optional<std::string>("No certificate given."),
                    .profile = profile,
                    .services = {{.containerPort = 80,
                                  .environment = {{"ENVIRONMENT", suffix}},
                                  .healthCheckPath = "/",
                                  .image = "nginx:alpine",
                                  .name = "app",
                                  .pathPatterns = {"/*"},
                                  .secrets = {{"DATABASE_CREDENTIALS", database.secret()}}}},
                    .vpc = net.vpc()});
    // The shared storage at /data, over TLS; the database, the cache and the file system take the service only.
    auto& task = service.service().taskDefinition();
    task.addVolume({.efsVolumeConfiguration = cdk::ecs::EfsVolumeConfiguration{.fileSystemId = files.fileSystemId(),
                                                                               .transitEncryption = "ENABLED"},
                    .name = "efs"});
    task.defaultContainer()->addMountPoints({.containerPath = "/data", .sourceVolume = "efs"});
    database.connections().allowDefaultPortFrom(service);
    cache.connections().allowDefaultPortFrom(service);
    files.connections().allowDefaultPortFrom(service);
    auto& monitoring = stack.make<hc::Monitoring>("Monitoring", {.profile = profile});
    monitoring.addClinicalService(service);
    monitoring.addDatabase(database, "Database");
    monitoring.addCache(cache, "Cache");
    stack.make<cdk::CfnOutput>(
        "ALBEndpoint", {.exportName = suffix + "-alb-endpoint", .value = service.loadBalancer().loadBalancerDnsName()});
    stack.make<cdk::CfnOutput>("DatabaseEndpoint",
                               {.exportName = suffix + "-db-endpoint", .value = database.endpoint().hostname()});
    stack.make<cdk::CfnOutput>("VPCId", {.exportName = suffix + "-vpc-id", .value = net.vpc().vpcId()});
    stack.make<cdk::CfnOutput>("EFSId", {.exportName = suffix + "-efs-id", .value = files.fileSystemId()});
  });
}
