#include "cdk/s3/bucket.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>
#include <utility>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "cdk/cfn/s3.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/s3/bucket_policy.hpp"
#include "region_facts.hpp"

namespace cdk::s3 {

constexpr auto kBucketEncryptionNames = cdk::enumNames<BucketEncryption>({
    {BucketEncryption::UNENCRYPTED, "UNENCRYPTED"},
    {BucketEncryption::KMS_MANAGED, "KMS_MANAGED"},
    {BucketEncryption::S3_MANAGED, "S3_MANAGED"},
    {BucketEncryption::KMS, "KMS"},
    {BucketEncryption::DSSE_MANAGED, "DSSE_MANAGED"},
    {BucketEncryption::DSSE, "DSSE"},
});
std::string_view toString(BucketEncryption encryption) noexcept {
  return cdk::nameOf(kBucketEncryptionNames, encryption);
}

constexpr auto kObjectOwnershipNames = cdk::enumNames<ObjectOwnership>({
    {ObjectOwnership::BUCKET_OWNER_ENFORCED, "BucketOwnerEnforced"},
    {ObjectOwnership::BUCKET_OWNER_PREFERRED, "BucketOwnerPreferred"},
    {ObjectOwnership::OBJECT_WRITER, "ObjectWriter"},
});
std::string_view toString(ObjectOwnership ownership) noexcept { return cdk::nameOf(kObjectOwnershipNames, ownership); }

constexpr auto kBucketAccessControlNames = cdk::enumNames<BucketAccessControl>({
    {BucketAccessControl::PRIVATE, "Private"},
    {BucketAccessControl::PUBLIC_READ, "PublicRead"},
    {BucketAccessControl::PUBLIC_READ_WRITE, "PublicReadWrite"},
    {BucketAccessControl::AUTHENTICATED_READ, "AuthenticatedRead"},
    {BucketAccessControl::LOG_DELIVERY_WRITE, "LogDeliveryWrite"},
    {BucketAccessControl::BUCKET_OWNER_READ, "BucketOwnerRead"},
    {BucketAccessControl::BUCKET_OWNER_FULL_CONTROL, "BucketOwnerFullControl"},
    {BucketAccessControl::AWS_EXEC_READ, "AwsExecRead"},
});
std::string_view toString(BucketAccessControl accessControl) noexcept {
  return cdk::nameOf(kBucketAccessControlNames, accessControl);
}

constexpr auto kTransitionDefaultMinimumObjectSizeNames = cdk::enumNames<TransitionDefaultMinimumObjectSize>({
    {TransitionDefaultMinimumObjectSize::ALL_STORAGE_CLASSES_128_K, "all_storage_classes_128K"},
    {TransitionDefaultMinimumObjectSize::VARIES_BY_STORAGE_CLASS, "varies_by_storage_class"},
});
std::string_view toString(TransitionDefaultMinimumObjectSize size) noexcept {
  return cdk::nameOf(kTransitionDefaultMinimumObjectSizeNames, size);
}

namespace {

constexpr std::string_view GRANT_WRITE_WITHOUT_ACL_FLAG = "@aws-cdk/aws-s3:grantWriteWithoutAcl";
constexpr std::string_view PUBLIC_ACCESS_BLOCKED_BY_DEFAULT_FLAG = "@aws-cdk/aws-s3:publicAccessBlockedByDefault";
constexpr std::string_view SERVER_ACCESS_LOGS_USE_BUCKET_POLICY_FLAG =
    "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy";

const std::vector<std::string> BUCKET_READ_ACTIONS{"s3:GetObject*", "s3:GetBucket*", "s3:List*"};
const std::vector<std::string> LEGACY_BUCKET_PUT_ACTIONS{"s3:PutObject*", "s3:Abort*"};
const std::vector<std::string> BUCKET_PUT_ACTIONS{
    "s3:PutObject",        "s3:PutObjectLegalHold",      "s3:PutObjectRetention",
    "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"};
const std::vector<std::string> BUCKET_PUT_ACL_ACTIONS{"s3:PutObjectAcl", "s3:PutObjectVersionAcl"};
const std::vector<std::string> BUCKET_DELETE_ACTIONS{"s3:DeleteObject*"};
const std::vector<std::string> KEY_READ_ACTIONS{"kms:Decrypt", "kms:DescribeKey"};
const std::vector<std::string> KEY_WRITE_ACTIONS{"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                                                 "kms:Decrypt"};

/// A feature flag from the context; `byDefault` is aws-cdk-lib 2's value when the context does not set it.
bool flagEnabled(const cdk::IConstruct& scope, std::string_view flag, bool byDefault = false) {
  const auto value = scope.node().tryGetContext(flag);
  if (!value) return byDefault;
  if (value->isBool()) return value->asBool();
  if (value->isString()) return value->asString() == "true";
  return byDefault;
}

std::vector<std::string> concat(std::initializer_list<const std::vector<std::string>*> lists) {
  std::vector<std::string> out;
  for (const auto* list : lists) out.insert(out.end(), list->begin(), list->end());
  return out;
}

/// aws-cdk-lib's urlJoin: one '/' between components (a literal '/' at the seam is dropped; tokens are
/// left as they are). The first component is given as its parts, so a literal at its end is seen.
cdk::Value urlJoin(std::vector<cdk::Value> parts, const std::vector<cdk::Value>& components) {
  for (std::size_t i = 0; i < components.size(); ++i) {
    cdk::Value& last = parts.back();
    if (last.isString() && !last.asString().empty() && last.asString().back() == '/') {
      last = cdk::Value(last.asString().substr(0, last.asString().size() - 1));
    }
    cdk::Value component = components[i];
    if (component.isString() && !component.asString().empty() && component.asString().front() == '/') {
      component = cdk::Value(component.asString().substr(1));
    }
    parts.emplace_back("/");
    parts.push_back(std::move(component));
  }
  cdk::Value joined = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) joined += parts[i];
  return joined;
}

std::string isoDate(std::chrono::sys_seconds date) { return fmt::format("{:%Y-%m-%dT%H:%M:%S}Z", date); }

bool isInfrequentAccess(const StorageClass& storageClass) {
  return storageClass == StorageClass::INFREQUENT_ACCESS || storageClass == StorageClass::ONE_ZONE_INFREQUENT_ACCESS;
}

/// A lifecycle rule as aws-cdk-lib checks it, plus the 30-day minimum of the Infrequent Access classes that S3
/// enforces when the stack deploys.
void validateLifecycleRule(const std::string& path, const LifecycleRule& rule) {
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (rule.expiredObjectDeleteMarker.value_or(false) &&
      (rule.expiration || rule.expirationDate || !rule.tagFilters.empty())) {
    fail(
        "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters. Put "
        "expiredObjectDeleteMarker in a lifecycle rule of its own");
  }
  if (!rule.abortIncompleteMultipartUploadAfter && !rule.expiration && !rule.expirationDate &&
      !rule.expiredObjectDeleteMarker && !rule.noncurrentVersionExpiration && !rule.noncurrentVersionsToRetain &&
      rule.noncurrentVersionTransitions.empty() && rule.transitions.empty()) {
    fail(
        "All rules for `lifecycleRules` must have at least one of the following properties: "
        "`abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, "
        "`noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or "
        "`transitions`");
  }
  for (const auto& transition : rule.transitions) {
    if (transition.transitionDate.has_value() == transition.transitionAfter.has_value()) {
      fail(
          "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition "
          "(transition to " +
          (transition.storageClass.value().empty() ? std::string("<no storage class>")
                                                   : transition.storageClass.value()) +
          ")");
    }
  }
  auto requireStorageClass = [&](const StorageClass& storageClass, std::string_view what) {
    if (storageClass.value().empty()) {
      fail(fmt::format("a lifecycle rule {} has no storageClass: give it one, e.g. StorageClass::GLACIER", what));
    }
  };
  for (const auto& transition : rule.transitions) {
    requireStorageClass(transition.storageClass, "transition");
    if (transition.transitionAfter && isInfrequentAccess(transition.storageClass) &&
        transition.transitionAfter->toDays() < 30) {
      fail(fmt::format(
          "a lifecycle transition to {} after {} days: S3 keeps objects at least 30 days in their storage class "
          "before STANDARD_IA or ONEZONE_IA and refuses the rule when the stack deploys (aws-cdk-lib lets it "
          "through). Use transitionAfter = Duration::days(30) or more, or GLACIER_INSTANT_RETRIEVAL",
          transition.storageClass.value(), transition.transitionAfter->toDays()));
    }
  }
  for (const auto& transition : rule.noncurrentVersionTransitions) {
    requireStorageClass(transition.storageClass, "noncurrent version transition");
    if (!transition.transitionAfter) {
      fail("a noncurrent version transition has no transitionAfter: give the days after which versions move");
    }
    if (isInfrequentAccess(transition.storageClass) && transition.transitionAfter->toDays() < 30) {
      fail(fmt::format(
          "a noncurrent version transition to {} after {} days: S3 keeps versions at least 30 days noncurrent "
          "before STANDARD_IA or ONEZONE_IA and refuses the rule when the stack deploys (aws-cdk-lib lets it "
          "through). Use transitionAfter = Duration::days(30) or more",
          transition.storageClass.value(), transition.transitionAfter->toDays()));
    }
  }
}

CfnBucket::RuleProperty renderLifecycleRule(const LifecycleRule& rule) {
  CfnBucket::RuleProperty out;
  if (rule.abortIncompleteMultipartUploadAfter) {
    out.abortIncompleteMultipartUpload = CfnBucket::AbortIncompleteMultipartUploadProperty{
        .daysAfterInitiation = rule.abortIncompleteMultipartUploadAfter->toDays()};
  }
  if (rule.expirationDate) out.expirationDate = isoDate(*rule.expirationDate);
  if (rule.expiration) out.expirationInDays = rule.expiration->toDays();
  if (rule.expiredObjectDeleteMarker) out.expiredObjectDeleteMarker = *rule.expiredObjectDeleteMarker;
  if (rule.id) out.id = *rule.id;
  // aws-cdk-lib renders noncurrentVersionsToRetain only together with noncurrentVersionExpiration.
  if (rule.noncurrentVersionExpiration) {
    CfnBucket::NoncurrentVersionExpirationProperty expiration{.noncurrentDays =
                                                                  rule.noncurrentVersionExpiration->toDays()};
    if (rule.noncurrentVersionsToRetain) expiration.newerNoncurrentVersions = *rule.noncurrentVersionsToRetain;
    out.noncurrentVersionExpiration = std::move(expiration);
  }
  if (!rule.noncurrentVersionTransitions.empty()) {
    std::vector<CfnBucket::NoncurrentVersionTransitionProperty> transitions;
    for (const auto& t : rule.noncurrentVersionTransitions) {
      CfnBucket::NoncurrentVersionTransitionProperty transition{.storageClass = t.storageClass.value(),
                                                                .transitionInDays = t.transitionAfter->toDays()};
      if (t.noncurrentVersionsToRetain) transition.newerNoncurrentVersions = *t.noncurrentVersionsToRetain;
      transitions.push_back(std::move(transition));
    }
    out.noncurrentVersionTransitions = std::move(transitions);
  }
  // Strings, as the schema types them (aws-cdk-lib writes numbers, which CloudFormation converts).
  if (rule.objectSizeGreaterThan) out.objectSizeGreaterThan = std::to_string(*rule.objectSizeGreaterThan);
  if (rule.objectSizeLessThan) out.objectSizeLessThan = std::to_string(*rule.objectSizeLessThan);
  if (rule.prefix) out.prefix = *rule.prefix;
  out.status = rule.enabled ? "Enabled" : "Disabled";
  if (!rule.tagFilters.empty()) {
    std::vector<cdk::CfnTag> tags;
    for (const auto& [key, value] : rule.tagFilters) tags.push_back({.key = key, .value = value});
    out.tagFilters = std::move(tags);
  }
  if (!rule.transitions.empty()) {
    std::vector<CfnBucket::TransitionProperty> transitions;
    for (const auto& t : rule.transitions) {
      CfnBucket::TransitionProperty transition{.storageClass = t.storageClass.value()};
      if (t.transitionDate) transition.transitionDate = isoDate(*t.transitionDate);
      if (t.transitionAfter) transition.transitionInDays = t.transitionAfter->toDays();
      transitions.push_back(std::move(transition));
    }
    out.transitions = std::move(transitions);
  }
  return out;
}

/// aws-cdk-lib's bucket naming rules (offsets are 0-based, as its messages give them).
std::vector<std::string> nameErrors(std::string_view name, bool legacy) {
  std::vector<std::string> errors;
  if (name.size() < 3 || name.size() > 63)
    errors.emplace_back("Bucket name must be at least 3 and no more than 63 characters");
  auto allowed = [legacy](char c) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isdigit(u) || std::islower(u) || c == '.' || c == '-') return true;
    return legacy && (std::isupper(u) || c == '_');
  };
  auto edge = [legacy](char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isdigit(u) || std::islower(u) || (legacy && std::isupper(u));
  };
  const auto illegal = std::find_if_not(name.begin(), name.end(), allowed);
  if (illegal != name.end()) {
    errors.push_back(legacy ? std::string("Bucket name must only contain uppercase or lowercase characters and the "
                                          "symbols, period (.), underscore (_), and dash (-)")
                            : fmt::format("Bucket name must only contain lowercase characters and the symbols, period "
                                          "(.) and dash (-) (offset: {})",
                                          illegal - name.begin()));
  }
  if (name.empty() || !edge(name.front())) {
    errors.emplace_back(legacy ? "Bucket name must start with an uppercase, lowercase character or number"
                               : "Bucket name must start with a lowercase character or number (offset: 0)");
  }
  if (name.empty() || !edge(name.back())) {
    errors.push_back(legacy ? std::string("Bucket name must end with an uppercase, lowercase character or number")
                            : fmt::format("Bucket name must end with a lowercase character or number (offset: {})",
                                          name.empty() ? 0 : name.size() - 1));
  }
  for (std::size_t i = 0; i + 1 < name.size(); ++i) {
    const std::string_view pair = name.substr(i, 2);
    if (pair == ".-" || pair == "-." || pair == "..") {
      errors.push_back(fmt::format(
          "Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: {})",
          i));
      break;
    }
  }
  // An IP address: four groups of 1 to 3 digits.
  int groups = 0;
  std::size_t digits = 0;
  bool ipLike = !name.empty();
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (++digits > 3) ipLike = false;
    } else if (c == '.' && digits > 0) {
      ++groups;
      digits = 0;
    } else {
      ipLike = false;
    }
  }
  if (ipLike && groups == 3 && digits > 0) errors.emplace_back("Bucket name must not resemble an IP address");
  return errors;
}

