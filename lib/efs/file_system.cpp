#include "cdk/efs/file_system.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/efs.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/feature_flags.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/tags.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/efs/access_point.hpp"
#include "cdk/kms/key.hpp"

namespace cdk::efs {

constexpr auto kPerformanceModeNames = cdk::enumNames<PerformanceMode>({
    {PerformanceMode::GENERAL_PURPOSE, "generalPurpose"},
    {PerformanceMode::MAX_IO, "maxIO"},
});
std::string_view toString(PerformanceMode mode) noexcept { return cdk::nameOf(kPerformanceModeNames, mode); }

constexpr auto kThroughputModeNames = cdk::enumNames<ThroughputMode>({
    {ThroughputMode::BURSTING, "bursting"},
    {ThroughputMode::PROVISIONED, "provisioned"},
    {ThroughputMode::ELASTIC, "elastic"},
});
std::string_view toString(ThroughputMode mode) noexcept { return cdk::nameOf(kThroughputModeNames, mode); }

constexpr auto kLifecyclePolicyNames = cdk::enumNames<LifecyclePolicy>({
    {LifecyclePolicy::AFTER_1_DAY, "AFTER_1_DAY"},
    {LifecyclePolicy::AFTER_7_DAYS, "AFTER_7_DAYS"},
    {LifecyclePolicy::AFTER_14_DAYS, "AFTER_14_DAYS"},
    {LifecyclePolicy::AFTER_30_DAYS, "AFTER_30_DAYS"},
    {LifecyclePolicy::AFTER_60_DAYS, "AFTER_60_DAYS"},
    {LifecyclePolicy::AFTER_90_DAYS, "AFTER_90_DAYS"},
    {LifecyclePolicy::AFTER_180_DAYS, "AFTER_180_DAYS"},
    {LifecyclePolicy::AFTER_270_DAYS, "AFTER_270_DAYS"},
    {LifecyclePolicy::AFTER_365_DAYS, "AFTER_365_DAYS"},
});
std::string_view toString(LifecyclePolicy policy) noexcept { return cdk::nameOf(kLifecyclePolicyNames, policy); }

constexpr auto kOutOfInfrequentAccessPolicyNames = cdk::enumNames<OutOfInfrequentAccessPolicy>({
    {OutOfInfrequentAccessPolicy::AFTER_1_ACCESS, "AFTER_1_ACCESS"},
});
std::string_view toString(OutOfInfrequentAccessPolicy policy) noexcept {
  return cdk::nameOf(kOutOfInfrequentAccessPolicyNames, policy);
}

constexpr auto kReplicationOverwriteProtectionNames = cdk::enumNames<ReplicationOverwriteProtection>({
    {ReplicationOverwriteProtection::ENABLED, "ENABLED"},
    {ReplicationOverwriteProtection::DISABLED, "DISABLED"},
    {ReplicationOverwriteProtection::REPLICATING, "REPLICATING"},
});
std::string_view toString(ReplicationOverwriteProtection protection) noexcept {
  return cdk::nameOf(kReplicationOverwriteProtectionNames, protection);
}

namespace {

constexpr std::string_view DENY_ANONYMOUS_ACCESS_FLAG = "@aws-cdk/aws-efs:denyAnonymousAccess";
constexpr std::string_view MOUNT_TARGET_ORDER_INSENSITIVE_FLAG =
    "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId";

cdk::Value::Map mountTargetCondition() {
  return {{"Bool", cdk::Value::map({{"elasticfilesystem:AccessedViaMountTarget", "true"}})}};
}

/// Checks aws-cdk-lib makes in the constructor, before anything is created.
void validate(const std::string& path, const FileSystemProps& props) {
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (!props.vpc) fail("FileSystem needs a VPC: pass vpc = <the VPC of the mount targets>");
  if (props.performanceMode == PerformanceMode::MAX_IO && props.oneZone) {
    fail("performanceMode MAX_IO is not supported for One Zone file systems. Use GENERAL_PURPOSE or remove oneZone");
  }
  if (props.oneZone && props.vpcSubnets) {
    const auto& zones = props.vpcSubnets->availabilityZones;
    if (zones.empty()) {
      fail(
          "When oneZone is enabled and vpcSubnets defined, vpcSubnets.availabilityZones can not be undefined. Give "
          "vpcSubnets.availabilityZones the one zone of the file system");
    }
    if (zones.size() != 1) {
      fail(
          fmt::format("When oneZone is enabled, vpcSubnets.availabilityZones should exactly have one zone (got {}). "
                      "Keep one of them",
                      zones.size()));
    }
    const auto& vpcZones = props.vpc->availabilityZones();
    const bool allLiteral = std::all_of(vpcZones.begin(), vpcZones.end(), [](const cdk::Value& z) {
      return z.isString() && z.asString().rfind("dummy", 0) != 0;
    });
    if (allLiteral && !zones.front().isUnresolved() &&
        std::find(vpcZones.begin(), vpcZones.end(), zones.front()) == vpcZones.end()) {
      std::string list;
      for (const auto& z : vpcZones) list += (list.empty() ? "" : ", ") + z.toString();
      fail(
          fmt::format("vpcSubnets.availabilityZones specified is not in vpc.availabilityZones ('{}' is not one of {}). "
                      "Give one of the VPC's zones",
                      zones.front().toString(), list));
    }
  }
  if (props.throughputMode == ThroughputMode::PROVISIONED && !props.provisionedThroughputPerSecond) {
    fail(
        "Property provisionedThroughputPerSecond is required when throughputMode is PROVISIONED; give the "
        "throughput in MiB/s");
  }
  if (props.throughputMode == ThroughputMode::ELASTIC && props.performanceMode == PerformanceMode::MAX_IO) {
    fail(
        "ThroughputMode ELASTIC is not supported for file systems with performanceMode MAX_IO. Use GENERAL_PURPOSE "
        "with ELASTIC, or another throughput mode with MAX_IO");
  }
  if (props.provisionedThroughputPerSecond && *props.provisionedThroughputPerSecond <= 0) {
    fail(fmt::format("provisionedThroughputPerSecond must be positive (got {}); give the throughput in MiB/s",
                     *props.provisionedThroughputPerSecond));
  }
  if (!props.encrypted && props.kmsKey) {
    fail(
        "encrypted is false but a kmsKey is given; a KMS key needs an encrypted file system: remove encrypted = "
        "false or the kmsKey");
  }
}

}  // namespace

FileSystem::FileSystem(cdk::Construct& scope, std::string_view id, FileSystemProps props)
    : cdk::Resource(scope, id), allowAnonymousAccess_(props.allowAnonymousAccess), policy_(props.fileSystemPolicy) {
  validate(node().path(), props);

  std::vector<CfnFileSystem::LifecyclePolicyProperty> lifecyclePolicies;
  if (props.lifecyclePolicy) {
    lifecyclePolicies.push_back({.transitionToIa = std::string(efs::toString(*props.lifecyclePolicy))});
  }
  if (props.outOfInfrequentAccessPolicy) {
    lifecyclePolicies.push_back(
        {.transitionToPrimaryStorageClass = std::string(efs::toString(*props.outOfInfrequentAccessPolicy))});
  }
  if (props.transitionToArchivePolicy) {
    lifecyclePolicies.push_back({.transitionToArchive = std::string(efs::toString(*props.transitionToArchivePolicy))});
  }
  const cdk::Value oneZoneAzName =
      props.vpcSubnets && !props.vpcSubnets->availabilityZones.empty()
          ? props.vpcSubnets->availabilityZones.front()
          : (props.vpc->availabilityZones().empty() ? cdk::Value() : props.vpc->availabilityZones().front());

  CfnFileSystemProps cfn;
  if (props.oneZone) cfn.availabilityZoneName = oneZoneAzName;
  if (props.enableAutomaticBackups) cfn.backupPolicy = CfnFileSystem::BackupPolicyProperty{.status = "ENABLED"};
  cfn.encrypted = props.encrypted;
  // Grants made after construction add to the policy: render it at synthesis (nothing when it is empty).
  cfn.fileSystemPolicy = cdk::Lazy::any([this] { return renderPolicy(); }, {.omitEmptyArray = true});
  if (props.replicationOverwriteProtection) {
    cfn.fileSystemProtection = CfnFileSystem::FileSystemProtectionProperty{
        .replicationOverwriteProtection = std::string(efs::toString(*props.replicationOverwriteProtection))};
  }
  if (props.kmsKey) cfn.kmsKeyId = props.kmsKey->keyArn();
  if (!lifecyclePolicies.empty()) cfn.lifecyclePolicies = std::move(lifecyclePolicies);
  if (props.performanceMode) cfn.performanceMode = std::string(efs::toString(*props.performanceMode));
  if (props.provisionedThroughputPerSecond) cfn.provisionedThroughputInMibps = *props.provisionedThroughputPerSecond;
  if (props.throughputMode) cfn.throughputMode = std::string(efs::toString(*props.throughputMode));
  resource_ = &make<CfnFileSystem>("Resource", std::move(cfn));
  resource_->applyRemovalPolicy(props.removalPolicy, {.defaultPolicy = cdk::RemovalPolicy::RETAIN});

  cdk::Tags::of(*this).add(
      "Name", props.fileSystemName && !props.fileSystemName->empty() ? *props.fileSystemName : node().path());

  ec2::ISecurityGroup* securityGroup = props.securityGroup.get();
  if (!securityGroup) {
    securityGroup = &make<ec2::SecurityGroup>("EfsSecurityGroup", ec2::SecurityGroupProps{.vpc = props.vpc});
  }
  connections_ = ec2::Connections({.defaultPort = ec2::Port::tcp(DEFAULT_PORT), .securityGroups = {*securityGroup}});

  ec2::SubnetSelection selection;
  if (props.oneZone) {
    selection.availabilityZones = {oneZoneAzName};
  } else if (props.vpcSubnets) {
    selection = *props.vpcSubnets;
  } else {
    selection.onePerAz = true;
  }
  const ec2::SelectedSubnets subnets = props.vpc->selectSubnets(selection);
  const bool orderInsensitive = cdk::FeatureFlags::of(*this).isEnabled(MOUNT_TARGET_ORDER_INSENSITIVE_FLAG);
  int count = 0;
  for (const auto& subnet : subnets.subnets()) {
    std::string mountTargetId;
    if (orderInsensitive) {
      mountTargetId = "EfsMountTarget-" + subnet->node().id();
    } else {
      mountTargetId = "EfsMountTarget" + std::to_string(count + 1);
    }
    ++count;
    auto& mountTarget = make<CfnMountTarget>(
        mountTargetId, CfnMountTargetProps{.fileSystemId = fileSystemId(),
                                           .securityGroups = cdk::ValueList{securityGroup->securityGroupId()},
                                           .subnetId = subnet->subnetId()});
    mountTargetsAvailable_.add(mountTarget);
  }
}

FileSystem::~FileSystem() = default;

cdk::Value FileSystem::fileSystemId() const { return resource_->ref(); }

cdk::Value FileSystem::fileSystemArn() const { return resource_->attrArn(); }

cdk::Value FileSystem::renderPolicy() const {
  const bool denyAnonymousAccessByDefault =
      cdk::FeatureFlags::of(*this).isEnabled(DENY_ANONYMOUS_ACCESS_FLAG) || grantedClient_;
  std::vector<iam::PolicyStatement> statements;
  if (policy_) statements = policy_->statements();
  if (!allowAnonymousAccess_.value_or(!denyAnonymousAccessByDefault)) {
    statements.emplace_back(iam::PolicyStatementProps{.actions = {ClientAction::WRITE, ClientAction::ROOT_ACCESS},
                                                      .conditions = mountTargetCondition(),
                                                      .principals = {std::make_shared<iam::AnyPrincipal>()}});
  }
  // An empty document is left out (an empty list is dropped by the Lazy).
  if (statements.empty()) return cdk::Value(cdk::Value::List{});
  iam::PolicyDocument document;
  document.addStatements(statements);
  return document.toValue();
}

iam::AddToResourcePolicyResult FileSystem::addToResourcePolicy(const iam::PolicyStatement& statement) {
  if (!policy_) policy_ = iam::PolicyDocument();
  policy_->addStatements(statement);
  return {.policyDependable = this, .statementAdded = true};
}

iam::Grant FileSystem::grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  return iam::Grant::addToPrincipalOrResource(
      {.actions = actions, .grantee = grantee, .resource = *this, .resourceArns = {fileSystemArn()}});
}

iam::Grant FileSystem::grantClient(const iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  grantedClient_ = true;
  return iam::Grant::addToPrincipalOrResource({.actions = actions,
                                               .conditions = mountTargetCondition(),
                                               .grantee = grantee,
                                               .resource = *this,
                                               .resourceArns = {fileSystemArn()}});
}

iam::Grant FileSystem::grantRead(const iam::IGrantable& grantee) { return grantClient(grantee, {ClientAction::MOUNT}); }

iam::Grant FileSystem::grantReadWrite(const iam::IGrantable& grantee) {
  return grantClient(grantee, {ClientAction::MOUNT, ClientAction::WRITE});
}

iam::Grant FileSystem::grantRootAccess(const iam::IGrantable& grantee) {
  return grantClient(grantee, {ClientAction::MOUNT, ClientAction::WRITE, ClientAction::ROOT_ACCESS});
}

AccessPoint& FileSystem::addAccessPoint(std::string_view id, const AccessPointOptions& options) {
  return make<AccessPoint>(id, AccessPointProps{.clientToken = options.clientToken,
                                                .createAcl = options.createAcl,
                                                .fileSystem = *this,
                                                .path = options.path,
                                                .posixUser = options.posixUser});
}

}  // namespace cdk::efs
