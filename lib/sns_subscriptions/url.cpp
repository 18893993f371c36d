#include "cdk/sns_subscriptions/url.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk::sns_subscriptions {

UrlSubscription::UrlSubscription(cdk::Value url, UrlSubscriptionProps props)
    : url_(std::move(url)), props_(props), protocol_(sns::SubscriptionProtocol::HTTPS) {
  const bool literal = url_.isString();
  if (literal && !url_.asString().starts_with("http://") && !url_.asString().starts_with("https://")) {
    throw cdk::Error(fmt::format("URL must start with either http:// or https:// (got '{}')", url_.asString()));
  }
  if (!literal && !props_.protocol) {
    throw cdk::Error(
        "Must provide protocol if url is unresolved: pass protocol = SubscriptionProtocol::HTTPS (or HTTP)");
  }
  if (literal) {
    protocol_ =
        url_.asString().starts_with("https:") ? sns::SubscriptionProtocol::HTTPS : sns::SubscriptionProtocol::HTTP;
  } else {
    protocol_ = *props_.protocol;
  }
}

sns::TopicSubscriptionConfig UrlSubscription::bind(const sns::ITopic& /*topic*/) const {
  return {
      .endpoint = url_, .protocol = protocol_, .rawMessageDelivery = props_.rawMessageDelivery, .subscriberId = url_};
}

}  // namespace cdk::sns_subscriptions