void validateName(const std::string& path, const std::optional<cdk::Value>& name, bool legacy) {
  if (!name || !name->isString()) return;
  const auto errors = nameErrors(name->asString(), legacy);
  if (errors.empty()) return;
  std::string message = "Invalid S3 bucket name (value: " + name->asString() + ")";
  for (const auto& e : errors) message += "\n" + e;
  throw cdk::ConstructError(path, message);
}

std::string childPath(const cdk::Construct& scope, std::string_view id) {
  const std::string& parent = scope.node().path();
  return parent.empty() ? std::string(id) : parent + "/" + std::string(id);
}

/// A bucket made elsewhere, known by its name or ARN.
class ImportedBucket final : public BucketBase {
 public:
  struct Parts {
    cdk::Value arn;
    cdk::Value name;
    cdk::Value domainName;
    cdk::Value regionalDomainName;
    cdk::Value dualStackDomainName;
    std::optional<cdk::Value> websiteUrl;
    std::optional<cdk::Value> websiteEndpoint;
    kms::IKey* key;
    bool isWebsite;
  };

  ImportedBucket(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props, Parts parts)
      : BucketBase(scope, id, std::move(props)), parts_(std::move(parts)) {}

  cdk::Value bucketArn() const override { return parts_.arn; }
  cdk::Value bucketName() const override { return parts_.name; }
  cdk::Value bucketDomainName() const override { return parts_.domainName; }
  cdk::Value bucketRegionalDomainName() const override { return parts_.regionalDomainName; }
  cdk::Value bucketDualStackDomainName() const override { return parts_.dualStackDomainName; }
  cdk::Value bucketWebsiteUrl() const override {
    if (parts_.websiteUrl) return *parts_.websiteUrl;
    return cdk::Value("http://") + websiteDomain();
  }
  cdk::Value bucketWebsiteDomainName() const override {
    if (parts_.websiteUrl) return cdk::Fn::select(2, cdk::Fn::split("/", *parts_.websiteUrl));
    return websiteDomain();
  }
  kms::IKey* encryptionKey() const override { return parts_.key; }
  bool isWebsite() const override { return parts_.isWebsite; }

