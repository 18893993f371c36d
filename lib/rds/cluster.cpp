#include "cdk/rds/cluster.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/rds.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "core/js_number.hpp"
#include "core/text_scanner.hpp"
#include "rds/database_defaults.hpp"

namespace cdk::rds {

constexpr auto kDBClusterStorageTypeNames = cdk::enumNames<DBClusterStorageType>({
    {DBClusterStorageType::AURORA, "aurora"},
    {DBClusterStorageType::AURORA_IOPT1, "aurora-iopt1"},
});
std::string_view toString(DBClusterStorageType type) noexcept { return cdk::nameOf(kDBClusterStorageTypeNames, type); }

constexpr auto kNetworkTypeNames = cdk::enumNames<NetworkType>({
    {NetworkType::IPV4, "IPV4"},
    {NetworkType::DUAL, "DUAL"},
});
std::string_view toString(NetworkType type) noexcept { return cdk::nameOf(kNetworkTypeNames, type); }

namespace {

/// aws-cdk-lib's /^[0-9]+\.?5?$/ on String(x): whole numbers and halves.
bool isHalfStep(double x) {
  const std::string text = cdk::detail::jsNumber(x);
  std::size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == 0) return false;
  if (i < text.size() && text[i] == '.') ++i;
  if (i < text.size() && text[i] == '5') ++i;
  return i == text.size();
}

/// GiB of memory of an "xlarge" size of each instance family (aws-cdk-lib's table, for the failover check).
const std::map<std::string, double, std::less<>>& xlargeMemory() {
  static const std::map<std::string, double, std::less<>> table = {
      {"m5", 16},  {"m5d", 16}, {"m6g", 16},  {"t4g", 16}, {"t3", 16},   {"m4", 16}, {"r6g", 32}, {"r5", 32},
      {"r5b", 32}, {"r5d", 32}, {"r4", 30.5}, {"x2g", 64}, {"x1e", 122}, {"x1", 61}, {"z1d", 32}};
  return table;
}

/// Whether a serverless v2 instance of `maxCapacity` ACUs (2 GiB each) can match `instanceSize`'s memory.
bool instanceSizeSupportedByServerlessV2(const std::string& instanceSize, double maxCapacity) {
  const double serverlessMaxMem = maxCapacity * 2;
  const auto dot = instanceSize.find('.');
  if (dot != std::string::npos && instanceSize.find('.', dot + 1) == std::string::npos) {
    const std::string type = instanceSize.substr(0, dot);
    const std::string size = instanceSize.substr(dot + 1);
    const auto it = xlargeMemory().find(type);
    if (size.size() >= 6 && size.compare(size.size() - 6, 6, "xlarge") == 0) {
      // Families outside the table have an unknown size (NaN in aws-cdk-lib): never too big.
      if (it == xlargeMemory().end()) return true;
      double memory = it->second;
      if (size != "xlarge") {
        try {
          memory = std::stod(size.substr(0, size.size() - 6)) * it->second;
        } catch (const std::exception&) {
          return true;
        }
      }
      return memory <= serverlessMaxMem;
    }
    return true;
  }
  static const std::vector<std::string> tooBig = {"db.r5.2xlarge.tpc2.mem8x", "db.r5.4xlarge.tpc2.mem3x",
                                                  "db.r5.4xlarge.tpc2.mem4x", "db.r5.6xlarge.tpc2.mem4x",
                                                  "db.r5.8xlarge.tpc2.mem3x", "db.r5.12xlarge.tpc2.mem2x"};
  return std::find(tooBig.begin(), tooBig.end(), instanceSize) == tooBig.end();
}

const ClusterEngine& requireEngine(const cdk::Construct& self, const DatabaseClusterProps& props) {
  if (!props.engine) {
    throw cdk::ConstructError(
        self.node().path(),
        "DatabaseCluster needs an engine: pass engine = rds::DatabaseClusterEngine::auroraPostgres("
        "{.version = rds::AuroraPostgresEngineVersion::VER_15_5}) or auroraMysql(...)");
  }
  return *props.engine;
}

/// The checks aws-cdk-lib makes on the props before anything is created.
void validate(const std::string& path, const DatabaseClusterProps& props, const ClusterEngine& engine) {
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (props.enableClusterLevelEnhancedMonitoring.value_or(false) && !props.monitoringInterval) {
    fail(
        "`monitoringInterval` must be set when `enableClusterLevelEnhancedMonitoring` is true. Give "
        "monitoringInterval (e.g. cdk::Duration::seconds(60))");
  }
  if (props.monitoringInterval) {
    const auto millis = props.monitoringInterval->toMilliseconds();
    const bool allowed =
        millis % 1000 == 0 && (millis / 1000 == 0 || millis / 1000 == 1 || millis / 1000 == 5 || millis / 1000 == 10 ||
                               millis / 1000 == 15 || millis / 1000 == 30 || millis / 1000 == 60);
    if (!allowed) {
      fail(fmt::format("'monitoringInterval' must be one of 0, 1, 5, 10, 15, 30, or 60 seconds, got: {} seconds.",
                       cdk::detail::jsNumber(static_cast<double>(millis) / 1000)));
    }
  }
  if (!props.vpc) {
    fail(
        "Provide either vpc or instanceProps.vpc, but not both: pass vpc = <the VPC of the cluster> (cdkpp has no "
        "instanceProps)");
  }
  if (props.port && (*props.port < 1 || *props.port > 65535)) {
    fail(fmt::format("port must be between 1 and 65535, got {}; give the port the database listens on", *props.port));
  }
  for (const auto& logType : props.cloudwatchLogsExports) {
    const auto& supported = engine.supportedLogTypes();
    if (std::find(supported.begin(), supported.end(), logType) == supported.end()) {
      std::string list;
      for (const auto& s : supported) list += (list.empty() ? "" : ", ") + s;
      fail(fmt::format("Unsupported logs for the current engine type: {}; {} supports {}", logType, engine.engineType(),
                       list));
    }
  }
  if (props.backup && !props.backup->retention) {
    fail("backup needs a retention: pass backup = {.retention = cdk::Duration::days(7)}");
  }
}

/// The cluster's parameter group: the one given, a new one for `parameters`, or the engine's default (an
/// imported construct, no resource, as aws-cdk-lib makes it).
IParameterGroup& parameterGroupFor(DatabaseCluster& cluster, const DatabaseClusterProps& props,
                                   const ClusterEngine& engine) {
  const std::string& path = cluster.node().path();
  if (props.parameterGroup && !props.parameters.empty()) {
    throw cdk::ConstructError(path, "You cannot specify both parameterGroup and parameters; keep one of them");
  }
  if (props.parameterGroup) return *props.parameterGroup;
  if (!props.parameters.empty()) {
    return cluster.make<ParameterGroup>("ParameterGroup",
                                        ParameterGroupProps{.engine = engine, .parameters = props.parameters});
  }
  const auto family = engine.parameterGroupFamily();
  if (!family) {
    throw cdk::ConstructError(
        path, fmt::format("Could not create a new ParameterGroup for an unversioned {} cluster engine. Please either "
                          "use a versioned engine, or pass an explicit ParameterGroup when creating the cluster",
                          engine.engineType()));
  }
  return ParameterGroup::fromParameterGroupName(cluster, engine.defaultParameterGroupId(), "default." + *family);
}

/// The AWS::RDS::DBCluster properties from the props and what the constructor made (EnableHttpEndpoint is
/// the cluster's: grantDataApiAccess may turn the Data API on later).
CfnDBClusterProps clusterResourceProps(const DatabaseClusterProps& props, const ClusterEngine& engine,
                                       const ParameterGroupConfig& parameterGroup, ISubnetGroup& subnetGroup,
                                       const Credentials& credentials,
                                       const std::vector<cdk::Handle<ec2::ISecurityGroup>>& securityGroups) {
  auto opt = [](const auto& value) -> std::optional<cdk::Value> {
    if (!value) return std::nullopt;
    return cdk::Value(*value);
  };
  CfnDBClusterProps cfn;
  cfn.autoMinorVersionUpgrade = opt(props.autoMinorVersionUpgrade);
  if (props.backtrackWindow) cfn.backtrackWindow = props.backtrackWindow->toSeconds();
  if (props.backup) {
    cfn.backupRetentionPeriod = props.backup->retention->toDays();
    cfn.preferredBackupWindow = opt(props.backup->preferredWindow);
  }
  cfn.copyTagsToSnapshot = props.copyTagsToSnapshot;
  if (props.clusterIdentifier) cfn.dbClusterIdentifier = cdk::detail::toAsciiLower(*props.clusterIdentifier);
  cfn.dbClusterParameterGroupName = parameterGroup.parameterGroupName;
  cfn.dbSubnetGroupName = subnetGroup.subnetGroupName();
  cfn.databaseName = opt(props.defaultDatabaseName);
  cfn.deletionProtection = opt(detail::defaultDeletionProtection(props.deletionProtection, props.removalPolicy));
  if (!props.cloudwatchLogsExports.empty()) {
    cfn.enableCloudwatchLogsExports = cdk::ValueList(props.cloudwatchLogsExports);
  }
  cfn.enableIamDatabaseAuthentication = opt(props.iamAuthentication);
  cfn.engine = engine.engineType();
  if (engine.engineVersion() && engine.engineVersion()->fullVersion) {
    cfn.engineVersion = *engine.engineVersion()->fullVersion;
  }
  if (props.storageEncryptionKey) cfn.kmsKeyId = props.storageEncryptionKey->keyArn();
  cfn.masterUserPassword = credentials.password();
  cfn.masterUsername = credentials.username();
  if (props.networkType) cfn.networkType = std::string(rds::toString(*props.networkType));
  if (props.port) {
    cfn.port = *props.port;
  } else if (engine.defaultPort()) {
    cfn.port = *engine.defaultPort();
  }
  cfn.preferredMaintenanceWindow = opt(props.preferredMaintenanceWindow);
  if (props.storageEncryptionKey) {
    cfn.storageEncrypted = true;
  } else {
    cfn.storageEncrypted = opt(props.storageEncrypted);
  }
  if (props.storageType) cfn.storageType = std::string(rds::toString(*props.storageType));
  cdk::Value::List securityGroupIds;
  for (const auto& group : securityGroups) securityGroupIds.push_back(group->securityGroupId());
  cfn.vpcSecurityGroupIds = cdk::ValueList(std::move(securityGroupIds));
  return cfn;
}

}  // namespace

