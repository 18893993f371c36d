// The policy of a bucket (aws-cdk-lib's s3.BucketPolicy).
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/iam/policy_document.hpp"

namespace cdk::s3 {

class CfnBucketPolicy;
class IBucket;

struct BucketPolicyProps {
  /// The bucket the policy applies to (required).
  cdk::Handle<IBucket> bucket{};
  /// The statements; more can be added to document() later. Default an empty document.
  std::optional<iam::PolicyDocument> document{};
  /// DeletionPolicy / UpdateReplacePolicy; none by default.
  std::optional<cdk::RemovalPolicy> removalPolicy{};
};

/// An AWS::S3::BucketPolicy (the child "Resource"). Buckets make their own ("Policy") when a statement is
/// added to them; this construct is for policies made on their own, e.g. for an imported bucket.
class CDKPP_API BucketPolicy : public cdk::Resource {
 public:
  using Props = BucketPolicyProps;

  BucketPolicy(cdk::Construct& scope, std::string_view id, BucketPolicyProps props);
  ~BucketPolicy() override;

  /// The policy document: statements added to it appear in the template.
  iam::PolicyDocument& document() noexcept { return document_; }
  const iam::PolicyDocument& document() const noexcept { return document_; }
  IBucket& bucket() const noexcept { return *bucket_; }
  CfnBucketPolicy& cfnBucketPolicy() const noexcept { return *resource_; }

 private:
  IBucket* bucket_;
  iam::PolicyDocument document_;
  CfnBucketPolicy* resource_ = nullptr;
};

}  // namespace cdk::s3
