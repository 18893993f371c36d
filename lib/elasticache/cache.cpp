#include "cdk/elasticache/cache.hpp"

#include <cctype>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/elasticache.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/secretsmanager/secret.hpp"

namespace cdk::elasticache {

constexpr auto kCacheEngineNames = cdk::enumNames<CacheEngine>({
    {CacheEngine::VALKEY, "valkey"},
    {CacheEngine::REDIS, "redis"},
});
std::string_view toString(CacheEngine engine) noexcept { return cdk::nameOf(kCacheEngineNames, engine); }

CacheAuthToken CacheAuthToken::generate(cdk::Handle<kms::IKey> encryptionKey) {
  return CacheAuthToken(Kind::GENERATE, nullptr, encryptionKey.get());
}
CacheAuthToken CacheAuthToken::fromSecret(secretsmanager::ISecret& secret) {
  return CacheAuthToken(Kind::SECRET, &secret);
}
CacheAuthToken CacheAuthToken::none() { return CacheAuthToken(Kind::NONE, nullptr); }

namespace {

/// The C++ names of the subnet types, for messages.
constexpr auto kSubnetTypeMemberNames = cdk::enumNames<ec2::SubnetType>({
    {ec2::SubnetType::PRIVATE_ISOLATED, "PRIVATE_ISOLATED"},
    {ec2::SubnetType::ISOLATED, "ISOLATED"},
    {ec2::SubnetType::PRIVATE_WITH_EGRESS, "PRIVATE_WITH_EGRESS"},
    {ec2::SubnetType::PRIVATE_WITH_NAT, "PRIVATE_WITH_NAT"},
    {ec2::SubnetType::PRIVATE, "PRIVATE"},
    {ec2::SubnetType::PUBLIC, "PUBLIC"},
});

/// What the selection asked for, for messages: "subnetType PRIVATE_WITH_EGRESS", "subnetGroupName 'Db'", ...
std::string describeSelection(const ec2::SubnetSelection& selection) {
  std::string text;
  if (selection.subnetType)
    text = fmt::format("subnetType {}", cdk::nameOf(kSubnetTypeMemberNames, *selection.subnetType));
  if (selection.subnetGroupName) text = fmt::format("subnetGroupName '{}'", *selection.subnetGroupName);
  if (!selection.subnets.empty()) text = fmt::format("{} explicit subnets", selection.subnets.size());
  if (text.empty()) text = "the default selection";
  if (!selection.availabilityZones.empty()) text += " in the given availability zones";
  return text;
}

/// ReplicationGroupId: 1-40 characters, a letter first, letters, digits and hyphens, no "--", no trailing "-".
std::optional<std::string> replicationGroupIdProblem(const std::string& id) {
  if (id.empty() || id.size() > 40) return fmt::format("it has {} characters (1 to 40 are allowed)", id.size());
  if (!std::isalpha(static_cast<unsigned char>(id.front()))) return std::string("it must start with a letter");
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
      return fmt::format("'{}' is not allowed (only letters, digits and hyphens)", c);
    }
  }
  if (id.find("--") != std::string::npos) return std::string("it must not contain two hyphens in a row");
  if (id.back() == '-') return std::string("it must not end with a hyphen");
  return std::nullopt;
}

/// How the cache runs, from the props and their defaults.
struct CacheModes {
  bool clusterMode = false;
  bool failover = false;
  bool multiAz = false;
};