 protected:
  bool autoCreatePolicy() const override { return false; }

 private:
  cdk::Value websiteDomain() const {
    if (!parts_.websiteEndpoint) {
      throw cdk::ConstructError(
          node().path(),
          "the website endpoint of an imported bucket in a region unknown at synthesis needs aws-cdk-lib's regional "
          "fact mapping, which cdkpp does not render: give the stack a region, or pass bucketWebsiteUrl or "
          "bucketWebsiteNewUrlFormat in the BucketAttributes");
    }
    return parts_.name + cdk::Value(".") + *parts_.websiteEndpoint;
  }

  Parts parts_;
};

}  // namespace

// ------------------------------------------------------------------------------------------------ BucketBase

BucketBase::BucketBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props)
    : cdk::Resource(scope, id, std::move(props)) {
  node().addValidation([this]() -> std::vector<std::string> {
    if (!policy_) return {};
    return policy_->document().validateForResourcePolicy();
  });
}

BucketBase::~BucketBase() = default;

iam::AddToResourcePolicyResult BucketBase::addToResourcePolicy(const iam::PolicyStatement& statement) {
  if (!policy_ && autoCreatePolicy()) policy_ = &make<BucketPolicy>("Policy", BucketPolicyProps{.bucket = *this});
  if (!policy_) return {};
  policy_->document().addStatements(statement);
  return {.policyDependable = policy_, .statementAdded = true};
}

