#include "cdk/sns/topic_policy.hpp"

#include <utility>

#include "cdk/cfn/sns.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/sns/topic.hpp"

namespace cdk::sns {

TopicPolicy::TopicPolicy(cdk::Construct& scope, std::string_view id, TopicPolicyProps props)
    : cdk::Resource(scope, id),
      document_(props.policyDocument ? *props.policyDocument : iam::PolicyDocument({.assignSids = true})) {
  if (props.topics.empty()) {
    throw cdk::ConstructError(node().path(), "TopicPolicy needs topics: pass topics = {<the topics it applies to>}");
  }
  cdk::ValueList topicArns;
  for (const auto& topic : props.topics) {
    if (!topic) throw cdk::ConstructError(node().path(), "TopicPolicy: a topic is empty; give a topic");
    topicArns.push_back(topic->topicArn());
  }
  if (props.enforceSSL.value_or(false)) {
    for (const auto& topic : props.topics) {
      document_.addStatements(
          iam::PolicyStatement({.actions = {"sns:Publish"},
                                .conditions = {{"Bool", cdk::Value::map({{"aws:SecureTransport", "false"}})}},
                                .effect = iam::Effect::DENY,
                                .principals = {std::make_shared<iam::StarPrincipal>()},
                                .resources = {topic->topicArn()},
                                .sid = "AllowPublishThroughSSLOnly"}));
    }
  }
  resource_ = &make<CfnTopicPolicy>(
      "Resource", CfnTopicPolicyProps{.policyDocument = document_.toValue(), .topics = std::move(topicArns)});
}

TopicPolicy::~TopicPolicy() = default;

}  // namespace cdk::sns
