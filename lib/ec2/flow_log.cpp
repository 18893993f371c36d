#include "cdk/ec2/flow_log.hpp"

#include <memory>
#include <utility>

#include "cdk/cfn/ec2.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/tags.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/logs/log_group.hpp"

namespace cdk::ec2 {

constexpr auto kFlowLogTrafficTypeNames = cdk::enumNames<FlowLogTrafficType>({
    {FlowLogTrafficType::ACCEPT, "ACCEPT"},
    {FlowLogTrafficType::ALL, "ALL"},
    {FlowLogTrafficType::REJECT, "REJECT"},
});
std::string_view toString(FlowLogTrafficType type) noexcept { return cdk::nameOf(kFlowLogTrafficTypeNames, type); }

FlowLogResourceType::FlowLogResourceType(std::string resourceType, Value resourceId)
    : resourceType_(std::move(resourceType)), resourceId_(std::move(resourceId)) {}

FlowLogResourceType FlowLogResourceType::fromVpc(const IVpc& vpc) { return {"VPC", vpc.vpcId()}; }
FlowLogResourceType FlowLogResourceType::fromSubnet(const ISubnet& subnet) { return {"Subnet", subnet.subnetId()}; }
FlowLogResourceType FlowLogResourceType::fromNetworkInterfaceId(Value id) {
  return {"NetworkInterface", std::move(id)};
}

FlowLogDestination FlowLogDestination::toCloudWatchLogs(Handle<logs::ILogGroup> logGroup, Handle<iam::IRole> iamRole) {
  return FlowLogDestination(logGroup, iamRole);
}

FlowLog::FlowLog(Construct& scope, std::string_view id, FlowLogProps props) : Resource(scope, id) {
  if (!props.resourceType) {
    throw ConstructError(node().path(),
                         "FlowLog needs what to watch: set resourceType, e.g. FlowLogResourceType::fromVpc(vpc)");
  }
  const FlowLogDestination destination = props.destination.value_or(FlowLogDestination::toCloudWatchLogs());
  // The CloudWatch Logs destination: a role the flow log service assumes, and the log group it writes to.
  iamRole_ = destination.iamRole().get();
  if (!iamRole_) {
    iamRole_ = &make<iam::Role>(
        "IAMRole", iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("vpc-flow-logs.amazonaws.com")});
  }
  logGroup_ = destination.logGroup().get();
  if (!logGroup_) logGroup_ = &make<logs::LogGroup>("LogGroup");
  iamRole_->addToPrincipalPolicy(
      iam::PolicyStatement({.actions = {"logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"},
                            .effect = iam::Effect::ALLOW,
                            .resources = {logGroup_->logGroupArn()}}));
  Tags::of(*this).add("Name", props.flowLogName && !props.flowLogName->empty() ? *props.flowLogName : node().path());

  CfnFlowLogProps flowLogProps{
      .deliverLogsPermissionArn = iamRole_->roleArn(),
      .logDestinationType = "cloud-watch-logs",
      .logGroupName = logGroup_->logGroupName(),
      .resourceId = props.resourceType->resourceId(),
      .resourceType = props.resourceType->resourceType(),
      .trafficType = Value(ec2::toString(props.trafficType.value_or(FlowLogTrafficType::ALL)))};
  if (props.maxAggregationInterval)
    flowLogProps.maxAggregationInterval = static_cast<int>(*props.maxAggregationInterval);
  resource_ = &make<CfnFlowLog>("FlowLog", std::move(flowLogProps));
  node().setDefaultChild(resource_);
}

FlowLog::~FlowLog() = default;

Value FlowLog::flowLogId() const { return resource_->ref(); }

}  // namespace cdk::ec2