cdk::Value BucketBase::arnForObjects(const cdk::Value& keyPattern) const {
  return bucketArn() + cdk::Value("/") + keyPattern;
}

cdk::Value BucketBase::urlForObject(const std::optional<cdk::Value>& key) const {
  std::vector<cdk::Value> prefix{"https://s3.", env().region, ".", stack().urlSuffix(), "/"};
  if (!key) return urlJoin(std::move(prefix), {bucketName()});
  return urlJoin(std::move(prefix), {bucketName(), *key});
}

cdk::Value BucketBase::virtualHostedUrlForObject(const std::optional<cdk::Value>& key,
                                                 VirtualHostedStyleUrlOptions options) const {
  const cdk::Value prefix =
      cdk::Value("https://") + (options.regional ? bucketRegionalDomainName() : bucketDomainName());
  if (!key) return prefix;
  return urlJoin({prefix}, {*key});
}

cdk::Value BucketBase::s3UrlForObject(const std::optional<cdk::Value>& key) const {
  if (!key) return urlJoin({"s3://"}, {bucketName()});
  return urlJoin({"s3://"}, {bucketName(), *key});
}

std::vector<std::string> BucketBase::putActions() const {
  return flagEnabled(*this, GRANT_WRITE_WITHOUT_ACL_FLAG, true) ? BUCKET_PUT_ACTIONS : LEGACY_BUCKET_PUT_ACTIONS;
}

iam::Grant BucketBase::grantActions(const iam::IGrantable& grantee, const std::vector<std::string>& actions,
                                    std::vector<cdk::Value> resourceArns) {
  std::vector<std::string> bucketActions;
  std::vector<std::string> keyActions;
  for (const auto& action : actions) (action.rfind("kms:", 0) == 0 ? keyActions : bucketActions).push_back(action);
  iam::Grant result = iam::Grant::addToPrincipalOrResource(
      {.actions = bucketActions, .grantee = grantee, .resource = *this, .resourceArns = std::move(resourceArns)});
  if (!keyActions.empty() && encryptionKey()) encryptionKey()->grant(grantee, keyActions);
  return result;
}

iam::Grant BucketBase::grantRead(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern) {
  return grantActions(grantee, concat({&BUCKET_READ_ACTIONS, &KEY_READ_ACTIONS}),
                      {bucketArn(), arnForObjects(objectsKeyPattern)});
}

iam::Grant BucketBase::grantWrite(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern,
                                  const std::vector<std::string>& allowedActionPatterns) {
  const std::vector<std::string> put = putActions();
  std::vector<std::string> actions =
      allowedActionPatterns.empty() ? concat({&BUCKET_DELETE_ACTIONS, &put}) : allowedActionPatterns;
  actions.insert(actions.end(), KEY_WRITE_ACTIONS.begin(), KEY_WRITE_ACTIONS.end());
  return grantActions(grantee, actions, {bucketArn(), arnForObjects(objectsKeyPattern)});
}

iam::Grant BucketBase::grantPut(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern) {
  const std::vector<std::string> put = putActions();
  return grantActions(grantee, concat({&put, &KEY_WRITE_ACTIONS}), {arnForObjects(objectsKeyPattern)});
}

iam::Grant BucketBase::grantPutAcl(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern) {
  return grantActions(grantee, BUCKET_PUT_ACL_ACTIONS, {arnForObjects(objectsKeyPattern)});
}

iam::Grant BucketBase::grantDelete(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern) {
  return grantActions(grantee, BUCKET_DELETE_ACTIONS, {arnForObjects(objectsKeyPattern)});
}

iam::Grant BucketBase::grantReadWrite(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern) {
  const std::vector<std::string> put = putActions();
  std::vector<std::string> actions = concat({&BUCKET_READ_ACTIONS, &BUCKET_DELETE_ACTIONS, &put});
  // The key's read and write actions without repeats, in order.
  for (const auto* list : {&KEY_READ_ACTIONS, &KEY_WRITE_ACTIONS}) {
    for (const auto& action : *list) {
      if (std::find(actions.begin(), actions.end(), action) == actions.end()) actions.push_back(action);
    }
  }
  return grantActions(grantee, actions, {bucketArn(), arnForObjects(objectsKeyPattern)});
}

iam::Grant BucketBase::grantPublicAccess(const cdk::Value& keyPrefix, const std::vector<std::string>& allowedActions) {
  if (disallowPublicAccess()) {
    throw cdk::ConstructError(node().path(),
                              "Cannot grant public access when 'blockPublicPolicy' is enabled: give the bucket a "
                              "blockPublicAccess with blockPublicPolicy = false");
  }
  const iam::AnyPrincipal anyone;
  return grantActions(anyone, allowedActions.empty() ? std::vector<std::string>{"s3:GetObject"} : allowedActions,
                      {arnForObjects(keyPrefix)});
}

iam::Grant BucketBase::grantReplicationPermission(const iam::IGrantable& identity,
                                                  const GrantReplicationPermissionProps& props) {
  if (props.destinations.empty()) {
    throw cdk::ConstructError(node().path(),
                              "At least one destination bucket must be specified in the destinations array: give "
                              "grantReplicationPermission the buckets the objects are replicated to");
  }
  // Lazy, as in aws-cdk-lib: the bucket calls this for its own replication role before its resource exists.
  const cdk::Value lazyBucketArn = cdk::Lazy::any([this] { return bucketArn(); });
  const cdk::Value lazyObjectsArn = cdk::Lazy::any([this] { return arnForObjects("*"); });
  iam::Grant result = grantActions(identity, {"s3:GetReplicationConfiguration", "s3:ListBucket"}, {lazyBucketArn});
  result = result.combine(grantActions(
      identity, {"s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"},
      {lazyObjectsArn}));
  std::vector<cdk::Value> destinationObjects;
  for (const auto& destination : props.destinations) {
    IBucket* bucket = destination.bucket.get();
    destinationObjects.push_back(cdk::Lazy::any([bucket] { return bucket->arnForObjects("*"); }));
  }
  result = result.combine(
      iam::Grant::addToPrincipalOrResource({.actions = {"s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags",
                                                        "s3:ObjectOwnerOverrideToBucketOwner"},
                                            .grantee = identity,
                                            .resource = *this,
                                            .resourceArns = std::move(destinationObjects)}));
  for (const auto& destination : props.destinations) {
    if (destination.encryptionKey) result = result.combine(destination.encryptionKey->grantEncrypt(identity));
  }
  if (encryptionKey()) result = result.combine(encryptionKey()->grant(identity, {"kms:Decrypt"}));
  return result;
}

