#include "cdk/healthcare/secure_vpc.hpp"

#include <fmt/format.h>

#include "cdk/compliance/acknowledge.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ec2/flow_log.hpp"
#include "cdk/ec2/ip_addresses.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/ec2/vpc_endpoint.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "healthcare/secure_defaults.hpp"

namespace cdk::healthcare {

namespace {

void validate(const cdk::Construct& scope, const SecureVpcProps& props, int natGateways) {
  const std::string path = scope.node().path();
  detail::checkProfile(scope, props.profile);
  if (natGateways < 1) {
    throw cdk::ConstructError(path, fmt::format("natGateways is {}, but the private tier reaches the internet through "
                                                "NAT gateways: give at least 1",
                                                natGateways));
  }
  if (props.cidrMask < 16 || props.cidrMask > 28) {
    throw cdk::ConstructError(path, fmt::format("cidrMask is {}; give a prefix length from 16 to 28", props.cidrMask));
  }
}

}  // namespace

SecureVpc::SecureVpc(cdk::Construct& scope, std::string_view id, SecureVpcProps props)
    : cdk::Construct(scope, id), profile_(props.profile), cidr_(props.cidr.value_or(props.profile.vpcCidr)) {
  const int natGateways = props.natGateways.value_or(profile_.natGateways);
  validate(*this, props, natGateways);
  const cdk::RemovalPolicy removalPolicy = detail::withoutSnapshot(profile_.removalPolicy);

  key_ = props.encryptionKey.get();
  if (!key_) {
    key_ = &make<kms::Key>(
        "FlowLogKey",
        {.description = "Flow logs of " + node().path(), .enableKeyRotation = true, .removalPolicy = removalPolicy});
  }
  detail::allowCloudWatchLogs(*key_);

  vpc_ = &make<ec2::Vpc>(
      "Vpc", {.ipAddresses = ec2::IpAddresses::cidr(cidr_),
              .maxAzs = props.maxAzs.value_or(profile_.maxAzs),
              .natGateways = natGateways,
              .subnetConfiguration = {
                  {.cidrMask = props.cidrMask,
                   .mapPublicIpOnLaunch = false,
                   .name = "Public",
                   .subnetType = ec2::SubnetType::PUBLIC},
                  {.cidrMask = props.cidrMask, .name = "Private", .subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS},
                  {.cidrMask = props.cidrMask, .name = "Database", .subnetType = ec2::SubnetType::PRIVATE_ISOLATED}}});
  for (const auto& subnet : vpc_->publicSubnets()) {
    compliance::acknowledge(subnet->node().findChild("DefaultRoute"),
                            {.id = "HIPAA.Security-VPCNoUnrestrictedRouteToIGW",
                             .reason = "Public subnets route to the internet gateway by design: they hold the load "
                                       "balancers and NAT gateways only."});
  }

  // Flow logs: the role's permissions are a managed policy (HIPAA.Security-IAMNoInlinePolicy flags the
  // DefaultPolicy a grant would write), so the flow log is given a view of the role that takes no grants.
  flowLogGroup_ =
      &make<logs::LogGroup>("FlowLogGroup", {.encryptionKey = *key_,
                                             .removalPolicy = removalPolicy,
                                             .retention = props.flowLogRetention.value_or(profile_.logRetention)});
  flowLogRole_ = &make<iam::Role>(
      "FlowLogRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("vpc-flow-logs.amazonaws.com")});
  make<iam::ManagedPolicy>(
      "FlowLogPolicy",
      {.roles = {*flowLogRole_},
       .statements = {
           iam::PolicyStatement({.actions = {"logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"},
                                 .resources = {flowLogGroup_->logGroupArn()}}),
           iam::PolicyStatement({.actions = {"iam:PassRole"}, .resources = {flowLogRole_->roleArn()}})}});
  flowLog_ = &vpc_->addFlowLog("FlowLog", {.destination = ec2::FlowLogDestination::toCloudWatchLogs(
                                               *flowLogGroup_, flowLogRole_->withoutPolicyUpdates()),
                                           .trafficType = ec2::FlowLogTrafficType::ALL});

  vpc_->addGatewayEndpoint("S3", {.service = ec2::GatewayVpcEndpointAwsService::S3});
  if (props.interfaceEndpoints) {
    // Open to the VPC's range, a literal: a rule from a CIDR computed by an intrinsic cannot be judged by cdk-nag.
    endpointSecurityGroup_ = &make<ec2::SecurityGroup>(
        "EndpointSecurityGroup",
        {.allowAllOutbound = false, .description = "Interface endpoints of " + node().path(), .vpc = *vpc_});
    endpointSecurityGroup_->addIngressRule(ec2::Peer::ipv4(cidr_), ec2::Port::tcp(443), "HTTPS from the VPC");
    const std::pair<const char*, const ec2::InterfaceVpcEndpointAwsService*> endpoints[] = {
        {"EcrApi", &ec2::InterfaceVpcEndpointAwsService::ECR},
        {"EcrDocker", &ec2::InterfaceVpcEndpointAwsService::ECR_DOCKER},
        {"Logs", &ec2::InterfaceVpcEndpointAwsService::CLOUDWATCH_LOGS},
        {"SecretsManager", &ec2::InterfaceVpcEndpointAwsService::SECRETS_MANAGER},
    };
    for (const auto& [endpointId, service] : endpoints) {
      vpc_->addInterfaceEndpoint(endpointId, {.open = false,
                                              .securityGroups = {*endpointSecurityGroup_},
                                              .service = *service,
                                              .subnets = applicationSubnets()});
    }
  }
}

SecureVpc::~SecureVpc() = default;

ec2::SubnetSelection SecureVpc::publicSubnets() { return {.subnetType = ec2::SubnetType::PUBLIC}; }
ec2::SubnetSelection SecureVpc::applicationSubnets() { return {.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}; }
ec2::SubnetSelection SecureVpc::databaseSubnets() { return {.subnetType = ec2::SubnetType::PRIVATE_ISOLATED}; }

}  // namespace cdk::healthcare
