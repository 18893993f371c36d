// S3 buckets (aws-cdk-lib's s3.Bucket, s3.IBucket, s3.BlockPublicAccess and their enums).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/s3/replication.hpp"
#include "cdk/s3/rule.hpp"

namespace cdk::iam {
class IRole;
}
namespace cdk::kms {
class IKey;
}

namespace cdk::s3 {

class BucketPolicy;
class CfnBucket;
struct CfnBucketProps;

/// How objects are encrypted at rest. UNENCRYPTED renders no BucketEncryption (S3 then applies SSE-S3).
enum class BucketEncryption { UNENCRYPTED, KMS_MANAGED, S3_MANAGED, KMS, DSSE_MANAGED, DSSE };
/// OwnershipControls rule: "BucketOwnerEnforced", "BucketOwnerPreferred" or "ObjectWriter".
enum class ObjectOwnership { BUCKET_OWNER_ENFORCED, BUCKET_OWNER_PREFERRED, OBJECT_WRITER };
/// The canned ACL of the bucket (AccessControl, a legacy property).
enum class BucketAccessControl {
  PRIVATE,
  PUBLIC_READ,
  PUBLIC_READ_WRITE,
  AUTHENTICATED_READ,
  LOG_DELIVERY_WRITE,
  BUCKET_OWNER_READ,
  BUCKET_OWNER_FULL_CONTROL,
  AWS_EXEC_READ,
};
/// LifecycleConfiguration.TransitionDefaultMinimumObjectSize.
enum class TransitionDefaultMinimumObjectSize { ALL_STORAGE_CLASSES_128_K, VARIES_BY_STORAGE_CLASS };

/// The CloudFormation values ("BucketOwnerEnforced", "LogDeliveryWrite", "varies_by_storage_class") and
/// aws-cdk-lib's names of the encryption kinds ("S3_MANAGED").
CDKPP_API std::string_view toString(BucketEncryption encryption) noexcept;
CDKPP_API std::string_view toString(ObjectOwnership ownership) noexcept;
CDKPP_API std::string_view toString(BucketAccessControl accessControl) noexcept;
CDKPP_API std::string_view toString(TransitionDefaultMinimumObjectSize size) noexcept;

struct BlockPublicAccessOptions {
  std::optional<bool> blockPublicAcls{};
  std::optional<bool> blockPublicPolicy{};
  std::optional<bool> ignorePublicAcls{};
  std::optional<bool> restrictPublicBuckets{};
};

/// The bucket's PublicAccessBlockConfiguration: the presets, or the four settings (unset ones are left out
/// of the template, or true with the context flag "@aws-cdk/aws-s3:publicAccessBlockedByDefault").
class CDKPP_API BlockPublicAccess {
 public:
  /// All four settings true.
  static const BlockPublicAccess BLOCK_ALL;
  /// blockPublicAcls and ignorePublicAcls true, the others unset.
  static const BlockPublicAccess BLOCK_ACLS;
  /// blockPublicAcls and ignorePublicAcls true, the policy settings false.
  static const BlockPublicAccess BLOCK_ACLS_ONLY;

  explicit BlockPublicAccess(BlockPublicAccessOptions options) : options_(options) {}

  std::optional<bool> blockPublicAcls() const noexcept { return options_.blockPublicAcls; }
  std::optional<bool> blockPublicPolicy() const noexcept { return options_.blockPublicPolicy; }
  std::optional<bool> ignorePublicAcls() const noexcept { return options_.ignorePublicAcls; }
  std::optional<bool> restrictPublicBuckets() const noexcept { return options_.restrictPublicBuckets; }

