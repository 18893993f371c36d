# Sources of the sns L2 module, relative to lib/ (aws-cdk-lib's aws-sns): topics, topic policies and
# subscriptions; and of sns_subscriptions (aws-cdk-lib's aws-sns-subscriptions).
set(CDKPP_SNS_SOURCES
  sns/subscription.cpp
  sns/topic.cpp
  sns/topic_policy.cpp
  sns_subscriptions/email.cpp
  sns_subscriptions/url.cpp)