// ------------------------------------------------------------------------------------------------ Bucket

Bucket::Bucket(cdk::Construct& scope, std::string_view id, BucketProps props)
    : BucketBase(scope, id, {.physicalName = props.bucketName}),
      objectOwnership_(props.objectOwnership),
      accessControl_(props.accessControl),
      transitionDefaultMinimumObjectSize_(props.transitionDefaultMinimumObjectSize) {
  const std::string& path = node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };

  // Encryption, as aws-cdk-lib parses it (a KMS key is made before the bucket).
  const BucketEncryption encryption =
      props.encryption.value_or(props.encryptionKey ? BucketEncryption::KMS : BucketEncryption::UNENCRYPTED);
  if (encryption != BucketEncryption::DSSE && encryption != BucketEncryption::KMS && props.encryptionKey) {
    fail(fmt::format(
        "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: {}). Remove the key, or "
        "set encryption to BucketEncryption::KMS",
        s3::toString(encryption)));
  }
  if (props.bucketKeyEnabled.value_or(false) && encryption == BucketEncryption::UNENCRYPTED) {
    fail(fmt::format(
        "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: {}). Choose an "
        "encryption or remove bucketKeyEnabled",
        s3::toString(encryption)));
  }
  std::optional<CfnBucket::ServerSideEncryptionByDefaultProperty> byDefault;
  auto ownKey = [&](bool rotation) -> kms::IKey* {
    if (props.encryptionKey) return props.encryptionKey.get();
    kms::KeyProps keyProps{.description = "Created by " + path};
    if (rotation) keyProps.enableKeyRotation = true;
    return &make<kms::Key>("Key", std::move(keyProps));
  };
  switch (encryption) {
    case BucketEncryption::UNENCRYPTED: break;
    case BucketEncryption::KMS:
      encryptionKey_ = ownKey(true);
      byDefault = {.kmsMasterKeyId = encryptionKey_->keyArn(), .sseAlgorithm = "aws:kms"};
      break;
    case BucketEncryption::S3_MANAGED: byDefault = {.sseAlgorithm = "AES256"}; break;
    case BucketEncryption::KMS_MANAGED: byDefault = {.sseAlgorithm = "aws:kms"}; break;
    case BucketEncryption::DSSE:
      encryptionKey_ = ownKey(false);
      byDefault = {.kmsMasterKeyId = encryptionKey_->keyArn(), .sseAlgorithm = "aws:kms:dsse"};
      break;
    case BucketEncryption::DSSE_MANAGED: byDefault = {.sseAlgorithm = "aws:kms:dsse"}; break;
  }

  validateName(path, physicalName(), false);

  std::optional<CfnBucket::PublicAccessBlockConfigurationProperty> publicAccessBlock;
  if (props.blockPublicAccess) {
    const BlockPublicAccess& block = *props.blockPublicAccess;
    const bool fill = flagEnabled(*this, PUBLIC_ACCESS_BLOCKED_BY_DEFAULT_FLAG);
    auto setting = [fill](std::optional<bool> value) -> std::optional<cdk::Value> {
      if (value) return cdk::Value(*value);
      if (fill) return cdk::Value(true);
      return std::nullopt;
    };
    publicAccessBlock = CfnBucket::PublicAccessBlockConfigurationProperty{
        .blockPublicAcls = setting(block.blockPublicAcls()),
        .blockPublicPolicy = setting(block.blockPublicPolicy()),
        .ignorePublicAcls = setting(block.ignorePublicAcls()),
        .restrictPublicBuckets = setting(block.restrictPublicBuckets())};
  }

  // Server access logging (a key of the target bucket lets the logging service encrypt).
  std::optional<CfnBucket::LoggingConfigurationProperty> logging;
  if (props.serverAccessLogsBucket || props.serverAccessLogsPrefix) {
    if (!props.serverAccessLogsBucket && props.encryption &&
        (*props.encryption == BucketEncryption::KMS_MANAGED || *props.encryption == BucketEncryption::DSSE_MANAGED)) {
      fail(
          "Default bucket encryption with KMS managed or DSSE managed key is not supported for Server Access "
          "Logging target buckets. Send the logs to another bucket (serverAccessLogsBucket), or encrypt this one "
          "with S3_MANAGED or a KMS key");
    }
    if (props.serverAccessLogsBucket && props.serverAccessLogsBucket->encryptionKey()) {
      props.serverAccessLogsBucket->encryptionKey()->grantEncryptDecrypt(
          iam::ServicePrincipal("logging.s3.amazonaws.com"));
    }
    logging = CfnBucket::LoggingConfigurationProperty{};
    if (props.serverAccessLogsBucket) logging->destinationBucketName = props.serverAccessLogsBucket->bucketName();
    if (props.serverAccessLogsPrefix) logging->logFilePrefix = *props.serverAccessLogsPrefix;
  }

  CfnBucketProps cfn;
  renderReplicationConfiguration(props, cfn);
  if (props.transferAcceleration) {
    cfn.accelerateConfiguration = CfnBucket::AccelerateConfigurationProperty{.accelerationStatus = "Enabled"};
  }
  if (accessControl_) cfn.accessControl = std::string(s3::toString(*accessControl_));
  if (byDefault) {
    CfnBucket::ServerSideEncryptionRuleProperty rule{.serverSideEncryptionByDefault = std::move(byDefault)};
    if (props.bucketKeyEnabled) rule.bucketKeyEnabled = *props.bucketKeyEnabled;
    cfn.bucketEncryption = CfnBucket::BucketEncryptionProperty{.serverSideEncryptionConfiguration = {{rule}}};
  }
  if (physicalName()) cfn.bucketName = *physicalName();
  cfn.loggingConfiguration = std::move(logging);
  cfn.publicAccessBlockConfiguration = std::move(publicAccessBlock);
  if (props.versioned) cfn.versioningConfiguration = CfnBucket::VersioningConfigurationProperty{.status = "Enabled"};
  resource_ = &make<CfnBucket>("Resource", std::move(cfn));
  renderOwnershipControls();
  resource_->applyRemovalPolicy(props.removalPolicy, {.defaultPolicy = cdk::RemovalPolicy::RETAIN});

  if (props.enforceSSL) {
    addToResourcePolicy(
        iam::PolicyStatement({.actions = {"s3:*"},
                              .conditions = {{"Bool", cdk::Value::map({{"aws:SecureTransport", "false"}})}},
                              .effect = iam::Effect::DENY,
                              .principals = {std::make_shared<iam::AnyPrincipal>()},
                              .resources = {bucketArn(), arnForObjects("*")}}));
    if (props.minimumTLSVersion) {
      addToResourcePolicy(iam::PolicyStatement(
          {.actions = {"s3:*"},
           .conditions = {{"NumericLessThan", cdk::Value::map({{"s3:TlsVersion", *props.minimumTLSVersion}})}},
           .effect = iam::Effect::DENY,
           .principals = {std::make_shared<iam::AnyPrincipal>()},
           .resources = {bucketArn(), arnForObjects("*")}}));
    }
  } else if (props.minimumTLSVersion) {
    fail("'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied: set enforceSSL = true");
  }

  if (auto* target = dynamic_cast<Bucket*>(props.serverAccessLogsBucket.get())) {
    target->allowLogDelivery(*this, props.serverAccessLogsPrefix);
  } else if (!props.serverAccessLogsBucket && props.serverAccessLogsPrefix) {
    allowLogDelivery(*this, props.serverAccessLogsPrefix);
  } else if (props.serverAccessLogsBucket) {
    cdk::Annotations::of(*this).addWarningV2("@aws-cdk/aws-s3:accessLogsPolicyNotAdded",
                                             "Unable to add necessary logging permissions to imported target bucket: " +
                                                 props.serverAccessLogsBucket->node().path());
  }

  for (const auto& rule : props.lifecycleRules) addLifecycleRule(rule);

  if (props.publicReadAccess) {
    if (!props.blockPublicAccess) {
      fail(
          "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access through "
          "'blockPublicAccess' property. Give it e.g. BlockPublicAccess::BLOCK_ACLS_ONLY");
    }
    grantPublicAccess();
  }

  if (props.autoDeleteObjects) {
    if (props.removalPolicy != cdk::RemovalPolicy::DESTROY) {
      fail(
          "Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'. Set "
          "removalPolicy = RemovalPolicy::DESTROY");
    }
    fail(
        "autoDeleteObjects needs aws-cdk-lib's Custom::S3AutoDeleteObjects, a custom resource backed by a Lambda "
        "function asset, which cdkpp cannot synthesize. Remove autoDeleteObjects (the bucket must then be empty "
        "before the stack deletes it), or use lifecycle rules that expire the objects");
  }
}