DatabaseCluster::DatabaseCluster(cdk::Construct& scope, std::string_view id, DatabaseClusterProps props)
    : cdk::Resource(scope, id),
      engine_(requireEngine(*this, props)),
      serverlessV2MinCapacity_(props.serverlessV2MinCapacity),
      serverlessV2MaxCapacity_(props.serverlessV2MaxCapacity),
      serverlessV2AutoPauseDuration_(props.serverlessV2AutoPauseDuration),
      enableDataApi_(props.enableDataApi),
      clusterEndpoint_(cdk::Value(), cdk::Value()),
      clusterReadEndpoint_(cdk::Value(), cdk::Value()) {
  validate(node().path(), props, engine_);
  vpc_ = props.vpc.get();
  vpcSubnets_ = props.vpcSubnets;

  // The subnets: aws-cdk-lib only warns (as an error annotation) when there are fewer than two.
  const ec2::SelectedSubnets selected = vpc_->selectSubnets(vpcSubnets_.value_or(ec2::SubnetSelection{}));
  if (selected.subnets().size() < 2) {
    cdk::Annotations::of(*this).addError(fmt::format(
        "Cluster requires at least 2 subnets, got {}. Select subnets in at least two availability zones with "
        "vpcSubnets (or give the VPC more availability zones)",
        selected.subnets().size()));
  }
  const std::optional<cdk::RemovalPolicy> helperPolicy =
      props.removalPolicy == cdk::RemovalPolicy::RETAIN ? std::optional(cdk::RemovalPolicy::RETAIN) : std::nullopt;
  subnetGroup_ =
      props.subnetGroup
          ? props.subnetGroup.get()
          : &make<SubnetGroup>("Subnets", SubnetGroupProps{.description = fmt::format("Subnets for {} database", id),
                                                           .removalPolicy = helperPolicy,
                                                           .vpc = props.vpc,
                                                           .vpcSubnets = vpcSubnets_});
  if (!props.securityGroups.empty()) {
    securityGroups_ = props.securityGroups;
  } else {
    securityGroups_.push_back(make<ec2::SecurityGroup>(
        "SecurityGroup", ec2::SecurityGroupProps{.description = "RDS security group", .vpc = props.vpc}));
  }
  const ParameterGroupConfig parameterGroupConfig = parameterGroupFor(*this, props, engine_).bindToCluster();
  validateServerlessScaling();
  monitoringRole_ = props.monitoringRole.get();
  if (!monitoringRole_ && props.monitoringInterval && props.monitoringInterval->toSeconds() != 0) {
    monitoringRole_ = &make<iam::Role>(
        "MonitoringRole",
        iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("monitoring.rds.amazonaws.com"),
                       .managedPolicies = {iam::ManagedPolicy::fromAwsManagedPolicyName(
                           "service-role/AmazonRDSEnhancedMonitoringRole")}});
  }
  const Credentials credentials = detail::renderCredentials(*this, engine_.defaultUsername(), props.credentials);

  CfnDBClusterProps cfn =
      clusterResourceProps(props, engine_, parameterGroupConfig, *subnetGroup_, credentials, securityGroups_);
  if (props.enableClusterLevelEnhancedMonitoring.value_or(false)) {
    cfn.monitoringInterval = props.monitoringInterval->toSeconds();
    if (monitoringRole_) cfn.monitoringRoleArn = monitoringRole_->roleArn();
  }
  cfn.enableHttpEndpoint = cdk::Lazy::any(
      [this]() -> cdk::Value { return enableDataApi_ ? cdk::Value(*enableDataApi_) : cdk::Value(cdk::Value::List{}); },
      {.omitEmptyArray = true});
  resource_ = &make<CfnDBCluster>("Resource", std::move(cfn));
  if (credentials.secret()) secret_ = &credentials.secret()->attach(*this);

  const cdk::Value port = resource_->attrEndpointPort();
  clusterEndpoint_ = Endpoint(resource_->attrEndpointAddress(), port);
  clusterReadEndpoint_ = Endpoint(resource_->attrReadEndpointAddress(), port);
  std::vector<cdk::Handle<ec2::ISecurityGroup>> groups = securityGroups_;
  connections_ = ec2::Connections({.defaultPort = ec2::Port::tcp(port), .securityGroups = std::move(groups)});
  resource_->applyRemovalPolicy(props.removalPolicy.value_or(cdk::RemovalPolicy::SNAPSHOT));

  if (!props.writer) {
    throw cdk::ConstructError(
        node().path(),
        "writer must be provided: pass writer = rds::ClusterInstance::serverlessV2(\"Writer\") or "
        "rds::ClusterInstance::provisioned(\"Writer\", {...})");
  }
  createInstances(props);

  // Known once the instances exist: the scaling configuration is rendered only with a serverless instance.
  if (hasServerlessInstance_) {
    CfnDBCluster::ServerlessV2ScalingConfigurationProperty scaling{.maxCapacity = serverlessV2MaxCapacity_,
                                                                   .minCapacity = serverlessV2MinCapacity_};
    if (serverlessV2AutoPauseDuration_) scaling.secondsUntilAutoPause = serverlessV2AutoPauseDuration_->toSeconds();
    resource_->props().serverlessV2ScalingConfiguration = std::move(scaling);
  }
}

