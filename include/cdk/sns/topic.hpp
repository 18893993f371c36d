// SNS topics (aws-cdk-lib's sns.Topic, TopicBase and ITopic).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/sns/subscriber.hpp"
#include "cdk/sns/subscription.hpp"
#include "cdk/sns/topic_policy.hpp"

namespace cdk::kms {
class IKey;
}

namespace cdk::sns {

class CfnTopic;

/// A topic, created here or imported.
class CDKPP_API ITopic : public virtual iam::IResourceWithPolicy {
 public:
  /// { "Ref": <topic> } for a topic created here.
  virtual cdk::Value topicArn() const = 0;
  /// { "Fn::GetAtt": [<topic>, "TopicName"] } for a topic created here.
  virtual cdk::Value topicName() const = 0;
  virtual bool fifo() const = 0;
  virtual bool contentBasedDeduplication() const = 0;
  /// The key that encrypts messages; nullptr for none (or unknown).
  virtual kms::IKey* masterKey() const = 0;
  /// Subscribes the subscriber: a Subscription below the topic (or the subscriber's scope), with the
  /// subscriber's id (an e-mail address, a URL) or "TokenSubscription:<n>" when the id is a token.
  virtual Subscription& addSubscription(const ITopicSubscription& subscription) = 0;
  /// sns:Publish, and kms:Decrypt and kms:GenerateDataKey* on the master key.
  virtual iam::Grant grantPublish(const iam::IGrantable& grantee) = 0;
  /// sns:Subscribe.
  virtual iam::Grant grantSubscribe(const iam::IGrantable& grantee) = 0;
};

/// What created and imported topics share: subscriptions, the topic policy (created on first use, for topics
/// created here) and grants.
class CDKPP_API TopicBase : public cdk::Resource, public virtual ITopic {
 public:
  ~TopicBase() override;

  Subscription& addSubscription(const ITopicSubscription& subscription) override;
  /// Adds the statement to the topic policy, the child "Policy" made on first use. An imported topic has no
  /// policy here: statementAdded is false.
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement) override;
  iam::Grant grantPublish(const iam::IGrantable& grantee) override;
  iam::Grant grantSubscribe(const iam::IGrantable& grantee) override;

  /// The policy, once a statement made it (nullptr before).
  TopicPolicy* policy() const noexcept { return policy_; }

 protected:
  TopicBase(cdk::Construct& scope, std::string_view id, bool autoCreatePolicy, cdk::ResourceProps props = {});
  /// Denies sns:Publish without TLS in the topic policy.
  void addSSLPolicy();

 private:
  void createTopicPolicy();

  bool autoCreatePolicy_;
  TopicPolicy* policy_ = nullptr;
};

struct TopicProps {
  /// Deduplicate messages by a hash of their body (FIFO topics only).
  std::optional<bool> contentBasedDeduplication{};
  /// The sender name of e-mail and SMS messages (at most 100 characters).
  std::optional<std::string> displayName{};
  /// Deny publishing without TLS in the topic policy.
  std::optional<bool> enforceSSL{};
  /// A FIFO topic: its name gets ".fifo" (and one is generated when topicName is not given).
  std::optional<bool> fifo{};
  /// Encrypt messages with this key (KmsMasterKeyId: its ARN).
  cdk::Handle<kms::IKey> masterKey{};
  /// How long a FIFO topic keeps messages for replay: 1 to 365 days.
  std::optional<int> messageRetentionPeriodInDays{};
  /// "1" (SHA1) or "2" (SHA256).
  std::optional<std::string> signatureVersion{};
  /// Default a name CloudFormation generates.
  std::optional<std::string> topicName{};
};

/// What Topic::fromTopicAttributes takes.
struct TopicAttributes {
  /// Only for FIFO topics (the ARN's name ends in ".fifo").
  bool contentBasedDeduplication = false;
  /// The key that encrypts the topic's messages.
  std::optional<std::string> keyArn{};
  /// arn:<partition>:sns:<region>:<account>:<name>.
  std::string topicArn{};
};

/// An SNS topic: the child "Resource" (AWS::SNS::Topic) and, once a statement needs one, "Policy"
/// (AWS::SNS::TopicPolicy).
class CDKPP_API Topic : public TopicBase {
 public:
  using Props = TopicProps;

  /// Throws cdk::ConstructError for contentBasedDeduplication or messageRetentionPeriodInDays without fifo,
  /// a retention outside 1 to 365 days, a signatureVersion other than "1" and "2", and a displayName longer
  /// than 100 characters.
  Topic(cdk::Construct& scope, std::string_view id, TopicProps props = {});
  ~Topic() override;

  /// A topic of another app or stack, known by its ARN (name and FIFO-ness are read from it).
  static ITopic& fromTopicArn(cdk::Construct& scope, std::string_view id, std::string topicArn);
  /// Throws cdk::ConstructError for contentBasedDeduplication on a topic that is not FIFO.
  static ITopic& fromTopicAttributes(cdk::Construct& scope, std::string_view id, TopicAttributes attributes);

  cdk::Value topicArn() const override;
  cdk::Value topicName() const override;
  bool fifo() const override { return fifo_; }
  bool contentBasedDeduplication() const override { return contentBasedDeduplication_; }
  kms::IKey* masterKey() const override { return masterKey_.get(); }

  CfnTopic& cfnTopic() const noexcept { return *resource_; }

 private:
  CfnTopic* resource_ = nullptr;
  bool fifo_ = false;
  bool contentBasedDeduplication_ = false;
  cdk::Handle<kms::IKey> masterKey_;
};

}  // namespace cdk::sns
