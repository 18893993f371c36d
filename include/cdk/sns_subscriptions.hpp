// The sns_subscriptions module (aws-cdk-lib's aws-sns-subscriptions): subscribers of SNS topics.
#pragma once

#include "cdk/sns_subscriptions/email.hpp"
#include "cdk/sns_subscriptions/url.hpp"

namespace cdk {
/// As TypeScript programs usually import it: `import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions'`.
namespace subscriptions = sns_subscriptions;
}  // namespace cdk