DatabaseCluster::~DatabaseCluster() = default;

void DatabaseCluster::validateServerlessScaling() const {
  const std::string& path = node().path();
  const double max = serverlessV2MaxCapacity_;
  const double min = serverlessV2MinCapacity_;
  if (!std::isfinite(max) || max > 256 || max < 1) {
    throw cdk::ConstructError(path, fmt::format("serverlessV2MaxCapacity must be >= 1 & <= 256 (got {}); give a "
                                                "maximum capacity in ACUs from 1 to 256",
                                                cdk::detail::jsNumber(max)));
  }
  if (!std::isfinite(min) || min > 256 || min < 0) {
    throw cdk::ConstructError(path, fmt::format("serverlessV2MinCapacity must be >= 0 & <= 256 (got {}); give a "
                                                "minimum capacity in ACUs from 0 to 256",
                                                cdk::detail::jsNumber(min)));
  }
  if (max < min) {
    throw cdk::ConstructError(path, fmt::format("serverlessV2MaxCapacity must be greater than serverlessV2MinCapacity "
                                                "(got min: {}, max: {}); raise the maximum or lower the minimum",
                                                cdk::detail::jsNumber(min), cdk::detail::jsNumber(max)));
  }
  if (!isHalfStep(max) || !isHalfStep(min)) {
    throw cdk::ConstructError(path,
                              fmt::format("serverlessV2MinCapacity & serverlessV2MaxCapacity must be in 0.5 step "
                                          "increments, received min: {}, max: {}; round them to a multiple of 0.5",
                                          cdk::detail::jsNumber(min), cdk::detail::jsNumber(max)));
  }
  if (serverlessV2AutoPauseDuration_) {
    if (!engine_.features().serverlessV2AutoPauseSupported) {
      const std::string version =
          engine_.engineVersion() && engine_.engineVersion()->fullVersion ? *engine_.engineVersion()->fullVersion : "";
      throw cdk::ConstructError(path, fmt::format("serverlessV2 auto-pause feature is not supported by {} {}. Use an "
                                                  "engine version that supports it, or remove "
                                                  "serverlessV2AutoPauseDuration",
                                                  engine_.engineType(), version));
    }
    const auto seconds = serverlessV2AutoPauseDuration_->toMilliseconds() / 1000;
    if (seconds < 300 || seconds > 86400) {
      throw cdk::ConstructError(path, fmt::format("serverlessV2AutoPause must be between 300 seconds (5 minutes) and "
                                                  "86,400 seconds (24 hours), received {} seconds",
                                                  seconds));
    }
  }
}