/// The checks made before anything is created (aws-cdk-lib has no ElastiCache L2: these are the service's
/// rules, said where the props are), and the modes they leave.
CacheModes validate(const std::string& path, const CacheProps& props) {
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (!props.vpc) fail("Cache needs a VPC: pass vpc = <the VPC of the cache>");
  const bool clusterMode = props.numNodeGroups > 1;
  const int replicas = props.replicasPerNodeGroup;
  if (props.numNodeGroups < 1 || props.numNodeGroups > 500) {
    fail(
        fmt::format("numNodeGroups must be between 1 and 500, got {}; give the number of shards (1 turns cluster "
                    "mode off)",
                    props.numNodeGroups));
  }
  if (replicas < 0 || replicas > 5) {
    fail(
        fmt::format("replicasPerNodeGroup must be between 0 and 5, got {}; give the number of read replicas per "
                    "shard",
                    replicas));
  }
  if (props.port < 1 || props.port > 65535) {
    fail(
        fmt::format("port must be between 1 and 65535, got {}; give the port the cache listens on (6379 by "
                    "default)",
                    props.port));
  }
  if (props.cacheNodeType.rfind("cache.", 0) != 0) {
    fail(
        fmt::format("cacheNodeType '{}' is not a cache node type; give one such as \"cache.t4g.small\" or "
                    "\"cache.r7g.large\"",
                    props.cacheNodeType));
  }
  if (props.replicationGroupId) {
    if (const auto problem = replicationGroupIdProblem(*props.replicationGroupId)) {
      fail(
          fmt::format("replicationGroupId '{}' is invalid: {}; give 1 to 40 letters, digits and hyphens starting "
                      "with a letter",
                      *props.replicationGroupId, *problem));
    }
  }
  const bool transit = props.transitEncryption;
  if (props.engine == CacheEngine::VALKEY && !transit) {
    fail(
        "transitEncryption cannot be false for a valkey cache: new Valkey replication groups require encryption in "
        "transit. Remove transitEncryption = false, or use engine = CacheEngine::REDIS");
  }
  if (props.authToken && !props.authToken->isNone() && !transit) {
    fail(
        "authToken needs transitEncryption: ElastiCache only accepts an AUTH token with encryption in transit. Set "
        "transitEncryption = true, or remove the authToken");
  }
  if (!props.userGroupIds.empty() && props.authToken && !props.authToken->isNone()) {
    fail(
        "userGroupIds and an authToken exclude each other: the users of the groups authenticate. Remove the "
        "authToken, or the userGroupIds");
  }
  if (!props.userGroupIds.empty() && !transit) {
    fail("userGroupIds need transitEncryption (ElastiCache's role-based access control). Set transitEncryption = true");
  }
  if (props.snapshotRetentionLimit && (*props.snapshotRetentionLimit < 0 || *props.snapshotRetentionLimit > 35)) {
    fail(
        fmt::format("snapshotRetentionLimit must be between 0 and 35 days, got {}; give how many days automatic "
                    "backups are kept",
                    *props.snapshotRetentionLimit));
  }
  if (props.atRestEncryption == false && props.encryptionKey) {
    fail(
        "atRestEncryption is false but an encryptionKey is given; remove atRestEncryption = false or the "
        "encryptionKey");
  }
  const bool canFailOver = clusterMode || replicas > 0;
  if (props.automaticFailover == true && !canFailOver) {
    fail(
        "automaticFailover needs at least one replica (the service: \"When using automatic failover, there must be "
        "at least 2 cache clusters in the replication group\"); set replicasPerNodeGroup to 1 or more, or remove "
        "automaticFailover = true");
  }
  if (props.automaticFailover == false && clusterMode) {
    fail(
        fmt::format("automaticFailover must be true in cluster mode (numNodeGroups = {}); remove automaticFailover = "
                    "false, or use one shard",
                    props.numNodeGroups));
  }
  const bool failover = props.automaticFailover.value_or(canFailOver);
  if (props.multiAz == true && !failover) {
    fail(
        "multiAz needs automatic failover and at least one replica; set replicasPerNodeGroup to 1 or more (and "
        "leave automaticFailover on), or remove multiAz = true");
  }
  const bool multiAz = props.multiAz.value_or(failover);
  if (multiAz && (props.cacheNodeType.rfind("cache.t1.", 0) == 0 || props.cacheNodeType.rfind("cache.t2.", 0) == 0)) {
    fail(
        fmt::format("cacheNodeType '{}' does not support Multi-AZ with automatic failover; use a current node type "
                    "(e.g. cache.t3.micro or cache.t4g.small), or set multiAz = false",
                    props.cacheNodeType));
  }

  return {.clusterMode = clusterMode, .failover = failover, .multiAz = multiAz};
}

