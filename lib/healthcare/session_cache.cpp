#include "cdk/healthcare/session_cache.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "cdk/cfn/elasticache.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/arn.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/lambda/function.hpp"
#include "cdk/secretsmanager/rotation_schedule.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "healthcare/secure_defaults.hpp"

namespace cdk::healthcare {

namespace {

void validate(const cdk::Construct& scope, const SessionCacheProps& props, int backupDays) {
  const std::string path = scope.node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  detail::checkProfile(scope, props.profile);
  if (!props.vpc) fail("vpc is required: pass the VPC of the cache (e.g. SecureVpc's vpc())");
  if (props.vpcSubnets && props.vpcSubnets->subnetType == ec2::SubnetType::PUBLIC) {
    fail(
        "vpcSubnets selects public subnets; sessions of PHI go in isolated subnets: remove vpcSubnets (the default "
        "is PRIVATE_ISOLATED) or select private ones");
  }
  if (backupDays < 15 || backupDays > 35) {
    fail(
        fmt::format("backupRetentionDays is {}; give 15 to 35 (HIPAA.Security-ElastiCacheRedisClusterAutomaticBackup "
                    "asks for 15 days at least)",
                    backupDays));
  }
  const bool token = props.authentication == SessionCacheAuthentication::AUTH_TOKEN;
  if (token && !props.authTokenRotation) {
    fail(
        "an AUTH token must be rotated (HIPAA.Security-SecretsManagerRotationEnabled) and AWS provides no function "
        "that rotates ElastiCache AUTH tokens: give authTokenRotation (a Lambda function of yours that rotates it), "
        "or use SessionCacheAuthentication::IAM (the default), which has nothing to rotate");
  }
  if (!token && props.authTokenRotation) {
    fail(
        "authTokenRotation rotates an AUTH token, but the cache uses IAM authentication: set authentication = "
        "SessionCacheAuthentication::AUTH_TOKEN, or remove authTokenRotation");
  }
  if (props.userName) {
    const std::string& name = *props.userName;
    const bool valid = !name.empty() && name.size() <= 32 && std::islower(static_cast<unsigned char>(name.front())) &&
                       std::all_of(name.begin(), name.end(),
                                   [](char c) {
                                     return std::islower(static_cast<unsigned char>(c)) ||
                                            std::isdigit(static_cast<unsigned char>(c)) || c == '-';
                                   }) &&
                       name.back() != '-' && name.find("--") == std::string::npos;
    if (!valid) {
      fail(
          fmt::format("userName '{}' is not a user id ElastiCache accepts: give 1 to 32 lower-case letters, digits "
                      "and single hyphens, starting with a letter and not ending with a hyphen",
                      name));
    }
  }
}

std::string toLower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

SessionCache::SessionCache(cdk::Construct& scope, std::string_view id, SessionCacheProps props)
    : cdk::Construct(scope, id), profile_(props.profile) {
  const int backupDays = props.backupRetentionDays.value_or(static_cast<int>(profile_.cacheBackupRetention.toDays()));
  validate(*this, props, backupDays);
  const int replicas = props.replicasPerNodeGroup.value_or(profile_.cacheReplicasPerShard);
  if (replicas == 0) {
    // No cdk-nag rule for failover: the reason is said where the cache is.
    const std::string& reason =
        detail::requireReason(*this, props.singleNodeReason ? props.singleNodeReason : profile_.singleCacheNodeReason,
                              "replicasPerNodeGroup is 0", "singleNodeReason", "give a replica per shard");
    cdk::Annotations::of(*this).addInfo("The session cache runs without a replica: " + reason);
  }
  const std::string engine(elasticache::toString(props.engine));

  key_ = props.encryptionKey.get();
  if (!key_) {
    key_ = &make<kms::Key>("Key", {.description = "Session cache of " + node().path(),
                                   .enableKeyRotation = true,
                                   .removalPolicy = detail::withoutSnapshot(profile_.removalPolicy)});
  }

  const bool iamAuthentication = props.authentication == SessionCacheAuthentication::IAM;
  std::vector<cdk::Value> userGroupIds;
  if (iamAuthentication) {
    const std::string name = props.userName.value_or(toLower(cdk::Names::uniqueResourceName(*this, {.maxLength = 32})));
    // A user group holds a user named "default"; this one can do nothing.
    auto& defaultUser = make<elasticache::CfnUser>(
        "DefaultUser",
        {.accessString = "off -@all",
         .authenticationMode = elasticache::CfnUser::AuthenticationModeProperty{.type = "no-password-required"},
         .engine = engine,
         .userId = name + "-default",
         .userName = "default"});
    user_ = &make<elasticache::CfnUser>(
        "User", {.accessString = props.accessString,
                 .authenticationMode = elasticache::CfnUser::AuthenticationModeProperty{.type = "iam"},
                 .engine = engine,
                 .userId = name,
                 .userName = name});
    userGroup_ = &make<elasticache::CfnUserGroup>(
        "UserGroup",
        {.engine = engine, .userGroupId = name + "-users", .userIds = cdk::ValueList{defaultUser.ref(), user_->ref()}});
    userGroupIds.push_back(userGroup_->ref());
  }

  cache_ = &make<elasticache::Cache>(
      "Cache",
      {.authToken =
           iamAuthentication ? elasticache::CacheAuthToken::none() : elasticache::CacheAuthToken::generate(*key_),
       .cacheNodeType = props.cacheNodeType.value_or(profile_.cacheNodeType),
       .encryptionKey = *key_,
       .engine = props.engine,
       .engineVersion = props.engineVersion,
       .numNodeGroups = props.numNodeGroups.value_or(profile_.cacheShards),
       .removalPolicy = profile_.removalPolicy,
       .replicasPerNodeGroup = replicas,
       .snapshotRetentionLimit = backupDays,
       .snapshotWindow = props.snapshotWindow,
       .userGroupIds = std::move(userGroupIds),
       .vpc = props.vpc,
       .vpcSubnets = props.vpcSubnets.value_or(ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_ISOLATED})});
  if (!iamAuthentication) {
    cache_->authToken()->addRotationSchedule("RotationSchedule", {.automaticallyAfter = props.rotateAuthTokenAfter,
                                                                  .rotationLambda = props.authTokenRotation});
  }
}

SessionCache::~SessionCache() = default;

iam::Grant SessionCache::grantConnect(const iam::IGrantable& grantee) const {
  if (!user_) {
    throw cdk::ConstructError(node().path(),
                              "grantConnect is for IAM authentication; with an AUTH token, grant read access to the "
                              "token's secret (authToken()->grantRead) instead");
  }
  const cdk::Value replicationGroupArn =
      cdk::Stack::of(*this).formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                       .resource = "replicationgroup",
                                       .resourceName = cache_->replicationGroupId(),
                                       .service = "elasticache"});
  return iam::Grant::addToPrincipal({.actions = {"elasticache:Connect"},
                                     .grantee = grantee,
                                     .resourceArns = {replicationGroupArn, user_->attrArn()}});
}

}  // namespace cdk::healthcare
