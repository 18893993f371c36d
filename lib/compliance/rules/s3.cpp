// S3 rules (cdk-nag src/rules/s3): buckets and bucket policies.
#include <fmt/format.h>

#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

constexpr std::string_view kBucket = "AWS::S3::Bucket";
constexpr std::string_view kBucketPolicy = "AWS::S3::BucketPolicy";

R S3BucketLevelPublicAccessProhibited(const RuleContext& c) {
  const View& v = c.view;
  Js block = c.property("PublicAccessBlockConfiguration");
  if (block.nullish()) return R::compliant();
  // All four are resolved before they are compared: one that cannot be resolved fails the rule.
  bool all = true;
  for (std::string_view setting :
       {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"}) {
    all = v.resolveIfPrimitive(v.member(block, setting, As::Boolean)).isTrue() && all;
  }
  return R::of(all);
}

R S3BucketLoggingEnabled(const RuleContext& c) {
  const View& v = c.view;
  Js logging = c.property("LoggingConfiguration");
  if (!logging.nullish() &&
      !(v.member(logging, "DestinationBucketName").nullish() && v.member(logging, "LogFilePrefix").nullish())) {
    return R::compliant();
  }
  // A bucket with no logging of its own passes when it is the access-log destination of a bucket here.
  const std::string pattern = fmt::format("{}(?![\\w])", c.resource.logicalId);
  Js bucketName = c.property("BucketName", As::String);
  for (const Resource* bucket : c.index.ofType(kBucket)) {
    Js destination =
        v.optionalMember(c.propertyOf(*bucket, "LoggingConfiguration"), "DestinationBucketName", As::String);
    const std::string flat = flattenCfnReference(v, destination);
    if (regexSearch(pattern, flat) || (bucketName.isString() && bucketName.str() == flat)) return R::compliant();
  }
  return R::nonCompliant();
}

/// cdk-nag's S3BucketPublicReadProhibited and S3BucketPublicWriteProhibited: BlockPublicPolicy, and
/// BlockPublicAcls where the ACL is one of `acls`.
R publicAccessRule(const RuleContext& c, std::initializer_list<std::string_view> acls) {
  const View& v = c.view;
  Js block = c.property("PublicAccessBlockConfiguration");
  if (block.undefined() || !v.resolveIfPrimitive(v.member(block, "BlockPublicPolicy", As::Boolean)).isTrue()) {
    return R::nonCompliant();
  }
  Js acl = v.resolveIfPrimitive(c.property("AccessControl", As::String));
  Js blockAcls = v.resolveIfPrimitive(v.member(block, "BlockPublicAcls", As::Boolean));
  bool publicAcl = false;
  for (std::string_view a : acls) publicAcl = publicAcl || acl.is(a);
  return R::of(!(publicAcl && !blockAcls.isTrue()));
}

R S3BucketPublicReadProhibited(const RuleContext& c) { return publicAccessRule(c, {"PublicRead", "PublicReadWrite"}); }

R S3BucketPublicWriteProhibited(const RuleContext& c) { return publicAccessRule(c, {"PublicReadWrite"}); }

R S3BucketReplicationEnabled(const RuleContext& c) {
  const View& v = c.view;
  Js replication = c.property("ReplicationConfiguration");
  if (replication.undefined()) return R::nonCompliant();
  for (Js rule : v.iterate(v.member(replication, "Rules"))) {
    if (v.member(rule, "Status", As::String).is("Enabled")) return R::compliant();
  }
  return R::nonCompliant();
}

/// checkMatchingAction of S3BucketSSLRequestsOnly: "*" or "s3:*".
bool allActions(Js actions) {
  if (actions.isArray()) {
    for (const auto& action : *actions) {
      Js a(&action);
      if (a.is("*") || toLowerCase(a) == "s3:*") return true;
    }
    return false;
  }
  return actions.is("*") || toLowerCase(actions) == "s3:*";
}

/// checkMatchingPrincipal of S3BucketSSLRequestsOnly and SNSTopicSSLPublishOnly: "*" or {"AWS": "*"}.
bool allPrincipals(const View& v, Js principals) {
  if (principals.is("*")) return true;
  Js aws = v.member(principals, "AWS");
  if (aws.isArray()) {
    for (const auto& account : *aws) {
      if (Js(&account).is("*")) return true;
    }
    return false;
  }
  return aws.is("*");
}

/// checkMatchingResources of S3BucketSSLRequestsOnly: the bucket and its objects ("<bucket>/*").
bool bucketAndObjects(const View& v, std::string_view bucketLogicalId, Js bucketName, bool nameIsToken, Js resources) {
  if (!resources.isArray()) return false;
  std::vector<std::string> bucketRegexes{fmt::format("({}(?![\\w\\-]))", bucketLogicalId)};
  std::vector<std::string> objectRegexes{fmt::format("({}(?![\\w\\-]).*\\/\\*)", bucketLogicalId)};
  // A name read without resolution is a token string ("${Token[...]}"): as a pattern it asserts the end of the
  // text before more text, so it can never match; it is left out.
  if (!bucketName.undefined() && !nameIsToken) {
    const std::string name = toJsString(bucketName);
    bucketRegexes.push_back(fmt::format("({}(?![\\w\\-]))", name));
    objectRegexes.push_back(fmt::format("({}(?![\\w\\-]).*\\/\\*)", name));
  }
  const std::string bucketPattern = fmt::format("{}", fmt::join(bucketRegexes, "|"));
  const std::string objectPattern = fmt::format("{}", fmt::join(objectRegexes, "|"));
  bool bucketMatched = false;
  bool objectsMatched = false;
  for (Js resource : v.iterate(resources)) {
    const std::string text = v.stringify(resource);
    if (!bucketMatched && regexSearch(bucketPattern, text) && text.find('/') == std::string::npos) {
      bucketMatched = true;
    } else if (!objectsMatched && regexSearch(objectPattern, text) && text.find('/') == text.rfind('/')) {
      objectsMatched = true;
    }
    if (bucketMatched && objectsMatched) return true;
  }
  return false;
}

/// isCompliantPolicy of S3BucketSSLRequestsOnly: a statement that denies every action to every principal on the
/// bucket and its objects when aws:SecureTransport is false.
bool deniesInsecureTransport(const RuleContext& c, const Resource& policy, std::string_view bucketLogicalId,
                             Js bucketName, bool nameIsToken) {
  const View& v = c.view;
  Js document = c.propertyOf(policy, "PolicyDocument");
  for (Js statement : v.iterate(v.member(document, "Statement"))) {
    Js secure =
        v.optionalMember(v.optionalMember(v.optionalMember(statement, "Condition"), "Bool"), "aws:SecureTransport");
    if (v.member(statement, "Effect").is("Deny") && allActions(v.member(statement, "Action")) &&
        allPrincipals(v, v.member(statement, "Principal")) && (secure.is("false") || secure.isFalse()) &&
        bucketAndObjects(v, bucketLogicalId, bucketName, nameIsToken, v.member(statement, "Resource"))) {
      return true;
    }
  }
  return false;
}

R S3BucketSSLRequestsOnly(const RuleContext& c) {
  const View& v = c.view;
  if (c.resource.type == kBucketPolicy) {
    Js raw = c.property("Bucket", As::String);
    Js bucket = v.resolveResourceFromIntrinsic(raw);
    const std::string id = toJsString(bucket);
    return R::of(deniesInsecureTransport(c, c.resource, id, raw, raw.isObjectLike()));
  }
  Js bucketName = c.property("BucketName", As::String);
  for (const Resource* policy : c.index.ofType(kBucketPolicy)) {
    Js bucket = v.resolveResourceFromIntrinsic(c.propertyOf(*policy, "Bucket", As::String));
    const bool matching = bucket.is(c.resource.logicalId) || strictEqualsString(bucket, bucketName);
    if (matching && deniesInsecureTransport(c, *policy, c.resource.logicalId, bucketName, false)) {
      return R::compliant();
    }
  }
  return R::nonCompliant();
}

R S3BucketVersioningEnabled(const RuleContext& c) {
  Js versioning = c.property("VersioningConfiguration");
  if (versioning.undefined()) return R::nonCompliant();
  return R::of(!c.view.resolveIfPrimitive(c.view.member(versioning, "Status", As::String)).is("Suspended"));
}

R S3DefaultEncryptionKMS(const RuleContext& c) {
  const View& v = c.view;
  Js encryption = c.property("BucketEncryption");
  if (encryption.nullish()) return R::nonCompliant();
  for (Js rule : v.iterate(v.member(encryption, "ServerSideEncryptionConfiguration"))) {
    Js byDefault = v.member(rule, "ServerSideEncryptionByDefault");
    if (byDefault.nullish()) return R::nonCompliant();
    if (toLowerCase(v.resolveIfPrimitive(v.member(byDefault, "SSEAlgorithm", As::String))) != "aws:kms") {
      return R::nonCompliant();
    }
  }
  return R::compliant();
}

/// isMatchingCompliantPolicy of S3WebBucketOAIAccess: the bucket's policy grants only s3:GetObject/PutObject,
/// only to CloudFront origin access identities, and nothing to "*".
bool oaiOnly(const RuleContext& c, const Resource& policy, Js bucketName) {
  const View& v = c.view;
  Js bucket = v.resolveResourceFromIntrinsic(c.propertyOf(policy, "Bucket", As::String));
  if (!bucket.is(c.resource.logicalId) && !strictEqualsString(bucket, bucketName)) return false;
  bool found = false;
  for (Js statement : v.iterate(v.member(c.propertyOf(policy, "PolicyDocument"), "Statement"))) {
    if (!v.member(statement, "Effect").is("Allow")) continue;
    Js principals = v.member(statement, "Principal");
    if (v.stringify(principals.nullish() ? v.keep("") : principals).find('*') != std::string::npos) return false;
    Js aws = v.member(principals, "AWS");
    const bool oai =
        v.stringify(aws.nullish() ? v.keep("") : aws).find("CloudFront Origin Access Identity") != std::string::npos ||
        truthy(v.optionalMember(principals, "CanonicalUser"));
    if (oai) {
      Js actions = v.member(statement, "Action");
      bool onlyObjects = true;
      for (Js action : actions.isArray() ? v.iterate(actions) : std::vector<Js>{actions}) {
        const std::string lower = toLowerCase(action);
        if (lower != "s3:getobject" && lower != "s3:putobject") {
          onlyObjects = false;
          break;
        }
      }
      if (!onlyObjects) return false;
      found = true;
    }
  }
  return found;
}

R S3WebBucketOAIAccess(const RuleContext& c) {
  if (c.property("WebsiteConfiguration").undefined()) return R::compliant();
  Js bucketName = c.property("BucketName", As::String);
  bool found = false;
  for (const Resource* policy : c.index.ofType(kBucketPolicy)) {
    if (oaiOnly(c, *policy, bucketName)) found = true;
  }
  return R::of(found);
}

const Rule kS3Rules[] = {
    {"S3BucketLevelPublicAccessProhibited",
     {kBucket},
     S3BucketLevelPublicAccessProhibited,
     "set all four PublicAccessBlockConfiguration settings to true (blockPublicAccess BLOCK_ALL)."},
    {"S3BucketLoggingEnabled",
     {kBucket},
     S3BucketLoggingEnabled,
     "log server access to another bucket (serverAccessLogsBucket), or make this bucket the access-log "
     "destination of one."},
    {"S3BucketPublicReadProhibited",
     {kBucket},
     S3BucketPublicReadProhibited,
     "block public access (PublicAccessBlockConfiguration with BlockPublicPolicy and BlockPublicAcls true)."},
    {"S3BucketPublicWriteProhibited",
     {kBucket},
     S3BucketPublicWriteProhibited,
     "block public access (PublicAccessBlockConfiguration with BlockPublicPolicy and BlockPublicAcls true)."},
    {"S3BucketReplicationEnabled",
     {kBucket},
     S3BucketReplicationEnabled,
     "replicate the bucket (ReplicationConfiguration with an Enabled rule), or acknowledge the rule with the "
     "reason (log buckets and replica destinations)."},
    {"S3BucketSSLRequestsOnly",
     {kBucket, kBucketPolicy},
     S3BucketSSLRequestsOnly,
     "deny requests without TLS in the bucket policy (enforceSSL): Deny \"s3:*\" to \"*\" on the bucket and "
     "its objects when aws:SecureTransport is false."},
    {"S3BucketVersioningEnabled",
     {kBucket},
     S3BucketVersioningEnabled,
     "enable versioning (VersioningConfiguration Status Enabled, versioned)."},
    {"S3DefaultEncryptionKMS",
     {kBucket},
     S3DefaultEncryptionKMS,
     "encrypt with KMS by default (BucketEncryption SSEAlgorithm aws:kms, encryption KMS)."},
    {"S3WebBucketOAIAccess",
     {kBucket},
     S3WebBucketOAIAccess,
     "serve the website through CloudFront with an origin access identity granted only s3:GetObject."},
};

}  // namespace

std::span<const Rule> s3Rules() { return kS3Rules; }

}  // namespace cdk::compliance::detail