void DatabaseCluster::createInstances(const DatabaseClusterProps& props) {
  const cdk::RemovalPolicy removalPolicy = props.removalPolicy.value_or(cdk::RemovalPolicy::SNAPSHOT);
  // Enhanced monitoring goes to each instance unless it is set at cluster level.
  const bool clusterLevel = props.enableClusterLevelEnhancedMonitoring.value_or(false);
  const std::optional<cdk::Duration> instanceMonitoringInterval =
      clusterLevel ? std::nullopt : props.monitoringInterval;
  cdk::Handle<iam::IRole> instanceMonitoringRole;
  if (!clusterLevel && monitoringRole_) instanceMonitoringRole = *monitoringRole_;
  auto& writer = make<AuroraClusterInstance>(
      props.writer->id(), AuroraClusterInstanceProps{.cluster = *this,
                                                     .instance = *props.writer,
                                                     .monitoringInterval = instanceMonitoringInterval,
                                                     .monitoringRole = instanceMonitoringRole,
                                                     .promotionTier = 0,
                                                     .removalPolicy = removalPolicy});
  instances_.push_back(&writer);
  instanceIdentifiers_.push_back(writer.instanceIdentifier());
  instanceEndpoints_.emplace_back(writer.dbInstanceEndpointAddress(), clusterEndpoint_.port());

  std::vector<const AuroraClusterInstance*> readers;
  for (const auto& reader : props.readers) {
    auto& instance = make<AuroraClusterInstance>(
        reader.id(), AuroraClusterInstanceProps{.cluster = *this,
                                                .instance = reader,
                                                .monitoringInterval = instanceMonitoringInterval,
                                                .monitoringRole = instanceMonitoringRole,
                                                .removalPolicy = removalPolicy});
    instance.node().addDependency(writer);
    readers.push_back(&instance);
    instances_.push_back(&instance);
    if (instance.tier() < 2 && writer.type() == ClusterInstanceKind::PROVISIONED &&
        instance.type() == ClusterInstanceKind::SERVERLESS_V2 &&
        !instanceSizeSupportedByServerlessV2(writer.instanceSize(), serverlessV2MaxCapacity_)) {
      cdk::Annotations::of(*this).addWarningV2(
          "@aws-cdk/aws-rds:serverlessInstanceCantScaleWithWriter",
          fmt::format("For high availability any serverless instances in promotion tiers 0-1 should be able to scale "
                      "to match the provisioned instance capacity.\nServerless instance {} is in promotion tier {},\n"
                      "But can not scale to match the provisioned writer instance ({})",
                      instance.node().id(), instance.tier(), writer.instanceSize()));
    }
    instanceEndpoints_.emplace_back(instance.dbInstanceEndpointAddress(), clusterEndpoint_.port());
    instanceIdentifiers_.push_back(instance.instanceIdentifier());
  }
  validateInstances(writer, std::move(readers));
}

