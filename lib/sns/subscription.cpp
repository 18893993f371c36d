#include "cdk/sns/subscription.hpp"

#include <utility>

#include "cdk/cfn/sns.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/sns/topic.hpp"

namespace cdk::sns {

constexpr auto kSubscriptionProtocolNames = cdk::enumNames<SubscriptionProtocol>({
    {SubscriptionProtocol::HTTP, "http"},
    {SubscriptionProtocol::HTTPS, "https"},
    {SubscriptionProtocol::EMAIL, "email"},
    {SubscriptionProtocol::EMAIL_JSON, "email-json"},
    {SubscriptionProtocol::SMS, "sms"},
    {SubscriptionProtocol::SQS, "sqs"},
    {SubscriptionProtocol::APPLICATION, "application"},
    {SubscriptionProtocol::LAMBDA, "lambda"},
    {SubscriptionProtocol::FIREHOSE, "firehose"},
});
std::string_view toString(SubscriptionProtocol protocol) noexcept {
  return cdk::nameOf(kSubscriptionProtocolNames, protocol);
}

Subscription::Subscription(cdk::Construct& scope, std::string_view id, SubscriptionProps props)
    : cdk::Resource(scope, id) {
  const std::string& path = node().path();
  if (!props.topic) throw cdk::ConstructError(path, "Subscription needs a topic: pass topic = <the topic>");
  if (props.endpoint.isNull()) {
    throw cdk::ConstructError(path, "Subscription needs an endpoint: pass endpoint = <the address, URL or ARN>");
  }
  if (props.protocol == SubscriptionProtocol::FIREHOSE && !props.subscriptionRoleArn) {
    throw cdk::ConstructError(path,
                              "Subscription role arn is required field for subscriptions with a firehose protocol. "
                              "Pass subscriptionRoleArn");
  }
  CfnSubscriptionProps cfn;
  cfn.endpoint = std::move(props.endpoint);
  cfn.protocol = std::string(sns::toString(props.protocol));
  if (props.rawMessageDelivery) cfn.rawMessageDelivery = *props.rawMessageDelivery;
  cfn.region = std::move(props.region);
  cfn.subscriptionRoleArn = std::move(props.subscriptionRoleArn);
  cfn.topicArn = props.topic->topicArn();
  resource_ = &make<CfnSubscription>("Resource", std::move(cfn));
}

Subscription::~Subscription() = default;

}  // namespace cdk::sns
