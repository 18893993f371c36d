#include "personal_health_stack.hpp"

#include <cdk/ec2.hpp>
#include <cdk/ecr.hpp>
#include <cdk/elasticache.hpp>
#include <cdk/healthcare.hpp>
#include <cdk/lambda.hpp>
#include <cdk/rds.hpp>
#include <cdk/s3.hpp>
#include <cdk/secretsmanager.hpp>

namespace personalhealth {

namespace healthcare = cdk::healthcare;

namespace {

/// The seed's "Lifecycle Policies", as PhiBucket applies them to the other buckets: Standard-IA after 30 days,
/// Glacier after 90, incomplete uploads removed after 7.
std::vector<cdk::s3::LifecycleRule> seedLifecycle() {
  const healthcare::PhiBucketProps defaults;
  return {
      {.abortIncompleteMultipartUploadAfter = defaults.abortIncompleteUploadsAfter,
       .transitions = {{.storageClass = cdk::s3::StorageClass::INFREQUENT_ACCESS,
                        .transitionAfter = defaults.infrequentAccessAfter},
                       {.storageClass = cdk::s3::StorageClass::GLACIER, .transitionAfter = defaults.glacierAfter}}}};
}

}  // namespace

PersonalHealthStack::PersonalHealthStack(cdk::Construct& scope, std::string_view id, PersonalHealthStackProps props)
    : cdk::Stack(scope, id, props.stack) {
  const healthcare::EnvironmentProfile& profile = props.profile;
  const std::string prefix = "personal-health-" + profile.name;
  cdk::Tags::of(*this).add("Project", "personal-health-platform");
  cdk::Tags::of(*this).add("Environment", profile.name);

  // 1. Networking: public, private and database subnets over the profile's AZs, NAT, endpoints, flow logs.
  // An environment-agnostic stack knows two zones: the profile's are selected from the region's at deployment.
  std::vector<cdk::Value> zones;
  for (int i = 0; i < profile.maxAzs; ++i) zones.push_back(cdk::Fn::select(i, cdk::Fn::getAzs()));
  auto& network = make<healthcare::SecureVpc>("Network", {.availabilityZones = zones, .profile = profile});

  // 6. Storage: uploads, static assets and backups share the uploads' key and server access log bucket.
  auto& uploads = make<healthcare::PhiBucket>("Uploads", {.profile = profile});
  make<healthcare::PhiBucket>(
      "StaticAssets",
      {.encryptionKey = uploads.key(), .profile = profile, .serverAccessLogsBucket = uploads.accessLogsBucket()});
  make<healthcare::PhiBucket>(
      "Backups",
      {.encryptionKey = uploads.key(), .profile = profile, .serverAccessLogsBucket = uploads.accessLogsBucket()});

  // 4. and 5. PostgreSQL 15 and Redis 7 in the database subnets. RDS no longer creates instances of the seed's
  // 15.4 (cfn-lint W3691): the newest 15 minor aws-cdk-lib 2.276 knows, upgraded automatically.
  auto& database =
      make<healthcare::PatientDatabase>("Database", {.databaseName = "health_platform",
                                                     .postgresVersion = cdk::rds::PostgresEngineVersion::VER_15_17,
                                                     .profile = profile,
                                                     .vpc = network.vpc()});
  auto& sessions = make<healthcare::SessionCache>(
      "Sessions",
      {.authentication = healthcare::SessionCacheAuthentication::AUTH_TOKEN,
       .authTokenRotation = cdk::lambda::Function::fromFunctionName(
           *this, "CacheTokenRotation", props.cacheTokenRotationFunction.value_or(prefix + "-rotate-cache-token")),
       .engine = cdk::elasticache::CacheEngine::REDIS,
       .engineVersion = "7.1",
       .profile = profile,
       .vpc = network.vpc()});

  // 7. One repository per service, scanned on push, keeping the last 10 images.
  const bool destroy = profile.removalPolicy == cdk::RemovalPolicy::DESTROY;
  const auto repository = [&](std::string_view repositoryId, const std::string& name) -> cdk::ecr::Repository& {
    return make<cdk::ecr::Repository>(
        repositoryId, {.emptyOnDelete = destroy ? std::optional<bool>(true) : std::nullopt,
                       .imageScanOnPush = true,
                       .lifecycleRules = {{.description = "Keep the last 10 images", .maxImageCount = 10}},
                       .removalPolicy = destroy ? cdk::RemovalPolicy::DESTROY : cdk::RemovalPolicy::RETAIN,
                       .repositoryName = cdk::Value(prefix + "/" + name)});
  };
  auto& frontendImages = repository("FrontendRepository", "frontend");
  auto& backendImages = repository("BackendRepository", "backend");

  // 2. and 3. The React frontend on 3000 and the Node.js API on 5000 (`/api`), sized and scaled by the profile.
  auto& app = make<healthcare::ClinicalService>(
      "App",
      {.accessLogsLifecycleRules = seedLifecycle(),
       .certificateArn = props.certificateArn ? std::optional<cdk::Value>(*props.certificateArn) : std::nullopt,
       .httpOnlyReason = props.certificateArn
                             ? std::nullopt
                             : std::optional<std::string>("No certificate was given (--context certificateArn=ARN "
                                                          "serves HTTPS with a redirect from HTTP)."),
       .profile = profile,
       // The backend's rule comes first (priority 1): `/api` goes to the backend, everything else to the frontend.
       .services = {{.containerPort = 5000,
                     .environment = {{"NODE_ENV", "production"},
                                     {"APP_ENVIRONMENT", profile.name},
                                     {"DATABASE_HOST", database.endpoint().hostname()},
                                     {"UPLOADS_BUCKET", uploads.bucket().bucketName()}},
                     .name = "Backend",
                     .pathPatterns = {"/api", "/api/*"},
                     .repository = backendImages,
                     .secrets = {{"DATABASE_CREDENTIALS", database.secret()},
                                 {"REDIS_AUTH_TOKEN", *sessions.authToken()}}},
                    {.containerPort = 3000, .name = "Frontend", .pathPatterns = {"/*"}, .repository = frontendImages}},
       .vpc = network.vpc()});
  // Security groups: the database and the cache take connections from the services only.
  database.connections().allowDefaultPortFrom(app);
  sessions.connections().allowDefaultPortFrom(app);

  // 8. Alarms on the services, the load balancer, the database and the cache, on one topic, and a dashboard.
  auto& monitoring = make<healthcare::Monitoring>(
      "Monitoring",
      {.alarmEmails = props.alertEmail ? std::vector<std::string>{*props.alertEmail} : std::vector<std::string>{},
       .dashboardName = "PersonalHealth-" + profile.name,
       .profile = profile});
  monitoring.addClinicalService(app);
  monitoring.addDatabase(database, "Database");
  monitoring.addCache(sessions, "Sessions");
}

}  // namespace personalhealth