void DatabaseCluster::validateInstances(const AuroraClusterInstance& writer,
                                        std::vector<const AuroraClusterInstance*> readers) {
  if (writer.type() == ClusterInstanceKind::SERVERLESS_V2) hasServerlessInstance_ = true;
  if (readers.empty()) return;
  std::stable_sort(readers.begin(), readers.end(), [](const AuroraClusterInstance* a, const AuroraClusterInstance* b) {
    return a->tier() < b->tier();
  });
  // As aws-cdk-lib computes it: the lowest tier number among the readers.
  const int highestTier = readers.front()->tier();
  bool hasProvisionedReader = false;
  bool noFailoverTierInstances = true;
  bool serverlessInHighestTier = false;
  bool hasServerlessReader = false;
  std::vector<const AuroraClusterInstance*> mismatched;
  for (const auto* reader : readers) {
    if (reader->type() == ClusterInstanceKind::SERVERLESS_V2) {
      hasServerlessReader = true;
      hasServerlessInstance_ = true;
    } else {
      hasProvisionedReader = true;
      if (reader->instanceSize() != writer.instanceSize()) mismatched.push_back(reader);
    }
    if (reader->tier() == highestTier && reader->type() == ClusterInstanceKind::SERVERLESS_V2) {
      serverlessInHighestTier = true;
    }
    if (reader->tier() <= 1) noFailoverTierInstances = false;
  }
  auto annotations = cdk::Annotations::of(*this);
  if (hasServerlessReader && !hasProvisionedReader) {
    if (noFailoverTierInstances) {
      annotations.addWarningV2(
          "@aws-cdk/aws-rds:noFailoverServerlessReaders",
          fmt::format("Cluster {} only has serverless readers and no reader is in promotion tier 0-1.Serverless "
                      "readers in promotion tiers >= 2 will NOT scale with the writer, which can lead to availability "
                      "issues if a failover event occurs. It is recommended that at least one reader has "
                      "`scaleWithWriter` set to true",
                      node().id()));
    }
    return;
  }
  if (serverlessInHighestTier && highestTier > 1) {
    annotations.addWarningV2(
        "@aws-cdk/aws-rds:serverlessInHighestTier2-15",
        fmt::format("There are serverlessV2 readers in tier {}. Since there are no instances in a higher tier, any "
                    "instance in this tier is a failover target. Since this tier is > 1 the serverless reader will not "
                    "scale with the writer which could lead to availability issues during failover.",
                    highestTier));
  }
  if (!mismatched.empty() && writer.type() == ClusterInstanceKind::PROVISIONED) {
    std::string sizes;
    for (const auto* reader : mismatched) sizes += (sizes.empty() ? "" : ", ") + reader->instanceSize();
    annotations.addWarningV2(
        "@aws-cdk/aws-rds:provisionedReadersDontMatchWriter",
        fmt::format("There are provisioned readers in the highest promotion tier {} that do not have the same "
                    "InstanceSize as the writer. Any of these instances could be chosen as the new writer in the event "
                    "of a failover.\nWriter InstanceSize: {}\nReader InstanceSizes: {}",
                    highestTier, writer.instanceSize(), sizes));
  }
}

