// HTTP(S) subscribers of topics (aws-cdk-lib's sns_subscriptions.UrlSubscription).
#pragma once

#include <optional>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"
#include "cdk/sns/subscriber.hpp"
#include "cdk/sns/subscription.hpp"

namespace cdk::sns_subscriptions {

struct UrlSubscriptionProps {
  /// Required when the URL is a token; default from the URL's scheme.
  std::optional<sns::SubscriptionProtocol> protocol{};
  /// Post the raw message, without the JSON envelope.
  std::optional<bool> rawMessageDelivery{};
};

/// Posts the topic's messages to a URL. The Subscription's id is the URL ('/' becomes "--").
class CDKPP_API UrlSubscription : public sns::ITopicSubscription {
 public:
  /// Throws cdk::Error for a literal URL that starts with neither http:// nor https://, and for a token URL
  /// without protocol.
  explicit UrlSubscription(cdk::Value url, UrlSubscriptionProps props = {});
  sns::TopicSubscriptionConfig bind(const sns::ITopic& topic) const override;

 private:
  cdk::Value url_;
  UrlSubscriptionProps props_;
  sns::SubscriptionProtocol protocol_;
};

}  // namespace cdk::sns_subscriptions
