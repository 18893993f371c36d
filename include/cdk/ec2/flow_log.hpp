// VPC flow logs to CloudWatch Logs (aws-cdk-lib's ec2.FlowLog, ec2.FlowLogDestination,
// ec2.FlowLogResourceType). S3 and Firehose destinations are not supported.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::iam {
class IRole;
}
namespace cdk::logs {
class ILogGroup;
}

namespace cdk::ec2 {

class CfnFlowLog;
class ISubnet;
class IVpc;

enum class FlowLogTrafficType { ACCEPT, ALL, REJECT };
/// "ACCEPT", "ALL", "REJECT".
CDKPP_API std::string_view toString(FlowLogTrafficType type) noexcept;

enum class FlowLogMaxAggregationInterval { ONE_MINUTE = 60, TEN_MINUTES = 600 };

/// What the flow log watches.
class CDKPP_API FlowLogResourceType {
 public:
  static FlowLogResourceType fromVpc(const IVpc& vpc);
  static FlowLogResourceType fromSubnet(const ISubnet& subnet);
  static FlowLogResourceType fromNetworkInterfaceId(cdk::Value id);
  /// "VPC", "Subnet" or "NetworkInterface".
  const std::string& resourceType() const noexcept { return resourceType_; }
  const cdk::Value& resourceId() const noexcept { return resourceId_; }

 private:
  FlowLogResourceType(std::string resourceType, cdk::Value resourceId);
  std::string resourceType_;
  cdk::Value resourceId_;
};

/// Where the flow log goes. Only CloudWatch Logs: a log group and a role the flow log service assumes.
class CDKPP_API FlowLogDestination {
 public:
  /// Default: a new LogGroup child "LogGroup" (two years' retention, retained on delete) and a new Role child
  /// "IAMRole" assumed by vpc-flow-logs.amazonaws.com, allowed to write to the group.
  static FlowLogDestination toCloudWatchLogs(cdk::Handle<logs::ILogGroup> logGroup = {},
                                             cdk::Handle<iam::IRole> iamRole = {});
  cdk::Handle<logs::ILogGroup> logGroup() const noexcept { return logGroup_; }
  cdk::Handle<iam::IRole> iamRole() const noexcept { return iamRole_; }

 private:
  FlowLogDestination(cdk::Handle<logs::ILogGroup> logGroup, cdk::Handle<iam::IRole> iamRole)
      : logGroup_(logGroup), iamRole_(iamRole) {}
  cdk::Handle<logs::ILogGroup> logGroup_;
  cdk::Handle<iam::IRole> iamRole_;
};

struct FlowLogOptions {
  /// Default FlowLogDestination::toCloudWatchLogs().
  std::optional<FlowLogDestination> destination{};
  /// The Name tag of the flow log and its role and log group; default the flow log's construct path.
  std::optional<std::string> flowLogName{};
  std::optional<FlowLogMaxAggregationInterval> maxAggregationInterval{};
  /// Default ALL.
  std::optional<FlowLogTrafficType> trafficType{};
};

struct FlowLogProps {
  std::optional<FlowLogDestination> destination{};
  std::optional<std::string> flowLogName{};
  std::optional<FlowLogMaxAggregationInterval> maxAggregationInterval{};
  /// What to watch (required), e.g. FlowLogResourceType::fromVpc(vpc).
  std::optional<FlowLogResourceType> resourceType{};
  std::optional<FlowLogTrafficType> trafficType{};
};

/// A flow log: children "IAMRole" and "LogGroup" (unless given) and "FlowLog" (AWS::EC2::FlowLog, the default
/// child).
class CDKPP_API FlowLog : public cdk::Resource {
 public:
  using Props = FlowLogProps;
  FlowLog(cdk::Construct& scope, std::string_view id, FlowLogProps props);
  ~FlowLog() override;

  /// { "Ref": <flow log> }.
  cdk::Value flowLogId() const;
  iam::IRole& iamRole() const noexcept { return *iamRole_; }
  logs::ILogGroup& logGroup() const noexcept { return *logGroup_; }
  CfnFlowLog& cfnFlowLog() const noexcept { return *resource_; }

 private:
  iam::IRole* iamRole_ = nullptr;
  logs::ILogGroup* logGroup_ = nullptr;
  CfnFlowLog* resource_ = nullptr;
};

}  // namespace cdk::ec2