secretsmanager::SecretAttachmentTargetProps DatabaseCluster::asSecretAttachmentTarget() const {
  return {.targetId = clusterIdentifier(), .targetType = secretsmanager::AttachmentTargetType::RDS_DB_CLUSTER};
}

cdk::Value DatabaseCluster::clusterIdentifier() const { return resource_->ref(); }

cdk::Value DatabaseCluster::clusterResourceIdentifier() const { return resource_->attrDbClusterResourceId(); }

cdk::Value DatabaseCluster::clusterArn() const {
  return stack().formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                            .resource = "cluster",
                            .resourceName = clusterIdentifier(),
                            .service = "rds"});
}

iam::Grant DatabaseCluster::grantConnect(const iam::IGrantable& grantee, std::string_view dbUser) {
  const cdk::Value arn = stack().formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                            .resource = "dbuser",
                                            .resourceName = clusterResourceIdentifier() + "/" + std::string(dbUser),
                                            .service = "rds-db"});
  return iam::Grant::addToPrincipal({.actions = {"rds-db:connect"}, .grantee = grantee, .resourceArns = {arn}});
}

iam::Grant DatabaseCluster::grantDataApiAccess(const iam::IGrantable& grantee) {
  if (enableDataApi_ == false) {
    throw cdk::ConstructError(node().path(),
                              "Cannot grant Data API access when the Data API is disabled; remove "
                              "enableDataApi = false");
  }
  enableDataApi_ = true;
  iam::Grant grant = iam::Grant::addToPrincipal(
      {.actions = {"rds-data:BatchExecuteStatement", "rds-data:BeginTransaction", "rds-data:CommitTransaction",
                   "rds-data:ExecuteStatement", "rds-data:RollbackTransaction"},
       .grantee = grantee,
       .resourceArns = {clusterArn()}});
  if (secret_) secret_->grantRead(grantee);
  return grant;
}