/// The subnets of the cache; a selection the VPC cannot satisfy is an error that says what the cache needs.
ec2::SelectedSubnets selectCacheSubnets(const std::string& path, const CacheProps& props) {
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  const ec2::SubnetSelection selection =
      props.vpcSubnets.value_or(ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS});
  // The VPC refuses a selection of a subnet type it lacks with its own (CDK) message; say here what the cache
  // needs, and keep the VPC's reason.
  std::optional<ec2::SelectedSubnets> selected;
  std::string vpcReason;
  try {
    selected = props.vpc->selectSubnets(selection);
  } catch (const cdk::ConstructError& e) {
    vpcReason = e.reason();
  }
  if (!selected || selected->subnets().empty()) {
    const std::string& vpcPath = props.vpc->node().path();
    fail(
        fmt::format("the VPC {} has no subnets for the cache ({} selects none): add a PRIVATE_WITH_EGRESS (or "
                    "PRIVATE_ISOLATED) subnet group to the VPC, or pass vpcSubnets selecting subnets it has (e.g. "
                    "{{.subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}){}",
                    vpcPath, describeSelection(selection),
                    vpcReason.empty() ? std::string() : fmt::format(" (the VPC says: {})", vpcReason)));
  }

  return *selected;
}

/// The AWS::ElastiCache::ReplicationGroup properties.
CfnReplicationGroupProps replicationGroupProps(const cdk::Construct& cache, const CacheProps& props,
                                               const CacheModes& modes, const CfnSubnetGroup& subnetGroup,
                                               const secretsmanager::ISecret* authToken,
                                               const std::vector<cdk::Handle<ec2::ISecurityGroup>>& securityGroups) {
  const bool clusterMode = modes.clusterMode;
  const int replicas = props.replicasPerNodeGroup;
  CfnReplicationGroupProps cfn;
  cfn.atRestEncryptionEnabled = props.encryptionKey ? true : props.atRestEncryption.value_or(true);
  if (authToken) cfn.authToken = authToken->secretValue();
  cfn.automaticFailoverEnabled = modes.failover;
  cfn.cacheNodeType = props.cacheNodeType;
  cfn.cacheSubnetGroupName = subnetGroup.ref();
  if (clusterMode) cfn.clusterMode = "enabled";
  cfn.engine = std::string(elasticache::toString(props.engine));
  if (props.engineVersion) cfn.engineVersion = *props.engineVersion;
  if (props.encryptionKey) cfn.kmsKeyId = props.encryptionKey->keyArn();
  cfn.multiAzEnabled = modes.multiAz;
  if (clusterMode) {
    cfn.numNodeGroups = props.numNodeGroups;
    cfn.replicasPerNodeGroup = replicas;
  } else {
    cfn.numCacheClusters = 1 + replicas;
  }
  cfn.port = props.port;
  cfn.replicationGroupDescription =
      props.description ? *props.description : "Replication group for " + cdk::Names::uniqueId(cache);
  if (props.replicationGroupId) cfn.replicationGroupId = *props.replicationGroupId;
  cdk::Value::List securityGroupIds;
  for (const auto& group : securityGroups) securityGroupIds.push_back(group->securityGroupId());
  cfn.securityGroupIds = cdk::ValueList(std::move(securityGroupIds));
  if (props.snapshotRetentionLimit) cfn.snapshotRetentionLimit = *props.snapshotRetentionLimit;
  if (props.snapshotWindow) cfn.snapshotWindow = *props.snapshotWindow;
  cfn.transitEncryptionEnabled = props.transitEncryption;
  if (!props.userGroupIds.empty()) cfn.userGroupIds = cdk::ValueList(props.userGroupIds);
  return cfn;
}

}  // namespace

