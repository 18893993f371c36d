// CloudFormation pseudo parameters (aws-cdk-lib's Aws): { "Ref": "AWS::Region" } and friends.
#pragma once

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::Aws {

// Defined in the library; use them at run time, not to initialise other statics.
extern CDKPP_API const Value ACCOUNT_ID;
extern CDKPP_API const Value URL_SUFFIX;
extern CDKPP_API const Value NOTIFICATION_ARNS;
extern CDKPP_API const Value PARTITION;
extern CDKPP_API const Value REGION;
extern CDKPP_API const Value STACK_ID;
extern CDKPP_API const Value STACK_NAME;
extern CDKPP_API const Value NO_VALUE;

}  // namespace cdk::Aws