secretsmanager::SecretRotation& DatabaseCluster::addRotationSingleUser(RotationSingleUserOptions options) {
  if (!secret_) {
    throw cdk::ConstructError(node().path(),
                              "Cannot add a single user rotation for a cluster without a secret. The credentials "
                              "have a literal password: give credentials with a secret (Credentials::fromUsername, "
                              "fromGeneratedSecret or fromSecret)");
  }
  constexpr std::string_view id = "RotationSingleUser";
  if (node().tryFindChild(id)) {
    throw cdk::ConstructError(node().path(),
                              "A single user rotation was already added to this cluster. Call addRotationSingleUser "
                              "once (other users' secrets rotate with addRotationMultiUser)");
  }
  secretsmanager::SecretRotationProps props = detail::rotationProps(options, vpcSubnets_);
  props.application = engine_.singleUserRotationApplication();
  props.secret = *secret_;
  props.target = *this;
  props.vpc = *vpc_;
  return make<secretsmanager::SecretRotation>(id, std::move(props));
}

secretsmanager::SecretRotation& DatabaseCluster::addRotationMultiUser(std::string_view id,
                                                                      RotationMultiUserOptions options) {
  if (!secret_) {
    throw cdk::ConstructError(node().path(),
                              "Cannot add a multi user rotation for a cluster without a secret. The credentials have "
                              "a literal password: give credentials with a secret (Credentials::fromUsername, "
                              "fromGeneratedSecret or fromSecret)");
  }
  secretsmanager::SecretRotationProps props = detail::rotationProps(options, vpcSubnets_);
  props.application = engine_.multiUserRotationApplication();
  props.masterSecret = *secret_;
  props.target = *this;
  props.vpc = *vpc_;
  return make<secretsmanager::SecretRotation>(id, std::move(props));
}

