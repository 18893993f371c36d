#include "cdk/ec2/vpc_endpoint.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/ec2.hpp"
#include "cdk/core/aws.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"

namespace cdk::ec2 {

// ---------------------------------------------------------------------------------------------------------
// Gateway endpoints

GatewayVpcEndpointAwsService::GatewayVpcEndpointAwsService(std::string name, std::string prefix)
    : name_(std::move(name)), prefix_(std::move(prefix)) {}

const GatewayVpcEndpointAwsService GatewayVpcEndpointAwsService::DYNAMODB("dynamodb");
const GatewayVpcEndpointAwsService GatewayVpcEndpointAwsService::S3("s3");
const GatewayVpcEndpointAwsService GatewayVpcEndpointAwsService::S3_EXPRESS("s3express");

Value GatewayVpcEndpointAwsService::name() const { return Value(prefix_ + ".") + Aws::REGION + Value("." + name_); }

GatewayVpcEndpoint::GatewayVpcEndpoint(Construct& scope, std::string_view id, GatewayVpcEndpointProps props)
    : Resource(scope, id) {
  if (!props.vpc) throw ConstructError(node().path(), "GatewayVpcEndpoint needs a VPC: set vpc");
  if (!props.service) {
    throw ConstructError(node().path(),
                         "GatewayVpcEndpoint needs a service: set service, e.g. GatewayVpcEndpointAwsService::S3");
  }
  std::vector<Handle<ISubnet>> subnets;
  if (!props.subnets.empty()) {
    for (const auto& selection : props.subnets) {
      const SelectedSubnets selected = props.vpc->selectSubnets(selection);
      subnets.insert(subnets.end(), selected.subnets().begin(), selected.subnets().end());
    }
  } else {
    for (const auto* list :
         {&props.vpc->privateSubnets(), &props.vpc->publicSubnets(), &props.vpc->isolatedSubnets()}) {
      subnets.insert(subnets.end(), list->begin(), list->end());
    }
  }
  std::vector<Value> routeTableIds;
  for (const auto& subnet : subnets) {
    Value id = subnet->routeTable().routeTableId();
    if (std::find(routeTableIds.begin(), routeTableIds.end(), id) == routeTableIds.end()) routeTableIds.push_back(id);
  }
  if (routeTableIds.empty()) {
    throw ConstructError(node().path(),
                         "Can't add a gateway endpoint to VPC; route table IDs are not available: the VPC (or the "
                         "selection) has no subnets");
  }
  resource_ = &make<CfnVPCEndpoint>("Resource", CfnVPCEndpointProps{.routeTableIds = std::move(routeTableIds),
                                                                    .serviceName = props.service->name(),
                                                                    .vpcEndpointType = "Gateway",
                                                                    .vpcId = props.vpc->vpcId()});
  vpcEndpointId_ = resource_->ref();
}

GatewayVpcEndpoint::~GatewayVpcEndpoint() = default;

Value GatewayVpcEndpoint::vpcEndpointCreationTimestamp() const { return resource_->attrCreationTimestamp(); }
ValueList GatewayVpcEndpoint::vpcEndpointDnsEntries() const { return resource_->attrDnsEntries(); }
ValueList GatewayVpcEndpoint::vpcEndpointNetworkInterfaceIds() const { return resource_->attrNetworkInterfaceIds(); }

// ---------------------------------------------------------------------------------------------------------
// Interface endpoints

InterfaceVpcEndpointAwsService::InterfaceVpcEndpointAwsService(std::string name, std::optional<std::string> prefix,
                                                               std::optional<int> port)
    : shortName_(std::move(name)), prefix_(std::move(prefix)), port_(port.value_or(443)) {}

const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::CLOUDWATCH_LOGS("logs");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::CLOUDWATCH_MONITORING("monitoring");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::EC2("ec2");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::EC2_MESSAGES("ec2messages");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::ECR("ecr.api");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::ECR_DOCKER("ecr.dkr");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::ECS("ecs");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::ECS_AGENT("ecs-agent");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::ECS_TELEMETRY("ecs-telemetry");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::ELASTIC_FILESYSTEM("elasticfilesystem");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::ELASTIC_LOAD_BALANCING("elasticloadbalancing");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::KMS("kms");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::LAMBDA("lambda");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::RDS("rds");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::SECRETS_MANAGER("secretsmanager");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::SNS("sns");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::SQS("sqs");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::SSM("ssm");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::SSM_MESSAGES("ssmmessages");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::STEP_FUNCTIONS("states");
const InterfaceVpcEndpointAwsService InterfaceVpcEndpointAwsService::STS("sts");

Value InterfaceVpcEndpointAwsService::name(const Construct& scope) const {
  const Value region = Stack::of(scope).region();
  const std::string prefix = prefix_.value_or("com.amazonaws");
  return Value(prefix + ".") + region + Value("." + shortName_);
}

InterfaceVpcEndpoint::InterfaceVpcEndpoint(Construct& scope, std::string_view id, InterfaceVpcEndpointProps props)
    : Resource(scope, id) {
  if (!props.vpc) throw ConstructError(node().path(), "InterfaceVpcEndpoint needs a VPC: set vpc");
  if (!props.service) {
    throw ConstructError(node().path(),
                         "InterfaceVpcEndpoint needs a service: set service, e.g. "
                         "InterfaceVpcEndpointAwsService::SECRETS_MANAGER");
  }
  std::vector<Handle<ISecurityGroup>> securityGroups = props.securityGroups;
  if (securityGroups.empty()) {
    securityGroups.emplace_back(make<SecurityGroup>("SecurityGroup", SecurityGroupProps{.vpc = props.vpc}));
  }
  securityGroupId_ = securityGroups.front()->securityGroupId();
  connections_ = Connections({.defaultPort = Port::tcp(props.service->port()), .securityGroups = securityGroups});
  if (props.open) connections_.allowDefaultPortFrom(Peer::ipv4(props.vpc->vpcCidrBlock()));

  SubnetSelection selection = props.subnets.value_or(SubnetSelection{});
  selection.onePerAz = true;
  const SelectedSubnets selected = props.vpc->selectSubnets(selection);
  if (selected.subnets().empty()) {
    throw ConstructError(
        node().path(),
        "Cannot create a VPC Endpoint with no subnets: the subnet selection picks none; select subnets "
        "that exist in the VPC");
  }
  std::vector<Value> securityGroupIds;
  for (const auto& group : securityGroups) securityGroupIds.push_back(group->securityGroupId());
  resource_ = &make<CfnVPCEndpoint>(
      "Resource",
      CfnVPCEndpointProps{.privateDnsEnabled = props.privateDnsEnabled.value_or(props.service->privateDnsDefault()),
                          .securityGroupIds = std::move(securityGroupIds),
                          .serviceName = props.service->name(*this),
                          .subnetIds = selected.subnetIds(),
                          .vpcEndpointType = "Interface",
                          .vpcId = props.vpc->vpcId()});
  vpcEndpointId_ = resource_->ref();
}

InterfaceVpcEndpoint::~InterfaceVpcEndpoint() = default;

Value InterfaceVpcEndpoint::vpcEndpointCreationTimestamp() const { return resource_->attrCreationTimestamp(); }
ValueList InterfaceVpcEndpoint::vpcEndpointDnsEntries() const { return resource_->attrDnsEntries(); }
ValueList InterfaceVpcEndpoint::vpcEndpointNetworkInterfaceIds() const { return resource_->attrNetworkInterfaceIds(); }

}  // namespace cdk::ec2
