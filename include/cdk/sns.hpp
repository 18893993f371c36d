// The sns module (aws-cdk-lib's aws-sns): topics, their policies and subscriptions. The subscribers are in
// "cdk/sns_subscriptions.hpp"; the L1 classes (cdk::sns::Cfn*) in "cdk/cfn/sns.hpp".
#pragma once

#include "cdk/sns/subscriber.hpp"
#include "cdk/sns/subscription.hpp"
#include "cdk/sns/topic.hpp"
#include "cdk/sns/topic_policy.hpp"
