#include "cdk/core/aws.hpp"

#include "intrinsics.hpp"

namespace cdk::Aws {
namespace {
Value pseudo(const char* name) { return Value(std::make_shared<detail::PseudoParameter>(name)); }
}  // namespace

const Value ACCOUNT_ID = pseudo("AWS::AccountId");
const Value URL_SUFFIX = pseudo("AWS::URLSuffix");
const Value NOTIFICATION_ARNS = pseudo("AWS::NotificationARNs");
const Value PARTITION = pseudo("AWS::Partition");
const Value REGION = pseudo("AWS::Region");
const Value STACK_ID = pseudo("AWS::StackId");
const Value STACK_NAME = pseudo("AWS::StackName");
const Value NO_VALUE = pseudo("AWS::NoValue");

}  // namespace cdk::Aws
