// E-mail subscribers of topics (aws-cdk-lib's sns_subscriptions.EmailSubscription).
#pragma once

#include <optional>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"
#include "cdk/sns/subscriber.hpp"

namespace cdk::sns_subscriptions {

struct EmailSubscriptionProps {
  /// The whole JSON notification instead of the message (protocol "email-json").
  std::optional<bool> json{};
};

/// Sends the topic's messages to an e-mail address (which must confirm the subscription). The Subscription's
/// id is the address (or "TokenSubscription:<n>" for an address only known at deployment).
class CDKPP_API EmailSubscription : public sns::ITopicSubscription {
 public:
  explicit EmailSubscription(cdk::Value emailAddress, EmailSubscriptionProps props = {});
  sns::TopicSubscriptionConfig bind(const sns::ITopic& topic) const override;

 private:
  cdk::Value emailAddress_;
  EmailSubscriptionProps props_;
};

}  // namespace cdk::sns_subscriptions