Bucket::~Bucket() = default;

IBucket& Bucket::fromBucketArn(cdk::Construct& scope, std::string_view id, const cdk::Value& bucketArn) {
  return fromBucketAttributes(scope, id, {.bucketArn = bucketArn});
}

IBucket& Bucket::fromBucketName(cdk::Construct& scope, std::string_view id, const cdk::Value& bucketName) {
  return fromBucketAttributes(scope, id, {.bucketName = bucketName});
}

IBucket& Bucket::fromBucketAttributes(cdk::Construct& scope, std::string_view id, BucketAttributes attrs) {
  cdk::Stack& stack = cdk::Stack::of(scope);
  const cdk::Value region = attrs.region ? cdk::Value(*attrs.region) : stack.region();
  const std::optional<std::string> literalRegion =
      region.isString() ? std::optional<std::string>(region.asString()) : std::nullopt;
  const std::optional<std::string> suffix = literalRegion ? detail::domainSuffix(*literalRegion) : std::nullopt;
  const cdk::Value urlSuffix = suffix ? cdk::Value(*suffix) : stack.urlSuffix();

  // The name: given, or the resource part of the ARN.
  std::optional<cdk::Value> name = attrs.bucketName;
  if (!name && attrs.bucketArn) {
    if (attrs.bucketArn->isString()) {
      const std::string& arn = attrs.bucketArn->asString();
      std::vector<std::string> parts;
      std::size_t start = 0;
      for (std::size_t i = 0; i <= arn.size(); ++i) {
        if (i == arn.size() || arn[i] == ':') {
          parts.push_back(arn.substr(start, i - start));
          start = i + 1;
        }
      }
      if (parts.size() < 6 || parts[0] != "arn") {
        throw cdk::ConstructError(childPath(scope, id),
                                  "ARNs must start with \"arn:\" and have at least 6 components: " + arn +
                                      ". Give the bucket's ARN as arn:<partition>:s3:::<name>");
      }
      name = cdk::Value(parts[5].substr(0, parts[5].find('/')));
    } else {
      name = cdk::Fn::select(0, cdk::Fn::split("/", cdk::Fn::select(5, cdk::Fn::split(":", *attrs.bucketArn))));
    }
  }
  if (!name) {
    throw cdk::ConstructError(
        scope.node().path(),
        "Bucket name is required: give bucketName or bucketArn in the BucketAttributes of '" + std::string(id) + "'");
  }
  validateName(childPath(scope, id), name, true);

  ImportedBucket::Parts parts;
  parts.name = *name;
  parts.arn =
      attrs.bucketArn
          ? *attrs.bucketArn
          : stack.formatArn({.account = cdk::Value(""), .region = cdk::Value(""), .resource = *name, .service = "s3"});
  parts.domainName = attrs.bucketDomainName ? *attrs.bucketDomainName : *name + cdk::Value(".s3.") + urlSuffix;
  parts.regionalDomainName = attrs.bucketRegionalDomainName
                                 ? *attrs.bucketRegionalDomainName
                                 : *name + cdk::Value(".s3.") + region + cdk::Value(".") + urlSuffix;
  parts.dualStackDomainName = attrs.bucketDualStackDomainName
                                  ? *attrs.bucketDualStackDomainName
                                  : *name + cdk::Value(".s3.dualstack.") + region + cdk::Value(".") + urlSuffix;
  parts.websiteUrl = attrs.bucketWebsiteUrl;
  if (attrs.bucketWebsiteNewUrlFormat) {
    parts.websiteEndpoint = *attrs.bucketWebsiteNewUrlFormat
                                ? cdk::Value("s3-website.") + region + cdk::Value(".") + urlSuffix
                                : cdk::Value("s3-website-") + region + cdk::Value(".") + urlSuffix;
  } else if (literalRegion) {
    const auto endpoint = detail::s3StaticWebsiteEndpoint(*literalRegion);
    parts.websiteEndpoint =
        endpoint ? cdk::Value(*endpoint) : cdk::Value("s3-website.") + region + cdk::Value(".") + urlSuffix;
  }
  parts.key = attrs.encryptionKey.get();
  parts.isWebsite = attrs.isWebsite;
  return scope.make<ImportedBucket>(id, cdk::ResourceProps{.account = attrs.account, .region = attrs.region},
                                    std::move(parts));
}

