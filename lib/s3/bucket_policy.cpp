#include "cdk/s3/bucket_policy.hpp"

#include <utility>

#include "cdk/cfn/s3.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/s3/bucket.hpp"

namespace cdk::s3 {
namespace {

IBucket* requireBucket(const cdk::Construct& scope, std::string_view id, const BucketPolicyProps& props) {
  if (!props.bucket) {
    const std::string& parent = scope.node().path();
    throw cdk::ConstructError(parent.empty() ? std::string(id) : parent + "/" + std::string(id),
                              "BucketPolicy needs a bucket: pass bucket = <the Bucket>");
  }
  return props.bucket.get();
}

}  // namespace

BucketPolicy::BucketPolicy(cdk::Construct& scope, std::string_view id, BucketPolicyProps props)
    : cdk::Resource(scope, id),
      bucket_(requireBucket(scope, id, props)),
      document_(props.document ? std::move(*props.document) : iam::PolicyDocument()) {
  resource_ = &make<CfnBucketPolicy>(
      "Resource", CfnBucketPolicyProps{.bucket = bucket_->bucketName(), .policyDocument = document_.toValue()});
  if (props.removalPolicy) resource_->applyRemovalPolicy(*props.removalPolicy);
}

BucketPolicy::~BucketPolicy() = default;

}  // namespace cdk::s3
