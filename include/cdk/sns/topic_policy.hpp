// The resource policy of SNS topics (aws-cdk-lib's sns.TopicPolicy).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/iam/policy_document.hpp"

namespace cdk::sns {

class CfnTopicPolicy;
class ITopic;

struct TopicPolicyProps {
  /// Deny sns:Publish without TLS (aws:SecureTransport false), one statement per topic.
  std::optional<bool> enforceSSL{};
  /// Default an empty document whose statements get their index as Sid.
  std::optional<iam::PolicyDocument> policyDocument{};
  /// Required: the topics the policy applies to.
  std::vector<cdk::Handle<ITopic>> topics{};
};

/// The child "Resource" (AWS::SNS::TopicPolicy) with the document and the topics' ARNs.
class CDKPP_API TopicPolicy : public cdk::Resource {
 public:
  using Props = TopicPolicyProps;
  /// Throws cdk::ConstructError without topics.
  TopicPolicy(cdk::Construct& scope, std::string_view id, TopicPolicyProps props);
  ~TopicPolicy() override;

  /// The document (statements added to it later are rendered too).
  iam::PolicyDocument document() const { return document_; }
  CfnTopicPolicy& cfnTopicPolicy() const noexcept { return *resource_; }

 private:
  iam::PolicyDocument document_;
  CfnTopicPolicy* resource_ = nullptr;
};

}  // namespace cdk::sns