cloudwatch::Metric DatabaseCluster::metric(std::string metricName, const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, "AWS/RDS", std::move(metricName),
                                         {{"DBClusterIdentifier", clusterIdentifier()}}, options);
}

cloudwatch::Metric DatabaseCluster::metricCPUUtilization(const cloudwatch::MetricOptions& options) const {
  return metric("CPUUtilization", options);
}

cloudwatch::Metric DatabaseCluster::metricDatabaseConnections(const cloudwatch::MetricOptions& options) const {
  return metric("DatabaseConnections", options);
}

cloudwatch::Metric DatabaseCluster::metricDeadlocks(const cloudwatch::MetricOptions& options) const {
  return metric("Deadlocks", options);
}

cloudwatch::Metric DatabaseCluster::metricEngineUptime(const cloudwatch::MetricOptions& options) const {
  return metric("EngineUptime", options);
}

cloudwatch::Metric DatabaseCluster::metricFreeableMemory(const cloudwatch::MetricOptions& options) const {
  return metric("FreeableMemory", options);
}

cloudwatch::Metric DatabaseCluster::metricFreeLocalStorage(const cloudwatch::MetricOptions& options) const {
  return metric("FreeLocalStorage", options);
}

cloudwatch::Metric DatabaseCluster::metricNetworkThroughput(const cloudwatch::MetricOptions& options) const {
  return metric("NetworkThroughput", options);
}

cloudwatch::Metric DatabaseCluster::metricNetworkReceiveThroughput(const cloudwatch::MetricOptions& options) const {
  return metric("NetworkReceiveThroughput", options);
}

cloudwatch::Metric DatabaseCluster::metricNetworkTransmitThroughput(const cloudwatch::MetricOptions& options) const {
  return metric("NetworkTransmitThroughput", options);
}

cloudwatch::Metric DatabaseCluster::metricSnapshotStorageUsed(const cloudwatch::MetricOptions& options) const {
  return metric("SnapshotStorageUsed", options);
}

cloudwatch::Metric DatabaseCluster::metricTotalBackupStorageBilled(const cloudwatch::MetricOptions& options) const {
  return metric("TotalBackupStorageBilled", options);
}

cloudwatch::Metric DatabaseCluster::metricVolumeBytesUsed(const cloudwatch::MetricOptions& options) const {
  return metric("VolumeBytesUsed", options);
}

cloudwatch::Metric DatabaseCluster::metricVolumeReadIOPs(const cloudwatch::MetricOptions& options) const {
  return metric("VolumeReadIOPs", options);
}

cloudwatch::Metric DatabaseCluster::metricVolumeWriteIOPs(const cloudwatch::MetricOptions& options) const {
  return metric("VolumeWriteIOPs", options);
}

cloudwatch::Metric DatabaseCluster::metricACUUtilization(const cloudwatch::MetricOptions& options) const {
  return metric("ACUUtilization", options);
}

cloudwatch::Metric DatabaseCluster::metricServerlessDatabaseCapacity(const cloudwatch::MetricOptions& options) const {
  return metric("ServerlessDatabaseCapacity", options);
}

}  // namespace cdk::rds