std::vector<std::string> Bucket::bucketNameErrors(std::string_view name, bool allowLegacyBucketNaming) {
  return nameErrors(name, allowLegacyBucketNaming);
}

cdk::Value Bucket::bucketArn() const { return resource_->attrArn(); }
cdk::Value Bucket::bucketName() const { return resource_->ref(); }
cdk::Value Bucket::bucketDomainName() const { return resource_->attrDomainName(); }
cdk::Value Bucket::bucketRegionalDomainName() const { return resource_->attrRegionalDomainName(); }
cdk::Value Bucket::bucketDualStackDomainName() const { return resource_->attrDualStackDomainName(); }
cdk::Value Bucket::bucketWebsiteUrl() const { return resource_->attrWebsiteUrl(); }
cdk::Value Bucket::bucketWebsiteDomainName() const {
  return cdk::Fn::select(2, cdk::Fn::split("/", resource_->attrWebsiteUrl()));
}

bool Bucket::disallowPublicAccess() const {
  const auto& block = resource_->props().publicAccessBlockConfiguration;
  return block && block->blockPublicPolicy && block->blockPublicPolicy->isBool() && block->blockPublicPolicy->asBool();
}

void Bucket::addLifecycleRule(const LifecycleRule& rule) {
  validateLifecycleRule(node().path(), rule);
  lifecycleRules_.push_back(rule);
  renderLifecycleConfiguration();
}

void Bucket::renderReplicationConfiguration(const BucketProps& props, CfnBucketProps& cfn) {
  const std::string& path = node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (props.replicationRules.empty()) {
    if (props.replicationRole) {
      fail("cannot specify replicationRole when replicationRules is empty: give replication rules, or remove the role");
    }
    return;
  }
  if (!props.versioned) {
    fail("Replication rules require versioning to be enabled on the bucket: set versioned = true");
  }
  const bool severalRules = props.replicationRules.size() > 1;
  for (const auto& rule : props.replicationRules) {
    if (severalRules && !rule.priority) {
      fail("'priority' must be specified for all replication rules when there are multiple rules");
    }
  }
  for (const auto& rule : props.replicationRules) {
    if (!rule.destination) fail("a replication rule has no destination: give each rule the bucket it copies to");
    if (rule.replicationTimeControl && !rule.metrics) {
      fail("'replicationTimeControlMetrics' must be enabled when 'replicationTimeControl' is enabled. Set metrics");
    }
    if (rule.deleteMarkerReplication && rule.filter && !rule.filter->tags.empty()) {
      fail("tag filter cannot be specified when 'deleteMarkerReplication' is enabled.");
    }
  }

  iam::IRole* role = props.replicationRole.get();
  if (!role) {
    iam::RoleProps roleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("s3.amazonaws.com")};
    if (!flagEnabled(*this, "@aws-cdk/aws-s3:setUniqueReplicationRoleName")) roleProps.roleName = "CDKReplicationRole";
    role = &make<iam::Role>("ReplicationRole", std::move(roleProps));
    GrantReplicationPermissionProps grant{.sourceDecryptionKey = props.encryptionKey};
    for (const auto& rule : props.replicationRules) {
      grant.destinations.push_back({.bucket = rule.destination, .encryptionKey = rule.kmsKey});
    }
    grantReplicationPermission(*role, grant);
  }

  const cdk::Value sourceAccount = cdk::Stack::of(*this).account();
  std::vector<CfnBucket::ReplicationRuleProperty> rules;
  for (const auto& rule : props.replicationRules) {
    std::optional<CfnBucket::SourceSelectionCriteriaProperty> criteria;
    if (rule.replicaModifications || rule.sseKmsEncryptedObjects) {
      criteria = CfnBucket::SourceSelectionCriteriaProperty{};
      if (rule.replicaModifications) {
        criteria->replicaModifications = {.status = *rule.replicaModifications ? "Enabled" : "Disabled"};
      }
      if (rule.sseKmsEncryptedObjects) {
        criteria->sseKmsEncryptedObjects = {.status = *rule.sseKmsEncryptedObjects ? "Enabled" : "Disabled"};
      }
    }
    const std::string prefix = rule.filter && rule.filter->prefix ? *rule.filter->prefix : "";
    CfnBucket::ReplicationRuleFilterProperty filter;
    if (rule.filter && !rule.filter->tags.empty()) {
      std::vector<cdk::CfnTag> tags;
      for (const auto& [key, value] : rule.filter->tags) tags.push_back({.key = key, .value = value});
      filter.and_ = CfnBucket::ReplicationRuleAndOperatorProperty{.prefix = prefix, .tagFilters = std::move(tags)};
    } else {
      filter.prefix = prefix;
    }
    const cdk::Value destinationAccount = rule.destination->env().account;
    const bool crossAccount = !(sourceAccount == destinationAccount);
    if (crossAccount) {
      cdk::Annotations::of(*this).addInfo(
          "For Cross-account S3 replication, ensure to set up permissions on destination bucket using method "
          "addReplicationPolicy() ");
    } else if (rule.accessControlTransition) {
      fail(
          "accessControlTranslation is only supported for cross-account replication: remove "
          "accessControlTransition, or replicate to a bucket of another account");
    }
    CfnBucket::ReplicationDestinationProperty destination{.bucket = rule.destination->bucketArn()};
    if (crossAccount) destination.account = destinationAccount;
    if (rule.storageClass) destination.storageClass = rule.storageClass->toString();
    if (rule.accessControlTransition) destination.accessControlTranslation = {.owner = "Destination"};
    if (rule.kmsKey) destination.encryptionConfiguration = {.replicaKmsKeyId = rule.kmsKey->keyArn()};
    if (rule.replicationTimeControl) {
      destination.replicationTime = {.status = "Enabled",
                                     .time = {{.minutes = rule.replicationTimeControl->minutes()}}};
    }
    if (rule.metrics) {
      destination.metrics = {.status = "Enabled"};
      if (rule.replicationTimeControl) destination.metrics->eventThreshold = {{.minutes = rule.metrics->minutes()}};
    }
    CfnBucket::ReplicationRuleProperty out{
        .deleteMarkerReplication = {{.status = rule.deleteMarkerReplication ? "Enabled" : "Disabled"}},
        .destination = std::move(destination),
        .filter = std::move(filter),
        .sourceSelectionCriteria = std::move(criteria),
        .status = "Enabled"};
    if (rule.id) out.id = *rule.id;
    if (rule.priority) out.priority = *rule.priority;
    rules.push_back(std::move(out));
  }
  replicationRoleArn_ = role->roleArn();
  cfn.replicationConfiguration =
      CfnBucket::ReplicationConfigurationProperty{.role = *replicationRoleArn_, .rules = std::move(rules)};
}

