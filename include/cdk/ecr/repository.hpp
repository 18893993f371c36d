// ECR repositories (aws-cdk-lib's ecr.Repository, ecr.IRepository, TagMutability and RepositoryEncryption).
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
#include "cdk/ecr/lifecycle.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::kms {
class IKey;
}

namespace cdk::ecr {

class CfnRepository;

/// ImageTagMutability.
enum class TagMutability { MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION };

/// "MUTABLE", "IMMUTABLE", ...
CDKPP_API std::string_view toString(TagMutability mutability) noexcept;

/// How images are encrypted: AES256 (the default, nothing rendered), KMS (with a key, or the AWS managed
/// one). aws-cdk-lib 2.276 names KMS_DSSE but refuses it for repositories.
class CDKPP_API RepositoryEncryption {
 public:
  static const RepositoryEncryption AES_256;
  static const RepositoryEncryption KMS;
  static const RepositoryEncryption KMS_DSSE;

  explicit RepositoryEncryption(std::string value) : value_(std::move(value)) {}
  const std::string& value() const noexcept { return value_; }
  friend bool operator==(const RepositoryEncryption&, const RepositoryEncryption&) = default;

 private:
  std::string value_;
};

inline const RepositoryEncryption RepositoryEncryption::AES_256{"AES256"};
inline const RepositoryEncryption RepositoryEncryption::KMS{"KMS"};
inline const RepositoryEncryption RepositoryEncryption::KMS_DSSE{"KMS_DSSE"};

/// A repository, created here or imported.
class CDKPP_API IRepository : public virtual iam::IResourceWithPolicy {
 public:
  /// { "Ref": <repository> } (the name given to an import).
  virtual cdk::Value repositoryName() const = 0;
  /// { "Fn::GetAtt": [<repository>, "Arn"] }.
  virtual cdk::Value repositoryArn() const = 0;
  /// <account>.dkr.ecr.<region>.<urlSuffix>/<name>.
  virtual cdk::Value repositoryUri() const = 0;
  /// <account>.dkr.ecr.<region>.<urlSuffix>.
  virtual cdk::Value registryUri() const = 0;
  /// repositoryUri with ":<tag>" (nothing without a tag), what a container image from ECR pulls.
  virtual cdk::Value repositoryUriForTag(const std::optional<cdk::Value>& tag = std::nullopt) const = 0;
  /// repositoryUri with "@<digest>".
  virtual cdk::Value repositoryUriForDigest(const std::optional<cdk::Value>& digest = std::nullopt) const = 0;
  /// A digest when the text starts with "sha256:", else a tag.
  virtual cdk::Value repositoryUriForTagOrDigest(
      const std::optional<std::string>& tagOrDigest = std::nullopt) const = 0;

  /// The actions on this repository: to the grantee's policy (resource: the repository ARN), or to the
  /// repository policy (no resource) when the grantee has no policy of its own.
  virtual iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) = 0;
  /// ecr:DescribeRepositories, ecr:DescribeImages.
  virtual iam::Grant grantRead(const iam::IGrantable& grantee) = 0;
  /// ecr:BatchCheckLayerAvailability, ecr:GetDownloadUrlForLayer, ecr:BatchGetImage, and
  /// ecr:GetAuthorizationToken on "*" in the grantee's policy.
  virtual iam::Grant grantPull(const iam::IGrantable& grantee) = 0;
  /// The push actions (ecr:CompleteLayerUpload, ecr:UploadLayerPart, ecr:InitiateLayerUpload,
  /// ecr:BatchCheckLayerAvailability, ecr:PutImage) and ecr:GetAuthorizationToken.
  virtual iam::Grant grantPush(const iam::IGrantable& grantee) = 0;
  /// The pull and push actions, and ecr:GetAuthorizationToken.
  virtual iam::Grant grantPullPush(const iam::IGrantable& grantee) = 0;
};

/// What created and imported repositories share: URIs and grants.
class CDKPP_API RepositoryBase : public cdk::Resource, public virtual IRepository {
 public:
  ~RepositoryBase() override;

  cdk::Value repositoryUri() const override { return repositoryUriForTag(); }
  cdk::Value registryUri() const override;
  cdk::Value repositoryUriForTag(const std::optional<cdk::Value>& tag = std::nullopt) const override;
  cdk::Value repositoryUriForDigest(const std::optional<cdk::Value>& digest = std::nullopt) const override;
  cdk::Value repositoryUriForTagOrDigest(const std::optional<std::string>& tagOrDigest = std::nullopt) const override;

  iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) override;
  iam::Grant grantRead(const iam::IGrantable& grantee) override;
  iam::Grant grantPull(const iam::IGrantable& grantee) override;
  iam::Grant grantPush(const iam::IGrantable& grantee) override;
  iam::Grant grantPullPush(const iam::IGrantable& grantee) override;

 protected:
  RepositoryBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props = {});
  /// The account and region parts of the repository ARN (for the URIs).
  virtual cdk::Value arnAccount() const = 0;
  virtual cdk::Value arnRegion() const = 0;

 private:
  cdk::Value uriWithSuffix(const std::optional<cdk::Value>& suffix) const;
};

struct RepositoryProps {
  /// EmptyOnDelete: CloudFormation deletes the images with the repository (needs removalPolicy DESTROY).
  std::optional<bool> emptyOnDelete{};
  /// Default KMS when encryptionKey is given, else AES_256 (nothing rendered).
  std::optional<RepositoryEncryption> encryption{};
  /// The KMS key of KMS encryption (default the AWS managed key).
  cdk::Handle<kms::IKey> encryptionKey{};
  /// ImageScanningConfiguration.ScanOnPush, rendered as given.
  std::optional<bool> imageScanOnPush{};
  std::optional<TagMutability> imageTagMutability{};
  /// LifecyclePolicy.RegistryId.
  std::optional<std::string> lifecycleRegistryId{};
  std::vector<LifecycleRule> lifecycleRules{};
  /// Default RETAIN.
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  /// RepositoryName (a physical name), checked against ECR's naming rules when it is a literal.
  std::optional<cdk::Value> repositoryName{};
};

/// Names of an existing repository (Repository::fromRepositoryAttributes).
struct RepositoryAttributes {
  cdk::Value repositoryArn{};
  cdk::Value repositoryName{};
};

/// An ECR repository: the child "Resource" (AWS::ECR::Repository, RETAIN by default), its lifecycle policy
/// text rendered as aws-cdk-lib renders it, and a repository policy made on demand.
class CDKPP_API Repository : public RepositoryBase {
 public:
  using Props = RepositoryProps;

  /// Throws cdk::ConstructError for aws-cdk-lib's invalid input: a key without KMS encryption, an invalid
  /// name, lifecycle rules with both or neither of maxImageCount and maxImageAge, emptyOnDelete without
  /// DESTROY, ...
  Repository(cdk::Construct& scope, std::string_view id, RepositoryProps props = {});
  ~Repository() override;

  /// A repository of this account and region by name.
  static IRepository& fromRepositoryName(cdk::Construct& scope, std::string_view id, const cdk::Value& repositoryName);
  /// A repository by literal ARN (arn:<partition>:ecr:<region>:<account>:repository/<name>); its account and
  /// region are the ARN's.
  static IRepository& fromRepositoryArn(cdk::Construct& scope, std::string_view id, const cdk::Value& repositoryArn);
  static IRepository& fromRepositoryAttributes(cdk::Construct& scope, std::string_view id, RepositoryAttributes attrs);
  /// arn:<partition>:ecr:<region>:<account>:repository/<name> of the scope's stack (or `account`).
  static cdk::Value arnForLocalRepository(const cdk::Value& repositoryName, const cdk::IConstruct& scope,
                                          const std::optional<cdk::Value>& account = std::nullopt);

  cdk::Value repositoryName() const override;
  cdk::Value repositoryArn() const override;
  /// Adds to the repository policy (RepositoryPolicyText). A statement with resources gets aws-cdk-lib's
  /// warning: ECR repository policies name no resources.
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement) override;
  /// Adds a lifecycle rule (checked at once).
  void addLifecycleRule(LifecycleRule rule);

  CfnRepository& cfnRepository() const noexcept { return *resource_; }

 protected:
  cdk::Value arnAccount() const override;
  cdk::Value arnRegion() const override;

 private:
  void renderLifecyclePolicy();

  CfnRepository* resource_ = nullptr;
  std::vector<LifecycleRule> lifecycleRules_;
  std::optional<std::string> registryId_;
  std::optional<iam::PolicyDocument> policyDocument_;
};

}  // namespace cdk::ecr
