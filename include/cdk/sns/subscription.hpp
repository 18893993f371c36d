// A subscription of an endpoint to a topic (aws-cdk-lib's sns.Subscription).
#pragma once

#include <optional>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::sns {

class CfnSubscription;
class ITopic;

/// How messages reach the endpoint.
enum class SubscriptionProtocol { HTTP, HTTPS, EMAIL, EMAIL_JSON, SMS, SQS, APPLICATION, LAMBDA, FIREHOSE };
/// "http", "https", "email", "email-json", "sms", "sqs", "application", "lambda", "firehose".
CDKPP_API std::string_view toString(SubscriptionProtocol protocol) noexcept;

struct SubscriptionProps {
  /// Required: the e-mail address, URL, ARN, ...
  cdk::Value endpoint{};
  SubscriptionProtocol protocol = SubscriptionProtocol::EMAIL;
  /// Deliver the raw message, without the JSON envelope (HTTP(S), SQS, Firehose).
  std::optional<bool> rawMessageDelivery{};
  std::optional<cdk::Value> region{};
  /// Required for FIREHOSE.
  std::optional<cdk::Value> subscriptionRoleArn{};
  /// Required.
  cdk::Handle<ITopic> topic{};
};

/// The child "Resource" (AWS::SNS::Subscription). Usually made by ITopic::addSubscription.
class CDKPP_API Subscription : public cdk::Resource {
 public:
  using Props = SubscriptionProps;
  /// Throws cdk::ConstructError without a topic or endpoint, and for FIREHOSE without subscriptionRoleArn.
  Subscription(cdk::Construct& scope, std::string_view id, SubscriptionProps props);
  ~Subscription() override;
  CfnSubscription& cfnSubscription() const noexcept { return *resource_; }

 private:
  CfnSubscription* resource_ = nullptr;
};

}  // namespace cdk::sns
