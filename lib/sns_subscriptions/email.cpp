#include "cdk/sns_subscriptions/email.hpp"

#include <utility>

namespace cdk::sns_subscriptions {

EmailSubscription::EmailSubscription(cdk::Value emailAddress, EmailSubscriptionProps props)
    : emailAddress_(std::move(emailAddress)), props_(props) {}

sns::TopicSubscriptionConfig EmailSubscription::bind(const sns::ITopic& /*topic*/) const {
  return {.endpoint = emailAddress_,
          .protocol =
              props_.json.value_or(false) ? sns::SubscriptionProtocol::EMAIL_JSON : sns::SubscriptionProtocol::EMAIL,
          .subscriberId = emailAddress_};
}

}  // namespace cdk::sns_subscriptions
