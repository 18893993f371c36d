// VPC endpoints (aws-cdk-lib's ec2.IVpcEndpoint, ec2.GatewayVpcEndpoint, ec2.IInterfaceVpcEndpoint,
// ec2.InterfaceVpcEndpoint).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/subnet.hpp"

namespace cdk::ec2 {

class CfnVPCEndpoint;
class IVpc;
class ISecurityGroup;

/// A VPC endpoint.
class CDKPP_API IVpcEndpoint : public virtual cdk::IResource {
 public:
  /// { "Ref": <endpoint> }.
  virtual cdk::Value vpcEndpointId() const = 0;
};

/// An interface endpoint: an endpoint with security groups (e.g. what secret rotation's `endpoint` takes).
class CDKPP_API IInterfaceVpcEndpoint : public virtual IVpcEndpoint, public IConnectable {};

/// An AWS service reached through a gateway endpoint (S3, DynamoDB).
class CDKPP_API GatewayVpcEndpointAwsService {
 public:
  explicit GatewayVpcEndpointAwsService(std::string name, std::string prefix = "com.amazonaws");
  // Defined in the library; use them at run time, not to initialise other statics.
  static const GatewayVpcEndpointAwsService DYNAMODB;
  static const GatewayVpcEndpointAwsService S3;
  static const GatewayVpcEndpointAwsService S3_EXPRESS;
  /// "<prefix>.<region>.<name>", always with { "Ref": "AWS::Region" } as aws-cdk-lib renders it.
  cdk::Value name() const;

 private:
  std::string name_;
  std::string prefix_;
};

struct GatewayVpcEndpointOptions {
  /// The service (required).
  std::optional<GatewayVpcEndpointAwsService> service{};
  /// Whose route tables get the endpoint; default every subnet of the VPC.
  std::vector<SubnetSelection> subnets{};
};

struct GatewayVpcEndpointProps {
  std::optional<GatewayVpcEndpointAwsService> service{};
  std::vector<SubnetSelection> subnets{};
  /// The VPC (required).
  cdk::Handle<IVpc> vpc{};
};

/// A gateway endpoint: child "Resource" (AWS::EC2::VPCEndpoint of type Gateway).
class CDKPP_API GatewayVpcEndpoint : public cdk::Resource, public virtual IVpcEndpoint {
 public:
  using Props = GatewayVpcEndpointProps;
  GatewayVpcEndpoint(cdk::Construct& scope, std::string_view id, GatewayVpcEndpointProps props);
  ~GatewayVpcEndpoint() override;

  cdk::Value vpcEndpointId() const override { return vpcEndpointId_; }
  cdk::Value vpcEndpointCreationTimestamp() const;
  cdk::ValueList vpcEndpointDnsEntries() const;
  cdk::ValueList vpcEndpointNetworkInterfaceIds() const;

 private:
  CfnVPCEndpoint* resource_ = nullptr;
  cdk::Value vpcEndpointId_;
};

/// An AWS service reached through an interface endpoint.
class CDKPP_API InterfaceVpcEndpointAwsService {
 public:
  /// `prefix` defaults to "com.amazonaws", `port` to 443.
  explicit InterfaceVpcEndpointAwsService(std::string name, std::optional<std::string> prefix = {},
                                          std::optional<int> port = {});
  // Defined in the library; use them at run time, not to initialise other statics.
  static const InterfaceVpcEndpointAwsService CLOUDWATCH_LOGS;
  static const InterfaceVpcEndpointAwsService CLOUDWATCH_MONITORING;
  static const InterfaceVpcEndpointAwsService EC2;
  static const InterfaceVpcEndpointAwsService EC2_MESSAGES;
  static const InterfaceVpcEndpointAwsService ECR;
  static const InterfaceVpcEndpointAwsService ECR_DOCKER;
  static const InterfaceVpcEndpointAwsService ECS;
  static const InterfaceVpcEndpointAwsService ECS_AGENT;
  static const InterfaceVpcEndpointAwsService ECS_TELEMETRY;
  static const InterfaceVpcEndpointAwsService ELASTIC_FILESYSTEM;
  static const InterfaceVpcEndpointAwsService ELASTIC_LOAD_BALANCING;
  static const InterfaceVpcEndpointAwsService KMS;
  static const InterfaceVpcEndpointAwsService LAMBDA;
  static const InterfaceVpcEndpointAwsService RDS;
  static const InterfaceVpcEndpointAwsService SECRETS_MANAGER;
  static const InterfaceVpcEndpointAwsService SNS;
  static const InterfaceVpcEndpointAwsService SQS;
  static const InterfaceVpcEndpointAwsService SSM;
  static const InterfaceVpcEndpointAwsService SSM_MESSAGES;
  static const InterfaceVpcEndpointAwsService STEP_FUNCTIONS;
  static const InterfaceVpcEndpointAwsService STS;

  /// "<prefix>.<region>.<name>" for the region of `scope`'s stack (a literal for a concrete region).
  cdk::Value name(const cdk::Construct& scope) const;
  const std::string& shortName() const noexcept { return shortName_; }
  int port() const noexcept { return port_; }
  bool privateDnsDefault() const noexcept { return true; }

 private:
  std::string shortName_;
  std::optional<std::string> prefix_;
  int port_;
};

struct InterfaceVpcEndpointOptions {
  /// Allow traffic from the VPC's CIDR to the service port (443) on the endpoint's security groups.
  bool open = true;
  /// PrivateDnsEnabled; default true.
  std::optional<bool> privateDnsEnabled{};
  /// Default one new security group, child "SecurityGroup".
  std::vector<cdk::Handle<ISecurityGroup>> securityGroups{};
  /// The service (required).
  std::optional<InterfaceVpcEndpointAwsService> service{};
  /// Where the endpoint's interfaces go (one subnet per availability zone); default the VPC's default
  /// selection.
  std::optional<SubnetSelection> subnets{};
};

struct InterfaceVpcEndpointProps {
  bool open = true;
  std::optional<bool> privateDnsEnabled{};
  std::vector<cdk::Handle<ISecurityGroup>> securityGroups{};
  std::optional<InterfaceVpcEndpointAwsService> service{};
  std::optional<SubnetSelection> subnets{};
  /// The VPC (required).
  cdk::Handle<IVpc> vpc{};
};

/// An interface endpoint: children "SecurityGroup" (unless security groups are given) and "Resource"
/// (AWS::EC2::VPCEndpoint of type Interface).
class CDKPP_API InterfaceVpcEndpoint : public cdk::Resource, public virtual IInterfaceVpcEndpoint {
 public:
  using Props = InterfaceVpcEndpointProps;
  InterfaceVpcEndpoint(cdk::Construct& scope, std::string_view id, InterfaceVpcEndpointProps props);
  ~InterfaceVpcEndpoint() override;

  cdk::Value vpcEndpointId() const override { return vpcEndpointId_; }
  /// The id of the first security group.
  cdk::Value securityGroupId() const { return securityGroupId_; }
  cdk::Value vpcEndpointCreationTimestamp() const;
  cdk::ValueList vpcEndpointDnsEntries() const;
  cdk::ValueList vpcEndpointNetworkInterfaceIds() const;
  Connections connections() const override { return connections_; }

 private:
  CfnVPCEndpoint* resource_ = nullptr;
  cdk::Value vpcEndpointId_;
  cdk::Value securityGroupId_;
  Connections connections_;
};

}  // namespace cdk::ec2