void Bucket::renderLifecycleConfiguration() {
  if (lifecycleRules_.empty()) return;
  CfnBucket::LifecycleConfigurationProperty configuration;
  std::vector<CfnBucket::RuleProperty> rules;
  for (const auto& rule : lifecycleRules_) rules.push_back(renderLifecycleRule(rule));
  configuration.rules = std::move(rules);
  if (transitionDefaultMinimumObjectSize_) {
    configuration.transitionDefaultMinimumObjectSize = std::string(s3::toString(*transitionDefaultMinimumObjectSize_));
  }
  resource_->props().lifecycleConfiguration = std::move(configuration);
}

void Bucket::renderOwnershipControls() {
  const bool aclNeedsOwnership = accessControl_ && *accessControl_ != BucketAccessControl::PRIVATE &&
                                 *accessControl_ != BucketAccessControl::BUCKET_OWNER_READ &&
                                 *accessControl_ != BucketAccessControl::BUCKET_OWNER_FULL_CONTROL;
  if (!objectOwnership_ && !aclNeedsOwnership) {
    resource_->props().ownershipControls.reset();
    return;
  }
  if (aclNeedsOwnership && objectOwnership_ == ObjectOwnership::BUCKET_OWNER_ENFORCED) {
    throw cdk::ConstructError(
        node().path(),
        fmt::format("objectOwnership must be set to \"ObjectWriter\" when accessControl is \"{}\" (ACLs are disabled "
                    "with BUCKET_OWNER_ENFORCED). Use ObjectOwnership::OBJECT_WRITER or "
                    "BUCKET_OWNER_PREFERRED, or drop the ACL",
                    s3::toString(*accessControl_)));
  }
  resource_->props().ownershipControls = CfnBucket::OwnershipControlsProperty{
      .rules = {
          {{.objectOwnership = std::string(s3::toString(objectOwnership_.value_or(ObjectOwnership::OBJECT_WRITER)))}}}};
}

void Bucket::allowLogDelivery(const IBucket& from, const std::optional<std::string>& prefix) {
  if (flagEnabled(*this, SERVER_ACCESS_LOGS_USE_BUCKET_POLICY_FLAG)) {
    cdk::Value::Map conditions;
    if (dynamic_cast<const Bucket*>(&from) && &cdk::Stack::of(from) == &cdk::Stack::of(*this)) {
      conditions = {{"ArnLike", cdk::Value::map({{"aws:SourceArn", from.bucketArn()}})},
                    {"StringEquals", cdk::Value::map({{"aws:SourceAccount", from.env().account}})}};
    }
    addToResourcePolicy(
        iam::PolicyStatement({.actions = {"s3:PutObject"},
                              .conditions = std::move(conditions),
                              .principals = {std::make_shared<iam::ServicePrincipal>("logging.s3.amazonaws.com")},
                              .resources = {arnForObjects(prefix ? cdk::Value(*prefix + "*") : cdk::Value("*"))}}));
    return;
  }
  if (accessControl_ && *accessControl_ != BucketAccessControl::LOG_DELIVERY_WRITE) {
    throw cdk::ConstructError(
        node().path(),
        fmt::format("Cannot enable log delivery to this bucket because the bucket's ACL has been set and can't be "
                    "changed (accessControl is \"{}\"). Remove accessControl, or set the context flag "
                    "\"@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy\" to deliver logs through the bucket policy",
                    s3::toString(*accessControl_)));
  }
  accessControl_ = BucketAccessControl::LOG_DELIVERY_WRITE;
  resource_->props().accessControl = std::string(s3::toString(*accessControl_));
  renderOwnershipControls();
}

}  // namespace cdk::s3