Cache::Cache(cdk::Construct& scope, std::string_view id, CacheProps props) : cdk::Resource(scope, id) {
  const CacheModes modes = validate(node().path(), props);
  const ec2::SelectedSubnets selected = selectCacheSubnets(node().path(), props);

  subnetGroup_ =
      &make<CfnSubnetGroup>("Subnets", CfnSubnetGroupProps{.description = fmt::format("Subnets for {} cache", id),
                                                           .subnetIds = cdk::ValueList(selected.subnetIds())});
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups = props.securityGroups;
  if (securityGroups.empty()) {
    securityGroups.push_back(make<ec2::SecurityGroup>(
        "SecurityGroup",
        ec2::SecurityGroupProps{.description = fmt::format("Security group for {} cache.", id), .vpc = props.vpc}));
  }
  const CacheAuthToken token = props.authToken.value_or(
      props.transitEncryption && props.userGroupIds.empty() ? CacheAuthToken::generate() : CacheAuthToken::none());
  if (token.isGenerated()) {
    secretsmanager::SecretProps secretProps{.description = fmt::format("Auth token for {} cache", id),
                                            .generateSecretString = secretsmanager::SecretStringGenerator{
                                                .excludePunctuation = true, .passwordLength = 64}};
    if (token.encryptionKey()) secretProps.encryptionKey = *token.encryptionKey();
    authToken_ = &make<secretsmanager::Secret>("AuthToken", std::move(secretProps));
  } else if (token.secret()) {
    authToken_ = token.secret();
  }

  resource_ = &make<CfnReplicationGroup>(
      "Resource", replicationGroupProps(*this, props, modes, *subnetGroup_, authToken_, securityGroups));
  resource_->applyRemovalPolicy(props.removalPolicy);

  clusterMode_ = modes.clusterMode;
  numNodeGroups_ = props.numNodeGroups;
  replicasPerNodeGroup_ = props.replicasPerNodeGroup;
  port_ = props.port;
  connections_ =
      ec2::Connections({.defaultPort = ec2::Port::tcp(props.port), .securityGroups = std::move(securityGroups)});
}

Cache::~Cache() = default;

cdk::Value Cache::replicationGroupId() const { return resource_->ref(); }

cdk::Value Cache::primaryEndpointAddress() const {
  if (clusterMode_) {
    throw cdk::ConstructError(node().path(),
                              "a cache in cluster mode has no primary endpoint; use "
                              "configurationEndpointAddress()");
  }
  return resource_->attrPrimaryEndPointAddress();
}

cdk::Value Cache::primaryEndpointPort() const {
  if (clusterMode_) {
    throw cdk::ConstructError(node().path(),
                              "a cache in cluster mode has no primary endpoint; use "
                              "configurationEndpointPort()");
  }
  return resource_->attrPrimaryEndPointPort();
}

cdk::Value Cache::readerEndpointAddress() const {
  if (clusterMode_) {
    throw cdk::ConstructError(node().path(),
                              "a cache in cluster mode has no reader endpoint; use "
                              "configurationEndpointAddress()");
  }
  return resource_->attrReaderEndPointAddress();
}

cdk::Value Cache::readerEndpointPort() const {
  if (clusterMode_) {
    throw cdk::ConstructError(node().path(),
                              "a cache in cluster mode has no reader endpoint; use "
                              "configurationEndpointPort()");
  }
  return resource_->attrReaderEndPointPort();
}

cdk::Value Cache::configurationEndpointAddress() const {
  if (!clusterMode_) {
    throw cdk::ConstructError(node().path(),
                              "only a cache in cluster mode (numNodeGroups > 1) has a configuration "
                              "endpoint; use primaryEndpointAddress()");
  }
  return resource_->attrConfigurationEndPointAddress();
}

cdk::Value Cache::configurationEndpointPort() const {
  if (!clusterMode_) {
    throw cdk::ConstructError(node().path(),
                              "only a cache in cluster mode (numNodeGroups > 1) has a configuration "
                              "endpoint; use primaryEndpointPort()");
  }
  return resource_->attrConfigurationEndPointPort();
}

}  // namespace cdk::elasticache