 private:
  BlockPublicAccessOptions options_;
};

inline const BlockPublicAccess BlockPublicAccess::BLOCK_ALL{
    {.blockPublicAcls = true, .blockPublicPolicy = true, .ignorePublicAcls = true, .restrictPublicBuckets = true}};
inline const BlockPublicAccess BlockPublicAccess::BLOCK_ACLS{{.blockPublicAcls = true, .ignorePublicAcls = true}};
inline const BlockPublicAccess BlockPublicAccess::BLOCK_ACLS_ONLY{
    {.blockPublicAcls = true, .blockPublicPolicy = false, .ignorePublicAcls = true, .restrictPublicBuckets = false}};

/// Options of IBucket::virtualHostedUrlForObject.
struct VirtualHostedStyleUrlOptions {
  /// The regional domain name (bucket.s3.<region>.amazonaws.com) rather than the global one.
  bool regional = true;
};

/// A bucket, created here or imported.
class CDKPP_API IBucket : public virtual iam::IResourceWithPolicy {
 public:
  /// { "Fn::GetAtt": [<bucket>, "Arn"] } (arn:<partition>:s3:::<name> for an imported bucket).
  virtual cdk::Value bucketArn() const = 0;
  /// { "Ref": <bucket> }.
  virtual cdk::Value bucketName() const = 0;
  /// <name>.s3.amazonaws.com.
  virtual cdk::Value bucketDomainName() const = 0;
  /// <name>.s3.<region>.amazonaws.com.
  virtual cdk::Value bucketRegionalDomainName() const = 0;
  /// <name>.s3.dualstack.<region>.amazonaws.com.
  virtual cdk::Value bucketDualStackDomainName() const = 0;
  /// http://<name>.s3-website-<region>.amazonaws.com (or s3-website.<region> in newer regions).
  virtual cdk::Value bucketWebsiteUrl() const = 0;
  /// The host of bucketWebsiteUrl.
  virtual cdk::Value bucketWebsiteDomainName() const = 0;
  /// The KMS key of KMS (or DSSE) encryption; nullptr otherwise.
  virtual kms::IKey* encryptionKey() const = 0;
  virtual bool isWebsite() const = 0;
  /// The policy this bucket made for itself (the child "Policy"), once a statement was added; nullptr
  /// before that and for imported buckets. A BucketPolicy made on its own for the bucket is not it.
  virtual BucketPolicy* policy() const = 0;

  /// <bucketArn>/<keyPattern>, e.g. arnForObjects("home/*").
  virtual cdk::Value arnForObjects(const cdk::Value& keyPattern) const = 0;
  /// https://s3.<region>.<urlSuffix>/<name>[/<key>].
  virtual cdk::Value urlForObject(const std::optional<cdk::Value>& key = std::nullopt) const = 0;
  /// https://<regional or global domain name>[/<key>].
  virtual cdk::Value virtualHostedUrlForObject(const std::optional<cdk::Value>& key = std::nullopt,
                                               VirtualHostedStyleUrlOptions options = {}) const = 0;
  /// s3://<name>[/<key>].
  virtual cdk::Value s3UrlForObject(const std::optional<cdk::Value>& key = std::nullopt) const = 0;

