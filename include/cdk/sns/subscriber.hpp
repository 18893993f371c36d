// What a topic subscriber gives the topic (aws-cdk-lib's sns.ITopicSubscription and TopicSubscriptionConfig).
#pragma once

#include <optional>

#include "cdk/core/dependable.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"
#include "cdk/sns/subscription.hpp"

namespace cdk {
class Construct;
}

namespace cdk::sns {

class ITopic;

/// How a subscriber subscribes (aws-cdk-lib's TopicSubscriptionConfig).
struct TopicSubscriptionConfig {
  /// The e-mail address, URL, queue ARN, ...
  cdk::Value endpoint{};
  SubscriptionProtocol protocol = SubscriptionProtocol::EMAIL;
  std::optional<bool> rawMessageDelivery{};
  /// The region of the subscriber when it is not the topic's.
  std::optional<cdk::Value> region{};
  /// The construct id of the Subscription (a token gives "TokenSubscription:<n>").
  cdk::Value subscriberId{};
  /// Where the Subscription is created; default the topic.
  cdk::Construct* subscriberScope = nullptr;
  /// Something the Subscription must wait for (a queue policy).
  const cdk::IDependable* subscriptionDependency = nullptr;
  std::optional<cdk::Value> subscriptionRoleArn{};
};

/// A subscriber of a topic (aws-cdk-lib's ITopicSubscription): see sns_subscriptions.
class CDKPP_API ITopicSubscription {
 public:
  virtual ~ITopicSubscription() = default;
  virtual TopicSubscriptionConfig bind(const ITopic& topic) const = 0;
};

}  // namespace cdk::sns