  /// s3:GetObject*, s3:GetBucket*, s3:List* on the bucket and the objects matching the pattern (and
  /// kms:Decrypt, kms:DescribeKey on the key).
  virtual iam::Grant grantRead(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") = 0;
  /// s3:DeleteObject* and the put actions (or `allowedActionPatterns`) on the bucket and the objects (and
  /// kms:Encrypt, kms:ReEncrypt*, kms:GenerateDataKey*, kms:Decrypt on the key).
  virtual iam::Grant grantWrite(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*",
                                const std::vector<std::string>& allowedActionPatterns = {}) = 0;
  /// The put actions on the objects (and the key's write actions): s3:PutObject, s3:PutObjectLegalHold,
  /// s3:PutObjectRetention, s3:PutObjectTagging, s3:PutObjectVersionTagging, s3:Abort* (the legacy
  /// s3:PutObject*, s3:Abort* when the context flag "@aws-cdk/aws-s3:grantWriteWithoutAcl" is false).
  virtual iam::Grant grantPut(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") = 0;
  /// s3:PutObjectAcl, s3:PutObjectVersionAcl on the objects.
  virtual iam::Grant grantPutAcl(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") = 0;
  /// s3:DeleteObject* on the objects.
  virtual iam::Grant grantDelete(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") = 0;
  /// grantRead and grantWrite in one statement.
  virtual iam::Grant grantReadWrite(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") = 0;
  /// The actions (default s3:GetObject) to anyone on the objects under keyPrefix; throws when the bucket
  /// blocks public policies.
  virtual iam::Grant grantPublicAccess(const cdk::Value& keyPrefix = "*",
                                       const std::vector<std::string>& allowedActions = {}) = 0;
  /// What S3 replication of this bucket needs: s3:GetReplicationConfiguration and s3:ListBucket on the bucket, the
  /// object version reads on its objects, s3:ReplicateObject, s3:ReplicateDelete, s3:ReplicateTags and
  /// s3:ObjectOwnerOverrideToBucketOwner on each destination's objects, encryption with each destination's key and
  /// kms:Decrypt with this bucket's key. Throws cdk::ConstructError without a destination.
  virtual iam::Grant grantReplicationPermission(const iam::IGrantable& identity,
                                                const GrantReplicationPermissionProps& props) = 0;
};

/// How to refer to an existing bucket (Bucket::fromBucketAttributes): a name or an ARN at least.
struct BucketAttributes {
  /// Default the stack's account.
  std::optional<std::string> account{};
  std::optional<cdk::Value> bucketArn{};
  std::optional<cdk::Value> bucketDomainName{};
  std::optional<cdk::Value> bucketDualStackDomainName{};
  std::optional<cdk::Value> bucketName{};
  std::optional<cdk::Value> bucketRegionalDomainName{};
  /// true: s3-website.<region>; false: s3-website-<region>; default the region's own format.
  std::optional<bool> bucketWebsiteNewUrlFormat{};
  std::optional<cdk::Value> bucketWebsiteUrl{};
  cdk::Handle<kms::IKey> encryptionKey{};
  bool isWebsite = false;
  /// Default the stack's region.
  std::optional<std::string> region{};
};

/// What created and imported buckets share: URLs, grants, the policy made on demand.
class CDKPP_API BucketBase : public cdk::Resource, public virtual IBucket {
 public:
  ~BucketBase() override;

  BucketPolicy* policy() const override { return policy_; }
  /// Adds the statement to the bucket's policy, creating the child "Policy" on first use; an imported
  /// bucket has no policy to change (statementAdded = false).
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement) override;

  cdk::Value arnForObjects(const cdk::Value& keyPattern) const override;
  cdk::Value urlForObject(const std::optional<cdk::Value>& key = std::nullopt) const override;
  cdk::Value virtualHostedUrlForObject(const std::optional<cdk::Value>& key = std::nullopt,
                                       VirtualHostedStyleUrlOptions options = {}) const override;
  cdk::Value s3UrlForObject(const std::optional<cdk::Value>& key = std::nullopt) const override;

  iam::Grant grantRead(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") override;
  iam::Grant grantWrite(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*",
                        const std::vector<std::string>& allowedActionPatterns = {}) override;
  iam::Grant grantPut(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") override;
  iam::Grant grantPutAcl(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") override;
  iam::Grant grantDelete(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") override;
  iam::Grant grantReadWrite(const iam::IGrantable& grantee, const cdk::Value& objectsKeyPattern = "*") override;
  iam::Grant grantPublicAccess(const cdk::Value& keyPrefix = "*",
                               const std::vector<std::string>& allowedActions = {}) override;
  iam::Grant grantReplicationPermission(const iam::IGrantable& identity,
                                        const GrantReplicationPermissionProps& props) override;

 protected:
  BucketBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props = {});
  /// Whether addToResourcePolicy may create the bucket policy (false for imported buckets).
  virtual bool autoCreatePolicy() const = 0;
  /// True when the bucket blocks public policies (grantPublicAccess then throws).
  virtual bool disallowPublicAccess() const { return false; }

 private:
  std::vector<std::string> putActions() const;
  iam::Grant grantActions(const iam::IGrantable& grantee, const std::vector<std::string>& actions,
                          std::vector<cdk::Value> resourceArns);

  BucketPolicy* policy_ = nullptr;
};

struct BucketProps {
  /// AccessControl (legacy ACLs); OwnershipControls become ObjectWriter for ACLs that need it.
  std::optional<BucketAccessControl> accessControl{};
  /// aws-cdk-lib empties the bucket with a custom resource backed by a Lambda function asset, which cdkpp
  /// cannot synthesize: true is an error (after aws-cdk-lib's own check that removalPolicy is DESTROY).
  bool autoDeleteObjects = false;
  /// PublicAccessBlockConfiguration; none by default (S3 blocks public access of new buckets anyway).
  std::optional<BlockPublicAccess> blockPublicAccess{};
  /// BucketKeyEnabled of the encryption rule, rendered as given; not with UNENCRYPTED.
  std::optional<bool> bucketKeyEnabled{};
  /// BucketName (a physical name); checked against S3's naming rules when it is a literal.
  std::optional<cdk::Value> bucketName{};
  /// Default KMS when encryptionKey is given, else UNENCRYPTED. KMS without a key creates the child "Key"
  /// (with rotation); an encryptionKey needs KMS or DSSE.
  std::optional<BucketEncryption> encryption{};
  cdk::Handle<kms::IKey> encryptionKey{};
  /// A bucket policy statement denying every request that is not over TLS.
  bool enforceSSL = false;
  std::vector<LifecycleRule> lifecycleRules{};
  /// A bucket policy statement denying requests with an older TLS version (e.g. 1.2); needs enforceSSL.
  std::optional<double> minimumTLSVersion{};
  std::optional<ObjectOwnership> objectOwnership{};
  /// s3:GetObject for anyone (needs a blockPublicAccess that allows public policies).
  bool publicReadAccess = false;
  /// Default RETAIN.
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  /// The role S3 assumes to replicate (only with replicationRules); default a new role, the child "ReplicationRole"
  /// (named "CDKReplicationRole" unless the context flag "@aws-cdk/aws-s3:setUniqueReplicationRoleName" is on),
  /// given what grantReplicationPermission grants. A role given here is given nothing: it must have the permissions.
  cdk::Handle<iam::IRole> replicationRole{};
  /// ReplicationConfiguration: copies of the objects in other buckets (the bucket must be versioned).
  std::vector<ReplicationRule> replicationRules{};
  /// Where server access logs go (default this bucket when only a prefix is given). A bucket created here
  /// is given what log delivery needs: the LogDeliveryWrite ACL, or with the context flag
  /// "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy" a bucket policy statement for logging.s3.amazonaws.com.
  cdk::Handle<IBucket> serverAccessLogsBucket{};
  std::optional<std::string> serverAccessLogsPrefix{};
  /// AccelerateConfiguration {AccelerationStatus: Enabled}.
  bool transferAcceleration = false;
  std::optional<TransitionDefaultMinimumObjectSize> transitionDefaultMinimumObjectSize{};
  /// VersioningConfiguration {Status: Enabled}.
  bool versioned = false;
};

/// An S3 bucket, built as aws-cdk-lib builds it: the child "Key" (KMS encryption without a key), the child
/// "Resource" (AWS::S3::Bucket, RETAIN by default) and, once a statement is added, the child "Policy".
class CDKPP_API Bucket : public BucketBase {
 public:
  using Props = BucketProps;

  /// Throws cdk::ConstructError for aws-cdk-lib's invalid combinations (an encryption key without KMS,
  /// bucketKeyEnabled without encryption, a lifecycle rule without action, ...), an invalid bucket name,
  /// and a transition to STANDARD_IA or ONEZONE_IA before 30 days (which S3 refuses at deployment).
  Bucket(cdk::Construct& scope, std::string_view id, BucketProps props = {});
  ~Bucket() override;

  /// An existing bucket by ARN (arn:aws:s3:::<name>) or by name.
  static IBucket& fromBucketArn(cdk::Construct& scope, std::string_view id, const cdk::Value& bucketArn);
  static IBucket& fromBucketName(cdk::Construct& scope, std::string_view id, const cdk::Value& bucketName);
  /// Throws cdk::ConstructError when neither a name nor an ARN is given, or the name breaks S3's (legacy)
  /// naming rules.
  static IBucket& fromBucketAttributes(cdk::Construct& scope, std::string_view id, BucketAttributes attrs);
  /// The problems of a literal bucket name, with aws-cdk-lib's messages (empty when it is valid or a token).
  static std::vector<std::string> bucketNameErrors(std::string_view name, bool allowLegacyBucketNaming = false);

  cdk::Value bucketArn() const override;
  cdk::Value bucketName() const override;
  cdk::Value bucketDomainName() const override;
  cdk::Value bucketRegionalDomainName() const override;
  cdk::Value bucketDualStackDomainName() const override;
  cdk::Value bucketWebsiteUrl() const override;
  cdk::Value bucketWebsiteDomainName() const override;
  kms::IKey* encryptionKey() const override { return encryptionKey_; }
  bool isWebsite() const override { return false; }

  /// Adds a lifecycle rule (checked at once; rendered after the rules of the props).
  void addLifecycleRule(const LifecycleRule& rule);
  /// The ARN of the role S3 replicates with; nullopt without replication rules.
  const std::optional<cdk::Value>& replicationRoleArn() const noexcept { return replicationRoleArn_; }

  CfnBucket& cfnBucket() const noexcept { return *resource_; }

 protected:
  bool autoCreatePolicy() const override { return true; }
  bool disallowPublicAccess() const override;

 private:
  void allowLogDelivery(const IBucket& from, const std::optional<std::string>& prefix);
  void renderLifecycleConfiguration();
  void renderOwnershipControls();
  /// aws-cdk-lib's renderReplicationConfiguration: checks the rules, makes the role, renders ReplicationConfiguration.
  void renderReplicationConfiguration(const BucketProps& props, CfnBucketProps& cfn);

  CfnBucket* resource_ = nullptr;
  std::optional<cdk::Value> replicationRoleArn_;
  kms::IKey* encryptionKey_ = nullptr;
  std::optional<ObjectOwnership> objectOwnership_;
  std::optional<BucketAccessControl> accessControl_;
  std::optional<TransitionDefaultMinimumObjectSize> transitionDefaultMinimumObjectSize_;
  std::vector<LifecycleRule> lifecycleRules_;
};

}  // namespace cdk::s3
